import { DOORBREKEN_MIN_REDEN } from '@klant-in-beeld/domain';
import { Button, Heading1, Knoppenrij, Melding, Paragraph, Textarea, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { toonApiFouten } from '../../api/formulier';
import { doorbreek, klantenKeys } from '../klanten/api';

/**
 * Instead of the dossier when the client belongs to another team: explains the rule and asks for a reason. After
 * that the dossier is open for the rest of the day.
 */
export function DossierDoorbreken({ klantId, onGeopend }: { klantId: string; onGeopend: (geldigTot: string) => void }) {
  const queryClient = useQueryClient();
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ reden: string }>({ defaultValues: { reden: '' } });
  const openen = useMutation({
    mutationFn: (reden: string) => doorbreek(klantId, reden),
    onSuccess: async ({ geldigTot }) => {
      onGeopend(geldigTot);
      await queryClient.invalidateQueries({ queryKey: klantenKeys.klant(klantId) });
    },
    onError: (e) => setFout(toonApiFouten(e, setError, ['reden'])),
  });

  return (
    <section className="kib-paneel" aria-labelledby="doorbreken-kop">
      <Heading1 id="doorbreken-kop">Deze klant hoort bij een ander team</Heading1>
      <Paragraph>
        Je kunt dit dossier alleen openen als je een reden hebt. Bijvoorbeeld: je neemt het werk over van een collega
        die ziek is.
      </Paragraph>
      <Paragraph>
        Je reden wordt vastgelegd. De privacyfunctionaris kan zien wie het dossier opende en waarom.
      </Paragraph>
      <Paragraph>Je kunt het dossier daarna inzien tot het einde van vandaag.</Paragraph>
      <form
        className="kib-formulier"
        noValidate
        onSubmit={handleSubmit(({ reden }) => {
          setFout(undefined);
          openen.mutate(reden.trim());
        })}
      >
        {fout && <Melding soort="error">{fout}</Melding>}
        <Veld
          label="Reden"
          beschrijving={`Minstens ${DOORBREKEN_MIN_REDEN} tekens. Schrijf op waarom je dit dossier nodig hebt.`}
          fout={errors.reden?.message}
        >
          {(invoer) => (
            <Textarea
              {...invoer}
              rows={3}
              required
              {...register('reden', {
                required: 'Schrijf op waarom je dit dossier opent.',
                validate: (reden) =>
                  reden.trim().length >= DOORBREKEN_MIN_REDEN ||
                  `Schrijf je reden in minstens ${DOORBREKEN_MIN_REDEN} tekens.`,
              })}
            />
          )}
        </Veld>
        <Knoppenrij>
          <Button type="submit" appearance="primary-action-button" busy={openen.isPending} disabled={openen.isPending}>
            Dossier openen
          </Button>
          <Link to="/klanten">Terug naar klanten</Link>
        </Knoppenrij>
      </form>
    </section>
  );
}
