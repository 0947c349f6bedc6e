import {
  INITIATIEF_LABELS,
  INITIATIEVEN,
  KANAAL_LABELS,
  KANALEN,
  RESULTAAT_LABELS,
  RESULTATEN,
  teltAlsGezien,
  type Kanaal,
  type Resultaat,
} from '@klant-in-beeld/domain';
import { FormulierKnoppen, Melding, Opties, Select, Textarea, Textbox, Veld } from '@klant-in-beeld/ui';
import { useState } from 'react';
import { useForm, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { lokaalNaarIso, nuLokaal } from '../../app/weergave';
import { registreer } from '../klanten/api';
import { useDossierMutatie } from './useDossierMutatie';

export interface ContactmomentInvoer {
  plaatsgevondenOp: string;
  kanaal: Kanaal;
  initiatief: 'gemeente' | 'klant';
  resultaat: Resultaat;
  onderwerp: string;
  samenvatting: string;
}

export const CONTACTMOMENT_VELDEN = [
  'plaatsgevondenOp',
  'kanaal',
  'initiatief',
  'resultaat',
  'onderwerp',
  'samenvatting',
] as const;

/**
 * "Gesprek vastleggen": filled in for the common case — now, on location, spoken, a default subject — so it
 * takes open, (optionally type a line), save.
 */
export function ContactmomentFormulier({ klantId, onKlaar }: { klantId: string; onKlaar: () => void }) {
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors },
  } = useForm<ContactmomentInvoer>({
    defaultValues: {
      plaatsgevondenOp: nuLokaal(),
      kanaal: 'gesprek_op_locatie',
      initiatief: 'gemeente',
      resultaat: 'gesproken',
      onderwerp: 'Voortgangsgesprek',
      samenvatting: '',
    },
  });
  const opslaan = useDossierMutatie(
    klantId,
    (invoer: ContactmomentInvoer) =>
      registreer.contactmoment(klantId, {
        ...invoer,
        plaatsgevondenOp: lokaalNaarIso(invoer.plaatsgevondenOp),
        samenvatting: invoer.samenvatting.trim() || undefined,
      }),
    { onSuccess: onKlaar, onError: (e) => setFout(toonApiFouten(e, setError, CONTACTMOMENT_VELDEN)) },
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
      <ContactmomentVelden
        register={register}
        errors={errors}
        kanaal={watch('kanaal')}
        resultaat={watch('resultaat')}
      />
      <FormulierKnoppen opslaan="Opslaan" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}

/** The fields of a contactmoment, shared by registering and correcting one. */
export function ContactmomentVelden({
  register,
  errors,
  kanaal,
  resultaat,
}: {
  register: UseFormRegister<ContactmomentInvoer>;
  errors: FieldErrors<ContactmomentInvoer>;
  kanaal: Kanaal;
  resultaat: Resultaat;
}) {
  // The API allows up to an hour ahead (clocks differ); fixed when the form opens, so a render changes nothing.
  const [uiterlijk] = useState(() => nuLokaal(new Date(Date.now() + 3600_000)));
  return (
    <>
      <Veld label="Wanneer" fout={errors.plaatsgevondenOp?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            type="datetime-local"
            max={uiterlijk}
            {...register('plaatsgevondenOp', { required: 'Vul datum en tijd in.' })}
          />
        )}
      </Veld>
      <Veld label="Kanaal" fout={errors.kanaal?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('kanaal')}>
            <Opties codes={KANALEN} labels={KANAAL_LABELS} />
          </Select>
        )}
      </Veld>
      <Veld
        label="Resultaat"
        fout={errors.resultaat?.message}
        beschrijving={
          teltAlsGezien({ kanaal, resultaat }) ? 'Telt als gezien: de klant is weer in beeld.' : 'Telt niet als gezien.'
        }
      >
        {(invoer) => (
          <Select {...invoer} {...register('resultaat')}>
            <Opties codes={RESULTATEN} labels={RESULTAAT_LABELS} />
          </Select>
        )}
      </Veld>
      <Veld label="Initiatief" fout={errors.initiatief?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('initiatief')}>
            <Opties codes={INITIATIEVEN} labels={INITIATIEF_LABELS} />
          </Select>
        )}
      </Veld>
      <Veld label="Onderwerp" fout={errors.onderwerp?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            {...register('onderwerp', {
              required: 'Vul een onderwerp in.',
              maxLength: { value: 200, message: 'Hoogstens 200 tekens.' },
            })}
          />
        )}
      </Veld>
      <Veld label="Samenvatting" verplicht={false} fout={errors.samenvatting?.message}>
        {(invoer) => (
          <Textarea
            {...invoer}
            rows={4}
            {...register('samenvatting', { maxLength: { value: 10_000, message: 'Hoogstens 10.000 tekens.' } })}
          />
        )}
      </Veld>
    </>
  );
}
