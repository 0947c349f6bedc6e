import {
  CASELOAD_BANDEN,
  GESPREKKEN_KLASSEN,
  IN_BEELD_STATUSSEN,
  onderdruk,
  TREDEN,
  UITSTROOMREDENEN,
  VRIJSTELLING_REDENEN,
  leefgebiedenBewegingOverzicht,
  leefgebiedenOverzicht,
  type Antwoord,
  type BewegingTellingen,
  type Leefgebied,
  type LeefgebiedBeweging,
  type LeefgebiedenRapport,
  type LeefgebiedenTellingen,
  type Niveau,
  type Relatie,
} from '@klant-in-beeld/domain';
import type { DoorstroomDto, KerncijfersDto, LeefgebiedenBewegingDto, LeefgebiedenDto } from './dto/rapportage.dto';

/**
 * The reports' answers as the beleid role's reader sees them: cells, and the relations between them that anyone
 * can know (docs/onderdrukking.md). `onderdruk` in libs/domain decides what to hide; this file only says what the
 * cells and relations of each answer are, and builds the response with the hidden cells as null.
 */

export interface KerncijfersRij {
  peildatum: string;
  caseload: number;
  banden: Record<string, number>;
  in_beeld: Record<string, number>;
  verdeling: Record<string, number>;
  met_lopende_afspraak: number;
  ladder: Record<string, number>;
  ladder_onbekend: number;
  formeel: number;
  informeel: number;
  informeel_verlopen: number;
  per_reden: Record<string, { formeel: number; informeel: number }>;
  no_shows: number;
  gepland: number;
  uitstroom: Record<string, number>;
  jaar_terug: string;
}

export interface DoorstroomRij {
  van: number;
  tot: number;
  n: number;
}

const SOORTEN = ['formeel', 'informeel'] as const;

/** Beleid sees every uitstroom reason, so a reason that did not occur is a 0 that is suppressed like any other. */
function uitstroomRedenen(rij: KerncijfersRij): string[] {
  return [...new Set([...UITSTROOMREDENEN, ...Object.keys(rij.uitstroom)])];
}

/**
 * One kerncijfers answer: the counts, the two counts behind each share (a share is shown only when both are, and
 * with its whole), and the breakdowns that add up to the caseload or to the vrijstellingen totals. `p` prefixes
 * every cell (a doorstroom combines two of these).
 */
export function kerncijferAntwoord(rij: KerncijfersRij, p = ''): Antwoord {
  const cellen: Record<string, number> = {};
  const cel = (naam: string, n: number) => ((cellen[p + naam] = n), p + naam);
  const relaties: Relatie[] = [];
  const caseload = cel('caseload', rij.caseload);
  const deel = (namen: string[]) => ({ delen: namen, totaal: caseload });
  relaties.push(deel(IN_BEELD_STATUSSEN.map((s) => cel(`inBeeld:${s}`, rij.in_beeld[s] ?? 0))));
  relaties.push(deel(GESPREKKEN_KLASSEN.map((k) => cel(`gesprekken:${k}`, rij.verdeling[k] ?? 0))));
  const nul = p + 'gesprekken:0';
  const gesproken = cel('gesproken', rij.caseload - (rij.verdeling['0'] ?? 0));
  relaties.push(deel([gesproken, nul]));
  const lopend = cel('lopend', rij.met_lopende_afspraak);
  const zonderLopend = cel('zonderLopend', rij.caseload - rij.met_lopende_afspraak);
  relaties.push(deel([lopend, zonderLopend]));
  relaties.push(
    deel([...TREDEN.map((t) => cel(`ladder:${t}`, rij.ladder[t] ?? 0)), cel('ladderOnbekend', rij.ladder_onbekend)]),
  );
  for (const soort of SOORTEN) {
    const totaal = cel(soort, rij[soort]);
    const perReden = VRIJSTELLING_REDENEN.map((r) => cel(`reden:${r}:${soort}`, rij.per_reden[r]?.[soort] ?? 0));
    // Counted per vrijstelling, the total per client: a client with two has the parts exceed the total.
    const som = perReden.reduce((s, c) => s + cellen[c], 0);
    relaties.push({ delen: perReden, totaal, minstens: som !== rij[soort] });
  }
  cel('informeelVerlopen', rij.informeel_verlopen);
  const noShows = cel('noShows', rij.no_shows);
  const geplandZonder = cel('geplandZonderNoShow', rij.gepland - rij.no_shows);
  CASELOAD_BANDEN.forEach((b) => cel(`band:${b}`, rij.banden[b] ?? 0));
  uitstroomRedenen(rij).forEach((r) => cel(`uitstroom:${r}`, rij.uitstroom[r] ?? 0));
  return {
    cellen,
    relaties,
    alleenMet: {
      [gesproken]: [caseload, nul],
      [lopend]: [caseload, zonderLopend],
      [zonderLopend]: [caseload, lopend],
      [noShows]: [geplandZonder],
      [geplandZonder]: [noShows],
    },
  };
}

/** The cells hidden in one kerncijfers answer for beleid. */
export function onderdrukKerncijfers(rij: KerncijfersRij): ReadonlySet<string> {
  return onderdruk(kerncijferAntwoord(rij)).verborgen;
}

function aandeel(deel: number, geheel: number, schaal = 1, decimalen = 4): number | null {
  if (geheel === 0) return null;
  const factor = 10 ** decimalen;
  return Math.round((deel / geheel) * schaal * factor) / factor;
}

/** The response; `verborgen` null for the roles that see every figure (teamleider, beheerder). */
export function alsKerncijfers(rij: KerncijfersRij, verborgen: ReadonlySet<string> | null): KerncijfersDto {
  const n = (cel: string, waarde: number) => (verborgen?.has(cel) ? null : waarde);
  const per = <K extends string>(sleutels: readonly K[], voorvoegsel: string, bron: Record<string, number>) =>
    Object.fromEntries(sleutels.map((k) => [k, n(`${voorvoegsel}:${k}`, bron[k] ?? 0)])) as Record<K, number | null>;
  const redenen = verborgen
    ? VRIJSTELLING_REDENEN
    : VRIJSTELLING_REDENEN.filter((r) => (rij.per_reden[r]?.formeel ?? 0) + (rij.per_reden[r]?.informeel ?? 0) > 0);
  const uitstroom = verborgen ? uitstroomRedenen(rij) : Object.keys(rij.uitstroom);
  return {
    peildatum: rij.peildatum,
    caseload: n('caseload', rij.caseload),
    caseloadPerKlantmanager: per(CASELOAD_BANDEN, 'band', rij.banden),
    inBeeld: per(IN_BEELD_STATUSSEN, 'inBeeld', rij.in_beeld),
    gesprokenLaatste12Maanden: verborgen?.has('gesproken')
      ? null
      : aandeel(rij.caseload - (rij.verdeling['0'] ?? 0), rij.caseload),
    gesprekkenVerdeling12Maanden: per(GESPREKKEN_KLASSEN, 'gesprekken', rij.verdeling),
    metLopendeAfspraak: verborgen?.has('lopend') ? null : aandeel(rij.met_lopende_afspraak, rij.caseload),
    vrijstellingen: {
      formeel: n('formeel', rij.formeel),
      informeel: n('informeel', rij.informeel),
      informeelVerlopen: n('informeelVerlopen', rij.informeel_verlopen),
    },
    vrijstellingenPerReden: Object.fromEntries(
      redenen.map((r) => [
        r,
        {
          formeel: n(`reden:${r}:formeel`, rij.per_reden[r]?.formeel ?? 0),
          informeel: n(`reden:${r}:informeel`, rij.per_reden[r]?.informeel ?? 0),
        },
      ]),
    ),
    ladder: per(TREDEN.map(String), 'ladder', rij.ladder),
    ladderOnbekend: n('ladderOnbekend', rij.ladder_onbekend),
    noShowPercentage: verborgen?.has('noShows') ? null : aandeel(rij.no_shows, rij.gepland, 100, 1),
    uitstroom: Object.fromEntries(uitstroom.map((r) => [r, n(`uitstroom:${r}`, rij.uitstroom[r] ?? 0)])),
    periode: { van: rij.jaar_terug, tot: rij.peildatum },
    onderdrukt: verborgen !== null && verborgen.size > 0,
  };
}

const matrixCel = (van: number, tot: number) => `m:${van}:${tot}`;

/**
 * One doorstroom answer together with what the same reader gets from the kerncijfers at `van` and at `tot`: those
 * cells are fixed (shown or suppressed there), and a row of the matrix adds up to the trede count at `van` (a
 * column to the one at `tot`) whenever that holds, which it does when nobody came or left in between.
 */
export function doorstroomAntwoord(
  rijen: DoorstroomRij[],
  bij: {
    van: KerncijfersRij;
    verborgenVan: ReadonlySet<string>;
    tot: KerncijfersRij;
    verborgenTot: ReadonlySet<string>;
  },
): Antwoord {
  const n = (van: number, tot: number) => rijen.find((r) => r.van === van && r.tot === tot)?.n ?? 0;
  const cellen: Record<string, number> = {};
  for (const van of TREDEN) for (const tot of TREDEN) cellen[matrixCel(van, tot)] = n(van, tot);
  const klasse = (f: (van: number, tot: number) => boolean) =>
    TREDEN.flatMap((van) => TREDEN.filter((tot) => f(van, tot)).map((tot) => matrixCel(van, tot)));
  const relaties: Relatie[] = [
    { delen: klasse((van, tot) => tot > van), totaal: 'omhoog' },
    { delen: klasse((van, tot) => tot === van), totaal: 'gelijk' },
    { delen: klasse((van, tot) => tot < van), totaal: 'omlaag' },
  ];
  for (const r of relaties) cellen[r.totaal] = r.delen.reduce((s, c) => s + cellen[c], 0);
  const vast: Record<string, boolean> = {};
  for (const [p, rij, verborgen] of [
    ['van:', bij.van, bij.verborgenVan],
    ['tot:', bij.tot, bij.verborgenTot],
  ] as const) {
    const k = kerncijferAntwoord(rij, p);
    Object.assign(cellen, k.cellen);
    relaties.push(...k.relaties);
    for (const c of Object.keys(k.cellen)) vast[c] = !verborgen.has(c.slice(p.length));
  }
  for (const t of TREDEN) {
    const rij = TREDEN.map((tot) => matrixCel(t, tot));
    const kolom = TREDEN.map((van) => matrixCel(van, t));
    const som = (c: string[]) => c.reduce((s, x) => s + cellen[x], 0);
    if (som(rij) === cellen[`van:ladder:${t}`]) relaties.push({ delen: rij, totaal: `van:ladder:${t}` });
    if (som(kolom) === cellen[`tot:ladder:${t}`]) relaties.push({ delen: kolom, totaal: `tot:ladder:${t}` });
  }
  return { cellen, relaties, vast };
}

/** The response; `verborgen` null for the roles that see every figure: then the matrix stays sparse as before. */
export function alsDoorstroom(
  van: string,
  tot: string,
  rijen: DoorstroomRij[],
  verborgen: ReadonlySet<string> | null,
): DoorstroomDto {
  const matrix: Record<string, Record<string, number | null>> = {};
  const totalen = { omhoog: 0, gelijk: 0, omlaag: 0 };
  for (const r of rijen) {
    totalen[r.tot > r.van ? 'omhoog' : r.tot < r.van ? 'omlaag' : 'gelijk'] += r.n;
    if (!verborgen) (matrix[r.van] ??= {})[r.tot] = r.n;
  }
  if (verborgen) {
    // Every cell, also the zeros: a 0 is suppressed like any count below 5, and an absent cell would show it.
    for (const v of TREDEN) {
      matrix[v] = Object.fromEntries(
        TREDEN.map((t) => [
          t,
          verborgen.has(matrixCel(v, t)) ? null : (rijen.find((r) => r.van === v && r.tot === t)?.n ?? 0),
        ]),
      );
    }
  }
  const n = (cel: keyof typeof totalen) => (verborgen?.has(cel) ? null : totalen[cel]);
  return {
    van,
    tot,
    matrix,
    omhoog: n('omhoog'),
    gelijk: n('gelijk'),
    omlaag: n('omlaag'),
    onderdrukt: verborgen !== null && verborgen.size > 0,
  };
}

/** The active instrument and the paden, as LEEFGEBIEDEN_SQL and LEEFGEBIEDEN_BEWEGING_SQL return them. */
interface NamenRij {
  instrument: { domeinen: Leefgebied[]; niveaus: Niveau[] };
  paden: Leefgebied[];
}

export interface LeefgebiedenRij extends NamenRij {
  peildatum: string;
  caseload: number;
  met_gesprek: number;
  scores: LeefgebiedenTellingen['scores'];
  pad_aantallen: LeefgebiedenTellingen['paden'];
  met_plan: number;
  evaluatie_verlopen: number;
}

export interface LeefgebiedenBewegingRij extends NamenRij {
  beweging: BewegingTellingen;
}

/** The counts of the SQL named and ordered as libs/domain does it (the same function, so only the counts differ). */
export function alsLeefgebiedenRapport(rij: LeefgebiedenRij): LeefgebiedenRapport {
  return leefgebiedenOverzicht(
    {
      peildatum: rij.peildatum,
      caseload: rij.caseload,
      metGesprek: rij.met_gesprek,
      scores: rij.scores,
      paden: rij.pad_aantallen,
      metPlan: rij.met_plan,
      evaluatieVerlopen: rij.evaluatie_verlopen,
    },
    { domeinen: rij.instrument.domeinen, niveaus: rij.instrument.niveaus, paden: rij.paden },
  );
}

export function alsBewegingOverzicht(rij: LeefgebiedenBewegingRij): LeefgebiedBeweging[] {
  return leefgebiedenBewegingOverzicht(rij.beweging, { domeinen: rij.instrument.domeinen });
}

/** Prefix of the kerncijfers cells inside a leefgebieden answer. */
const KERN = 'kern:';
const niveauCel = (domein: string, waarde: number | string) => `d:${domein}:${waarde}`;
const domeinCel = (domein: string) => `d:${domein}`;

/**
 * One leefgebieden answer: the niveaus of a domain add up to its total, which is the number with a gesprek when
 * every one scored it (else at most that); the paden add up to those with a gesprek; the two plan shares are
 * shown only with the caseload and their complement, as the kerncijfers shares.
 *
 * With `bij`, together with what the same reader gets from the kerncijfers of that peildatum and filter: those
 * cells are fixed (shown or suppressed there), and the caseload is theirs whenever both count the same clients.
 * Otherwise a caseload the kerncijfers hide to protect another cell would be shown here and undo that.
 */
export function leefgebiedenAntwoord(
  r: LeefgebiedenRapport,
  bij?: { kerncijfers: KerncijfersRij; verborgen: ReadonlySet<string> },
): Antwoord {
  const cellen: Record<string, number> = {};
  const cel = (naam: string, n: number) => ((cellen[naam] = n), naam);
  const caseload = cel('caseload', r.caseload);
  const metGesprek = cel('metGesprek', r.metGesprek);
  const relaties: Relatie[] = [
    { delen: [metGesprek, cel('zonderGesprek', r.caseload - r.metGesprek)], totaal: caseload },
  ];
  relaties.push({ delen: r.paden.map((p) => cel(`pad:${p.code}`, p.aantal)), totaal: metGesprek });
  for (const d of r.domeinen) {
    const totaal = cel(domeinCel(d.code), d.totaal);
    relaties.push({
      delen: r.niveaus.map((n) => cel(niveauCel(d.code, n.waarde), d.aantallen[n.waarde] ?? 0)),
      totaal,
    });
    relaties.push(
      d.totaal === r.metGesprek
        ? { delen: [totaal], totaal: metGesprek }
        : { delen: [metGesprek], totaal, minstens: true },
    );
  }
  const metPlan = cel('metPlan', r.metPlan);
  const zonderPlan = cel('zonderPlan', r.caseload - r.metPlan);
  const verlopen = cel('evaluatieVerlopen', r.evaluatieVerlopen);
  const nietVerlopen = cel('evaluatieNietVerlopen', r.caseload - r.evaluatieVerlopen);
  relaties.push(
    { delen: [metPlan, zonderPlan], totaal: caseload },
    { delen: [verlopen, nietVerlopen], totaal: caseload },
    { delen: [metPlan], totaal: verlopen, minstens: true },
  );
  const vast: Record<string, boolean> = {};
  if (bij) {
    const k = kerncijferAntwoord(bij.kerncijfers, KERN);
    Object.assign(cellen, k.cellen);
    relaties.push(...k.relaties);
    for (const c of Object.keys(k.cellen)) vast[c] = !bij.verborgen.has(c.slice(KERN.length));
    // The same cell in both answers: its decision is the kerncijfers' one (a relation only where it holds).
    if (bij.kerncijfers.caseload === r.caseload) {
      vast[caseload] = vast[KERN + 'caseload'];
      relaties.push({ delen: [caseload], totaal: KERN + 'caseload' });
    }
  }
  return {
    cellen,
    relaties,
    vast,
    alleenMet: {
      [metPlan]: [caseload, zonderPlan],
      [verlopen]: [caseload, nietVerlopen],
    },
  };
}

/** The cells hidden in one leefgebieden answer for beleid (its own: the kerncijfers cells are theirs to show). */
export function onderdrukLeefgebieden(
  r: LeefgebiedenRapport,
  bij?: { kerncijfers: KerncijfersRij; verborgen: ReadonlySet<string> },
): ReadonlySet<string> {
  const { verborgen } = onderdruk(leefgebiedenAntwoord(r, bij));
  return new Set([...verborgen].filter((c) => !c.startsWith(KERN)));
}

/** The response; `verborgen` null for the roles that see every figure. */
export function alsLeefgebieden(r: LeefgebiedenRapport, verborgen: ReadonlySet<string> | null): LeefgebiedenDto {
  const n = (cel: string, waarde: number) => (verborgen?.has(cel) ? null : waarde);
  return {
    peildatum: r.peildatum,
    caseload: n('caseload', r.caseload),
    metGesprek: n('metGesprek', r.metGesprek),
    niveaus: r.niveaus,
    domeinen: r.domeinen.map((d) => ({
      code: d.code,
      naam: d.naam,
      bekend: d.bekend,
      totaal: n(domeinCel(d.code), d.totaal),
      aantallen: Object.fromEntries(
        Object.entries(d.aantallen).map(([waarde, aantal]) => [waarde, n(niveauCel(d.code, waarde), aantal)]),
      ),
    })),
    paden: r.paden.map((p) => ({ ...p, aantal: n(`pad:${p.code}`, p.aantal) })),
    metPlan: verborgen?.has('metPlan') ? null : aandeel(r.metPlan, r.caseload),
    evaluatieVerlopen: verborgen?.has('evaluatieVerlopen') ? null : aandeel(r.evaluatieVerlopen, r.caseload),
    onderdrukt: verborgen !== null && verborgen.size > 0,
  };
}

const bewegingCel = (domein: string, richting: string) => `b:${domein}:${richting}`;
const RICHTINGEN = ['omhoog', 'gelijk', 'omlaag'] as const;

/**
 * One movement answer: three counts per domain. Their sum is not shown nor known from another answer (it is the
 * clients scored before van and again after it), so no relation ties them: only the small ones are hidden.
 */
export function bewegingAntwoord(domeinen: LeefgebiedBeweging[]): Antwoord {
  const cellen: Record<string, number> = {};
  for (const d of domeinen) for (const r of RICHTINGEN) cellen[bewegingCel(d.code, r)] = d[r];
  return { cellen, relaties: [] };
}

export function alsBeweging(
  van: string,
  tot: string,
  domeinen: LeefgebiedBeweging[],
  verborgen: ReadonlySet<string> | null,
): LeefgebiedenBewegingDto {
  const n = (d: LeefgebiedBeweging, r: (typeof RICHTINGEN)[number]) =>
    verborgen?.has(bewegingCel(d.code, r)) ? null : d[r];
  return {
    van,
    tot,
    domeinen: domeinen.map((d) => ({
      code: d.code,
      naam: d.naam,
      bekend: d.bekend,
      omhoog: n(d, 'omhoog'),
      gelijk: n(d, 'gelijk'),
      omlaag: n(d, 'omlaag'),
    })),
    onderdrukt: verborgen !== null && verborgen.size > 0,
  };
}
