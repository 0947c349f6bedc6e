import { ROL_LABELS } from '@klant-in-beeld/domain';
import { Button, Heading2, Knoppenrij, Melding, Paragraph, Statusregel } from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { account, sessieKeys, type Medewerker, type TotpInstelling } from './api';
import { TotpBevestigen } from './TotpBevestigen';

/** Whether tweestapsverificatie is on, whether the role requires it, and turning it on or off. */
export function Tweestapsverificatie({ medewerker }: { medewerker: Medewerker }) {
  const queryClient = useQueryClient();
  const [instelling, setInstelling] = useState<TotpInstelling>();
  const [gelukt, setGelukt] = useState<string>();
  const starten = useMutation({
    mutationFn: account.totpStarten,
    onMutate: () => setGelukt(undefined),
    onSuccess: setInstelling,
  });
  const uitzetten = useMutation({
    mutationFn: account.totpUitzetten,
    onMutate: () => setGelukt(undefined),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessieKeys.me });
      setGelukt('Tweestapsverificatie staat uit. Je logt voortaan in met alleen je wachtwoord.');
    },
  });
  const fout = starten.error?.message ?? uitzetten.error?.message;

  return (
    <section className="kib-paneel" aria-labelledby="totp-kop">
      <Heading2 id="totp-kop">Tweestapsverificatie</Heading2>
      <Paragraph>
        Met tweestapsverificatie log je in met je wachtwoord én een code uit een app op je telefoon. Zo kan niemand
        inloggen met alleen je wachtwoord.
      </Paragraph>
      <dl className="kib-gegevens">
        <dt>Status</dt>
        <dd>{medewerker.totpActief ? 'Staat aan' : 'Staat uit'}</dd>
        <dt>Verplicht voor je rol</dt>
        <dd>{medewerker.totpVerplicht ? 'Ja' : 'Nee'}</dd>
      </dl>
      <Statusregel>{gelukt}</Statusregel>
      {fout && <Melding soort="error">{fout}</Melding>}
      {instelling ? (
        <TotpBevestigen
          instelling={instelling}
          onKlaar={() => {
            setInstelling(undefined);
            setGelukt('Tweestapsverificatie staat aan. Je hebt de code uit de app voortaan nodig bij het inloggen.');
          }}
          onAnnuleren={() => setInstelling(undefined)}
        />
      ) : !medewerker.totpActief ? (
        <Knoppenrij>
          <Button
            appearance="primary-action-button"
            onClick={() => starten.mutate()}
            disabled={starten.isPending}
            busy={starten.isPending}
          >
            Instellen
          </Button>
        </Knoppenrij>
      ) : medewerker.totpVerplicht ? (
        <Paragraph className="kib-zacht">
          Voor je rol ({ROL_LABELS[medewerker.rol]}) is tweestapsverificatie verplicht. Daarom kun je het niet
          uitzetten.
        </Paragraph>
      ) : (
        <Knoppenrij>
          <Button
            appearance="secondary-action-button"
            onClick={() => uitzetten.mutate()}
            disabled={uitzetten.isPending}
            busy={uitzetten.isPending}
          >
            Uitzetten
          </Button>
        </Knoppenrij>
      )}
    </section>
  );
}
