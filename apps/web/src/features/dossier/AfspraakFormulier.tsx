import { plusDagen, vandaag, type AfspraakSoort } from '@klant-in-beeld/domain';
import { FormulierKnoppen, Melding, Paragraph, Textarea, Textbox, Veld } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { planQuery, type PlanDoel } from '../gesprek/api';
import { registreer } from '../klanten/api';
import { DoelKeuze } from './DoelKeuze';
import { SoortKeuze, useAangebodenSoorten } from './SoortKeuze';
import { useDossierMutatie } from './useDossierMutatie';

interface Invoer {
  soort: AfspraakSoort;
  omschrijving: string;
  startdatum: string;
  einddatum: string;
  /** '' for an afspraak that serves no doel of the plan. */
  doelId: string;
}

/**
 * An afspraak always has an einddatum ("geen escape"): reaching it puts work in the werkvoorraad. The soorten offered
 * are those the organisatie chose for the client's category; "Andere soort" shows the whole code list (the API takes
 * any soort). The form waits for the categories, so the select never changes its options under a chosen value.
 */
export function AfspraakFormulier({
  klantId,
  categorie,
  onKlaar,
}: {
  klantId: string;
  /** The client's dienstverleningscategorie (code). */
  categorie: string;
  onKlaar: () => void;
}) {
  const soorten = useAangebodenSoorten(categorie);
  const plan = useQuery(planQuery(klantId));
  if (soorten.laden || plan.isPending) return <Paragraph role="status">Formulier laden…</Paragraph>;
  const { aangeboden } = soorten;
  return <Formulier klantId={klantId} aangeboden={aangeboden} doelen={plan.data?.doelen ?? []} onKlaar={onKlaar} />;
}

function Formulier({
  klantId,
  aangeboden,
  doelen,
  onKlaar,
}: {
  klantId: string;
  aangeboden: AfspraakSoort[];
  /** The doelen of the client's plan (none without a plan). */
  doelen: PlanDoel[];
  onKlaar: () => void;
}) {
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: {
      soort: aangeboden.includes('vervolggesprek') ? 'vervolggesprek' : aangeboden[0],
      omschrijving: '',
      startdatum: vandaag(),
      einddatum: plusDagen(vandaag(), 42),
      doelId: '',
    },
  });
  const opslaan = useDossierMutatie(
    klantId,
    ({ doelId, ...invoer }: Invoer) => registreer.afspraak(klantId, { ...invoer, ...(doelId ? { doelId } : {}) }),
    {
      onSuccess: onKlaar,
      onError: (e) =>
        setFout(toonApiFouten(e, setError, ['soort', 'omschrijving', 'startdatum', 'einddatum', 'doelId'])),
    },
  );
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
      <SoortKeuze aangeboden={aangeboden} fout={errors.soort?.message} registratie={register('soort')} />
      <Veld label="Wat is afgesproken" fout={errors.omschrijving?.message}>
        {(invoer) => (
          <Textarea
            {...invoer}
            rows={3}
            {...register('omschrijving', {
              required: 'Beschrijf de afspraak.',
              maxLength: { value: 2000, message: 'Hoogstens 2000 tekens.' },
            })}
          />
        )}
      </Veld>
      <Veld label="Startdatum" fout={errors.startdatum?.message}>
        {(invoer) => (
          <Textbox {...invoer} type="date" {...register('startdatum', { required: 'Vul de startdatum in.' })} />
        )}
      </Veld>
      <Veld
        label="Einddatum"
        beschrijving="Verplicht: op deze datum komt de afspraak terug in je werkvoorraad als hij nog loopt."
        fout={errors.einddatum?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            {...register('einddatum', {
              required: 'Vul de einddatum in.',
              validate: (eind) => eind >= getValues('startdatum') || 'De einddatum mag niet voor de startdatum liggen.',
            })}
          />
        )}
      </Veld>
      <DoelKeuze doelen={doelen} fout={errors.doelId?.message} registratie={register('doelId')} />
      <FormulierKnoppen opslaan="Afspraak opslaan" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}
