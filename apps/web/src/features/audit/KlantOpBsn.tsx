import { isGeldigBsn } from '@klant-in-beeld/domain';
import { Button, Melding, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiFout } from '../../api/client';
import { toonApiFouten } from '../../api/formulier';
import { zoekKlantOpBsn } from './api';

export interface GevondenKlant {
  klantId: string;
  naam: string;
}

/**
 * Find one client by the full BSN. Checked here first (9 digits, elfproef) because every look-up the API gets is
 * logged: a typo should not end up in the log. The BSN is cleared once the client is found.
 */
export function KlantOpBsn({
  knop,
  focus = false,
  onGevonden,
}: {
  knop: string;
  /** Take the focus when it appears. */ focus?: boolean;
  onGevonden: (klant: GevondenKlant) => void;
}) {
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<{ bsn: string }>({ defaultValues: { bsn: '' } });
  // Only when it appears, not again on later renders.
  const neemFocus = useEffectEvent(() => {
    if (focus) setFocus('bsn');
  });
  useEffect(() => neemFocus(), []);
  const zoeken = useMutation({
    mutationFn: zoekKlantOpBsn,
    onMutate: () => setFout(undefined),
    onSuccess: (klant) => {
      reset({ bsn: '' });
      onGevonden(klant);
    },
    onError: (e) => {
      if (e instanceof ApiFout && e.status === 404)
        setError('bsn', { type: 'server', message: 'Er is geen klant met dit BSN.' });
      else setFout(toonApiFouten(e, setError, ['bsn']));
    },
  });

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit(({ bsn }) => zoeken.mutate(bsn.replace(/\s/g, '')))}
    >
      {fout && <Melding soort="error">{fout}</Melding>}
      <Veld
        label="BSN van de klant"
        beschrijving="Alle 9 cijfers. Dit zoeken wordt vastgelegd."
        fout={errors.bsn?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            inputMode="numeric"
            autoComplete="off"
            {...register('bsn', {
              required: 'Vul het BSN in.',
              validate: (bsn) =>
                isGeldigBsn(bsn.replace(/\s/g, '')) || 'Dit is geen geldig BSN. Een BSN heeft 9 cijfers.',
            })}
          />
        )}
      </Veld>
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={zoeken.isPending} disabled={zoeken.isPending}>
          {zoeken.isPending ? 'Zoeken…' : knop}
        </Button>
      </div>
    </form>
  );
}
