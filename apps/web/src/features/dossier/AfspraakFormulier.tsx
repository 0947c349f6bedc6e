import {
  AFSPRAAK_SOORT_LABELS,
  AFSPRAAK_SOORTEN,
  aangebodenSoorten,
  plusDagen,
  vandaag,
  type AfspraakSoort,
} from '@klant-in-beeld/domain';
import {
  Button,
  FormulierKnoppen,
  Melding,
  Opties,
  Paragraph,
  Select,
  Textarea,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { useCategorieen } from '../instellingen/useCategorieen';
import { planQuery, type PlanDoel } from '../gesprek/api';
import { registreer } from '../klanten/api';
import { DoelKeuze } from './DoelKeuze';
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
  const categorieen = useCategorieen();
  const plan = useQuery(planQuery(klantId));
  if (categorieen.query.isPending || plan.isPending) return <Paragraph role="status">Formulier laden…</Paragraph>;
  // Without the categories (an error) every soort is offered: registering the afspraak matters more.
  const aangeboden = categorieen.query.isError
    ? [...AFSPRAAK_SOORTEN]
    : aangebodenSoorten(categorieen.lijst, categorie);
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
  const [alleSoorten, setAlleSoorten] = useState(aangeboden.length === AFSPRAAK_SOORTEN.length);
  const soortKeuze = useRef<HTMLSelectElement | null>(null);
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
      <Veld
        label="Soort afspraak"
        beschrijving={alleSoorten ? undefined : 'De soorten die bij de categorie van de klant horen.'}
        fout={errors.soort?.message}
      >
        {(invoer) => {
          const { ref, ...veld } = register('soort');
          return (
            <Select
              {...invoer}
              {...veld}
              ref={(element) => {
                ref(element);
                soortKeuze.current = element;
              }}
            >
              <Opties codes={alleSoorten ? AFSPRAAK_SOORTEN : aangeboden} labels={AFSPRAAK_SOORT_LABELS} />
            </Select>
          );
        }}
      </Veld>
      {!alleSoorten && (
        <div>
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => {
              setAlleSoorten(true);
              // The choice is in the select: take the user there.
              soortKeuze.current?.focus();
            }}
          >
            Andere soort
          </Button>
        </div>
      )}
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
