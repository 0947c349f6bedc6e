import { datumInNederland, type Datum } from './datum';
import type { Leefgebied, Niveau } from './gesprek';
import { rapportPopulatie, type RapportDataset, type RapportFilter } from './kerncijfers';

/**
 * Reports on the klant-in-beeld-gesprek and the plan (docs/gesprek.md), defined once over the dossier rows like
 * kerncijfers(): the report SQL runs the same definitions and a property test proves both agree.
 *
 * Population: the clients of rapportPopulatie() (the kerncijfers caseload, with its gemeente and team filters).
 * A gesprek counts from its date, the Dutch local date of `gevoerdOp`; of several on a day the one entered last
 * is the latest. Names come from the organisatie's active instrument version; a domain or niveau that version no
 * longer has is still counted, under its code (`bekend: false`), so no score is dropped.
 */

export interface RapportGesprek {
  id: string;
  klantId: string;
  gevoerdOp: string;
  aangemaaktOp: string;
  dienstverleningspad: string;
  scores: { domein: string; niveau: number }[];
}

export interface RapportPlan {
  klantId: string;
  aangemaaktOp: string;
  evaluatiedatum: Datum;
}

export interface LeefgebiedenDataset extends Pick<RapportDataset, 'klanten' | 'teamVan'> {
  gesprekken: RapportGesprek[];
  plannen: RapportPlan[];
}

/** What names the figures: the active instrument version and the organisatie's paden (in their order). */
export interface LeefgebiedenNamen {
  domeinen: Leefgebied[];
  niveaus: Niveau[];
  paden: Leefgebied[];
}

/** The counts the SQL computes, before naming. */
export interface LeefgebiedenTellingen {
  peildatum: Datum;
  caseload: number;
  metGesprek: number;
  /** Clients per domain and niveau (from their latest gesprek). */
  scores: { domein: string; niveau: number; aantal: number }[];
  paden: { code: string; aantal: number }[];
  metPlan: number;
  evaluatieVerlopen: number;
}

export interface LeefgebiedenRapport {
  peildatum: Datum;
  caseload: number;
  metGesprek: number;
  /** `bekend` false: a niveau only in older instrument versions, named by its waarde. */
  niveaus: (Niveau & { bekend: boolean })[];
  /** Per domain the clients per niveau (keys: every waarde of `niveaus`) and their total. */
  domeinen: { code: string; naam: string; bekend: boolean; totaal: number; aantallen: Record<string, number> }[];
  paden: { code: string; naam: string; aantal: number }[];
  metPlan: number;
  evaluatieVerlopen: number;
}

export interface LeefgebiedBeweging {
  code: string;
  naam: string;
  bekend: boolean;
  omhoog: number;
  gelijk: number;
  omlaag: number;
}

const datumVan = (moment: string) => datumInNederland(new Date(moment));

/** Newest first: later date, then entered later, then by id (as the SQL orders). */
function nieuwsteEerst(a: RapportGesprek, b: RapportGesprek): number {
  const da = datumVan(a.gevoerdOp);
  const db = datumVan(b.gevoerdOp);
  if (da !== db) return da < db ? 1 : -1;
  const ga = Date.parse(a.gevoerdOp);
  const gb = Date.parse(b.gevoerdOp);
  if (ga !== gb) return gb - ga;
  const aa = Date.parse(a.aangemaaktOp);
  const ab = Date.parse(b.aangemaaktOp);
  if (aa !== ab) return ab - aa;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The client's latest gesprek dated on or before `peildatum`. */
export function laatsteGesprek(data: LeefgebiedenDataset, klantId: string, peildatum: Datum): RapportGesprek | null {
  const gesprekken = data.gesprekken
    .filter((g) => g.klantId === klantId && datumVan(g.gevoerdOp) <= peildatum)
    .sort(nieuwsteEerst);
  return gesprekken[0] ?? null;
}

/** The client's niveau on `domein` on `peildatum`: from the latest gesprek on or before it that scored it. */
export function niveauOp(
  data: LeefgebiedenDataset,
  klantId: string,
  domein: string,
  peildatum: Datum,
): { niveau: number; gesprek: RapportGesprek } | null {
  const gesprekken = data.gesprekken
    .filter(
      (g) => g.klantId === klantId && datumVan(g.gevoerdOp) <= peildatum && g.scores.some((s) => s.domein === domein),
    )
    .sort(nieuwsteEerst);
  const gesprek = gesprekken[0];
  return gesprek ? { niveau: gesprek.scores.find((s) => s.domein === domein)!.niveau, gesprek } : null;
}

/** The counts of the report at `peildatum`. */
export function leefgebiedenTellingen(
  data: LeefgebiedenDataset,
  peildatum: Datum,
  filter: RapportFilter = {},
): LeefgebiedenTellingen {
  const populatie = rapportPopulatie(data, peildatum, filter);
  const scores = new Map<string, { domein: string; niveau: number; aantal: number }>();
  const paden = new Map<string, number>();
  let metGesprek = 0;
  let metPlan = 0;
  let evaluatieVerlopen = 0;
  for (const { klant } of populatie) {
    const gesprek = laatsteGesprek(data, klant.id, peildatum);
    if (gesprek) {
      metGesprek++;
      paden.set(gesprek.dienstverleningspad, (paden.get(gesprek.dienstverleningspad) ?? 0) + 1);
      for (const s of gesprek.scores) {
        const sleutel = `${s.domein}:${s.niveau}`;
        const cel = scores.get(sleutel) ?? { domein: s.domein, niveau: s.niveau, aantal: 0 };
        cel.aantal++;
        scores.set(sleutel, cel);
      }
    }
    const plan = data.plannen.find((p) => p.klantId === klant.id && datumVan(p.aangemaaktOp) <= peildatum);
    if (plan) {
      metPlan++;
      if (plan.evaluatiedatum < peildatum) evaluatieVerlopen++;
    }
  }
  return {
    peildatum,
    caseload: populatie.length,
    metGesprek,
    scores: [...scores.values()],
    paden: [...paden].map(([code, aantal]) => ({ code, aantal })),
    metPlan,
    evaluatieVerlopen,
  };
}

/** The domains of the active version in its order, then codes only older versions have (sorted, named by code). */
function domeinenMet(
  namen: LeefgebiedenNamen,
  codes: Iterable<string>,
): { code: string; naam: string; bekend: boolean }[] {
  const bekend = new Set(namen.domeinen.map((d) => d.code));
  const onbekend = [...new Set(codes)].filter((c) => !bekend.has(c)).sort();
  return [
    ...namen.domeinen.map((d) => ({ code: d.code, naam: d.naam, bekend: true })),
    ...onbekend.map((code) => ({ code, naam: code, bekend: false })),
  ];
}

/** Names and orders the counts: every domain, niveau and pad of the organisatie, also those no client has. */
export function leefgebiedenOverzicht(tellingen: LeefgebiedenTellingen, namen: LeefgebiedenNamen): LeefgebiedenRapport {
  const bekendeNiveaus = new Set(namen.niveaus.map((n) => n.waarde));
  const niveaus = [
    ...namen.niveaus.map((n) => ({ waarde: n.waarde, naam: n.naam, bekend: true })),
    ...[...new Set(tellingen.scores.map((s) => s.niveau))]
      .filter((w) => !bekendeNiveaus.has(w))
      .map((waarde) => ({ waarde, naam: String(waarde), bekend: false })),
  ].sort((a, b) => a.waarde - b.waarde);
  const domeinen = domeinenMet(
    namen,
    tellingen.scores.map((s) => s.domein),
  ).map((d) => {
    const aantallen = Object.fromEntries(niveaus.map((n) => [String(n.waarde), 0]));
    for (const s of tellingen.scores) if (s.domein === d.code) aantallen[String(s.niveau)] += s.aantal;
    return { ...d, totaal: Object.values(aantallen).reduce((som, n) => som + n, 0), aantallen };
  });
  const bekendePaden = new Set(namen.paden.map((p) => p.code));
  const aantalPad = (code: string) => tellingen.paden.filter((p) => p.code === code).reduce((s, p) => s + p.aantal, 0);
  const paden = [
    ...namen.paden.map((p) => ({ code: p.code, naam: p.naam, aantal: aantalPad(p.code) })),
    // A gesprek always names a pad of the organisatie's list; this keeps a count if the list ever lost one.
    ...tellingen.paden
      .filter((p) => !bekendePaden.has(p.code))
      .map((p) => ({ code: p.code, naam: p.code, aantal: p.aantal })),
  ];
  return {
    peildatum: tellingen.peildatum,
    caseload: tellingen.caseload,
    metGesprek: tellingen.metGesprek,
    niveaus,
    domeinen,
    paden,
    metPlan: tellingen.metPlan,
    evaluatieVerlopen: tellingen.evaluatieVerlopen,
  };
}

export function leefgebiedenRapport(
  data: LeefgebiedenDataset,
  namen: LeefgebiedenNamen,
  peildatum: Datum,
  filter: RapportFilter = {},
): LeefgebiedenRapport {
  return leefgebiedenOverzicht(leefgebiedenTellingen(data, peildatum, filter), namen);
}

/** Movement counts per domain, before naming. */
export type BewegingTellingen = { domein: string; omhoog: number; gelijk: number; omlaag: number }[];

/**
 * Movement per leefgebied from `van` to `tot`, like the ladder doorstroom: for the clients in the report at `tot`
 * with a niveau on the domain at both dates that comes from a gesprek after `van` at `tot` (so a later gesprek
 * scored it again); a higher niveau is better.
 */
export function leefgebiedenBewegingTellingen(
  data: LeefgebiedenDataset,
  van: Datum,
  tot: Datum,
  filter: RapportFilter = {},
): BewegingTellingen {
  const per = new Map<string, { domein: string; omhoog: number; gelijk: number; omlaag: number }>();
  for (const { klant } of rapportPopulatie(data, tot, filter)) {
    const domeinen = new Set(
      data.gesprekken.filter((g) => g.klantId === klant.id).flatMap((g) => g.scores.map((s) => s.domein)),
    );
    for (const domein of domeinen) {
      const begin = niveauOp(data, klant.id, domein, van);
      const eind = niveauOp(data, klant.id, domein, tot);
      if (!begin || !eind || datumVan(eind.gesprek.gevoerdOp) <= van) continue;
      const cel = per.get(domein) ?? { domein, omhoog: 0, gelijk: 0, omlaag: 0 };
      cel[eind.niveau > begin.niveau ? 'omhoog' : eind.niveau < begin.niveau ? 'omlaag' : 'gelijk']++;
      per.set(domein, cel);
    }
  }
  return [...per.values()];
}

/** Every domain of the active version (also without movement), then the older codes that moved. */
export function leefgebiedenBewegingOverzicht(
  tellingen: BewegingTellingen,
  namen: Pick<LeefgebiedenNamen, 'domeinen'>,
): LeefgebiedBeweging[] {
  return domeinenMet(
    { ...namen, niveaus: [], paden: [] },
    tellingen.map((t) => t.domein),
  ).map((d) => {
    const t = tellingen.find((x) => x.domein === d.code);
    return { ...d, omhoog: t?.omhoog ?? 0, gelijk: t?.gelijk ?? 0, omlaag: t?.omlaag ?? 0 };
  });
}

export function leefgebiedenBeweging(
  data: LeefgebiedenDataset,
  namen: Pick<LeefgebiedenNamen, 'domeinen'>,
  van: Datum,
  tot: Datum,
  filter: RapportFilter = {},
): LeefgebiedBeweging[] {
  return leefgebiedenBewegingOverzicht(leefgebiedenBewegingTellingen(data, van, tot, filter), namen);
}
