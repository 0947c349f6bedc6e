import { useState } from 'react';
import type { Medewerker, TotpInstelling } from './api';
import { CodeStap } from './CodeStap';
import { WachtwoordStap } from './WachtwoordStap';

type Stap =
  { soort: 'wachtwoord'; melding?: string } | { soort: 'code'; tussenToken: string; instellen?: TotpInstelling };

export interface InlogStappenProps {
  /** Log in again as this user (session dialog): the name is filled in and cannot be changed. */
  vasteGebruikersnaam?: string;
  onIngelogd: (medewerker: Medewerker) => void;
}

/**
 * Logging in, step by step: password, then the authenticator code when the account has one, or setting one up when
 * the role requires it. The login page and the session dialog both use this, each deciding what happens after.
 */
export function InlogStappen({ vasteGebruikersnaam, onIngelogd }: InlogStappenProps) {
  const [stap, setStap] = useState<Stap>({ soort: 'wachtwoord' });
  // Kept across the steps, so going back after an expired step does not ask for the name again.
  const [gebruikersnaam, setGebruikersnaam] = useState(vasteGebruikersnaam ?? '');

  if (stap.soort === 'code') {
    return (
      <CodeStap
        key={stap.tussenToken}
        tussenToken={stap.tussenToken}
        instellen={stap.instellen}
        onIngelogd={onIngelogd}
        onVerlopen={(melding) => setStap({ soort: 'wachtwoord', melding })}
      />
    );
  }
  return (
    <WachtwoordStap
      gebruikersnaam={gebruikersnaam}
      vasteGebruikersnaam={vasteGebruikersnaam !== undefined}
      melding={stap.melding}
      onAntwoord={(antwoord, naam) => {
        setGebruikersnaam(naam);
        if ('medewerker' in antwoord) onIngelogd(antwoord.medewerker);
        else
          setStap({
            soort: 'code',
            tussenToken: antwoord.tussenToken,
            instellen: antwoord.tweedeStap === 'totp_instellen' ? antwoord.totp : undefined,
          });
      }}
    />
  );
}
