import { MAX_UITSTEL_DAGEN, plusDagen, WERKVOORRAAD_SOORT_LABELS } from '@klant-in-beeld/domain';
import { Button, Dialoog, Knoppenrij, Melding, Paragraph, Textarea, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { stelUit, werkvoorraadKeys, type WerkvoorraadItem } from './api';

interface Invoer {
  totDatum: string;
  reden: string;
}

/** Postpone one worklist item until a date, with a reason (recorded, visible to the teamleider). */
export function UitstelDialoog({
  item,
  peildatum,
  onSluiten,
}: {
  item: WerkvoorraadItem | null;
  peildatum: string;
  onSluiten: () => void;
}) {
  const queryClient = useQueryClient();
  const [fout, setFout] = useState<string>();
  // An error belongs to the item it was about: another item (or the same one opened again) starts without it.
  const [geopendVoor, setGeopendVoor] = useState(item);
  if (item !== geopendVoor) {
    setGeopendVoor(item);
    setFout(undefined);
  }
  const maximum = plusDagen(peildatum, MAX_UITSTEL_DAGEN);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<Invoer>();
  useEffect(() => {
    if (item) reset({ totDatum: plusDagen(peildatum, 7), reden: '' });
  }, [item, peildatum, reset]);
  const opslaan = useMutation({
    mutationFn: (invoer: Invoer) =>
      stelUit({ klantId: item!.klantId, soort: item!.soort, referentieId: item!.referentieId, ...invoer }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: werkvoorraadKeys.alle });
      onSluiten();
    },
    onError: (e) => setFout(toonApiFouten(e, setError, ['totDatum', 'reden'])),
  });
  return (
    <Dialoog open={item !== null} titel="Uitstellen" onSluiten={onSluiten}>
      {item && (
        <form className="kib-formulier" noValidate onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))}>
          <Paragraph>
            {WERKVOORRAAD_SOORT_LABELS[item.soort]} bij <strong>{item.klantNaam}</strong>. Het item verdwijnt tot de
            gekozen datum en komt dan vanzelf terug.
          </Paragraph>
          {fout && <Melding soort="error">{fout}</Melding>}
          <Veld
            label="Uitstellen tot"
            beschrijving={`Uiterlijk ${MAX_UITSTEL_DAGEN} dagen vooruit.`}
            fout={errors.totDatum?.message}
          >
            {(invoer) => (
              <Textbox
                {...invoer}
                type="date"
                min={plusDagen(peildatum, 1)}
                max={maximum}
                {...register('totDatum', {
                  required: 'Kies een datum.',
                  validate: (d) =>
                    (d > peildatum && d <= maximum) ||
                    `Kies een datum tussen morgen en ${MAX_UITSTEL_DAGEN} dagen vooruit.`,
                })}
              />
            )}
          </Veld>
          <Veld label="Reden" beschrijving="Zichtbaar voor je teamleider." fout={errors.reden?.message}>
            {(invoer) => (
              <Textarea
                {...invoer}
                rows={3}
                {...register('reden', {
                  required: 'Geef een reden.',
                  validate: (r) => r.trim().length > 0 || 'Geef een reden.',
                })}
              />
            )}
          </Veld>
          <Knoppenrij>
            <Button type="submit" appearance="primary-action-button" disabled={opslaan.isPending}>
              Uitstellen
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={onSluiten}>
              Annuleren
            </Button>
          </Knoppenrij>
        </form>
      )}
    </Dialoog>
  );
}
