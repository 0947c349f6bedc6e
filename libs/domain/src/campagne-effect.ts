import { UITSTROOMREDENEN } from './codelijsten';
import { datumInNederland, plusMaanden, type Datum } from './datum';
import {
  leefgebiedenBewegingOverzicht,
  type BewegingTellingen,
  type LeefgebiedBeweging,
  type LeefgebiedenNamen,
} from './leefgebieden-rapport';
import type { Antwoord, Relatie } from './onderdrukking';

/**
 * The effect of a campagne (docs/campagne-effect.md): for the frozen cohort, 6 and 12 months after each deelnemer's
 * campagne gesprek, the ladder against the trede at the start, the movement per leefgebied against the campagne
 * gesprek, and the uitstroom. The deelnemers without a campagne gesprek are the reference group, measured from the
 * campagne's start. Defined once here; EFFECT_SQL in apps/api/src/campagnes runs the same (a property test proves it).
 */

export const EFFECT_HORIZONTEN = [6, 12] as const;
export type EffectHorizon = (typeof EFFECT_HORIZONTEN)[number];
export const EFFECT_GROEPEN = ['cohort', 'referentie'] as const;
export type EffectGroep = (typeof EFFECT_GROEPEN)[number];
export const EFFECT_GROEP_LABELS: Record<EffectGroep, string> = {
  cohort: 'Met campagnegesprek',
  referentie: 'Zonder campagnegesprek (referentie)',
};

export const LADDER_UITKOMSTEN = ['omhoog', 'gelijk', 'omlaag', 'onbekend'] as const;
export type LadderUitkomst = (typeof LADDER_UITKOMSTEN)[number];
export const LADDER_UITKOMST_LABELS: Record<LadderUitkomst, string> = {
  omhoog: 'Hoger op de ladder',
  gelijk: 'Gelijk gebleven',
  omlaag: 'Lager op de ladder',
  onbekend: 'Onbekend (niet gemeten)',
};

export interface EffectDeelnemer {
  klantId: string;
  /** The trede frozen at the start (campagne_deelnemer.start_trede), null when never measured. */
  startTrede: number | null;
  uitstroomdatum: Datum | null;
  uitstroomreden: string | null;
}

export interface EffectMeting {
  id: string;
  klantId: string;
  trede: number;
  gemetenOp: Datum;
  aangemaaktOp: string;
}

export interface EffectGesprek {
  id: string;
  klantId: string;
  gevoerdOp: string;
  aangemaaktOp: string;
  /** Recorded with this campagne's id. */
  campagne: boolean;
  scores: { domein: string; niveau: number }[];
}

export interface EffectDataset {
  /** gestart_op of the campagne (a moment): the reference group counts from its Dutch date. */
  gestartOp: string;
  deelnemers: EffectDeelnemer[];
  metingen: EffectMeting[];
  gesprekken: EffectGesprek[];
}

export type LadderTellingen = Record<LadderUitkomst, number>;

/** One group at one horizon, before naming. */
export interface EffectGroepTellingen {
  /** Deelnemers in the group. */
  deelnemers: number;
  /** Of them, those whose start (gesprek, or the campagne start) lies at least the horizon before the peildatum. */
  telt: number;
  ladder: LadderTellingen;
  /** Of `telt`, uitgestroomd on or before their horizon date, and per uitstroomreden. */
  uitgestroomd: number;
  uitstroom: Record<string, number>;
  /** Of `telt`, those with at least one leefgebied compared. */
  leefgebiedenGemeten: number;
  beweging: BewegingTellingen;
}

export type EffectTellingen = Record<EffectGroep, EffectGroepTellingen>;

const tijd = (moment: string) => Date.parse(moment);
const datumVan = (moment: string) => datumInNederland(new Date(moment));
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first gesprek recorded with the campagne (earliest gevoerd_op, then entered first), as DEELNEMERS_SQL. */
export function campagneGesprek(gesprekken: EffectGesprek[], klantId: string): EffectGesprek | null {
  const eigen = gesprekken
    .filter((g) => g.klantId === klantId && g.campagne)
    .sort((a, b) => tijd(a.gevoerdOp) - tijd(b.gevoerdOp) || tijd(a.aangemaaktOp) - tijd(b.aangemaaktOp));
  return eigen[0] ?? null;
}

/** Newest first: later gevoerd_op, then entered later, then by id (as the leefgebieden SQL orders). */
function nieuwsteEerst(a: EffectGesprek, b: EffectGesprek): number {
  return tijd(b.gevoerdOp) - tijd(a.gevoerdOp) || tijd(b.aangemaaktOp) - tijd(a.aangemaaktOp) || cmp(a.id, b.id);
}

/** The latest ladder trede measured on or before `datum` (latest gemeten_op, then entered last, then by id). */
export function tredeOpHorizon(metingen: EffectMeting[], klantId: string, datum: Datum): number | null {
  const kandidaten = metingen
    .filter((m) => m.klantId === klantId && m.gemetenOp <= datum)
    .sort((a, b) => cmp(b.gemetenOp, a.gemetenOp) || tijd(b.aangemaaktOp) - tijd(a.aangemaaktOp) || cmp(a.id, b.id));
  return kandidaten[0]?.trede ?? null;
}

export function ladderUitkomst(start: number | null, eind: number | null): LadderUitkomst {
  if (start === null || eind === null) return 'onbekend';
  return eind > start ? 'omhoog' : eind < start ? 'omlaag' : 'gelijk';
}

/** The niveau on `domein` from the latest gesprek dated (Dutch date) on or before `datum` that scored it. */
function niveauOp(
  gesprekken: EffectGesprek[],
  klantId: string,
  domein: string,
  datum: Datum,
): { niveau: number; gesprek: EffectGesprek } | null {
  const gesprek = gesprekken
    .filter((g) => g.klantId === klantId && datumVan(g.gevoerdOp) <= datum && g.scores.some((s) => s.domein === domein))
    .sort(nieuwsteEerst)[0];
  return gesprek ? { niveau: gesprek.scores.find((s) => s.domein === domein)!.niveau, gesprek } : null;
}

/** The horizon date of one deelnemer: N calendar months after the start of their measurement. */
export function horizonDatum(start: Datum, maanden: number): Datum {
  return plusMaanden(start, maanden);
}

function legeGroep(): EffectGroepTellingen {
  return {
    deelnemers: 0,
    telt: 0,
    ladder: { omhoog: 0, gelijk: 0, omlaag: 0, onbekend: 0 },
    uitgestroomd: 0,
    uitstroom: {},
    leefgebiedenGemeten: 0,
    beweging: [],
  };
}

/**
 * The effect at one horizon on `peildatum`. Each deelnemer belongs to one group: `cohort` with a campagne gesprek
 * (start: its Dutch date), `referentie` without (start: the Dutch date of the campagne's start). A deelnemer counts
 * when start + `maanden` ≤ peildatum; then, at that horizon date:
 * - ladder: the latest meting on or before it against the start trede (onbekend when either is missing);
 * - uitstroom: uitgestroomd on or before it, per reden;
 * - leefgebieden, as the leefgebieden movement: per domain the niveau at the start (cohort: the campagne gesprek's
 *   own score; referentie: from the latest gesprek on or before the start that scored it) against the niveau from
 *   the latest gesprek on or before the horizon date that scored it, when that gesprek is dated after the start.
 *   A deelnemer without such a pair on any domain is left out of it.
 */
export function effectTellingen(data: EffectDataset, maanden: number, peildatum: Datum): EffectTellingen {
  const uit: EffectTellingen = { cohort: legeGroep(), referentie: legeGroep() };
  const gestart = datumVan(data.gestartOp);
  const beweging: Record<EffectGroep, Map<string, BewegingTellingen[number]>> = {
    cohort: new Map(),
    referentie: new Map(),
  };
  for (const d of data.deelnemers) {
    const gesprek = campagneGesprek(data.gesprekken, d.klantId);
    const groep: EffectGroep = gesprek ? 'cohort' : 'referentie';
    const g = uit[groep];
    g.deelnemers++;
    const start = gesprek ? datumVan(gesprek.gevoerdOp) : gestart;
    const horizon = horizonDatum(start, maanden);
    if (horizon > peildatum) continue;
    g.telt++;
    g.ladder[ladderUitkomst(d.startTrede, tredeOpHorizon(data.metingen, d.klantId, horizon))]++;
    if (d.uitstroomdatum !== null && d.uitstroomreden !== null && d.uitstroomdatum <= horizon) {
      g.uitgestroomd++;
      g.uitstroom[d.uitstroomreden] = (g.uitstroom[d.uitstroomreden] ?? 0) + 1;
    }
    const begin: { domein: string; niveau: number }[] = gesprek
      ? gesprek.scores
      : [
          ...new Set(
            data.gesprekken.filter((x) => x.klantId === d.klantId).flatMap((x) => x.scores.map((s) => s.domein)),
          ),
        ]
          .map((domein) => ({ domein, niveau: niveauOp(data.gesprekken, d.klantId, domein, start)?.niveau }))
          .filter((s): s is { domein: string; niveau: number } => s.niveau !== undefined);
    let gemeten = false;
    for (const b of begin) {
      const eind = niveauOp(data.gesprekken, d.klantId, b.domein, horizon);
      if (!eind || datumVan(eind.gesprek.gevoerdOp) <= start) continue;
      gemeten = true;
      const cel = beweging[groep].get(b.domein) ?? { domein: b.domein, omhoog: 0, gelijk: 0, omlaag: 0 };
      cel[eind.niveau > b.niveau ? 'omhoog' : eind.niveau < b.niveau ? 'omlaag' : 'gelijk']++;
      beweging[groep].set(b.domein, cel);
    }
    if (gemeten) g.leefgebiedenGemeten++;
  }
  for (const groep of EFFECT_GROEPEN) {
    uit[groep].beweging = [...beweging[groep].values()].sort((a, b) => cmp(a.domein, b.domein));
  }
  return uit;
}

/** One group at one horizon, named: every uitstroomreden and every domain of the active instrument listed. */
export interface EffectGroepOverzicht {
  deelnemers: number;
  telt: number;
  ladder: LadderTellingen;
  uitgestroomd: number;
  /** uitgestroomd / telt, or null when nobody counts yet. */
  uitstroomAandeel: number | null;
  uitstroom: Record<string, number>;
  leefgebiedenGemeten: number;
  leefgebieden: LeefgebiedBeweging[];
}

export interface EffectHorizonOverzicht {
  maanden: number;
  cohort: EffectGroepOverzicht;
  referentie: EffectGroepOverzicht;
}

export function effectGroepOverzicht(
  t: EffectGroepTellingen,
  namen: Pick<LeefgebiedenNamen, 'domeinen'>,
): EffectGroepOverzicht {
  const uitstroom: Record<string, number> = Object.fromEntries(UITSTROOMREDENEN.map((r) => [r, 0]));
  for (const [reden, n] of Object.entries(t.uitstroom)) uitstroom[reden] = (uitstroom[reden] ?? 0) + n;
  return {
    deelnemers: t.deelnemers,
    telt: t.telt,
    ladder: { ...t.ladder },
    uitgestroomd: t.uitgestroomd,
    uitstroomAandeel: t.telt === 0 ? null : t.uitgestroomd / t.telt,
    uitstroom,
    leefgebiedenGemeten: t.leefgebiedenGemeten,
    leefgebieden: leefgebiedenBewegingOverzicht(t.beweging, namen),
  };
}

/** The effect at every horizon, named. */
export function campagneEffect(
  data: EffectDataset,
  namen: Pick<LeefgebiedenNamen, 'domeinen'>,
  peildatum: Datum,
): EffectHorizonOverzicht[] {
  return EFFECT_HORIZONTEN.map((maanden) => {
    const t = effectTellingen(data, maanden, peildatum);
    return {
      maanden,
      cohort: effectGroepOverzicht(t.cohort, namen),
      referentie: effectGroepOverzicht(t.referentie, namen),
    };
  });
}

/** Cell name of a figure in the suppression answer: `6.cohort.ladder.omhoog`, `12.referentie.uitstroom.werk`. */
export const effectCel = (maanden: number, groep: EffectGroep, ...pad: string[]) => [maanden, groep, ...pad].join('.');

/**
 * The effect as one answer for `onderdruk` (docs/onderdrukking.md): per horizon and group the ladder outcomes add up
 * to `telt`, the uitstroom reasons to `uitgestroomd`; both groups' deelnemers add up to the cohort (`cohort`), and
 * the cohort group's deelnemers are the funnel's gesprekGevoerd. `cohort` and that count are shown or hidden as the
 * campagne detail shows them (`vast`). The leefgebieden counts are tied by no relation a reader knows (as the
 * leefgebieden movement), so only the small ones are hidden.
 */
export function effectAntwoord(
  horizonten: EffectHorizonOverzicht[],
  vast: { cohort: boolean; gesprekGevoerd: boolean },
): Antwoord {
  const cellen: Record<string, number> = {};
  const relaties: Relatie[] = [];
  const eerste = horizonten[0];
  cellen.cohort = eerste ? eerste.cohort.deelnemers + eerste.referentie.deelnemers : 0;
  for (const groep of EFFECT_GROEPEN) cellen[`${groep}.deelnemers`] = eerste ? eerste[groep].deelnemers : 0;
  relaties.push({ delen: EFFECT_GROEPEN.map((g) => `${g}.deelnemers`), totaal: 'cohort' });
  for (const h of horizonten) {
    for (const groep of EFFECT_GROEPEN) {
      const g = h[groep];
      const cel = (...pad: string[]) => effectCel(h.maanden, groep, ...pad);
      cellen[cel('telt')] = g.telt;
      for (const u of LADDER_UITKOMSTEN) cellen[cel('ladder', u)] = g.ladder[u];
      relaties.push({ delen: LADDER_UITKOMSTEN.map((u) => cel('ladder', u)), totaal: cel('telt') });
      cellen[cel('uitgestroomd')] = g.uitgestroomd;
      for (const [reden, n] of Object.entries(g.uitstroom)) cellen[cel('uitstroom', reden)] = n;
      relaties.push({ delen: Object.keys(g.uitstroom).map((r) => cel('uitstroom', r)), totaal: cel('uitgestroomd') });
      cellen[cel('leefgebiedenGemeten')] = g.leefgebiedenGemeten;
      for (const l of g.leefgebieden) {
        for (const r of ['omhoog', 'gelijk', 'omlaag'] as const) cellen[cel('leefgebieden', l.code, r)] = l[r];
      }
    }
  }
  return {
    cellen,
    relaties,
    vast: { cohort: vast.cohort, 'cohort.deelnemers': vast.gesprekGevoerd },
  };
}
