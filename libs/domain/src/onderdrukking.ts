import { plusDagen, type Datum } from './datum';

/**
 * Suppression of small counts that holds against subtraction (docs/onderdrukking.md).
 *
 * One answer of a report (kerncijfers on one day, a doorstroom) is a set of cells: true counts, non-negative
 * integers. A reader knows linear relations between them (the parts of the caseload add up to the caseload, …).
 * Hiding each count below 5 is not enough: 75 − 45 − 27 gives the hidden 3 back. `onderdruk` hides the small
 * counts (primary) and then more cells (complementary) until no hidden cell can be pinned to one value from the
 * visible cells, the relations and non-negativity; the reader is not told which hidden cells are small.
 *
 * The guarantee is constructive: for every hidden cell the function has found a second solution — non-negative
 * integers, equal to the truth in every visible cell, satisfying every relation — in which that cell differs. A
 * cell for which it finds none (also after a bounded search ran out) counts as pinned, and more is hidden: an
 * uncertain answer costs detail, never privacy.
 */

export const MINIMUM_CEL = 5;

/** The cells `delen` add up to the cell `totaal` (or to at least it, with `minstens`). */
export interface Relatie {
  delen: readonly string[];
  totaal: string;
  minstens?: boolean;
}

export interface Antwoord {
  /** True counts per cell; the order is the order of every choice (deterministic). */
  cellen: Readonly<Record<string, number>>;
  relaties: readonly Relatie[];
  /**
   * Cells of another answer the reader combines with this one: true when shown there (a known number), false
   * when suppressed there. They are never hidden or shown by this answer.
   */
  vast?: Readonly<Record<string, boolean>>;
  /** A cell that may only be shown together with these (a share only with its whole, and with its complement). */
  alleenMet?: Readonly<Record<string, readonly string[]>>;
}

export interface Onderdrukking {
  /** Hidden cells, primary and complementary (and the `vast` cells hidden elsewhere). */
  verborgen: ReadonlySet<string>;
  /**
   * Hidden cells that stay pinned whatever this answer hides: in these reports, cells that `vast` cells of other
   * answers fix on their own.
   */
  onbeschermd: readonly string[];
}

/** The largest change per cell a second solution may make: enough for these tables, and it keeps the search small. */
const STAP = 3;
/** Search nodes per question before giving up (and then treating the cell as pinned). */
const MAX_KNOPEN = 5_000;
/** Rounding slack for the derived (fractional) relations; they only prune, a solution is checked exactly. */
const EPS = 1e-9;

/**
 * Math.floor and Math.abs by hand (±Infinity stays) in the loops below: where the API runs inside jest (the
 * integration tests) every Math call crosses into another realm and costs a hundred times more.
 */
const abs = (x: number) => (x < 0 ? -x : x);
function omlaag(x: number): number {
  if (!(x < 2 ** 31 && x > -(2 ** 31))) return x;
  const t = x | 0;
  return t > x ? t - 1 : t;
}

interface Beperking {
  /** Variable index and coefficient. */
  termen: [number, number][];
  /** Bounds on the sum of coefficient × change. */
  laag: number;
  hoog: number;
}

/**
 * The hidden cells of an answer as variables (their change from the truth) under the relations. The search for a
 * second solution propagates bounds through the relations and through their reduced row echelon form: that form
 * names every cell the visible figures fix by linear algebra alone (row and column totals together, say), which
 * bound propagation on the relations one by one cannot see.
 */
class Stelsel {
  readonly variabelen: string[];
  private readonly index = new Map<string, number>();
  /** The relations themselves (integer, checked exactly), then the derived rows. */
  private readonly relaties: Beperking[] = [];
  private readonly beperkingen: Beperking[] = [];
  private readonly perVariabele: number[][];
  /** The same constraints as flat arrays, for the propagation (the hot loop). */
  private readonly vlak: { index: Int32Array; a: Float64Array; laag: number; hoog: number }[];
  /** The last question ran out of search nodes: its null means "not found", not "none". */
  afgebroken = false;

  constructor(
    private readonly antwoord: Antwoord,
    verborgen: ReadonlySet<string>,
  ) {
    this.variabelen = Object.keys(antwoord.cellen).filter((c) => verborgen.has(c));
    this.variabelen.forEach((c, i) => this.index.set(c, i));
    for (const relatie of antwoord.relaties) {
      const coefficienten = new Map<number, number>();
      const tel = (cel: string, a: number) => {
        const i = this.index.get(cel);
        if (i !== undefined) coefficienten.set(i, (coefficienten.get(i) ?? 0) + a);
      };
      relatie.delen.forEach((cel) => tel(cel, 1));
      tel(relatie.totaal, -1);
      const termen = [...coefficienten].filter(([, a]) => a !== 0);
      if (termen.length === 0) continue;
      // Σ delen − totaal = 0 at the truth; with `minstens` it is a slack ≥ 0 the changes may use up.
      const speling = relatie.minstens
        ? relatie.delen.reduce((s, c) => s + antwoord.cellen[c], 0) - antwoord.cellen[relatie.totaal]
        : 0;
      this.relaties.push({ termen, laag: -speling, hoog: relatie.minstens ? Infinity : 0 });
    }
    this.beperkingen = [...this.relaties, ...this.afgeleid()];
    this.perVariabele = this.variabelen.map(() => []);
    this.beperkingen.forEach((b, nummer) => b.termen.forEach(([i]) => this.perVariabele[i].push(nummer)));
    this.vlak = this.beperkingen.map((b) => ({
      index: Int32Array.from(b.termen, ([i]) => i),
      a: Float64Array.from(b.termen, ([, a]) => a),
      laag: b.laag,
      hoog: b.hoog,
    }));
  }

  /** The equalities in reduced row echelon form (Gauss–Jordan with partial pivoting). */
  private afgeleid(): Beperking[] {
    const n = this.variabelen.length;
    const rijen = this.relaties
      .filter((b) => b.laag === 0 && b.hoog === 0)
      .map((b) => {
        const rij = new Array<number>(n).fill(0);
        for (const [i, a] of b.termen) rij[i] = a;
        return rij;
      });
    let r = 0;
    for (let k = 0; k < n && r < rijen.length; k++) {
      let spil = r;
      for (let i = r + 1; i < rijen.length; i++) if (abs(rijen[i][k]) > abs(rijen[spil][k])) spil = i;
      if (abs(rijen[spil][k]) < EPS) continue;
      [rijen[r], rijen[spil]] = [rijen[spil], rijen[r]];
      const deler = rijen[r][k];
      rijen[r] = rijen[r].map((x) => x / deler);
      for (let i = 0; i < rijen.length; i++) {
        const f = rijen[i][k];
        if (i !== r && abs(f) > EPS) rijen[i] = rijen[i].map((x, j) => x - f * rijen[r][j]);
      }
      r++;
    }
    return rijen.slice(0, r).map((rij) => ({
      termen: rij.flatMap((a, i): [number, number][] => (abs(a) > EPS ? [[i, a]] : [])),
      laag: 0,
      hoog: 0,
    }));
  }

  /**
   * A second solution in which `cel` differs from the truth: the values of the hidden cells, or null when there is
   * none within STAP per cell (or the search ran out).
   */
  alternatief(cel: string): Record<string, number> | null {
    const doel = this.index.get(cel);
    if (doel === undefined) throw new Error(`${cel} is niet verborgen`);
    const waarde = (i: number) => this.antwoord.cellen[this.variabelen[i]];
    const uitkomst = (wijziging: number[]) =>
      Object.fromEntries(this.variabelen.map((c, i) => [c, waarde(i) + wijziging[i]]));
    // A hidden cell in no relation is free: it moves on its own.
    if (this.perVariabele[doel].length === 0) return uitkomst(this.variabelen.map((_, i) => (i === doel ? 1 : 0)));
    const wortel = this.wortel();
    const knopen = { over: MAX_KNOPEN };
    for (const [van, tot] of [
      [1, wortel.hoog[doel]],
      [wortel.laag[doel], -1],
    ]) {
      if (van > tot) continue;
      const l = [...wortel.laag];
      const h = [...wortel.hoog];
      l[doel] = van;
      h[doel] = tot;
      const wijziging = this.zoek(l, h, knopen, doel);
      if (wijziging && this.klopt(wijziging)) return uitkomst(wijziging);
    }
    this.afgebroken = knopen.over < 0;
    return null;
  }

  private wortelGrenzen?: { laag: number[]; hoog: number[] };

  /**
   * The ranges of the changes before any choice, propagated once for every question to this system: at most STAP
   * either way (and never below 0), none for a cell in no relation. A cell the visible figures fix ends at [0, 0].
   */
  private wortel(): { laag: number[]; hoog: number[] } {
    if (!this.wortelGrenzen) {
      const laag = this.variabelen.map((c, i) =>
        this.perVariabele[i].length ? -Math.min(this.antwoord.cellen[c], STAP) : 0,
      );
      const hoog = this.variabelen.map((_, i) => (this.perVariabele[i].length ? STAP : 0));
      // The truth (no change at all) is a solution, so this cannot fail.
      this.propageer(laag, hoog, null);
      this.wortelGrenzen = { laag, hoog };
    }
    return this.wortelGrenzen;
  }

  /** Every relation holds exactly (integers, no rounding) for these changes. */
  private klopt(wijziging: number[]): boolean {
    return this.relaties.every((b) => {
      const som = b.termen.reduce((s, [i, a]) => s + a * wijziging[i], 0);
      return som >= b.laag && som <= b.hoog;
    });
  }

  /** Depth-first search over the changes, with bounds propagated through the relations after every choice. */
  private zoek(laag: number[], hoog: number[], knopen: { over: number }, gekozen: number | null): number[] | null {
    if (--knopen.over < 0 || !this.propageer(laag, hoog, gekozen)) return null;
    let keuze = -1;
    for (let i = 0; i < laag.length; i++) {
      if (laag[i] < hoog[i] && (keuze < 0 || hoog[i] - laag[i] < hoog[keuze] - laag[keuze])) keuze = i;
    }
    if (keuze < 0) return laag;
    // Small changes first: most second solutions move a few cells by one.
    for (let d = 0; d <= STAP; d++) {
      for (const w of d === 0 ? [0] : [d, -d]) {
        if (w < laag[keuze] || w > hoog[keuze]) continue;
        const l = [...laag];
        const h = [...hoog];
        l[keuze] = h[keuze] = w;
        const gevonden = this.zoek(l, h, knopen, keuze);
        if (gevonden || knopen.over < 0) return gevonden;
      }
    }
    return null;
  }

  /**
   * Narrows the variables to what each relation still allows, starting from the relations of `gekozen` (all when
   * null); false when one can no longer hold.
   */
  private propageer(laag: number[], hoog: number[], gekozen: number | null): boolean {
    const rij = gekozen === null ? this.vlak.map((_, i) => i) : [...this.perVariabele[gekozen]];
    const inRij = new Uint8Array(this.vlak.length);
    for (const nummer of rij) inRij[nummer] = 1;
    for (let k = 0; k < rij.length; k++) {
      const nummer = rij[k];
      inRij[nummer] = 0;
      const { index, a, laag: ondergrens, hoog: bovengrens } = this.vlak[nummer];
      let min = 0;
      let max = 0;
      for (let t = 0; t < index.length; t++) {
        const i = index[t];
        if (a[t] > 0) {
          min += a[t] * laag[i];
          max += a[t] * hoog[i];
        } else {
          min += a[t] * hoog[i];
          max += a[t] * laag[i];
        }
      }
      if (min > bovengrens + EPS || max < ondergrens - EPS) return false;
      for (let t = 0; t < index.length; t++) {
        const i = index[t];
        const c = a[t];
        // c × x lies within [ondergrens − (max − own max), bovengrens − (min − own min)].
        const onder = ondergrens - (max - (c > 0 ? c * hoog[i] : c * laag[i]));
        const boven = bovengrens - (min - (c > 0 ? c * laag[i] : c * hoog[i]));
        const nieuwLaag = -omlaag(-(c > 0 ? onder / c : boven / c) + EPS);
        const nieuwHoog = omlaag((c > 0 ? boven / c : onder / c) + EPS);
        if (nieuwLaag <= laag[i] && nieuwHoog >= hoog[i]) continue;
        if (nieuwLaag > laag[i]) laag[i] = nieuwLaag;
        if (nieuwHoog < hoog[i]) hoog[i] = nieuwHoog;
        if (laag[i] > hoog[i]) return false;
        for (const ander of this.perVariabele[i]) {
          if (!inRij[ander]) {
            inRij[ander] = 1;
            rij.push(ander);
          }
        }
      }
    }
    return true;
  }
}

function controleer(antwoord: Antwoord): void {
  for (const [cel, n] of Object.entries(antwoord.cellen)) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Cel ${cel} is geen aantal: ${n}`);
  }
  const bekend = (cel: string) => {
    if (!(cel in antwoord.cellen)) throw new RangeError(`Onbekende cel in relatie: ${cel}`);
  };
  for (const r of antwoord.relaties) [...r.delen, r.totaal].forEach(bekend);
  Object.keys(antwoord.vast ?? {}).forEach(bekend);
  for (const [cel, nodig] of Object.entries(antwoord.alleenMet ?? {})) [cel, ...nodig].forEach(bekend);
}

/**
 * A second solution of `antwoord` with `verborgen` hidden in which `cel` has another value (all cells), or null
 * when the search finds none: then `cel` counts as pinned.
 */
export function alternatief(
  antwoord: Antwoord,
  verborgen: ReadonlySet<string>,
  cel: string,
): Record<string, number> | null {
  const waarden = new Stelsel(antwoord, verborgen).alternatief(cel);
  return waarden && { ...antwoord.cellen, ...waarden };
}

/** Decides which cells of one answer to hide: every count below `minimum`, and enough others that none is pinned. */
export function onderdruk(antwoord: Antwoord, minimum = MINIMUM_CEL): Onderdrukking {
  controleer(antwoord);
  const cellen = Object.keys(antwoord.cellen);
  const waarde = (c: string) => antwoord.cellen[c];
  const vast = antwoord.vast ?? {};
  const isVast = (c: string) => c in vast;
  const verborgen = new Set(cellen.filter((c) => (isVast(c) ? !vast[c] : waarde(c) < minimum)));
  const zichtbaarVrij = (c: string) => !verborgen.has(c) && !isVast(c);
  // Of equal cells the one in fewer relations goes first, a part before a total: the caseload is wanted most.
  const gewicht = new Map<string, number>(cellen.map((c) => [c, 0]));
  for (const r of antwoord.relaties) {
    for (const c of new Set(r.delen)) gewicht.set(c, gewicht.get(c)! + 2);
    gewicht.set(r.totaal, gewicht.get(r.totaal)! + 3);
  }
  /** Smallest first, then the lighter, then in the order of the cells. */
  const volgorde = (a: string, b: string) =>
    waarde(a) - waarde(b) || gewicht.get(a)! - gewicht.get(b)! || cellen.indexOf(a) - cellen.indexOf(b);

  /** Shares with their wholes, and the quick rule: a relation with one hidden cell, or hidden cells adding up to 0. */
  const sluitSnel = () => {
    for (let veranderd = true; veranderd;) {
      veranderd = false;
      for (const [cel, nodig] of Object.entries(antwoord.alleenMet ?? {})) {
        if (zichtbaarVrij(cel) && nodig.some((n) => verborgen.has(n))) {
          verborgen.add(cel);
          veranderd = true;
        }
      }
      for (const r of antwoord.relaties) {
        const leden = [...r.delen, r.totaal];
        // A cell of another answer may be beyond help here: the exact check below finds out first.
        if (r.minstens || leden.some((c) => isVast(c) && verborgen.has(c))) continue;
        const weg = leden.filter((c) => verborgen.has(c));
        if (weg.length === 0 || (weg.length > 1 && weg.some((c) => waarde(c) > 0))) continue;
        const aanvulling = leden.filter(zichtbaarVrij).sort(volgorde)[0];
        if (aanvulling) {
          verborgen.add(aanvulling);
          veranderd = true;
        }
      }
    }
  };

  // A second solution stays one when more is hidden (the new hidden cells keep their true value): a cell once
  // protected stays protected, so it is checked once.
  const beschermd = new Set<string>();
  const onbeschermd = new Set<string>();
  const allesVerborgen = new Set(cellen.filter((c) => !isVast(c) || !vast[c]));
  const buren = new Map<string, Set<string>>(cellen.map((c) => [c, new Set<string>()]));
  for (const r of antwoord.relaties) {
    const leden = [...r.delen, r.totaal];
    for (const a of leden) for (const b of leden) if (a !== b) buren.get(a)!.add(b);
  }

  const eersteVastgepinde = (): string | undefined => {
    const stelsel = new Stelsel(antwoord, verborgen);
    for (const cel of cellen) {
      if (!verborgen.has(cel) || beschermd.has(cel) || onbeschermd.has(cel)) continue;
      const tweede = stelsel.alternatief(cel);
      if (!tweede) return cel;
      // Every cell that differs in this second solution is protected by it as well.
      for (const [c, n] of Object.entries(tweede)) if (n !== waarde(c)) beschermd.add(c);
    }
    return undefined;
  };

  /** Candidates to hide for a pinned cell: visible cells, nearest over the relations first, then smallest. */
  const kandidaten = (cel: string): string[] => {
    const afstand = new Map([[cel, 0]]);
    const rij = [cel];
    while (rij.length) {
      const c = rij.shift()!;
      for (const b of buren.get(c)!) {
        if (!afstand.has(b)) {
          afstand.set(b, afstand.get(c)! + 1);
          rij.push(b);
        }
      }
    }
    return [...afstand.keys()]
      .filter(zichtbaarVrij)
      .sort((a, b) => afstand.get(a)! - afstand.get(b)! || volgorde(a, b));
  };

  for (;;) {
    sluitSnel();
    const cel = eersteVastgepinde();
    if (cel === undefined) break;
    // Pinned even with all of this answer hidden (and surely so, not for want of search): beyond its help.
    const alles = new Stelsel(antwoord, allesVerborgen);
    if (!alles.alternatief(cel) && !alles.afgebroken) {
      onbeschermd.add(cel);
      continue;
    }
    // The first nearby cell that frees it on its own; otherwise the nearest smallest, and look again.
    const opties = kandidaten(cel);
    if (opties.length === 0) {
      onbeschermd.add(cel);
      continue;
    }
    const vrijmaker = opties
      .slice(0, 8)
      .find((k) => new Stelsel(antwoord, new Set([...verborgen, k])).alternatief(cel));
    verborgen.add(vrijmaker ?? opties[0]);
  }
  return { verborgen, onbeschermd: [...onbeschermd] };
}

/** The last day of the month of `datum`. */
export function maandeinde(datum: Datum): Datum {
  // Day 0 of the next month is the last of this one (and 2999-12 needs no year 3000).
  const dagen = new Date(Date.UTC(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)), 0)).getUTCDate();
  return `${datum.slice(0, 8)}${String(dagen).padStart(2, '0')}`;
}

export function isMaandeinde(datum: Datum): boolean {
  return maandeinde(datum) === datum;
}

/** The last month end strictly before `datum`. */
export function maandeindeVoor(datum: Datum): Datum {
  return plusDagen(`${datum.slice(0, 7)}-01`, -1);
}

/** The `aantal` month ends before `datum`, newest first: the peildata the beleid role may ask. */
export function maandeindenVoor(datum: Datum, aantal: number): Datum[] {
  const uit: Datum[] = [];
  for (let d = maandeindeVoor(datum); uit.length < aantal; d = maandeindeVoor(d)) uit.push(d);
  return uit;
}
