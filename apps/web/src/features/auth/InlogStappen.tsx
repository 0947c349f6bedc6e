import { useState } from 'react';
import type { LoginAntwoord, Medewerker, TotpInstelling } from './api';
import { CodeStap } from './CodeStap';
import { NieuwWachtwoordStap } from './NieuwWachtwoordStap';
import { WachtwoordStap } from './WachtwoordStap';

type Stap =
  | { soort: 'wachtwoord'; melding?: string }
  | { soort: 'nieuw_wachtwoord'; tussenToken: string }
  | { soort: 'code'; tussenToken: string; instellen?: TotpInstelling };

export interface InlogStappenProps {
  /** Log in again as this user (session dialog): the name is filled in and cannot be changed. */
  vasteGebruikersnaam?: string;
  onIngelogd: (medewerker: Medewerker) => void;
}

/**
 * Logging in, step by step: password (or a one-time code from the beheerder, after which the medewerker chooses a
 * password), then the authenticator code when the account has one, or setting one up when the role requires it. The login page and the session dialog both use this, each deciding what happens after.
 */
export function InlogStappen({ vasteGebruikersnaam, onIngelogd }: InlogStappenProps) {
  const [stap, setStap] = useState<Stap>({ soort: 'wachtwoord' });
  // Kept across the steps, so going back after an expired step does not ask for the name again.
  const [gebruikersnaam, setGebruikersnaam] = useState(vasteGebruikersnaam ?? '');

  const naAntwoord = (antwoord: LoginAntwoord) => {
    if ('medewerker' in antwoord) onIngelogd(antwoord.medewerker);
    else if (antwoord.tweedeStap === 'nieuw_wachtwoord')
      setStap({ soort: 'nieuw_wachtwoord', tussenToken: antwoord.tussenToken });
    else
      setStap({
        soort: 'code',
        tussenToken: antwoord.tussenToken,
        instellen: antwoord.tweedeStap === 'totp_instellen' ? antwoord.totp : undefined,
      });
  };

  if (stap.soort === 'nieuw_wachtwoord') {
    return (
      <NieuwWachtwoordStap
        key={stap.tussenToken}
        tussenToken={stap.tussenToken}
        gebruikersnaam={gebruikersnaam}
        onAntwoord={naAntwoord}
        onVerlopen={(melding) => setStap({ soort: 'wachtwoord', melding })}
      />
    );
  }
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
        naAntwoord(antwoord);
      }}
    />
  );
}
