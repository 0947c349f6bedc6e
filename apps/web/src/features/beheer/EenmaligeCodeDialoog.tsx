import { Button, Dialoog, Knoppenrij, Paragraph, Statusregel } from '@klant-in-beeld/ui';
import { useState } from 'react';
import { tijdstipKort } from '../../app/weergave';
import type { EenmaligeCode } from './api';

/**
 * The one-time code, shown this once: the API keeps only its hash. The beheerder passes it on by a safe route; the
 * medewerker logs in with it and then chooses a password.
 */
export function EenmaligeCodeDialoog({
  code,
  naam,
  onSluiten,
}: {
  code: EenmaligeCode | undefined;
  naam: string;
  onSluiten: () => void;
}) {
  const [gekopieerd, setGekopieerd] = useState<string>();
  return (
    <Dialoog
      open={code !== undefined}
      titel="Eenmalige code"
      onSluiten={() => {
        setGekopieerd(undefined);
        onSluiten();
      }}
    >
      {code && (
        <>
          <Paragraph>{`De eenmalige code voor ${naam}. Je ziet hem alleen nu: schrijf hem niet op, maar geef hem veilig door.`}</Paragraph>
          <p className="kib-eenmalige-code" aria-label="Eenmalige code">
            <code>{code.code}</code>
          </p>
          <Paragraph>
            {`Geldig tot ${tijdstipKort(code.verlooptOp)}. Met deze code en de gebruikersnaam logt ${naam} in en kiest dan een eigen wachtwoord. De code werkt maar één keer.`}
          </Paragraph>
          <Statusregel>{gekopieerd}</Statusregel>
          <Knoppenrij>
            <Button
              appearance="primary-action-button"
              data-autofocus
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(code.code);
                  setGekopieerd('De code is gekopieerd.');
                } catch {
                  setGekopieerd('Kopiëren lukte niet. Selecteer de code en kopieer hem zelf.');
                }
              }}
            >
              Code kopiëren
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setGekopieerd(undefined);
                onSluiten();
              }}
            >
              Klaar
            </Button>
          </Knoppenrij>
        </>
      )}
    </Dialoog>
  );
}
