import { adviesVoor, KANAAL_LABELS, type Advies, type Score } from '@klant-in-beeld/domain';
import {
  Button,
  Checkbox,
  FormulierKnoppen,
  Melding,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { ApiFout } from '../../api/client';
import { toonApiFouten } from '../../api/formulier';
import { lokaalNaarIso, nuLokaal, tijdstipKort } from '../../app/weergave';
import { useDossierMutatie } from '../dossier/useDossierMutatie';
import { useCategorieen } from '../instellingen/useCategorieen';
import { instrumentQuery, padenQuery, registreerGesprek, type GesprekInvoer, type Instrument, type Pad } from './api';
import { bewaarConcept, conceptSleutel, leesConcept, wisConcept } from './concept';

/** The kanalen of a conversation that counts as gezien and takes an hour: face to face, at home, or by video. */
export const GESPREK_KANALEN = ['gesprek_op_locatie', 'huisbezoek', 'beeldbellen'] as const;
export type GesprekKanaal = (typeof GESPREK_KANALEN)[number];

/** Suggestions for the method of the loonwaarde estimate; any other text is allowed. */
export const LOONWAARDE_METHODEN = ['Inschatting klantmanager', 'Dariuz'];

interface ScoreInvoer {
  /** '' while the leefgebied was not discussed. */
  niveau: string;
  toelichting: string;
}

/** The form's values; scores by leefgebied code, so a draft survives a change of the instrument. */
export interface GesprekFormInvoer {
  gevoerdOp: string;
  kanaal: GesprekKanaal;
  scores: Record<string, ScoreInvoer>;
  loonwaardePercentage: string;
  loonwaardeMethode: string;
  /** Follow the computed advice, or choose another category and/or pad (then with a reason). */
  keuze: 'advies' | 'anders';
  adviesCategorie: string;
  dienstverleningspad: string;
  afwijkingReden: string;
  categorieOvernemen: boolean;
  toelichting: string;
}

const standaard = (instrument: Instrument): GesprekFormInvoer => ({
  gevoerdOp: nuLokaal(),
  kanaal: 'gesprek_op_locatie',
  scores: Object.fromEntries(instrument.domeinen.map((d) => [d.code, { niveau: '', toelichting: '' }])),
  loonwaardePercentage: '',
  loonwaardeMethode: '',
  keuze: 'advies',
  adviesCategorie: '',
  dienstverleningspad: '',
  afwijkingReden: '',
  categorieOvernemen: true,
  toelichting: '',
});

/** A restored draft on top of the defaults: only leefgebieden the active instrument still has. */
function metConcept(instrument: Instrument, concept: Partial<GesprekFormInvoer>): GesprekFormInvoer {
  const basis = standaard(instrument);
  const scores = Object.fromEntries(
    instrument.domeinen.map((d) => [d.code, { ...basis.scores[d.code], ...concept.scores?.[d.code] }]),
  );
  return { ...basis, ...concept, scores };
}

/** The scored leefgebieden in the instrument's order, the loonwaarde and the advice that follows from them. */
export function berekening(instrument: Instrument, waarden: GesprekFormInvoer) {
  const scores: Score[] = instrument.domeinen
    .filter((d) => waarden.scores?.[d.code]?.niveau)
    .map((d) => ({ domein: d.code, niveau: Number(waarden.scores[d.code].niveau) }));
  const percentage = waarden.loonwaardePercentage === '' ? NaN : Number(waarden.loonwaardePercentage);
  const loonwaarde = Number.isFinite(percentage) ? percentage : null;
  const advies: Advies | null = scores.length ? adviesVoor(scores, loonwaarde, instrument.adviesregels) : null;
  const gekozen =
    waarden.keuze === 'anders'
      ? { categorie: waarden.adviesCategorie, pad: waarden.dienstverleningspad }
      : { categorie: advies?.categorie ?? '', pad: advies?.pad ?? '' };
  const afwijking = !!advies && (gekozen.categorie !== advies.categorie || gekozen.pad !== advies.pad);
  return { scores, loonwaarde, advies, gekozen, afwijking };
}

/**
 * The form fields the API's `fouten` go to: it names scores by their place in the list sent, the form by leefgebied.
 */
function apiVelden(instrument: Instrument, waarden: GesprekFormInvoer): [string[], Record<string, string>] {
  const hernoem: Record<string, string> = {
    loonwaarde: 'loonwaardePercentage',
    'loonwaarde.percentage': 'loonwaardePercentage',
    'loonwaarde.methode': 'loonwaardeMethode',
  };
  berekening(instrument, waarden).scores.forEach((s, i) => {
    hernoem[`scores.${i}.niveau`] = `scores.${s.domein}.niveau`;
    hernoem[`scores.${i}.domein`] = `scores.${s.domein}.niveau`;
    hernoem[`scores.${i}.toelichting`] = `scores.${s.domein}.toelichting`;
  });
  const velden = [
    'gevoerdOp',
    'kanaal',
    ...instrument.domeinen.flatMap((d) => [`scores.${d.code}.niveau`, `scores.${d.code}.toelichting`]),
    'loonwaardePercentage',
    'loonwaardeMethode',
    'adviesCategorie',
    'dienstverleningspad',
    'afwijkingReden',
    'toelichting',
  ];
  return [velden, hernoem];
}

/**
 * The klant-in-beeld-gesprek: every leefgebied of the active instrument on one screen, a radio group each (Tab
 * from row to row, arrow keys within, as native radios do), the loonwaarde, and the advice computed live from the
 * scores by the organisatie's rules. Every change is kept as a local draft, so a lost connection loses nothing.
 */
export function GesprekFormulier({
  klantId,
  medewerkerId,
  huidigeCategorie,
  campagneId,
  kanaal,
  onKlaar,
}: {
  klantId: string;
  medewerkerId: string;
  /** The client's dienstverleningscategorie now (code). */
  huidigeCategorie: string;
  /** The invited gesprek of a campagne: the API links it to the deelnemer's open invitation. */
  campagneId?: string;
  /** The kanaal to start with (the invitation's: at home or on location). */
  kanaal?: GesprekKanaal;
  onKlaar: () => void;
}) {
  const instrument = useQuery(instrumentQuery());
  const paden = useQuery(padenQuery());
  const categorieen = useCategorieen();
  if (instrument.isError) return <Melding soort="error">{instrument.error.message}</Melding>;
  if (paden.isError) return <Melding soort="error">{paden.error.message}</Melding>;
  if (instrument.isPending || paden.isPending || categorieen.query.isPending)
    return <Paragraph role="status">Formulier laden…</Paragraph>;
  return (
    <Formulier
      klantId={klantId}
      sleutel={conceptSleutel('gesprek', medewerkerId, klantId)}
      huidigeCategorie={huidigeCategorie}
      campagneId={campagneId}
      kanaal={kanaal}
      instrument={instrument.data}
      paden={paden.data.paden}
      onKlaar={onKlaar}
    />
  );
}

function Formulier({
  klantId,
  sleutel,
  huidigeCategorie,
  campagneId,
  kanaal,
  instrument,
  paden,
  onKlaar,
}: {
  klantId: string;
  sleutel: string;
  huidigeCategorie: string;
  campagneId?: string;
  kanaal?: GesprekKanaal;
  instrument: Instrument;
  paden: Pad[];
  onKlaar: () => void;
}) {
  const categorieen = useCategorieen();
  const [concept, setConcept] = useState(() => leesConcept<GesprekFormInvoer>(sleutel));
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    watch,
    reset,
    getValues,
    setValue,
    setError,
    formState: { errors },
  } = useForm<GesprekFormInvoer>({
    defaultValues: concept
      ? metConcept(instrument, concept.waarden)
      : { ...standaard(instrument), ...(kanaal ? { kanaal } : {}) },
  });

  // Every change is the newest draft.
  useEffect(() => {
    const abonnement = watch(() => bewaarConcept(sleutel, getValues()));
    return () => abonnement.unsubscribe();
  }, [watch, getValues, sleutel]);

  const waarden = watch();
  const { advies, gekozen } = berekening(instrument, waarden);
  const padNaam = (code: string) => paden.find((p) => p.code === code)?.naam ?? code;
  const kiesbarePaden = paden.filter((p) => p.actief || p.code === gekozen.pad);
  const kiesbareCategorieen = categorieen.kiesbaar(gekozen.categorie || null);
  const adviesNietKiesbaar =
    !!advies &&
    (!paden.some((p) => p.code === advies.pad && p.actief) ||
      !categorieen.lijst.some((c) => c.code === advies.categorie && c.actief));
  const categorieWijzigt = !!gekozen.categorie && gekozen.categorie !== huidigeCategorie;

  const opslaan = useDossierMutatie(klantId, (invoer: GesprekInvoer) => registreerGesprek(klantId, invoer), {
    onSuccess: () => {
      wisConcept(sleutel);
      onKlaar();
    },
    onError: (e) => {
      if (e instanceof ApiFout && e.status === 0) {
        bewaarConcept(sleutel, getValues());
        setFout(
          'Niet opgeslagen: er is geen verbinding met Klant in Beeld. Je invoer staat als concept op dit apparaat; probeer het opnieuw als de verbinding terug is.',
        );
        return;
      }
      if (
        e instanceof ApiFout &&
        e.fouten.some((f) => f.veld === 'adviesCategorie' || f.veld === 'dienstverleningspad')
      ) {
        // The choice must be visible to show its error.
        setValue('keuze', 'anders');
        if (!getValues('adviesCategorie')) setValue('adviesCategorie', advies?.categorie ?? '');
        if (!getValues('dienstverleningspad')) setValue('dienstverleningspad', advies?.pad ?? '');
      }
      setFout(toonApiFouten(e, setError, ...apiVelden(instrument, getValues())));
    },
  });

  const verstuur = handleSubmit((invoer) => {
    setFout(undefined);
    const b = berekening(instrument, invoer);
    if (!b.advies) {
      setFout('Geef minstens één leefgebied een niveau.');
      return;
    }
    const toelichtingen = (code: string) => invoer.scores[code]?.toelichting.trim();
    opslaan.mutate({
      gevoerdOp: lokaalNaarIso(invoer.gevoerdOp),
      kanaal: invoer.kanaal,
      scores: b.scores.map((s) => ({
        domein: s.domein,
        niveau: s.niveau,
        ...(toelichtingen(s.domein) ? { toelichting: toelichtingen(s.domein) } : {}),
      })),
      ...(b.loonwaarde !== null
        ? { loonwaarde: { percentage: b.loonwaarde, methode: invoer.loonwaardeMethode.trim() } }
        : {}),
      adviesCategorie: b.gekozen.categorie,
      dienstverleningspad: b.gekozen.pad,
      ...(b.afwijking ? { afwijkingReden: invoer.afwijkingReden.trim() } : {}),
      categorieOvernemen: b.gekozen.categorie !== huidigeCategorie && invoer.categorieOvernemen,
      ...(invoer.toelichting.trim() ? { toelichting: invoer.toelichting.trim() } : {}),
      ...(campagneId ? { campagneId } : {}),
    });
  });

  return (
    <form className="kib-formulier" noValidate onSubmit={verstuur}>
      {concept && (
        <Melding>
          <span>{`Concept van ${tijdstipKort(concept.opgeslagenOp)} hersteld.`}</span>{' '}
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => {
              // Reset first: it is a change too, and would be kept as a draft again.
              reset(standaard(instrument));
              wisConcept(sleutel);
              setConcept(null);
            }}
          >
            Concept weggooien
          </Button>
        </Melding>
      )}
      {fout && <Melding soort="error">{fout}</Melding>}
      <div className="kib-normgroep__velden">
        <Veld label="Wanneer" fout={errors.gevoerdOp?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              type="datetime-local"
              {...register('gevoerdOp', { required: 'Vul datum en tijd in.' })}
            />
          )}
        </Veld>
        <Veld label="Kanaal" fout={errors.kanaal?.message}>
          {(invoer) => (
            <Select {...invoer} {...register('kanaal')}>
              {GESPREK_KANALEN.map((k) => (
                <SelectOption key={k} value={k}>
                  {KANAAL_LABELS[k]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      </div>

      <fieldset className="utrecht-form-fieldset kib-scores">
        <legend className="utrecht-form-fieldset__legend">{`Leefgebieden (${instrument.naam})`}</legend>
        <Paragraph className="kib-zacht">
          Kies per leefgebied het niveau dat bij de klant past. Een leefgebied dat niet besproken is laat je open.
        </Paragraph>
        {instrument.domeinen.map((d) => (
          <ScoreRij
            key={d.code}
            code={d.code}
            naam={d.naam}
            niveaus={instrument.niveaus}
            register={register}
            errors={errors}
          />
        ))}
      </fieldset>

      <fieldset className="kib-normgroep">
        <legend>Loonwaarde</legend>
        <div className="kib-normgroep__velden">
          <Veld label="Percentage" verplicht={false} fout={errors.loonwaardePercentage?.message}>
            {(invoer) => (
              <Textbox
                {...invoer}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                {...register('loonwaardePercentage', {
                  validate: (p) =>
                    p === '' ||
                    (Number.isInteger(Number(p)) && Number(p) >= 0 && Number(p) <= 100) ||
                    'Vul een heel percentage in, van 0 tot en met 100.',
                })}
              />
            )}
          </Veld>
          <Veld label="Methode" verplicht={false} fout={errors.loonwaardeMethode?.message}>
            {(invoer) => (
              <>
                <Textbox
                  {...invoer}
                  list="kib-loonwaarde-methoden"
                  autoComplete="off"
                  {...register('loonwaardeMethode', {
                    validate: (m, alles) => {
                      if (alles.loonwaardePercentage !== '' && !m.trim()) return 'Zeg hoe de loonwaarde is bepaald.';
                      if (alles.loonwaardePercentage === '' && m.trim()) return 'Vul ook het percentage in.';
                      return m.length <= 100 || 'Hoogstens 100 tekens.';
                    },
                  })}
                />
                <datalist id="kib-loonwaarde-methoden">
                  {LOONWAARDE_METHODEN.map((m) => (
                    <option key={m} value={m} />
                  ))}
                </datalist>
              </>
            )}
          </Veld>
        </div>
      </fieldset>

      <fieldset className="kib-normgroep">
        <legend>Advies</legend>
        <p role="status" className="kib-advies">
          {advies ? (
            <strong>
              {`Advies: ${categorieen.naam(advies.categorie)} — ${padNaam(advies.pad)} (${advies.regel ?? 'geen regel van toepassing'})`}
            </strong>
          ) : (
            'Het advies verschijnt zodra je een leefgebied een niveau geeft.'
          )}
        </p>
        {adviesNietKiesbaar && (
          <Melding soort="warning">
            Het advies verwijst naar een categorie of pad dat niet meer actief is. Kies een andere en geef de reden.
          </Melding>
        )}
        <label className="kib-keuze">
          <input type="radio" value="advies" {...register('keuze')} /> Advies volgen
        </label>
        <label className="kib-keuze">
          <input
            type="radio"
            value="anders"
            {...register('keuze', {
              onChange: () => {
                // Start from the advice, so changing only the pad keeps the advised category.
                if (!getValues('adviesCategorie')) setValue('adviesCategorie', advies?.categorie ?? '');
                if (!getValues('dienstverleningspad')) setValue('dienstverleningspad', advies?.pad ?? '');
              },
            })}
          />{' '}
          Andere categorie of ander pad kiezen
        </label>
        {waarden.keuze === 'anders' && (
          <div className="kib-normgroep__velden">
            <Veld label="Dienstverleningscategorie" fout={errors.adviesCategorie?.message}>
              {(invoer) => (
                <Select
                  {...invoer}
                  {...register('adviesCategorie', { required: 'Kies een dienstverleningscategorie.' })}
                >
                  <SelectOption value="">Kies een categorie</SelectOption>
                  {kiesbareCategorieen.map((c) => (
                    <SelectOption key={c.code} value={c.code}>
                      {c.naam}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Veld>
            <Veld label="Dienstverleningspad" fout={errors.dienstverleningspad?.message}>
              {(invoer) => (
                <Select {...invoer} {...register('dienstverleningspad', { required: 'Kies een dienstverleningspad.' })}>
                  <SelectOption value="">Kies een pad</SelectOption>
                  {kiesbarePaden.map((p) => (
                    <SelectOption key={p.code} value={p.code}>
                      {p.naam}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Veld>
          </div>
        )}
        {waarden.keuze === 'anders' && (
          <Veld
            label="Reden van afwijken"
            beschrijving="Verplicht als je een andere categorie of een ander pad kiest dan het advies."
            fout={errors.afwijkingReden?.message}
          >
            {(invoer) => (
              <Textarea
                {...invoer}
                rows={2}
                {...register('afwijkingReden', {
                  validate: (reden, alles) =>
                    !berekening(instrument, alles).afwijking ||
                    reden.trim().length > 0 ||
                    'Geef de reden waarom je van het advies afwijkt.',
                  maxLength: { value: 2000, message: 'Hoogstens 2000 tekens.' },
                })}
              />
            )}
          </Veld>
        )}
        {categorieWijzigt && (
          <label className="kib-keuze">
            <Checkbox {...register('categorieOvernemen')} />
            {`Dienstverleningscategorie van de klant aanpassen naar ${categorieen.naam(gekozen.categorie)}`}
          </label>
        )}
      </fieldset>

      <Veld label="Toelichting" verplicht={false} fout={errors.toelichting?.message}>
        {(invoer) => (
          <Textarea
            {...invoer}
            rows={3}
            {...register('toelichting', { maxLength: { value: 10_000, message: 'Hoogstens 10.000 tekens.' } })}
          />
        )}
      </Veld>
      <FormulierKnoppen opslaan="Gesprek opslaan" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}

/** One leefgebied: its niveaus as native radios (one name, so arrow keys move within and Tab leaves the row). */
function ScoreRij({
  code,
  naam,
  niveaus,
  register,
  errors,
}: {
  code: string;
  naam: string;
  niveaus: Instrument['niveaus'];
  register: UseFormRegister<GesprekFormInvoer>;
  errors: FieldErrors<GesprekFormInvoer>;
}) {
  const id = useId();
  const fout = errors.scores?.[code]?.niveau?.message;
  const toelichtingFout = errors.scores?.[code]?.toelichting?.message;
  return (
    <fieldset className="kib-scorerij" aria-describedby={fout ? `${id}-fout` : undefined}>
      <legend>{naam}</legend>
      {fout && (
        <p id={`${id}-fout`} className="kib-veld__fout">
          {fout}
        </p>
      )}
      <div className="kib-scorerij__niveaus">
        <label className="kib-keuze">
          <input type="radio" value="" {...register(`scores.${code}.niveau`)} /> Niet besproken
        </label>
        {niveaus.map((n) => (
          <label key={n.waarde} className="kib-keuze">
            <input type="radio" value={String(n.waarde)} {...register(`scores.${code}.niveau`)} />
            {`${n.waarde}. ${n.naam}`}
          </label>
        ))}
      </div>
      <Veld label={`Toelichting bij ${naam}`} verplicht={false} fout={toelichtingFout}>
        {(invoer) => (
          <Textbox
            {...invoer}
            autoComplete="off"
            {...register(`scores.${code}.toelichting`, {
              maxLength: { value: 2000, message: 'Hoogstens 2000 tekens.' },
            })}
          />
        )}
      </Veld>
    </fieldset>
  );
}
