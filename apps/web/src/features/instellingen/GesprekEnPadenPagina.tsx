import {
  codeVoorNaam,
  controleerInstrument,
  PAD_CODE_PATROON,
  type Instrument as DomeinInstrument,
} from '@klant-in-beeld/domain';
import {
  Button,
  Checkbox,
  Heading1,
  Heading2,
  Heading3,
  Knoppenrij,
  Melding,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { useMedewerker } from '../../app/useMedewerker';
import { datumKort } from '../../app/weergave';
import {
  instrumentKeys,
  instrumentQuery,
  padenKeys,
  padenQuery,
  slaInstrumentOp,
  slaPadenOp,
  type Instrument,
  type Pad,
} from '../gesprek/api';
import { useCategorieen } from './useCategorieen';

/** "moet kleiner zijn" → "Moet kleiner zijn." (the domain's messages, as the API would phrase them). */
const zin = (melding: string) => `${melding.charAt(0).toUpperCase()}${melding.slice(1)}.`;

/** What follows from the instrument and the paden: the gesprek form, the dossiers, the reports. */
const AFGELEID = [['instellingen'], ['klanten'], ['rapportages']];

/**
 * One beheer screen for the klant-in-beeld-gesprek: the instrument (leefgebieden, niveaus and the advice rules)
 * and the organisatie's dienstverleningspaden, each saved on its own (PUT leefgebieden, PUT dienstverleningspaden).
 */
export function GesprekEnPadenPagina() {
  const instrument = useQuery(instrumentQuery());
  const paden = useQuery(padenQuery());
  const categorieen = useCategorieen();
  return (
    <>
      <Heading1>Gesprek en paden</Heading1>
      <Paragraph className="kib-zacht">
        In het klant-in-beeld-gesprek scoort de klantmanager de klant op elk leefgebied van het instrument. Uit de
        scores volgt met de adviesregels een advies voor de dienstverleningscategorie en het dienstverleningspad; de
        klantmanager volgt het of wijkt af met een reden.
      </Paragraph>
      <Heading2>Instrument</Heading2>
      {(instrument.isPending || paden.isPending || categorieen.query.isPending) && (
        <Paragraph role="status">Instrument laden…</Paragraph>
      )}
      {instrument.isError && <Melding soort="error">{instrument.error.message}</Melding>}
      {instrument.data && paden.data && !categorieen.query.isPending && (
        <InstrumentFormulier
          key={instrument.data.versie}
          opgeslagen={instrument.data}
          paden={paden.data.paden}
          categorieen={categorieen.lijst}
        />
      )}
      <Heading2>Dienstverleningspaden</Heading2>
      {paden.isPending && <Paragraph role="status">Paden laden…</Paragraph>}
      {paden.isError && <Melding soort="error">{paden.error.message}</Melding>}
      {paden.data && <PadenFormulier opgeslagen={paden.data.paden} />}
    </>
  );
}

interface DomeinInvoer {
  code: string;
  naam: string;
  nieuw: boolean;
}
interface RegelInvoer {
  omschrijving: string;
  minAantal: number;
  maxNiveau: number;
  domeinen: string[] | string | boolean;
  /** '' when the rule does not look at the loonwaarde. */
  loonwaardeOnder: string;
  categorie: string;
  pad: string;
}
interface InstrumentFormInvoer {
  naam: string;
  bron: string;
  domeinen: DomeinInvoer[];
  niveaus: { waarde: number; naam: string }[];
  adviesregels: { regels: RegelInvoer[]; anders: { categorie: string; pad: string } };
}
type InstrumentVeld = FieldPath<InstrumentFormInvoer>;

const alsInstrumentInvoer = (i: Instrument): InstrumentFormInvoer => ({
  naam: i.naam,
  bron: i.bron ?? '',
  domeinen: i.domeinen.map((d) => ({ ...d, nieuw: false })),
  niveaus: i.niveaus.map((n) => ({ ...n })),
  adviesregels: {
    regels: i.adviesregels.regels.map((r) => ({
      omschrijving: r.omschrijving,
      minAantal: r.minAantal,
      maxNiveau: r.maxNiveau,
      domeinen: r.domeinen ?? [],
      loonwaardeOnder: r.loonwaardeOnder === undefined || r.loonwaardeOnder === null ? '' : String(r.loonwaardeOnder),
      categorie: r.categorie,
      pad: r.pad,
    })),
    anders: { ...i.adviesregels.anders },
  },
});

/** A checkbox group of one box answers a boolean; of several, the checked values. */
function gekozenDomeinen(waarde: RegelInvoer['domeinen'], codes: string[]): string[] {
  if (Array.isArray(waarde)) return codes.filter((c) => waarde.includes(c));
  if (typeof waarde === 'string') return codes.filter((c) => c === waarde);
  return waarde && codes.length === 1 ? codes : [];
}

function uitInvoer(invoer: InstrumentFormInvoer): DomeinInstrument {
  const domeinen = invoer.domeinen.map((d) => ({ code: d.code.trim(), naam: d.naam.trim() }));
  const codes = domeinen.map((d) => d.code);
  return {
    naam: invoer.naam.trim(),
    bron: invoer.bron.trim(),
    domeinen,
    niveaus: invoer.niveaus.map((n) => ({ waarde: Number(n.waarde), naam: n.naam.trim() })),
    adviesregels: {
      regels: invoer.adviesregels.regels.map((r) => {
        const gekozen = gekozenDomeinen(r.domeinen, codes);
        return {
          omschrijving: r.omschrijving.trim(),
          minAantal: Number(r.minAantal),
          maxNiveau: Number(r.maxNiveau),
          ...(gekozen.length ? { domeinen: gekozen } : {}),
          ...(r.loonwaardeOnder !== '' ? { loonwaardeOnder: Number(r.loonwaardeOnder) } : {}),
          categorie: r.categorie,
          pad: r.pad,
        };
      }),
      anders: invoer.adviesregels.anders,
    },
  };
}

function InstrumentFormulier({
  opgeslagen,
  paden,
  categorieen,
}: {
  opgeslagen: Instrument;
  paden: Pad[];
  categorieen: { code: string; naam: string; actief: boolean }[];
}) {
  const { rol } = useMedewerker();
  const magWijzigen = rol === 'beheerder';
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string }>();
  const {
    control,
    register,
    handleSubmit,
    setError,
    clearErrors,
    getValues,
    setValue,
    watch,
    formState: { errors },
  } = useForm<InstrumentFormInvoer>({ defaultValues: alsInstrumentInvoer(opgeslagen) });
  const domeinen = useFieldArray({ control, name: 'domeinen', keyName: 'sleutel' });
  const niveaus = useFieldArray({ control, name: 'niveaus', keyName: 'sleutel' });
  const regels = useFieldArray({ control, name: 'adviesregels.regels', keyName: 'sleutel' });
  const huidigeDomeinen = watch('domeinen');
  const huidigeNiveaus = watch('niveaus');

  const velden = (): InstrumentVeld[] => [
    'naam',
    'bron',
    'domeinen',
    'niveaus',
    ...domeinen.fields.flatMap((_, i) => [`domeinen.${i}.code`, `domeinen.${i}.naam`] as const),
    ...niveaus.fields.flatMap((_, i) => [`niveaus.${i}.waarde`, `niveaus.${i}.naam`] as const),
    ...regels.fields.flatMap((_, i) =>
      (['omschrijving', 'minAantal', 'maxNiveau', 'domeinen', 'loonwaardeOnder', 'categorie', 'pad'] as const).map(
        (v) => `adviesregels.regels.${i}.${v}` as const,
      ),
    ),
    'adviesregels.anders.categorie',
    'adviesregels.anders.pad',
  ];

  const opslaan = useMutation({
    mutationFn: slaInstrumentOp,
    onMutate: () => setMelding(undefined),
    onSuccess: async (nieuw) => {
      setMelding({
        soort: 'ok',
        tekst:
          nieuw.versie === opgeslagen.versie
            ? 'Er was niets veranderd; het instrument blijft op versie ' + nieuw.versie + '.'
            : `Opgeslagen als versie ${nieuw.versie}. Nieuwe gesprekken gebruiken deze versie.`,
      });
      queryClient.setQueryData(instrumentKeys.alle, nieuw);
      await Promise.all(AFGELEID.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (fout) => setMelding({ soort: 'error', tekst: toonApiFouten(fout, setError, velden()) }),
  });

  const verstuur = handleSubmit((invoer) => {
    clearErrors();
    const instrument = uitInvoer(invoer);
    const fouten = controleerInstrument(
      instrument,
      categorieen.map((c) => c.code),
      paden.map((p) => p.code),
    );
    if (!instrument.naam) fouten.push({ veld: 'naam', melding: 'is verplicht' });
    if (fouten.length === 0) return opslaan.mutate({ ...instrument, bron: instrument.bron || undefined });
    const overDeLijst: string[] = [];
    for (const fout of fouten) {
      const veld = fout.veld.replace(/^(adviesregels\.regels\.\d+\.domeinen)\.\d+$/, '$1');
      if (velden().includes(veld as InstrumentVeld) && !['domeinen', 'niveaus'].includes(veld))
        setError(veld as InstrumentVeld, { type: 'regel', message: zin(fout.melding) });
      else overDeLijst.push(zin(fout.melding));
    }
    setMelding({ soort: 'error', tekst: ['Niet alles klopt; er is niets opgeslagen.', ...overDeLijst].join(' ') });
  });

  const doelKeuze = (
    pad: 'adviesregels.anders' | `adviesregels.regels.${number}`,
    f?: { categorie?: { message?: string }; pad?: { message?: string } },
  ) => (
    <div className="kib-normgroep__velden">
      <Veld label="Categorie" fout={f?.categorie?.message}>
        {(invoer) => (
          <Select {...invoer} {...register(`${pad}.categorie`)}>
            {categorieen.map((c) => (
              <SelectOption key={c.code} value={c.code}>
                {c.actief ? c.naam : `${c.naam} (niet actief)`}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld label="Pad" fout={f?.pad?.message}>
        {(invoer) => (
          <Select {...invoer} {...register(`${pad}.pad`)}>
            {paden.map((p) => (
              <SelectOption key={p.code} value={p.code}>
                {p.actief ? p.naam : `${p.naam} (niet actief)`}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
    </div>
  );

  return (
    <form className="kib-formulier" noValidate onSubmit={verstuur} aria-label="Instrument">
      {!magWijzigen && <Melding>Alleen de functioneel beheerder kan het instrument wijzigen.</Melding>}
      <Paragraph className="kib-zacht">
        {`Nu versie ${opgeslagen.versie}, sinds ${datumKort(opgeslagen.aangemaaktOp.slice(0, 10))}. `}
        Opslaan maakt een nieuwe versie; eerdere gesprekken houden hun versie.
      </Paragraph>
      {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}
      <fieldset disabled={!magWijzigen} className="kib-formulier kib-zonder-rand">
        <div className="kib-normgroep__velden">
          <Veld label="Naam van het instrument" fout={errors.naam?.message}>
            {(invoer) => <Textbox {...invoer} {...register('naam')} />}
          </Veld>
          <Veld label="Bron" verplicht={false} fout={errors.bron?.message}>
            {(invoer) => <Textbox {...invoer} {...register('bron')} />}
          </Veld>
        </div>

        <Heading3>Leefgebieden</Heading3>
        {errors.domeinen?.message && <p className="kib-veld__fout">{errors.domeinen.message}</p>}
        {domeinen.fields.map((veld, i) => {
          const f = errors.domeinen?.[i];
          const titel = veld.nieuw ? `Nieuw leefgebied ${i + 1}` : `Leefgebied ${veld.naam}`;
          return (
            <fieldset key={veld.sleutel} className="kib-normgroep" aria-label={titel}>
              <legend>{titel}</legend>
              <div className="kib-normgroep__velden">
                <Veld label="Naam" fout={f?.naam?.message}>
                  {(invoer) => (
                    <Textbox
                      {...invoer}
                      {...register(`domeinen.${i}.naam`, {
                        onBlur: () => {
                          if (veld.nieuw && !getValues(`domeinen.${i}.code`))
                            setValue(`domeinen.${i}.code`, codeVoorNaam(getValues(`domeinen.${i}.naam`)));
                        },
                      })}
                    />
                  )}
                </Veld>
                {veld.nieuw ? (
                  <Veld label="Code" beschrijving="Kleine letters, cijfers en _." fout={f?.code?.message}>
                    {(invoer) => <Textbox {...invoer} autoComplete="off" {...register(`domeinen.${i}.code`)} />}
                  </Veld>
                ) : (
                  <Paragraph className="kib-zacht">
                    Code: <code>{veld.code}</code>
                  </Paragraph>
                )}
              </div>
              <div>
                <Button type="button" appearance="subtle-button" onClick={() => domeinen.remove(i)}>
                  {`${titel} weghalen`}
                </Button>
              </div>
            </fieldset>
          );
        })}
        <div>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => domeinen.append({ code: '', naam: '', nieuw: true })}
          >
            Leefgebied toevoegen
          </Button>
        </div>

        <Heading3>Niveaus</Heading3>
        <Paragraph className="kib-zacht">Een hogere waarde is meer zelfredzaam.</Paragraph>
        {errors.niveaus?.message && <p className="kib-veld__fout">{errors.niveaus.message}</p>}
        {niveaus.fields.map((veld, i) => {
          const f = errors.niveaus?.[i];
          return (
            <fieldset key={veld.sleutel} className="kib-normgroep" aria-label={`Niveau ${i + 1}`}>
              <legend>{`Niveau ${i + 1}`}</legend>
              <div className="kib-normgroep__velden">
                <Veld label="Waarde" fout={f?.waarde?.message}>
                  {(invoer) => (
                    <Textbox
                      {...invoer}
                      type="number"
                      inputMode="numeric"
                      step={1}
                      {...register(`niveaus.${i}.waarde`, { valueAsNumber: true })}
                    />
                  )}
                </Veld>
                <Veld label="Naam" fout={f?.naam?.message}>
                  {(invoer) => <Textbox {...invoer} {...register(`niveaus.${i}.naam`)} />}
                </Veld>
              </div>
              <div>
                <Button type="button" appearance="subtle-button" onClick={() => niveaus.remove(i)}>
                  {`Niveau ${i + 1} weghalen`}
                </Button>
              </div>
            </fieldset>
          );
        })}
        <div>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() =>
              niveaus.append({
                waarde: Math.max(0, ...getValues('niveaus').map((n) => Number(n.waarde) || 0)) + 1,
                naam: '',
              })
            }
          >
            Niveau toevoegen
          </Button>
        </div>

        <Heading3>Adviesregels</Heading3>
        <Paragraph className="kib-zacht">
          De eerste regel die past geeft het advies: als minstens het aantal leefgebieden (van de gekozen, of van alle)
          op het maximale niveau of lager staat, en de loonwaarde (als die is ingeschat) onder de grens ligt.
        </Paragraph>
        {regels.fields.map((veld, i) => {
          const f = errors.adviesregels?.regels?.[i];
          const titel = `Regel ${i + 1}`;
          return (
            <fieldset key={veld.sleutel} className="kib-normgroep" aria-label={titel}>
              <legend>{titel}</legend>
              <Veld label="Omschrijving" fout={f?.omschrijving?.message}>
                {(invoer) => <Textbox {...invoer} {...register(`adviesregels.regels.${i}.omschrijving`)} />}
              </Veld>
              <div className="kib-normgroep__velden">
                <Veld label="Minimaal aantal leefgebieden" fout={f?.minAantal?.message}>
                  {(invoer) => (
                    <Textbox
                      {...invoer}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      step={1}
                      {...register(`adviesregels.regels.${i}.minAantal`, { valueAsNumber: true })}
                    />
                  )}
                </Veld>
                <Veld label="Op niveau of lager" fout={f?.maxNiveau?.message}>
                  {(invoer) => (
                    <Select
                      {...invoer}
                      {...register(`adviesregels.regels.${i}.maxNiveau`, { setValueAs: (v) => Number(v) })}
                    >
                      {huidigeNiveaus.map((n, j) => (
                        <SelectOption key={j} value={String(n.waarde)}>
                          {`${n.waarde}. ${n.naam}`}
                        </SelectOption>
                      ))}
                    </Select>
                  )}
                </Veld>
                <Veld
                  label="Loonwaarde onder (%)"
                  verplicht={false}
                  beschrijving="Leeg: de loonwaarde telt niet mee."
                  fout={f?.loonwaardeOnder?.message}
                >
                  {(invoer) => (
                    <Textbox
                      {...invoer}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={100}
                      step={1}
                      {...register(`adviesregels.regels.${i}.loonwaardeOnder`)}
                    />
                  )}
                </Veld>
              </div>
              <fieldset className="utrecht-form-fieldset">
                <legend className="utrecht-form-fieldset__legend">Alleen deze leefgebieden (geen: alle)</legend>
                {f?.domeinen && <p className="kib-veld__fout">{f.domeinen.message}</p>}
                {huidigeDomeinen
                  .filter((d) => d.code)
                  .map((d, j) => (
                    <label key={j} className="kib-keuze">
                      <Checkbox value={d.code} {...register(`adviesregels.regels.${i}.domeinen`)} /> {d.naam || d.code}
                    </label>
                  ))}
              </fieldset>
              {doelKeuze(`adviesregels.regels.${i}`, f)}
              <Knoppenrij>
                {i > 0 && (
                  <Button type="button" appearance="subtle-button" onClick={() => regels.move(i, i - 1)}>
                    {`${titel} omhoog`}
                  </Button>
                )}
                {i < regels.fields.length - 1 && (
                  <Button type="button" appearance="subtle-button" onClick={() => regels.move(i, i + 1)}>
                    {`${titel} omlaag`}
                  </Button>
                )}
                <Button type="button" appearance="subtle-button" onClick={() => regels.remove(i)}>
                  {`${titel} weghalen`}
                </Button>
              </Knoppenrij>
            </fieldset>
          );
        })}
        <div>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() =>
              regels.append({
                omschrijving: '',
                minAantal: 1,
                maxNiveau: Number(getValues('niveaus')[0]?.waarde ?? 1),
                domeinen: [],
                loonwaardeOnder: '',
                categorie: getValues('adviesregels.anders.categorie'),
                pad: getValues('adviesregels.anders.pad'),
              })
            }
          >
            Regel toevoegen
          </Button>
        </div>
        <fieldset className="kib-normgroep" aria-label="Anders">
          <legend>Anders: als geen regel past</legend>
          {doelKeuze('adviesregels.anders', errors.adviesregels?.anders)}
        </fieldset>
      </fieldset>
      {magWijzigen && (
        <div>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={opslaan.isPending}
            disabled={opslaan.isPending}
          >
            {opslaan.isPending ? 'Bezig met opslaan…' : 'Instrument opslaan'}
          </Button>
        </div>
      )}
    </form>
  );
}

type PadInvoer = Pad & { nieuw: boolean };

function PadenFormulier({ opgeslagen }: { opgeslagen: Pad[] }) {
  const { rol } = useMedewerker();
  const magWijzigen = rol === 'beheerder';
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string }>();
  const alsInvoer = (lijst: Pad[]) => ({ paden: lijst.map((p) => ({ ...p, nieuw: false })) });
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    clearErrors,
    getValues,
    setValue,
    formState: { errors },
  } = useForm<{ paden: PadInvoer[] }>({ defaultValues: alsInvoer(opgeslagen) });
  const { fields, append, remove } = useFieldArray({ control, name: 'paden', keyName: 'sleutel' });
  const velden = () => fields.flatMap((_, i) => [`paden.${i}.code`, `paden.${i}.naam`, `paden.${i}.actief`] as const);

  const opslaan = useMutation({
    mutationFn: slaPadenOp,
    onMutate: () => setMelding(undefined),
    onSuccess: async (nieuw) => {
      reset(alsInvoer(nieuw.paden));
      setMelding({ soort: 'ok', tekst: 'Paden opgeslagen.' });
      queryClient.setQueryData(padenKeys.alle, nieuw);
      await Promise.all(AFGELEID.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (fout) => setMelding({ soort: 'error', tekst: toonApiFouten(fout, setError, velden()) }),
  });

  const verstuur = handleSubmit((invoer) => {
    clearErrors();
    const lijst: Pad[] = invoer.paden.map((p) => ({ code: p.code.trim(), naam: p.naam.trim(), actief: p.actief }));
    let goed = true;
    const gezien = new Set<string>();
    lijst.forEach((p, i) => {
      if (!PAD_CODE_PATROON.test(p.code)) {
        setError(`paden.${i}.code`, { message: 'Kleine letters, cijfers en _, 2 tot 40 tekens.' });
        goed = false;
      } else if (gezien.has(p.code)) {
        setError(`paden.${i}.code`, { message: `Code '${p.code}' komt twee keer voor.` });
        goed = false;
      }
      gezien.add(p.code);
      if (p.naam.length < 1 || p.naam.length > 100) {
        setError(`paden.${i}.naam`, { message: 'Vul een naam in van hoogstens 100 tekens.' });
        goed = false;
      }
    });
    if (goed) opslaan.mutate(lijst);
    else setMelding({ soort: 'error', tekst: 'Niet alles klopt; er is niets opgeslagen.' });
  });

  return (
    <form className="kib-formulier" noValidate onSubmit={verstuur} aria-label="Dienstverleningspaden">
      {magWijzigen && (
        <Paragraph className="kib-zacht">
          Een pad verwijder je niet: zet het op niet actief. Eerdere gesprekken houden hun pad, maar nieuwe gesprekken
          kunnen het niet meer kiezen.
        </Paragraph>
      )}
      {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}
      {fields.map((veld, i) => {
        const f = errors.paden?.[i];
        const titel = veld.nieuw ? `Nieuw pad ${i + 1}` : `Pad ${veld.naam}`;
        return (
          <fieldset key={veld.sleutel} className="kib-normgroep" aria-label={titel} disabled={!magWijzigen}>
            <legend>{titel}</legend>
            <div className="kib-normgroep__velden">
              <Veld label="Naam" fout={f?.naam?.message}>
                {(invoer) => (
                  <Textbox
                    {...invoer}
                    {...register(`paden.${i}.naam`, {
                      onBlur: () => {
                        if (veld.nieuw && !getValues(`paden.${i}.code`))
                          setValue(`paden.${i}.code`, codeVoorNaam(getValues(`paden.${i}.naam`)));
                      },
                    })}
                  />
                )}
              </Veld>
              {veld.nieuw ? (
                <Veld
                  label="Code"
                  beschrijving="Kleine letters, cijfers en _; verandert na het opslaan nooit meer."
                  fout={f?.code?.message}
                >
                  {(invoer) => <Textbox {...invoer} autoComplete="off" {...register(`paden.${i}.code`)} />}
                </Veld>
              ) : (
                <Paragraph className="kib-zacht">
                  Code: <code>{veld.code}</code>
                  {f?.code?.message && <span className="kib-veld__fout"> {f.code.message}</span>}
                </Paragraph>
              )}
            </div>
            <label className="kib-keuze">
              <Checkbox {...register(`paden.${i}.actief`)} /> Actief: kan gekozen worden in een gesprek
            </label>
            {veld.nieuw && (
              <div>
                <Button type="button" appearance="subtle-button" onClick={() => remove(i)}>
                  {`${titel} weghalen`}
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      {magWijzigen && (
        <Knoppenrij>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => append({ code: '', naam: '', actief: true, nieuw: true })}
          >
            Pad toevoegen
          </Button>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={opslaan.isPending}
            disabled={opslaan.isPending}
          >
            {opslaan.isPending ? 'Bezig met opslaan…' : 'Paden opslaan'}
          </Button>
        </Knoppenrij>
      )}
    </form>
  );
}
