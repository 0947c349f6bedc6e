import {
  DOEL_OMSCHRIJVING_MAX,
  DOEL_STATUS_LABELS,
  DOEL_STATUSSEN,
  MAX_DOELEN,
  PLAN_EVALUATIE_VOORUIT_DAGEN,
  plusDagen,
  vandaag,
  type DoelStatus,
} from '@klant-in-beeld/domain';
import {
  Button,
  FormulierKnoppen,
  Knoppenrij,
  Melding,
  Opties,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { ApiFout } from '../../api/client';
import { toonApiFouten } from '../../api/formulier';
import { useDossierMutatie } from '../dossier/useDossierMutatie';
import { instrumentQuery, planQuery, slaPlanOp, type Plan, type PlanInvoer } from './api';

interface DoelInvoer {
  /** The doel's id once saved; new doelen have none. */
  doelId: string;
  omschrijving: string;
  leefgebied: string;
  streefdatum: string;
  status: DoelStatus;
}
interface PlanFormInvoer {
  evaluatiedatum: string;
  doelen: DoelInvoer[];
}

export const PLAN_CONFLICT_MELDING =
  'Iemand anders heeft het plan intussen gewijzigd. Laad de nieuwste versie en breng je wijziging opnieuw aan.';

const nieuwDoel = (): DoelInvoer => ({
  doelId: '',
  omschrijving: '',
  leefgebied: '',
  streefdatum: plusDagen(vandaag(), 90),
  status: 'lopend',
});

const alsInvoer = (plan: Plan): PlanFormInvoer => ({
  evaluatiedatum: plan.evaluatiedatum ?? plusDagen(vandaag(), 90),
  doelen: plan.doelen.length
    ? plan.doelen.map((d) => ({
        doelId: d.id,
        omschrijving: d.omschrijving,
        leefgebied: d.leefgebied ?? '',
        streefdatum: d.streefdatum,
        status: d.status,
      }))
    : [nieuwDoel()],
});

/**
 * The plan van aanpak as one form: the doelen (add, remove, each with its leefgebied, streefdatum and status) and
 * the evaluatiedatum. It carries the versie it was read at; a plan someone else saved meanwhile is a 409.
 */
export function PlanFormulier({ klantId, plan, onKlaar }: { klantId: string; plan: Plan; onKlaar: () => void }) {
  const instrument = useQuery(instrumentQuery());
  const queryClient = useQueryClient();
  const [basis, setBasis] = useState(plan);
  const [fout, setFout] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<PlanFormInvoer>({ defaultValues: alsInvoer(plan) });
  const { fields, append, remove } = useFieldArray({ control, name: 'doelen', keyName: 'sleutel' });
  const domeinen = instrument.data?.domeinen ?? [];

  const opslaan = useDossierMutatie(klantId, (invoer: PlanInvoer) => slaPlanOp(klantId, invoer), {
    onSuccess: onKlaar,
    onError: (e) => {
      if (e instanceof ApiFout && e.status === 409) {
        setConflict(true);
        return;
      }
      const velden = [
        'evaluatiedatum',
        ...fields.flatMap((_, i) =>
          (['omschrijving', 'leefgebied', 'streefdatum', 'status'] as const).map((v) => `doelen.${i}.${v}`),
        ),
      ];
      setFout(
        toonApiFouten(
          e,
          setError,
          velden,
          Object.fromEntries(fields.map((_, i) => [`doelen.${i}.id`, `doelen.${i}.omschrijving`])),
        ),
      );
    },
  });

  const laadNieuwste = async () => {
    const nieuwste = await queryClient.fetchQuery({ ...planQuery(klantId), staleTime: 0 });
    setBasis(nieuwste);
    reset(alsInvoer(nieuwste));
    setConflict(false);
  };

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit((invoer) => {
        setFout(undefined);
        setConflict(false);
        opslaan.mutate({
          versie: basis.versie,
          evaluatiedatum: invoer.evaluatiedatum,
          doelen: invoer.doelen.map((d) => ({
            ...(d.doelId ? { id: d.doelId } : {}),
            omschrijving: d.omschrijving.trim(),
            ...(d.leefgebied ? { leefgebied: d.leefgebied } : {}),
            streefdatum: d.streefdatum,
            status: d.status,
          })),
        });
      })}
    >
      {conflict && (
        <Melding soort="warning">
          {PLAN_CONFLICT_MELDING}{' '}
          <Button type="button" appearance="subtle-button" onClick={() => void laadNieuwste()}>
            Nieuwste versie laden
          </Button>
        </Melding>
      )}
      {fout && <Melding soort="error">{fout}</Melding>}
      {fields.length === 0 && <Paragraph>Nog geen doelen. Voeg er een toe.</Paragraph>}
      {fields.map((veld, i) => {
        const pad = `doelen.${i}` as const;
        const f = errors.doelen?.[i];
        return (
          <fieldset key={veld.sleutel} className="kib-normgroep">
            <legend>{`Doel ${i + 1}`}</legend>
            <Veld label="Wat wil de klant bereiken" fout={f?.omschrijving?.message}>
              {(invoer) => (
                <Textarea
                  {...invoer}
                  rows={2}
                  {...register(`${pad}.omschrijving`, {
                    validate: (o) => o.trim().length > 0 || 'Beschrijf het doel.',
                    maxLength: { value: DOEL_OMSCHRIJVING_MAX, message: `Hoogstens ${DOEL_OMSCHRIJVING_MAX} tekens.` },
                  })}
                />
              )}
            </Veld>
            <div className="kib-normgroep__velden">
              <Veld label="Leefgebied" verplicht={false} fout={f?.leefgebied?.message}>
                {(invoer) => (
                  <Select {...invoer} {...register(`${pad}.leefgebied`)}>
                    <SelectOption value="">Geen leefgebied</SelectOption>
                    {domeinen.map((d) => (
                      <SelectOption key={d.code} value={d.code}>
                        {d.naam}
                      </SelectOption>
                    ))}
                    {veld.leefgebied && !domeinen.some((d) => d.code === veld.leefgebied) && (
                      <SelectOption value={veld.leefgebied}>
                        {basis.doelen.find((d) => d.id === veld.doelId)?.leefgebiedNaam ?? veld.leefgebied}
                      </SelectOption>
                    )}
                  </Select>
                )}
              </Veld>
              <Veld label="Streefdatum" fout={f?.streefdatum?.message}>
                {(invoer) => (
                  <Textbox
                    {...invoer}
                    type="date"
                    {...register(`${pad}.streefdatum`, { required: 'Vul de streefdatum in.' })}
                  />
                )}
              </Veld>
              <Veld label="Status" fout={f?.status?.message}>
                {(invoer) => (
                  <Select {...invoer} {...register(`${pad}.status`)}>
                    <Opties codes={DOEL_STATUSSEN} labels={DOEL_STATUS_LABELS} />
                  </Select>
                )}
              </Veld>
            </div>
            <div>
              <Button type="button" appearance="subtle-button" onClick={() => remove(i)}>
                {`Doel ${i + 1} weghalen`}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {fields.length < MAX_DOELEN && (
        <Knoppenrij>
          <Button type="button" appearance="secondary-action-button" onClick={() => append(nieuwDoel())}>
            Doel toevoegen
          </Button>
        </Knoppenrij>
      )}
      <Veld
        label="Evaluatiedatum"
        beschrijving={`${PLAN_EVALUATIE_VOORUIT_DAGEN} dagen voor deze datum komt het plan in je werkvoorraad, om het samen met de klant te bekijken.`}
        fout={errors.evaluatiedatum?.message}
      >
        {(invoer) => (
          <Textbox {...invoer} type="date" {...register('evaluatiedatum', { required: 'Vul de evaluatiedatum in.' })} />
        )}
      </Veld>
      <FormulierKnoppen opslaan="Plan opslaan" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}
