import {
  AFSPRAAK_SOORT_LABELS,
  AFSPRAAK_SOORTEN,
  plusDagen,
  vandaag,
  type AfspraakSoort,
} from '@klant-in-beeld/domain';
import { FormulierKnoppen, Melding, Opties, Select, Textarea, Textbox, Veld } from '@klant-in-beeld/ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { registreer } from '../klanten/api';
import { useDossierMutatie } from './useDossierMutatie';

interface Invoer {
  soort: AfspraakSoort;
  omschrijving: string;
  startdatum: string;
  einddatum: string;
}

/** An afspraak always has an einddatum ("geen escape"): reaching it puts work in the werkvoorraad. */
export function AfspraakFormulier({ klantId, onKlaar }: { klantId: string; onKlaar: () => void }) {
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: {
      soort: 'vervolggesprek',
      omschrijving: '',
      startdatum: vandaag(),
      einddatum: plusDagen(vandaag(), 42),
    },
  });
  const opslaan = useDossierMutatie(klantId, (invoer: Invoer) => registreer.afspraak(klantId, invoer), {
    onSuccess: onKlaar,
    onError: (e) => setFout(toonApiFouten(e, setError, ['soort', 'omschrijving', 'startdatum', 'einddatum'])),
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
      <Veld label="Soort afspraak" fout={errors.soort?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('soort')}>
            <Opties codes={AFSPRAAK_SOORTEN} labels={AFSPRAAK_SOORT_LABELS} />
          </Select>
        )}
      </Veld>
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
      <FormulierKnoppen opslaan="Afspraak opslaan" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}
