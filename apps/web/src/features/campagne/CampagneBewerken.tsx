import { MAX_UITNODIGINGEN_GRENS } from '@klant-in-beeld/domain';
import { Dialoog, FormulierKnoppen, Melding, Paragraph, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { CONFLICT_MELDING, isVersieConflict, toonApiFouten } from '../../api/formulier';
import { campagneKeys, gespreksvoerdersQuery, wijzigCampagne, type Campagne } from './api';
import { Keuzelijst } from './CriteriaVelden';

interface Invoer {
  naam: string;
  einddatum: string;
  maxUitnodigingen: string;
  externeMedewerkerIds: string[];
}

const VELDEN = ['naam', 'einddatum', 'maxUitnodigingen', 'externeMedewerkerIds'] as const;

/** The teamleider changes name, end date, the maximum of invitations and the externs who work the campagne. */
export function CampagneBewerken({ campagne, onSluiten }: { campagne: Campagne; onSluiten: () => void }) {
  return (
    <Dialoog open titel="Campagne bewerken" onSluiten={onSluiten}>
      <Formulier campagne={campagne} onSluiten={onSluiten} />
    </Dialoog>
  );
}

function Formulier({ campagne, onSluiten }: { campagne: Campagne; onSluiten: () => void }) {
  const queryClient = useQueryClient();
  const medewerkers = useQuery(gespreksvoerdersQuery());
  const externs = (medewerkers.data ?? []).filter((m) => m.rol === 'extern').map((m) => ({ id: m.id, naam: m.naam }));
  const [fout, setFout] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: {
      naam: campagne.naam,
      einddatum: campagne.einddatum,
      maxUitnodigingen: String(campagne.maxUitnodigingen),
      externeMedewerkerIds: campagne.externeMedewerkerIds,
    },
  });
  const opslaan = useMutation({
    mutationFn: (invoer: Invoer) =>
      wijzigCampagne(campagne.id, {
        versie: campagne.versie,
        naam: invoer.naam.trim(),
        einddatum: invoer.einddatum,
        maxUitnodigingen: Number(invoer.maxUitnodigingen),
        externeMedewerkerIds: invoer.externeMedewerkerIds,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: campagneKeys.alle });
      onSluiten();
    },
    onError: (e) => {
      if (isVersieConflict(e)) {
        // Someone saved first: load the newest version; the dialog reopens with it.
        setFout(CONFLICT_MELDING);
        void queryClient.invalidateQueries({ queryKey: campagneKeys.alle });
        return;
      }
      setFout(toonApiFouten<Invoer>(e, setError, VELDEN));
    },
  });
  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit((invoer) => {
        setFout(undefined);
        opslaan.mutate(invoer);
      })}
    >
      {fout && <Melding soort="error">{fout}</Melding>}
      <Veld label="Naam" fout={errors.naam?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            data-autofocus
            {...register('naam', {
              validate: (n) => n.trim() !== '' || 'Vul de naam in.',
              maxLength: { value: 200, message: 'Hoogstens 200 tekens.' },
            })}
          />
        )}
      </Veld>
      <Veld label="Einddatum" fout={errors.einddatum?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            min={campagne.startdatum}
            {...register('einddatum', {
              required: 'Vul de einddatum in.',
              validate: (d) => d >= campagne.startdatum || 'De einddatum mag niet voor de startdatum liggen.',
            })}
          />
        )}
      </Veld>
      <Veld
        label="Uitnodigingen per deelnemer"
        beschrijving="Na zoveel keer niet verschenen gaat de deelnemer naar de teamleider."
        fout={errors.maxUitnodigingen?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_UITNODIGINGEN_GRENS}
            {...register('maxUitnodigingen', {
              validate: (m) =>
                (Number.isInteger(Number(m)) && Number(m) >= 1 && Number(m) <= MAX_UITNODIGINGEN_GRENS) ||
                `Vul een geheel getal in van 1 tot en met ${MAX_UITNODIGINGEN_GRENS}.`,
            })}
          />
        )}
      </Veld>
      {medewerkers.isError && <Melding soort="error">{medewerkers.error.message}</Melding>}
      {medewerkers.data && externs.length === 0 && (
        <Paragraph className="kib-zacht">Er zijn geen externe medewerkers in de organisatie.</Paragraph>
      )}
      <Controller
        control={control}
        name="externeMedewerkerIds"
        render={({ field }) => (
          <Keuzelijst
            legenda="Externe medewerkers op deze campagne"
            opties={externs}
            gekozen={field.value}
            onChange={field.onChange}
            fout={errors.externeMedewerkerIds?.message}
          />
        )}
      />
      <FormulierKnoppen opslaan="Opslaan" bezig={opslaan.isPending} onAnnuleren={onSluiten} />
    </form>
  );
}
