import { maandeinde, maandeindeVoor, plusDagen, plusMaanden, vandaag } from '@klant-in-beeld/domain';
import fc from 'fast-check';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  inloggen,
  maakOmgeving,
  maakOrganisatie,
  maakTestMedewerker,
  nieuwBsn,
  type TestOrganisatie,
} from '../support/factories';

/**
 * Suppression that holds (docs/onderdrukking.md), as a property: on random small datasets, every figure the beleid
 * role gets suppressed stays unknown to someone who takes the visible figures of the same answer, the relations
 * between them and (for the doorstroom) the kerncijfers at van and tot, and works out every non-negative integer
 * solution. The solver here is a linear program with branch and bound, written apart from the suppression itself
 * (a bounded search for a second solution in libs/domain): it gives each hidden cell's exact minimum and maximum.
 */

// ---------------------------------------------------------------------------------------------------------------
// The reader: an exact integer solver.

type Soort = '=' | '>=' | '<=';
interface Beperking {
  termen: [number, number][];
  soort: Soort;
  rhs: number;
}
type Oplossing = { x: number[]; waarde: number } | 'onhaalbaar' | 'onbegrensd';
const EPS = 1e-7;

/** Minimises kosten·x over x ≥ 0 and the constraints: two-phase dense simplex with Bland's rule (no cycling). */
function simplex(n: number, beperkingen: Beperking[], kosten: number[]): Oplossing {
  // Columns: the n variables, a slack per inequality, an artificial per row; last the right-hand side.
  const slacks = beperkingen.filter((b) => b.soort !== '=').length;
  const m = beperkingen.length;
  const breed = n + slacks + m;
  let s = n;
  const t = beperkingen.map((b, i) => {
    const rij = new Array<number>(breed + 1).fill(0);
    for (const [j, a] of b.termen) rij[j] += a;
    if (b.soort === '<=') rij[s++] = 1;
    else if (b.soort === '>=') rij[s++] = -1;
    rij[breed] = b.rhs;
    if (b.rhs < 0) for (let j = 0; j <= breed; j++) rij[j] = -rij[j];
    rij[n + slacks + i] = 1;
    return rij;
  });
  const basis = beperkingen.map((_, i) => n + slacks + i);
  const draai = (obj: number[], r: number, k: number) => {
    const spil = t[r][k];
    for (let j = 0; j <= breed; j++) t[r][j] /= spil;
    for (const rij of [...t.filter((_, i) => i !== r), obj]) {
      const f = rij[k];
      if (Math.abs(f) > 0) for (let j = 0; j <= breed; j++) rij[j] -= f * t[r][j];
    }
    basis[r] = k;
  };
  /** Runs simplex on reduced costs `obj` over the columns below `kolommen`; false when unbounded. */
  const los = (obj: number[], kolommen: number): boolean => {
    for (;;) {
      let k = -1;
      for (let j = 0; j < kolommen; j++)
        if (obj[j] < -EPS) {
          k = j;
          break;
        }
      if (k < 0) return true;
      let r = -1;
      for (let i = 0; i < t.length; i++) {
        if (t[i][k] <= EPS) continue;
        const q = t[i][breed] / t[i][k];
        const rq = r < 0 ? Infinity : t[r][breed] / t[r][k];
        if (r < 0 || q < rq - EPS || (Math.abs(q - rq) <= EPS && basis[i] < basis[r])) r = i;
      }
      if (r < 0) return false;
      draai(obj, r, k);
    }
  };
  // Phase 1: minimise the artificials.
  const fase1 = new Array<number>(breed + 1).fill(0);
  for (let i = 0; i < m; i++) fase1[n + slacks + i] = 1;
  for (const rij of t) for (let j = 0; j <= breed; j++) fase1[j] -= rij[j];
  los(fase1, breed);
  if (-fase1[breed] > 1e-6) return 'onhaalbaar';
  // Artificials still in the basis (at 0) are pivoted out, or their row is redundant.
  for (let i = t.length - 1; i >= 0; i--) {
    if (basis[i] < n + slacks) continue;
    const k = t[i].findIndex((a, j) => j < n + slacks && Math.abs(a) > EPS);
    if (k >= 0) draai(fase1, i, k);
    else {
      t.splice(i, 1);
      basis.splice(i, 1);
    }
  }
  // Phase 2 on the real columns.
  const obj = new Array<number>(breed + 1).fill(0);
  kosten.forEach((c, j) => (obj[j] = c));
  t.forEach((rij, i) => {
    const c = basis[i] < n ? kosten[basis[i]] : 0;
    if (c) for (let j = 0; j <= breed; j++) obj[j] -= c * rij[j];
  });
  if (!los(obj, n + slacks)) return 'onbegrensd';
  const x = new Array<number>(n).fill(0);
  basis.forEach((j, i) => j < n && (x[j] = t[i][breed]));
  return { x, waarde: kosten.reduce((som, c, j) => som + c * x[j], 0) };
}

/** The integer minimum of kosten·x (−∞ when unbounded, null when no integer solution): branch and bound. */
function geheelMinimum(n: number, beperkingen: Beperking[], kosten: number[]): number | null {
  let beste = Infinity;
  const stapel: Beperking[][] = [[]];
  while (stapel.length) {
    const extra = stapel.pop()!;
    const r = simplex(n, [...beperkingen, ...extra], kosten);
    if (r === 'onhaalbaar') continue;
    // Rational data and a feasible integer point (the truth): an unbounded relaxation means an unbounded program.
    if (r === 'onbegrensd') return -Infinity;
    if (r.waarde >= beste - 1e-6) continue;
    const j = r.x.findIndex((v) => Math.abs(v - Math.round(v)) > 1e-6);
    if (j < 0) {
      beste = Math.round(r.waarde);
      continue;
    }
    stapel.push(
      [...extra, { termen: [[j, 1]], soort: '<=', rhs: Math.floor(r.x[j]) }],
      [...extra, { termen: [[j, 1]], soort: '>=', rhs: Math.ceil(r.x[j]) }],
    );
  }
  return beste === Infinity ? null : beste;
}

/** What a reader knows: visible cells as numbers, suppressed ones as null, and relations between cells. */
interface Kennis {
  cellen: Map<string, number | null>;
  relaties: { delen: string[]; totaal: string; soort: '=' | '>=' }[];
}

/** The exact [min, max] of each unknown cell over every non-negative integer solution. */
function bereik(kennis: Kennis): Map<string, [number, number]> {
  const onbekend = [...kennis.cellen].filter(([, n]) => n === null).map(([c]) => c);
  const index = new Map(onbekend.map((c, i) => [c, i]));
  const beperkingen: Beperking[] = kennis.relaties.map((r) => {
    const termen: [number, number][] = [];
    let rhs = 0;
    for (const [c, a] of [...r.delen.map((d) => [d, 1] as const), [r.totaal, -1] as const]) {
      const n = kennis.cellen.get(c);
      if (n === undefined) throw new Error(`onbekende cel ${c}`);
      if (n === null) termen.push([index.get(c)!, a]);
      else rhs -= a * n;
    }
    return { termen, soort: r.soort, rhs };
  });
  const uit = new Map<string, [number, number]>();
  for (const [c, i] of index) {
    const e = onbekend.map((_, j) => (j === i ? 1 : 0));
    const min = geheelMinimum(onbekend.length, beperkingen, e);
    const max = geheelMinimum(
      onbekend.length,
      beperkingen,
      e.map((v) => -v),
    );
    if (min === null || max === null) throw new Error(`geen oplossing: de relaties kloppen niet met de cijfers (${c})`);
    uit.set(c, [min, -max]);
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------------------------
// The answers as the reader reads them.

// The JSON answers; `N` is number for the teamleider's unsuppressed ones, where nothing is null.
interface Kerncijfers<N extends number | null = number | null> {
  caseload: N;
  inBeeld: Record<string, N>;
  gesprekkenVerdeling12Maanden: Record<string, N>;
  gesprokenLaatste12Maanden: number | null;
  metLopendeAfspraak: number | null;
  ladder: Record<string, N>;
  ladderOnbekend: N;
  vrijstellingen: { formeel: N; informeel: N; informeelVerlopen: N };
  vrijstellingenPerReden: Record<string, { formeel: N; informeel: N }>;
  caseloadPerKlantmanager: Record<string, N>;
  uitstroom: Record<string, N>;
}
interface Doorstroom<N extends number | null = number | null> {
  matrix: Record<string, Record<string, N>>;
  omhoog: N;
  gelijk: N;
  omlaag: N;
}

const TREDEN = ['1', '2', '3', '4', '5', '6'];

/**
 * The cells of one kerncijfers answer and the relations anyone knows: breakdowns of the caseload, and the
 * vrijstellingen per reden against their totals (counted per vrijstelling: at least the clients with one; equal
 * when nobody has two, which `waar` — the teamleider's unsuppressed answer — tells).
 */
function kerncijferKennis(k: Kerncijfers, waar: Kerncijfers<number>, p = ''): Kennis {
  const cellen = new Map<string, number | null>();
  const relaties: Kennis['relaties'] = [];
  const cel = (naam: string, n: number | null) => (cellen.set(p + naam, n), p + naam);
  const caseload = cel('caseload', k.caseload);
  const deel = (delen: string[]) => relaties.push({ delen, totaal: caseload, soort: '=' });
  deel(Object.entries(k.inBeeld).map(([s, n]) => cel(`inBeeld:${s}`, n as number | null)));
  deel(Object.entries(k.gesprekkenVerdeling12Maanden).map(([g, n]) => cel(`gesprekken:${g}`, n as number | null)));
  deel([...TREDEN.map((t) => cel(`ladder:${t}`, k.ladder[t])), cel('ladderOnbekend', k.ladderOnbekend)]);
  // A share shown with its whole gives its count; a suppressed one leaves a count the reader must not work out.
  const telling = (aandeel: number | null) =>
    aandeel === null || k.caseload === null ? null : Math.round(aandeel * k.caseload);
  deel([cel('gesproken', telling(k.gesprokenLaatste12Maanden)), p + 'gesprekken:0']);
  deel([cel('lopend', telling(k.metLopendeAfspraak)), cel('zonderLopend', null)]);
  for (const soort of ['formeel', 'informeel'] as const) {
    const totaal = cel(soort, k.vrijstellingen[soort]);
    const redenen = Object.keys(k.vrijstellingenPerReden);
    const delen = redenen.map((r) => cel(`reden:${r}:${soort}`, k.vrijstellingenPerReden[r][soort]));
    const som = redenen.reduce((s, r) => s + (waar.vrijstellingenPerReden[r]?.[soort] ?? 0), 0);
    relaties.push({ delen, totaal, soort: som === waar.vrijstellingen[soort] ? '=' : '>=' });
  }
  cel('informeelVerlopen', k.vrijstellingen.informeelVerlopen);
  for (const [b, n] of Object.entries(k.caseloadPerKlantmanager)) cel(`band:${b}`, n as number | null);
  for (const [r, n] of Object.entries(k.uitstroom)) cel(`uitstroom:${r}`, n as number | null);
  return { cellen, relaties };
}

/** A doorstroom with the kerncijfers at van and at tot; rows and columns add up to the ladder when that holds. */
function doorstroomKennis(
  d: Doorstroom,
  waar: Doorstroom<number>,
  kVan: Kerncijfers,
  waarVan: Kerncijfers<number>,
  kTot: Kerncijfers,
  waarTot: Kerncijfers<number>,
): Kennis {
  const van = kerncijferKennis(kVan, waarVan, 'van:');
  const tot = kerncijferKennis(kTot, waarTot, 'tot:');
  const cellen = new Map([...van.cellen, ...tot.cellen]);
  const relaties = [...van.relaties, ...tot.relaties];
  const m = (v: string, t: string) => `m:${v}:${t}`;
  const waarM = (v: string, t: string) => waar.matrix[v]?.[t] ?? 0;
  // An absent cell is a 0 the reader sees (the teamleider's matrix is sparse; beleid gets every cell).
  for (const v of TREDEN)
    for (const t of TREDEN) cellen.set(m(v, t), d.matrix[v]?.[t] === undefined ? 0 : d.matrix[v][t]);
  const klasse = (f: (v: number, t: number) => boolean) =>
    TREDEN.flatMap((v) => TREDEN.filter((t) => f(Number(v), Number(t))).map((t) => m(v, t)));
  for (const [naam, f] of [
    ['omhoog', (v: number, t: number) => t > v],
    ['gelijk', (v: number, t: number) => t === v],
    ['omlaag', (v: number, t: number) => t < v],
  ] as const) {
    cellen.set(naam, d[naam]);
    relaties.push({ delen: klasse(f), totaal: naam, soort: '=' });
  }
  for (const i of TREDEN) {
    if (TREDEN.reduce((s, t) => s + waarM(i, t), 0) === waarVan.ladder[i])
      relaties.push({ delen: TREDEN.map((t) => m(i, t)), totaal: `van:ladder:${i}`, soort: '=' });
    if (TREDEN.reduce((s, v) => s + waarM(v, i), 0) === waarTot.ladder[i])
      relaties.push({ delen: TREDEN.map((v) => m(v, i)), totaal: `tot:ladder:${i}`, soort: '=' });
  }
  return { cellen, relaties };
}

interface Leefgebieden<N extends number | null = number | null> {
  caseload: N;
  metGesprek: N;
  domeinen: { code: string; totaal: N; aantallen: Record<string, N> }[];
  paden: { code: string; aantal: N }[];
  metPlan: number | null;
  evaluatieVerlopen: number | null;
}

/**
 * A leefgebieden answer with the kerncijfers of the same peildatum (`kern:`): niveaus add up to their domain, a
 * domain to the clients with a gesprek when all were scored on it (else at most), the paden to those with a
 * gesprek, the two plan shares are counts of the caseload, and the caseload is the kerncijfers' one.
 */
function leefgebiedenKennis(
  l: Leefgebieden,
  waar: Leefgebieden<number>,
  k: Kerncijfers,
  waarK: Kerncijfers<number>,
): Kennis {
  const { cellen, relaties } = kerncijferKennis(k, waarK, 'kern:');
  const cel = (naam: string, n: number | null) => (cellen.set(naam, n), naam);
  const telling = (aandeel: number | null) =>
    aandeel === null || l.caseload === null ? null : Math.round(aandeel * l.caseload);
  const caseload = cel('caseload', l.caseload);
  const metGesprek = cel('metGesprek', l.metGesprek);
  relaties.push({ delen: [metGesprek, cel('zonderGesprek', null)], totaal: caseload, soort: '=' });
  relaties.push({ delen: l.paden.map((p) => cel(`pad:${p.code}`, p.aantal)), totaal: metGesprek, soort: '=' });
  for (const d of l.domeinen) {
    const totaal = cel(`d:${d.code}`, d.totaal);
    const delen = Object.entries(d.aantallen).map(([w, n]) => cel(`d:${d.code}:${w}`, n));
    relaties.push({ delen, totaal, soort: '=' });
    const alle = waar.domeinen.find((x) => x.code === d.code)!.totaal === waar.metGesprek;
    relaties.push(
      alle ? { delen: [totaal], totaal: metGesprek, soort: '=' } : { delen: [metGesprek], totaal, soort: '>=' },
    );
  }
  const metPlan = cel('metPlan', telling(l.metPlan));
  const verlopen = cel('evaluatieVerlopen', telling(l.evaluatieVerlopen));
  relaties.push(
    { delen: [metPlan, cel('zonderPlan', null)], totaal: caseload, soort: '=' },
    { delen: [verlopen, cel('evaluatieNietVerlopen', null)], totaal: caseload, soort: '=' },
    { delen: [metPlan], totaal: verlopen, soort: '>=' },
  );
  if (waar.caseload === waarK.caseload) relaties.push({ delen: [caseload], totaal: 'kern:caseload', soort: '=' });
  return { cellen, relaties };
}

/** The true value of a leefgebieden cell from the unsuppressed answer. */
function waarLeefgebied(waar: Leefgebieden<number>, cel: string): number | undefined {
  const [naam, a, b] = cel.split(':');
  const aandeel = (x: number | null) => Math.round((x ?? 0) * waar.caseload);
  switch (naam) {
    case 'caseload':
      return waar.caseload;
    case 'metGesprek':
      return waar.metGesprek;
    case 'zonderGesprek':
      return waar.caseload - waar.metGesprek;
    case 'pad':
      return waar.paden.find((p) => p.code === a)?.aantal;
    case 'd': {
      const d = waar.domeinen.find((x) => x.code === a)!;
      return b === undefined ? d.totaal : d.aantallen[b];
    }
    case 'metPlan':
      return aandeel(waar.metPlan);
    case 'evaluatieVerlopen':
      return aandeel(waar.evaluatieVerlopen);
    default:
      return undefined;
  }
}

/** Every suppressed cell (of `eigen`, the answer itself) has at least two possible values. */
function controleer(
  kennis: Kennis,
  eigen: (cel: string) => boolean,
  waarheid: (cel: string) => number | undefined,
  wat: string,
) {
  for (const [cel, [min, max]] of bereik(kennis)) {
    const waar = waarheid(cel);
    // The relations are the reader's, so the truth must be one of the solutions.
    if (waar !== undefined)
      expect({ wat, cel, binnen: min <= waar && waar <= max }).toEqual({ wat, cel, binnen: true });
    if (eigen(cel))
      expect({ wat, cel, min, max, teRekenen: min === max }).toEqual({ wat, cel, min, max, teRekenen: false });
  }
}

/** The true value of a kerncijfers cell from the unsuppressed answer. */
function waarKern(waar: Kerncijfers<number>, cel: string): number | undefined {
  const [naam, a, b] = cel.split(':');
  const caseload = waar.caseload as number;
  switch (naam) {
    case 'caseload':
      return caseload;
    case 'inBeeld':
      return waar.inBeeld[a];
    case 'gesprekken':
      return waar.gesprekkenVerdeling12Maanden[a];
    case 'ladder':
      return waar.ladder[a];
    case 'ladderOnbekend':
      return waar.ladderOnbekend;
    case 'gesproken':
      return caseload - waar.gesprekkenVerdeling12Maanden['0'];
    case 'formeel':
    case 'informeel':
      return waar.vrijstellingen[naam];
    case 'reden':
      return waar.vrijstellingenPerReden[a]?.[b as 'formeel' | 'informeel'] ?? 0;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Random small datasets.

const TOT = maandeindeVoor(vandaag());
const VAN = maandeindeVoor(TOT);
const REDENEN = ['medisch_tijdelijk', 'zorgtaken_overig', 'studie'];
const UITSTROOM = ['werk', 'verhuizing', 'overig'];
const CATEGORIEEN = ['job_ready', 'nog_niet_job_ready', 'niet_job_ready'];

const klantArb = fc.record({
  nieuw: fc.nat(9).map((n) => n === 0), // started between van and tot
  categorie: fc.constantFrom(...CATEGORIEEN),
  contacten: fc.array(
    fc.record({
      dagenVoorTot: fc.nat(400),
      resultaat: fc.constantFrom('gesproken', 'gesproken', 'no_show', 'afgezegd'),
    }),
    { maxLength: 4 },
  ),
  trede: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null, freq: 3 }),
  later: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null, freq: 2 }),
  vrijstellingen: fc.array(
    fc.record({ soort: fc.constantFrom('formeel', 'informeel'), reden: fc.constantFrom(...REDENEN) }),
    { maxLength: 2 },
  ),
  afspraak: fc.boolean(),
  // A klant-in-beeld-gesprek in the month before TOT, with or without a plan (its evaluatiedatum past or not).
  gesprek: fc.option(
    fc.record({
      niveau: fc.integer({ min: 1, max: 5 }),
      pad: fc.constantFrom('intensief_naar_werk', 'sociaal_wijkteam'),
      plan: fc.constantFrom(null, 'verlopen', 'lopend'),
    }),
    { nil: null, freq: 2 },
  ),
});
// Groups of clients alike, so that some cells reach 5 and are shown: the suppression must hold next to them.
const datasetArb = fc
  .record({
    groepen: fc.array(fc.record({ klant: klantArb, aantal: fc.integer({ min: 1, max: 12 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    uitgestroomd: fc.array(fc.constantFrom(...UITSTROOM), { maxLength: 7 }),
  })
  // The reports begin at the organisatie's first uitkering: with only clients that started after VAN there is no
  // month VAN to report on (the API rightly answers 400), so such a dataset says nothing about suppression.
  .filter((d) => d.uitgestroomd.length > 0 || d.groepen.some((g) => !g.klant.nieuw));
type Dataset = typeof datasetArb extends fc.Arbitrary<infer T> ? T : never;

describe('rapportages: onderdrukking die standhoudt (beleid)', () => {
  let t: TestApp;
  const nl = (datum: string) => `${datum} 10:00 Europe/Amsterdam`;

  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t.sluit());

  const rapport = async (pad: string, query: Record<string, string>, token: string) => {
    const antwoord = await t.http().get(`/api/rapportages/${pad}`).query(query).set(bearer(token));
    if (antwoord.status !== 200) throw new Error(`${pad}: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
    return antwoord.body;
  };

  /**
   * A fresh organisatie with a klantmanager, and beleid and a teamleider logged in (the teamleider's unsuppressed
   * answers are the truth). Not maakOmgeving: its six logins per run would hit the login limit of 120 a minute.
   */
  async function omgeving() {
    const organisatie = await maakOrganisatie(t.db);
    const medewerker = (rol: 'klantmanager' | 'beleid' | 'teamleider') =>
      maakTestMedewerker(t, { organisatieId: organisatie.id, rol, teamId: organisatie.teamId });
    const [klantmanager, beleid, teamleider] = [
      await medewerker('klantmanager'),
      await medewerker('beleid'),
      await medewerker('teamleider'),
    ];
    return {
      organisatie,
      klantmanager,
      beleid: await inloggen(t, beleid.gebruikersnaam),
      teamleider: await inloggen(t, teamleider.gebruikersnaam),
    };
  }

  async function vulIn(
    o: { organisatie: TestOrganisatie; klantmanager: { id: string } },
    data: Dataset,
  ): Promise<void> {
    const org = o.organisatie.id;
    const km = o.klantmanager.id;
    const klant = async (start: string, categorie: string, uitstroom: [string, string] | null) => {
      const [{ id }] = await t.db.query(
        `INSERT INTO klant (organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                            dienstverleningscategorie, klantmanager_id, status, uitstroomdatum, uitstroomreden, aangemaakt_op)
         VALUES ($1, $2, 'Test', 'Klant', '1985-03-03', $3, 'brede_doelgroep', $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          org,
          nieuwBsn(),
          o.organisatie.gemeenteId,
          start,
          categorie,
          km,
          uitstroom ? 'uitgestroomd' : 'actief',
          uitstroom?.[0] ?? null,
          uitstroom?.[1] ?? null,
          nl('2024-01-01'),
        ],
      );
      return id as string;
    };
    for (const k of data.groepen.flatMap((g) => Array.from({ length: g.aantal }, () => g.klant))) {
      const id = await klant(k.nieuw ? plusDagen(VAN, 5) : '2024-01-01', k.categorie, null);
      for (const c of k.contacten) {
        await t.db.query(
          `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
           VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', $5, 'Test')`,
          [org, id, km, nl(plusDagen(TOT, -c.dagenVoorTot)), c.resultaat],
        );
      }
      for (const [trede, op] of [
        [k.trede, plusDagen(VAN, -30)],
        [k.later, plusDagen(VAN, 10)],
      ] as const) {
        if (trede === null) continue;
        await t.db.query(
          `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6)`,
          [org, id, km, trede, op, nl(op)],
        );
      }
      for (const v of k.vrijstellingen) {
        await t.db.query(
          `INSERT INTO vrijstelling (organisatie_id, klant_id, medewerker_id, soort, omvang, reden, ingangsdatum, einddatum, herbeoordelingsdatum, beschikking_kenmerk, beschikking_datum)
           VALUES ($1, $2, $3, $4, '{arbeidsverplichtingen}', $5, '2026-01-01', $6, '2026-12-31', $7, $8)`,
          [
            org,
            id,
            km,
            v.soort,
            v.reden,
            v.soort === 'informeel' ? plusDagen(TOT, 60) : null,
            v.soort === 'formeel' ? 'B-1' : null,
            v.soort === 'formeel' ? '2025-12-15' : null,
          ],
        );
      }
      if (k.afspraak) {
        await t.db.query(
          `INSERT INTO afspraak (organisatie_id, klant_id, medewerker_id, soort, omschrijving, startdatum, einddatum, status, aangemaakt_op, gewijzigd_op)
           VALUES ($1, $2, $3, 'taal', 'Taal', $4, $5, 'lopend', $6, $6)`,
          [org, id, km, plusDagen(VAN, -40), plusDagen(TOT, 90), nl(plusDagen(VAN, -40))],
        );
      }
      if (k.gesprek) {
        const op = nl(plusDagen(TOT, -10));
        const [{ id: contactId }] = await t.db.query(
          `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
           VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', 'gesproken', 'Klant-in-beeld-gesprek') RETURNING id`,
          [org, id, km, op],
        );
        const [{ id: gesprekId }] = await t.db.query(
          `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, berekend_categorie,
                                berekend_pad, advies_categorie, dienstverleningspad)
           SELECT $1, $2, $3, $4, i.id, $5, $6, $7, $6, $7 FROM leefgebieden_instrument i
            WHERE i.organisatie_id = $1 AND i.versie = 1 RETURNING id`,
          [org, id, km, contactId, op, k.categorie, k.gesprek.pad],
        );
        await t.db.query(
          `INSERT INTO gesprek_score (gesprek_id, organisatie_id, domein, niveau) VALUES ($1, $2, 'financien', $3)`,
          [gesprekId, org, k.gesprek.niveau],
        );
        if (k.gesprek.plan) {
          await t.db.query(
            `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op) VALUES ($1, $2, $3, $4, $5)`,
            [org, id, km, plusDagen(TOT, k.gesprek.plan === 'verlopen' ? -5 : 30), nl(plusDagen(TOT, -9))],
          );
        }
      }
    }
    for (const reden of data.uitgestroomd) await klant('2024-01-01', 'job_ready', [plusDagen(VAN, -50), reden]);
  }

  it('geen enkel onderdrukt cijfer van kerncijfers, trend, doorstroom of leefgebieden is terug te rekenen uit de zichtbare cijfers en hun relaties', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (data) => {
        const o = await omgeving();
        await vulIn(o, data);
        const beleid = (pad: string, q: Record<string, string>) => rapport(pad, q, o.beleid);
        const waar = (pad: string, q: Record<string, string>) => rapport(pad, q, o.teamleider);
        const [kTot, kVan, trend, d] = [
          await beleid('kerncijfers', { peildatum: TOT }),
          await beleid('kerncijfers', { peildatum: VAN }),
          await beleid('trend', { van: VAN, tot: TOT }),
          await beleid('doorstroom', { van: VAN, tot: TOT }),
        ];
        const [wTot, wVan, wD] = [
          await waar('kerncijfers', { peildatum: TOT }),
          await waar('kerncijfers', { peildatum: VAN }),
          await waar('doorstroom', { van: VAN, tot: TOT }),
        ];

        for (const [k, w, wat] of [
          [kTot, wTot, `kerncijfers ${TOT}`],
          [kVan, wVan, `kerncijfers ${VAN}`],
        ]) {
          // A share is only shown with its whole: a share of a hidden caseload would give a ratio of hidden counts.
          if (k.gesprokenLaatste12Maanden !== null || k.metLopendeAfspraak !== null) expect(k.caseload).not.toBeNull();
          controleer(
            kerncijferKennis(k, w),
            (c) => c !== 'zonderLopend',
            (c) => waarKern(w, c),
            wat,
          );
        }
        // Each month of the trend is the kerncijfers answer of that month end, suppressed the same way.
        expect(trend.maanden).toEqual([kVan, kTot]);
        // A doorstroom cell the kerncijfers already fix (every mover is counted at van, so a column whose total at
        // tot is taken up by the other columns is empty) is no leak of the doorstroom: only the others must stay open.
        const vanDoorstroom = (c: string) => c.startsWith('m:') || ['omhoog', 'gelijk', 'omlaag'].includes(c);
        const zonder = doorstroomKennis(d, wD, kVan, wVan, kTot, wTot);
        for (const c of zonder.cellen.keys()) if (vanDoorstroom(c)) zonder.cellen.set(c, null);
        const alBekend = new Set(
          [...bereik(zonder)].filter(([c, [min, max]]) => vanDoorstroom(c) && min === max).map(([c]) => c),
        );
        controleer(
          doorstroomKennis(d, wD, kVan, wVan, kTot, wTot),
          (c) => vanDoorstroom(c) && !alBekend.has(c),
          (c) =>
            c.startsWith('m:')
              ? (wD.matrix[c.split(':')[1]]?.[c.split(':')[2]] ?? 0)
              : ['omhoog', 'gelijk', 'omlaag'].includes(c)
                ? wD[c]
                : c.startsWith('van:')
                  ? waarKern(wVan, c.slice(4))
                  : waarKern(wTot, c.slice(4)),
          `doorstroom ${VAN} → ${TOT}`,
        );
        // The leefgebieden of TOT beside the kerncijfers of TOT: the caseload is theirs, shown or hidden alike.
        const [l, wL] = [
          await beleid('leefgebieden', { peildatum: TOT }),
          await waar('leefgebieden', { peildatum: TOT }),
        ];
        expect(l.caseload).toBe(kTot.caseload);
        const vanLeefgebieden = (c: string) =>
          !c.startsWith('kern:') && !['zonderGesprek', 'zonderPlan', 'evaluatieNietVerlopen'].includes(c);
        controleer(
          leefgebiedenKennis(l, wL, kTot, wTot),
          vanLeefgebieden,
          (c) => (c.startsWith('kern:') ? waarKern(wTot, c.slice(5)) : waarLeefgebied(wL, c)),
          `leefgebieden ${TOT}`,
        );
      }),
      { numRuns: 25, endOnFailure: true },
    );
  }, 180_000);

  it('beleid krijgt geen twee aangrenzende dagen: alleen maandeinden in het verleden (400), standaard het laatste', async () => {
    const o = await maakOmgeving(t);
    await vulIn(o, { groepen: [], uitgestroomd: ['werk'] });
    const melding = `moet voor beleid een maandeinde in het verleden zijn, zoals ${TOT}`;
    const vraag = (pad: string, query: Record<string, string>, token = o.beleid.token) =>
      t.http().get(`/api/rapportages/${pad}`).query(query).set(bearer(token));
    for (const [pad, query, veld] of [
      ['kerncijfers', { peildatum: plusDagen(TOT, -1) }, 'peildatum'],
      ['kerncijfers', { peildatum: vandaag() }, 'peildatum'],
      ['kerncijfers.csv', { peildatum: plusDagen(VAN, 1) }, 'peildatum'],
      ['doorstroom', { van: VAN, tot: plusDagen(TOT, -1) }, 'tot'],
      ['doorstroom', { van: plusDagen(VAN, -1), tot: TOT }, 'van'],
      ['doorstroom.xlsx', { van: VAN, tot: vandaag() }, 'tot'],
      ['trend', { van: VAN, tot: plusDagen(TOT, -1) }, 'tot'],
    ] as const) {
      const antwoord = await vraag(pad, query);
      expect({ pad, query, status: antwoord.status, fouten: antwoord.body.fouten }).toEqual({
        pad,
        query,
        status: 400,
        fouten: [{ veld, melding }],
      });
    }
    // The defaults are the last month end (and a year before it for the doorstroom).
    expect((await vraag('kerncijfers', {})).body.peildatum).toBe(TOT);
    expect((await vraag('doorstroom', {})).body).toMatchObject({ van: maandeinde(plusMaanden(TOT, -12)), tot: TOT });
    expect((await vraag('trend', {})).body.maanden.at(-1).peildatum).toBe(TOT);
    // A trend may start on any day: its months are month ends anyway.
    expect((await vraag('trend', { van: plusDagen(VAN, -20), tot: TOT })).status).toBe(200);
    // The teamleider keeps every day, and today by default.
    expect((await vraag('kerncijfers', { peildatum: plusDagen(TOT, -1) }, o.teamleider.token)).status).toBe(200);
    expect((await vraag('kerncijfers', {}, o.teamleider.token)).body.peildatum).toBe(vandaag());
  });
});
