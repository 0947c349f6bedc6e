import { TREDE_LABELS, TREDEN, vandaag } from '@klant-in-beeld/domain';
import { FormulierKnoppen, Melding, Select, SelectOption, Textarea, Textbox, Veld } from '@klant-in-beeld/ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { registreer } from '../klanten/api';
import { useDossierMutatie } from './useDossierMutatie';

interface Invoer {
  trede: string;
  doeltrede: string;
  gemetenOp: string;
  toelichting: string;
}

export function LadderFormulier({
  klantId,
  huidigeTrede,
  onKlaar,
}: {
  klantId: string;
  huidigeTrede: number | null;
  onKlaar: () => void;
}) {
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: { trede: String(huidigeTrede ?? 1), doeltrede: '', gemetenOp: vandaag(), toelichting: '' },
  });
  const opslaan = useDossierMutatie(
    klantId,
    (invoer: Invoer) =>
      registreer.ladder(klantId, {
        trede: Number(invoer.trede),
        doeltrede: invoer.doeltrede ? Number(invoer.doeltrede) : undefined,
        gemetenOp: invoer.gemetenOp,
        toelichting: invoer.toelichting.trim() || undefined,
      }),
    {
      onSuccess: onKlaar,
      onError: (e) => setFout(toonApiFouten(e, setError, ['trede', 'doeltrede', 'gemetenOp', 'toelichting'])),
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
      <Veld label="Trede" fout={errors.trede?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('trede')}>
            {TREDEN.map((t) => (
              <SelectOption key={t} value={String(t)}>
                {t}. {TREDE_LABELS[t]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld label="Doeltrede" verplicht={false} fout={errors.doeltrede?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('doeltrede')}>
            <SelectOption value="">Geen</SelectOption>
            {TREDEN.map((t) => (
              <SelectOption key={t} value={String(t)}>
                {t}. {TREDE_LABELS[t]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld label="Gemeten op" fout={errors.gemetenOp?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            max={vandaag()}
            {...register('gemetenOp', {
              required: 'Vul de datum in.',
              validate: (d) => d <= vandaag() || 'Een meting kan niet in de toekomst liggen.',
            })}
          />
        )}
      </Veld>
      <Veld label="Toelichting" verplicht={false} fout={errors.toelichting?.message}>
        {(invoer) => (
          <Textarea
            {...invoer}
            rows={3}
            {...register('toelichting', { maxLength: { value: 2000, message: 'Hoogstens 2000 tekens.' } })}
          />
        )}
      </Veld>
      <FormulierKnoppen opslaan="Meting opslaan" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}
