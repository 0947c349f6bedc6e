import type { Kanaal, Resultaat } from './codelijsten';
import type { VeldFout } from './veldfout';

/**
 * The klant-in-beeld-gesprek (docs/gesprek.md): a broad conversation that scores the client on each leefgebied of
 * the organisatie's instrument, estimates the loonwaarde, and ends with an advised dienstverleningscategorie and
 * dienstverleningspad. The advice is computed here from the scores by the organisatie's rules; the klantmanager
 * confirms it or overrides it with a reason.
 */

/** One leefgebied (domain) of an instrument. */
export interface Leefgebied {
  code: string;
  naam: string;
}

/** One level of an instrument; a higher waarde is more zelfredzaam. */
export interface Niveau {
  waarde: number;
  naam: string;
}

/**
 * A rule of the advice: when at least `minAantal` scored leefgebieden (of `domeinen`, or of all when absent) are at
 * `maxNiveau` or lower, and the loonwaarde (when given) is below `loonwaardeOnder` (when set), advise `categorie`
 * and `pad`. The first matching rule wins; `anders` applies when none matches.
 */
export interface AdviesRegel {
  omschrijving: string;
  minAantal: number;
  maxNiveau: number;
  domeinen?: string[];
  loonwaardeOnder?: number;
  categorie: string;
  pad: string;
}

export interface Adviesregels {
  regels: AdviesRegel[];
  anders: { categorie: string; pad: string };
}

/** The instrument an organisatie scores with. Changing it makes a new version; past scores keep theirs. */
export interface Instrument {
  naam: string;
  bron: string;
  domeinen: Leefgebied[];
  niveaus: Niveau[];
  adviesregels: Adviesregels;
}

export interface Score {
  domein: string;
  niveau: number;
  toelichting?: string | null;
}

export interface Advies {
  categorie: string;
  pad: string;
  /** The rule that matched (its omschrijving), or null when `anders` applied. */
  regel: string | null;
}

export const LEEFGEBIED_CODE_PATROON = /^[a-z][a-z0-9_]{1,39}$/;
export const PAD_CODE_PATROON = LEEFGEBIED_CODE_PATROON;
export const MAX_LEEFGEBIEDEN = 30;
export const MAX_NIVEAUS = 10;
export const LOONWAARDE_METHODE_MAX = 100;

/**
 * Default instrument: the Zelfredzaamheid-Matrix (ZRM 2017, GGD Amsterdam, zrm.nl): 13 domains, 5 levels from
 * acute problematiek to volledig zelfredzaam.
 */
export const ZRM_DOMEINEN: Leefgebied[] = [
  { code: 'financien', naam: 'Financiën' },
  { code: 'werk_opleiding', naam: 'Werk & opleiding' },
  { code: 'tijdsbesteding', naam: 'Tijdsbesteding' },
  { code: 'huisvesting', naam: 'Huisvesting' },
  { code: 'huiselijke_relaties', naam: 'Huiselijke relaties' },
  { code: 'geestelijke_gezondheid', naam: 'Geestelijke gezondheid' },
  { code: 'lichamelijke_gezondheid', naam: 'Lichamelijke gezondheid' },
  { code: 'middelengebruik', naam: 'Middelengebruik' },
  { code: 'basale_adl', naam: 'Basale ADL' },
  { code: 'instrumentele_adl', naam: 'Instrumentele ADL' },
  { code: 'sociaal_netwerk', naam: 'Sociaal netwerk' },
  { code: 'maatschappelijke_participatie', naam: 'Maatschappelijke participatie' },
  { code: 'justitie', naam: 'Justitie' },
];

export const ZRM_NIVEAUS: Niveau[] = [
  { waarde: 1, naam: 'Acute problematiek' },
  { waarde: 2, naam: 'Niet zelfredzaam' },
  { waarde: 3, naam: 'Beperkt zelfredzaam' },
  { waarde: 4, naam: 'Voldoende zelfredzaam' },
  { waarde: 5, naam: 'Volledig zelfredzaam' },
];

/** Zwolle's four dienstverleningspaden after re-screening (Klant in beeld, Box 4). */
export const STANDAARD_PADEN: Leefgebied[] = [
  { code: 'intensief_naar_werk', naam: 'Intensief naar werk' },
  { code: 'een_leefgebied', naam: 'Ondersteuning op één leefgebied' },
  { code: 'taal_opleiding_medisch', naam: 'Taal, opleiding of medisch' },
  { code: 'sociaal_wijkteam', naam: 'Sociaal wijkteam' },
];

/**
 * Default advice, after Zwolle: two or more blocking leefgebieden without arbeidsvermogen → sociaal wijkteam;
 * a blocking health or work/education domain → taal/opleiding/medisch; one blocking leefgebied → support on it;
 * otherwise the intensive route to work.
 */
export const STANDAARD_ADVIESREGELS: Adviesregels = {
  regels: [
    {
      omschrijving: 'Twee of meer leefgebieden op niveau 2 of lager',
      minAantal: 2,
      maxNiveau: 2,
      loonwaardeOnder: 30,
      categorie: 'niet_job_ready',
      pad: 'sociaal_wijkteam',
    },
    {
      omschrijving: 'Werk & opleiding of gezondheid op niveau 2 of lager',
      minAantal: 1,
      maxNiveau: 2,
      domeinen: ['werk_opleiding', 'geestelijke_gezondheid', 'lichamelijke_gezondheid'],
      categorie: 'nog_niet_job_ready',
      pad: 'taal_opleiding_medisch',
    },
    {
      omschrijving: 'Eén leefgebied op niveau 2 of lager',
      minAantal: 1,
      maxNiveau: 2,
      categorie: 'bijna_job_ready',
      pad: 'een_leefgebied',
    },
  ],
  anders: { categorie: 'job_ready', pad: 'intensief_naar_werk' },
};

export const STANDAARD_INSTRUMENT: Instrument = {
  naam: 'Zelfredzaamheid-Matrix (ZRM)',
  bron: 'Zelfredzaamheid-Matrix 2017, GGD Amsterdam (zrm.nl)',
  domeinen: ZRM_DOMEINEN,
  niveaus: ZRM_NIVEAUS,
  adviesregels: STANDAARD_ADVIESREGELS,
};

/** The advice for a set of scores: the first rule that matches, else `anders`. */
export function adviesVoor(scores: readonly Score[], loonwaarde: number | null, regels: Adviesregels): Advies {
  for (const regel of regels.regels) {
    if (regel.loonwaardeOnder !== undefined && loonwaarde !== null && loonwaarde >= regel.loonwaardeOnder) continue;
    const aantal = scores.filter(
      (s) => s.niveau <= regel.maxNiveau && (!regel.domeinen || regel.domeinen.includes(s.domein)),
    ).length;
    if (aantal >= regel.minAantal) return { categorie: regel.categorie, pad: regel.pad, regel: regel.omschrijving };
  }
  return { ...regels.anders, regel: null };
}

/**
 * Scores against the instrument: every domein in it, at most once, with a niveau it has. Errors name
 * `scores.<i>.domein` or `scores.<i>.niveau`.
 */
export function controleerScores(
  scores: readonly Score[],
  instrument: Pick<Instrument, 'domeinen' | 'niveaus'>,
): VeldFout[] {
  const fouten: VeldFout[] = [];
  const domeinen = new Set(instrument.domeinen.map((d) => d.code));
  const niveaus = new Set(instrument.niveaus.map((n) => n.waarde));
  const gezien = new Set<string>();
  scores.forEach((s, i) => {
    if (!domeinen.has(s.domein)) {
      fouten.push({ veld: `scores.${i}.niveau`, melding: `leefgebied '${s.domein}' staat niet in het instrument` });
    } else if (gezien.has(s.domein)) {
      fouten.push({ veld: `scores.${i}.domein`, melding: `leefgebied '${s.domein}' komt twee keer voor` });
    }
    gezien.add(s.domein);
    if (!niveaus.has(s.niveau)) {
      const waarden = [...niveaus].sort((a, b) => a - b).join(', ');
      fouten.push({ veld: `scores.${i}.niveau`, melding: `niveau ${s.niveau} bestaat niet; kies uit ${waarden}` });
    }
  });
  return fouten;
}

/**
 * An instrument as the beheerder saves it: unique codes and waarden, names filled, rules that refer to its own
 * domains and niveaus, and to categories and paden the organisatie has (`categorieen`, `paden`: their codes).
 */
export function controleerInstrument(
  instrument: Instrument,
  categorieen: readonly string[],
  paden: readonly string[],
): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (instrument.domeinen.length === 0) fouten.push({ veld: 'domeinen', melding: 'minstens één leefgebied' });
  if (instrument.domeinen.length > MAX_LEEFGEBIEDEN)
    fouten.push({ veld: 'domeinen', melding: `hoogstens ${MAX_LEEFGEBIEDEN} leefgebieden` });
  if (instrument.niveaus.length < 2) fouten.push({ veld: 'niveaus', melding: 'minstens twee niveaus' });
  if (instrument.niveaus.length > MAX_NIVEAUS)
    fouten.push({ veld: 'niveaus', melding: `hoogstens ${MAX_NIVEAUS} niveaus` });
  const codes = new Set<string>();
  instrument.domeinen.forEach((d, i) => {
    if (!LEEFGEBIED_CODE_PATROON.test(d.code))
      fouten.push({ veld: `domeinen.${i}.code`, melding: 'kleine letters, cijfers en _, 2 tot 40 tekens' });
    else if (codes.has(d.code))
      fouten.push({ veld: `domeinen.${i}.code`, melding: `code '${d.code}' komt twee keer voor` });
    codes.add(d.code);
    if (!d.naam.trim()) fouten.push({ veld: `domeinen.${i}.naam`, melding: 'is verplicht' });
  });
  const waarden = new Set<number>();
  instrument.niveaus.forEach((n, i) => {
    if (!Number.isInteger(n.waarde) || n.waarde < 0 || n.waarde > 99)
      fouten.push({ veld: `niveaus.${i}.waarde`, melding: 'een geheel getal van 0 tot en met 99' });
    else if (waarden.has(n.waarde))
      fouten.push({ veld: `niveaus.${i}.waarde`, melding: `waarde ${n.waarde} komt twee keer voor` });
    waarden.add(n.waarde);
    if (!n.naam.trim()) fouten.push({ veld: `niveaus.${i}.naam`, melding: 'is verplicht' });
  });
  const controleerDoel = (pad: string, doel: { categorie: string; pad: string }) => {
    if (!categorieen.includes(doel.categorie))
      fouten.push({ veld: `${pad}.categorie`, melding: `categorie '${doel.categorie}' bestaat niet` });
    if (!paden.includes(doel.pad)) fouten.push({ veld: `${pad}.pad`, melding: `pad '${doel.pad}' bestaat niet` });
  };
  instrument.adviesregels.regels.forEach((r, i) => {
    const pad = `adviesregels.regels.${i}`;
    if (!r.omschrijving.trim()) fouten.push({ veld: `${pad}.omschrijving`, melding: 'is verplicht' });
    if (!Number.isInteger(r.minAantal) || r.minAantal < 1)
      fouten.push({ veld: `${pad}.minAantal`, melding: 'minstens 1' });
    if (!waarden.has(r.maxNiveau))
      fouten.push({ veld: `${pad}.maxNiveau`, melding: `niveau ${r.maxNiveau} staat niet in het instrument` });
    (r.domeinen ?? []).forEach((d, j) => {
      if (!codes.has(d))
        fouten.push({ veld: `${pad}.domeinen.${j}`, melding: `leefgebied '${d}' staat niet in het instrument` });
    });
    if (r.loonwaardeOnder !== undefined && (r.loonwaardeOnder < 1 || r.loonwaardeOnder > 100))
      fouten.push({ veld: `${pad}.loonwaardeOnder`, melding: 'een percentage van 1 tot en met 100' });
    controleerDoel(pad, r);
  });
  controleerDoel('adviesregels.anders', instrument.adviesregels.anders);
  return fouten;
}

/** Zwolle's distribution of paden after re-screening 1,073 clients (the demo data follows it; tested). */
export const ZWOLLE_PADEN_AANDEEL: Record<string, number> = {
  intensief_naar_werk: 0.13,
  een_leefgebied: 0.24,
  taal_opleiding_medisch: 0.25,
  sociaal_wijkteam: 0.38,
};

/** The conversation channels a klant-in-beeld-gesprek can have (each counts as gezien with resultaat gesproken). */
export const GESPREK_KANALEN = ['gesprek_op_locatie', 'huisbezoek', 'beeldbellen'] as const satisfies readonly Kanaal[];
export type GesprekKanaal = (typeof GESPREK_KANALEN)[number];

/**
 * A gesprek is also its contactmoment, so a correction of that contactmoment must keep it a held conversation: a
 * gesprek kanaal and resultaat `gesproken` (otherwise the client would be "gezien" by a no-show with scores).
 */
export function controleerGesprekContact(contact: { kanaal: Kanaal; resultaat: Resultaat }): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (!(GESPREK_KANALEN as readonly Kanaal[]).includes(contact.kanaal))
    fouten.push({
      veld: 'kanaal',
      melding: 'dit contactmoment is een klant-in-beeld-gesprek: kies op locatie, huisbezoek of beeldbellen',
    });
  if (contact.resultaat !== 'gesproken')
    fouten.push({ veld: 'resultaat', melding: 'dit contactmoment is een klant-in-beeld-gesprek en blijft gesproken' });
  return fouten;
}
