import { Button, Dialoog, Knoppenrij, Melding, Paragraph, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { jaren, klanten } from './aantallen';
import { anonimiseer, bewaartermijnKeys, bewaartermijnQuery } from './api';

/** Caches whose data anonymising changes: names and contact details of clients, wherever they are shown. */
const GERAAKT = [bewaartermijnKeys.alle, ['klanten'], ['werkvoorraad'], ['teams'], ['audit']];

/**
 * Removing personal data cannot be undone, so the beheerder types the number of clients it will hit. That number
 * is fetched afresh when the dialog opens, not taken from a count made earlier.
 */
export function AnonimiserenDialoog({
  open,
  onSluiten,
  onKlaar,
}: {
  open: boolean;
  onSluiten: () => void;
  onKlaar: (aantal: number) => void;
}) {
  return (
    <Dialoog open={open} titel="Nu anonimiseren" onSluiten={onSluiten}>
      {open && <Bevestigen onSluiten={onSluiten} onKlaar={onKlaar} />}
    </Dialoog>
  );
}

function Bevestigen({ onSluiten, onKlaar }: { onSluiten: () => void; onKlaar: (aantal: number) => void }) {
  const termijn = useQuery({ ...bewaartermijnQuery(), refetchOnMount: 'always' });
  if (termijn.isFetching || !termijn.data) {
    return termijn.isError ? (
      <Melding soort="error">{termijn.error.message}</Melding>
    ) : (
      <Paragraph role="status">Laden…</Paragraph>
    );
  }
  const { teAnonimiseren: aantal, jarenNaUitstroom } = termijn.data;
  if (aantal === 0) {
    return (
      <>
        <Paragraph>{`Er zijn nu geen klanten langer dan ${jaren(jarenNaUitstroom)} geleden uitgestroomd. Er is niets te anonimiseren.`}</Paragraph>
        <Knoppenrij>
          <Button appearance="secondary-action-button" onClick={onSluiten} data-autofocus>
            Sluiten
          </Button>
        </Knoppenrij>
      </>
    );
  }
  return (
    <BevestigFormulier aantal={aantal} jarenNaUitstroom={jarenNaUitstroom} onSluiten={onSluiten} onKlaar={onKlaar} />
  );
}

function BevestigFormulier({
  aantal,
  jarenNaUitstroom,
  onSluiten,
  onKlaar,
}: {
  aantal: number;
  jarenNaUitstroom: number;
  onSluiten: () => void;
  onKlaar: (aantal: number) => void;
}) {
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<{ bevestiging: string }>({ defaultValues: { bevestiging: '' } });
  // The field appears after the count is loaded, when the dialog has already placed the focus.
  useEffect(() => setFocus('bevestiging'), [setFocus]);
  const uitvoeren = useMutation({
    mutationFn: () => anonimiseer(false),
    onSuccess: async ({ aantal: gedaan }) => {
      onKlaar(gedaan);
      await Promise.all(GERAAKT.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });

  return (
    <form className="kib-formulier" noValidate onSubmit={handleSubmit(() => uitvoeren.mutate())}>
      <Paragraph>
        {`Je haalt de persoonsgegevens weg van ${klanten(aantal)}. Zij zijn langer dan ${jaren(jarenNaUitstroom)} geleden uitgestroomd.`}{' '}
        <strong>Dit kan niet ongedaan worden gemaakt.</strong>
      </Paragraph>
      {uitvoeren.isError && <Melding soort="error">{uitvoeren.error.message}</Melding>}
      <Veld
        label={`Typ ${aantal} om te bevestigen`}
        beschrijving="Het aantal klanten van hierboven."
        fout={errors.bevestiging?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            inputMode="numeric"
            autoComplete="off"
            {...register('bevestiging', {
              validate: (w) => w.trim() === String(aantal) || `Typ precies ${aantal}, het aantal klanten.`,
            })}
          />
        )}
      </Veld>
      <Knoppenrij>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={uitvoeren.isPending}
          disabled={uitvoeren.isPending}
        >
          {uitvoeren.isPending ? 'Bezig met anonimiseren…' : `Ja, anonimiseer ${klanten(aantal)}`}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onSluiten}>
          Annuleren
        </Button>
      </Knoppenrij>
    </form>
  );
}
