import {
  AFSPRAAK_SOORT_LABELS,
  AFSPRAAK_SOORTEN,
  codeVoorNaam,
  controleerCategorieen,
  controleerNorm,
  type AfspraakSoort,
} from '@klant-in-beeld/domain';
import {
  Button,
  Checkbox,
  Heading1,
  Heading2,
  Knoppenrij,
  Melding,
  Paragraph,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { useMedewerker } from '../../app/useMedewerker';
import {
  categorieenQuery,
  contactnormenQuery,
  slaCategorieenOp,
  slaContactnormenOp,
  type Categorie,
  type Contactnormen,
  type Norm,
} from './api';

/** "moet kleiner zijn" → "Moet kleiner zijn." (the domain's messages, as the API would phrase them). */
const zin = (melding: string) => `${melding.charAt(0).toUpperCase()}${melding.slice(1)}.`;

/** A whole number of days within [1, max]. */
const heleDagenTot = (max: number) => (waarde: number) =>
  (Number.isInteger(waarde) && waarde >= 1 && waarde <= max) ||
  `Vul een heel aantal dagen in, van 1 tot en met ${max}.`;

/** What a norm means in plain words (only for a valid norm). */
function normUitleg(norm: Norm): string {
  return norm.waarschuwingDagen > 0
    ? `Tot en met ${norm.maxDagen - norm.waarschuwingDagen} dagen na het laatste gesprek in beeld, daarna bijna uit beeld, na ${norm.maxDagen} dagen uit beeld.`
    : `Tot en met ${norm.maxDagen} dagen na het laatste gesprek in beeld, daarna uit beeld.`;
}

/** Everything that follows from categories and norms: in-beeld status, worklists, team figures, reports. */
const AFGELEID = [['instellingen'], ['klanten'], ['werkvoorraad'], ['teams'], ['rapportages']];

/**
 * One beheer screen for the organisatie's dienstverleningscategorieën (name, actief, contact norm, the afspraak
 * soorten offered) and the other norms: vrijgesteld, intake, the longest informal vrijstelling. Two forms, each saved
 * on its own (PUT dienstverleningscategorieen and PUT contactnormen). The beheerder changes them; others may read.
 */
export function DienstverleningscategorieenPagina() {
  const categorieen = useQuery(categorieenQuery());
  const normen = useQuery(contactnormenQuery());
  return (
    <>
      {/* A soft hyphen: the one long word must break on a phone rather than push the page sideways. */}
      <Heading1>Dienstverlenings{'\u00AD'}categorieën</Heading1>
      <Paragraph className="kib-zacht">
        De categorie zegt hoe ver een klant van betaald werk af staat en bepaalt de contactnorm. Een klant is{' '}
        <strong>in beeld</strong> als er binnen het maximum aantal dagen een gesprek is geweest; in de laatste dagen
        daarvan, de waarschuwingstermijn, is hij <strong>bijna uit beeld</strong> en staat hij in de werkvoorraad. Per
        categorie kies je ook welke soorten afspraak de klantmanager eerst aangeboden krijgt.
      </Paragraph>
      {categorieen.isPending && <Paragraph role="status">Categorieën laden…</Paragraph>}
      {categorieen.isError && <Melding soort="error">{categorieen.error.message}</Melding>}
      {categorieen.data && <CategorieenFormulier opgeslagen={categorieen.data.categorieen} />}

      <Heading2>Overige normen</Heading2>
      {normen.isPending && <Paragraph role="status">Normen laden…</Paragraph>}
      {normen.isError && <Melding soort="error">{normen.error.message}</Melding>}
      {normen.data && <OverigeNormenFormulier opgeslagen={normen.data} />}
    </>
  );
}

/** A category as the form holds it: `nieuw` until saved (only then the code can be typed, or the row removed). */
type CategorieInvoer = Categorie & { nieuw: boolean };
interface CategorieenInvoer {
  categorieen: CategorieInvoer[];
}
type Veldnaam = FieldPath<CategorieenInvoer>;

const NIEUWE_CATEGORIE: CategorieInvoer = {
  code: '',
  naam: '',
  actief: true,
  maxDagen: 90,
  waarschuwingDagen: 21,
  afspraakSoorten: ['vervolggesprek', 'overig'],
  nieuw: true,
};

const alsInvoer = (lijst: Categorie[]): CategorieenInvoer => ({
  categorieen: lijst.map((c) => ({ ...c, nieuw: false })),
});

function CategorieenFormulier({ opgeslagen }: { opgeslagen: Categorie[] }) {
  const { rol } = useMedewerker();
  const magWijzigen = rol === 'beheerder';
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string }>();
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    clearErrors,
    getValues,
    setValue,
    watch,
    formState: { errors },
  } = useForm<CategorieenInvoer>({ defaultValues: alsInvoer(opgeslagen) });
  const { fields, append, remove } = useFieldArray({ control, name: 'categorieen', keyName: 'sleutel' });
  // What the API last said: after saving that is its answer, which the form then holds.
  const [gelezen, setGelezen] = useState(opgeslagen);
  const bestaandeCodes = gelezen.map((c) => c.code);

  const velden: Veldnaam[] = fields.flatMap((_, i) =>
    (['code', 'naam', 'actief', 'maxDagen', 'waarschuwingDagen', 'afspraakSoorten'] as const).map(
      (veld) => `categorieen.${i}.${veld}` as const,
    ),
  );

  const opslaan = useMutation({
    mutationFn: slaCategorieenOp,
    onMutate: () => setMelding(undefined),
    onSuccess: async (nieuw) => {
      setGelezen(nieuw.categorieen);
      reset(alsInvoer(nieuw.categorieen));
      setMelding({ soort: 'ok', tekst: 'Categorieën opgeslagen; namen, normen en soorten gelden meteen.' });
      await Promise.all(AFGELEID.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (fout) => setMelding({ soort: 'error', tekst: toonApiFouten(fout, setError, velden) }),
  });

  // The same rules as the API (libs/domain), so a mistake shows at its field before anything is sent.
  const verstuur = handleSubmit((invoer) => {
    clearErrors();
    const lijst: Categorie[] = invoer.categorieen.map(({ nieuw: _nieuw, ...c }) => ({
      ...c,
      code: c.code.trim(),
      naam: c.naam.trim(),
      afspraakSoorten: AFSPRAAK_SOORTEN.filter((s) => (c.afspraakSoorten ?? []).includes(s)),
    }));
    const fouten = controleerCategorieen(lijst, bestaandeCodes);
    if (fouten.length === 0) return opslaan.mutate(lijst);
    const overDeLijst: string[] = [];
    for (const fout of fouten) {
      if (fout.veld === 'categorieen') overDeLijst.push(zin(fout.melding));
      else setError(fout.veld as Veldnaam, { type: 'regel', message: zin(fout.melding) });
    }
    setMelding({
      soort: 'error',
      tekst: ['Niet alles klopt; er is niets opgeslagen.', ...overDeLijst].join(' '),
    });
  });

  return (
    <form className="kib-formulier" noValidate onSubmit={verstuur}>
      {!magWijzigen && (
        <Melding>Alleen de functioneel beheerder kan de categorieën wijzigen. Je ziet hier wat nu geldt.</Melding>
      )}
      {magWijzigen && (
        <Paragraph className="kib-zacht">
          Een categorie verwijder je niet: zet hem op niet actief. Klanten die hem hebben houden hem en zijn norm, maar
          nieuwe klanten en wijzigingen kunnen hem niet meer kiezen.
        </Paragraph>
      )}
      {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}

      {fields.map((veld, i) => {
        const pad = `categorieen.${i}` as const;
        const fout = errors.categorieen?.[i];
        const huidig = watch(pad);
        const normGeldig = controleerNorm(huidig, pad).length === 0;
        // The saved name: the group keeps its name while the name is being edited.
        const titel = veld.nieuw
          ? `Nieuwe categorie ${i + 1 - bestaandeCodes.length}`
          : (gelezen.find((c) => c.code === veld.code)?.naam ?? veld.code);
        return (
          <fieldset key={veld.sleutel} className="kib-normgroep" aria-label={titel}>
            <legend>
              {titel}
              {!veld.nieuw && !huidig.actief && <span className="kib-zacht"> (niet actief)</span>}
            </legend>
            <div className="kib-normgroep__velden">
              <Veld label="Naam" fout={fout?.naam?.message}>
                {(invoer) => (
                  <Textbox
                    {...invoer}
                    disabled={!magWijzigen}
                    {...register(`${pad}.naam`, {
                      onBlur: () => {
                        if (veld.nieuw && !getValues(`${pad}.code`))
                          setValue(`${pad}.code`, codeVoorNaam(getValues(`${pad}.naam`)));
                      },
                    })}
                  />
                )}
              </Veld>
              {veld.nieuw ? (
                <Veld
                  label="Code"
                  beschrijving="Kleine letters, cijfers en _; verandert na het opslaan nooit meer."
                  fout={fout?.code?.message}
                >
                  {(invoer) => <Textbox {...invoer} autoComplete="off" {...register(`${pad}.code`)} />}
                </Veld>
              ) : (
                <Paragraph className="kib-zacht">
                  Code: <code>{veld.code}</code>
                </Paragraph>
              )}
            </div>
            <label className="kib-keuze">
              <Checkbox disabled={!magWijzigen} {...register(`${pad}.actief`)} /> Actief: kan gekozen worden voor
              klanten
            </label>
            <div className="kib-normgroep__velden">
              <Veld label="Maximaal aantal dagen tussen gesprekken" fout={fout?.maxDagen?.message}>
                {(invoer) => (
                  <Textbox
                    {...invoer}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    step={1}
                    disabled={!magWijzigen}
                    {...register(`${pad}.maxDagen`, { valueAsNumber: true })}
                  />
                )}
              </Veld>
              <Veld label="Waarschuwingstermijn in dagen" fout={fout?.waarschuwingDagen?.message}>
                {(invoer) => (
                  <Textbox
                    {...invoer}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    step={1}
                    disabled={!magWijzigen}
                    {...register(`${pad}.waarschuwingDagen`, { valueAsNumber: true })}
                  />
                )}
              </Veld>
            </div>
            {normGeldig && <Paragraph className="kib-zacht">{normUitleg(huidig)}</Paragraph>}
            <fieldset className="utrecht-form-fieldset">
              <legend className="utrecht-form-fieldset__legend">Soorten afspraak die de klantmanager eerst ziet</legend>
              {fout?.afspraakSoorten && <p className="kib-veld__fout">{fout.afspraakSoorten.message}</p>}
              {AFSPRAAK_SOORTEN.map((soort: AfspraakSoort) => (
                <label key={soort} className="kib-keuze">
                  <Checkbox value={soort} disabled={!magWijzigen} {...register(`${pad}.afspraakSoorten`)} />{' '}
                  {AFSPRAAK_SOORT_LABELS[soort]}
                </label>
              ))}
            </fieldset>
            {veld.nieuw && magWijzigen && (
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
          <Button type="button" appearance="secondary-action-button" onClick={() => append(NIEUWE_CATEGORIE)}>
            Categorie toevoegen
          </Button>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={opslaan.isPending}
            disabled={opslaan.isPending}
          >
            {opslaan.isPending ? 'Bezig met opslaan…' : 'Categorieën opslaan'}
          </Button>
        </Knoppenrij>
      )}
    </form>
  );
}

type OverigeNormen = Omit<Contactnormen, 'normen'>;

/** The vrijgesteld norm, the intake period and the longest informal vrijstelling (PUT contactnormen, v1). */
function OverigeNormenFormulier({ opgeslagen }: { opgeslagen: Contactnormen }) {
  const { rol } = useMedewerker();
  const magWijzigen = rol === 'beheerder';
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string }>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors },
  } = useForm<OverigeNormen>({
    defaultValues: {
      vrijgesteld: opgeslagen.vrijgesteld,
      intakeDagen: opgeslagen.intakeDagen,
      maxDuurInformeleVrijstellingDagen: opgeslagen.maxDuurInformeleVrijstellingDagen,
    },
  });
  const velden = [
    'vrijgesteld.maxDagen',
    'vrijgesteld.waarschuwingDagen',
    'intakeDagen',
    'maxDuurInformeleVrijstellingDagen',
  ] as const;

  const opslaan = useMutation({
    // The categories' norms go along as they are stored: this form changes only its own fields.
    mutationFn: (invoer: OverigeNormen) => slaContactnormenOp({ ...invoer, normen: opgeslagen.normen }),
    onMutate: () => setMelding(undefined),
    onSuccess: async (nieuw) => {
      reset({
        vrijgesteld: nieuw.vrijgesteld,
        intakeDagen: nieuw.intakeDagen,
        maxDuurInformeleVrijstellingDagen: nieuw.maxDuurInformeleVrijstellingDagen,
      });
      setMelding({ soort: 'ok', tekst: 'Normen opgeslagen; ze gelden meteen voor alle klanten.' });
      await Promise.all(AFGELEID.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (fout) => setMelding({ soort: 'error', tekst: toonApiFouten(fout, setError, velden) }),
  });

  const vrijgesteld = watch('vrijgesteld');
  const normFout = (veld: keyof Norm) => (_: number, waarden: OverigeNormen) => {
    const fout = controleerNorm(waarden.vrijgesteld, 'vrijgesteld').find((f) => f.veld === `vrijgesteld.${veld}`);
    return fout ? zin(fout.melding) : true;
  };

  return (
    <form className="kib-formulier" noValidate onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))}>
      {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}
      <fieldset className="kib-normgroep">
        <legend>Klanten met een vrijstelling (welke categorie ook)</legend>
        <div className="kib-normgroep__velden">
          <Veld label="Maximaal aantal dagen tussen gesprekken" fout={errors.vrijgesteld?.maxDagen?.message}>
            {(invoer) => (
              <Textbox
                {...invoer}
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                disabled={!magWijzigen}
                {...register('vrijgesteld.maxDagen', {
                  valueAsNumber: true,
                  validate: normFout('maxDagen'),
                  deps: ['vrijgesteld.waarschuwingDagen'],
                })}
              />
            )}
          </Veld>
          <Veld label="Waarschuwingstermijn in dagen" fout={errors.vrijgesteld?.waarschuwingDagen?.message}>
            {(invoer) => (
              <Textbox
                {...invoer}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                disabled={!magWijzigen}
                {...register('vrijgesteld.waarschuwingDagen', {
                  valueAsNumber: true,
                  validate: normFout('waarschuwingDagen'),
                })}
              />
            )}
          </Veld>
        </div>
        {controleerNorm(vrijgesteld, 'vrijgesteld').length === 0 && (
          <Paragraph className="kib-zacht">{normUitleg(vrijgesteld)}</Paragraph>
        )}
      </fieldset>

      <fieldset className="kib-normgroep">
        <legend>Nieuwe klanten en informele vrijstellingen</legend>
        <div className="kib-normgroep__velden">
          <Veld
            label="Intakegesprek binnen (dagen)"
            beschrijving="Gerekend vanaf de startdatum van de uitkering."
            fout={errors.intakeDagen?.message}
          >
            {(invoer) => (
              <Textbox
                {...invoer}
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                step={1}
                disabled={!magWijzigen}
                {...register('intakeDagen', { valueAsNumber: true, validate: heleDagenTot(365) })}
              />
            )}
          </Veld>
          <Veld
            label="Maximale duur informele vrijstelling (dagen)"
            beschrijving="Een vrijstelling zonder beschikking eindigt uiterlijk na zoveel dagen."
            fout={errors.maxDuurInformeleVrijstellingDagen?.message}
          >
            {(invoer) => (
              <Textbox
                {...invoer}
                type="number"
                inputMode="numeric"
                min={1}
                max={730}
                step={1}
                disabled={!magWijzigen}
                {...register('maxDuurInformeleVrijstellingDagen', { valueAsNumber: true, validate: heleDagenTot(730) })}
              />
            )}
          </Veld>
        </div>
      </fieldset>

      {magWijzigen && (
        <div>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={opslaan.isPending}
            disabled={opslaan.isPending}
          >
            {opslaan.isPending ? 'Bezig met opslaan…' : 'Overige normen opslaan'}
          </Button>
        </div>
      )}
    </form>
  );
}
