import {
  GESPREKSKANALEN,
  type Dienstverleningscategorie,
  type Kanaal,
  type Resultaat,
  type VrijstellingReden,
  type VrijstellingSoort,
} from './codelijsten';
import { datumInNederland, plusDagen, plusMaanden, type Datum } from './datum';
import { inBeeldStatus } from './in-beeld';
import { normVoor, type Contactnormen } from './normen';
import { isVrijstellingActief } from './vrijstelling';

/**
 * Kerncijfers (docs/ontwerp.md, "Kerncijfers") defined once, as a plain reference over the dossier rows. The
 * reports run these definitions as SQL; a property test proves both give the same figures on random data.
 *
 * A peildatum in the past is answered with the state as it was then: the klantmanager from the assignment
 * history, contacts and metingen up to that day, vrijstellingen and uitstroom by their dates, and an afspraak
 * counts as running if its period covers the day and it was not yet closed then (closing is dated by its last
 * change). Not kept historically: the dienstverleningscategorie and the norms (today's apply).
 */

export const CASELOAD_BANDEN = ['<50', '50-74', '75-99', '100-150', '>150'] as const;
export type CaseloadBand = (typeof CASELOAD_BANDEN)[number];
export const GESPREKKEN_KLASSEN = ['0', '1', '2', '3', '>3'] as const;

export function caseloadBand(aantal: number): CaseloadBand {
  return aantal < 50 ? '<50' : aantal < 75 ? '50-74' : aantal < 100 ? '75-99' : aantal <= 150 ? '100-150' : '>150';
}

export function gesprekkenKlasse(aantal: number): (typeof GESPREKKEN_KLASSEN)[number] {
  return aantal > 3 ? '>3' : (String(aantal) as '0' | '1' | '2' | '3');
}

export interface RapportKlant {
  id: string;
  gemeenteId: string;
  dienstverleningscategorie: Dienstverleningscategorie;
  startdatumUitkering: Datum;
  uitstroomdatum: Datum | null;
  uitstroomreden: string | null;
  /** Assignment history: klantmanager from `van` until `tot` (exclusive), moments as ISO strings. */
  toewijzingen: { klantmanagerId: string | null; van: string; tot: string | null }[];
}

export interface RapportDataset {
  klanten: RapportKlant[];
  /** Team of each medewerker (for the team filter). */
  teamVan: Record<string, string | null>;
  contactmomenten: {
    klantId: string;
    plaatsgevondenOp: string;
    kanaal: Kanaal;
    resultaat: Resultaat;
    teltAlsGezien: boolean;
  }[];
  ladder: { klantId: string; trede: number; gemetenOp: Datum; aangemaaktOp: string }[];
  afspraken: {
    klantId: string;
    startdatum: Datum;
    einddatum: Datum;
    status: string;
    aangemaaktOp: string;
    gewijzigdOp: string;
  }[];
  vrijstellingen: {
    klantId: string;
    soort: VrijstellingSoort;
    reden: VrijstellingReden;
    ingangsdatum: Datum;
    einddatum: Datum | null;
    ingetrokkenOp: Datum | null;
  }[];
  normen: Contactnormen;
}

export interface Kerncijfers {
  peildatum: Datum;
  caseload: number;
  caseloadPerKlantmanager: Record<CaseloadBand, number>;
  inBeeld: { in_beeld: number; bijna_uit_beeld: number; uit_beeld: number };
  gesproken12Maanden: number;
  gesprekkenVerdeling12Maanden: Record<(typeof GESPREKKEN_KLASSEN)[number], number>;
  metLopendeAfspraak: number;
  vrijstellingen: { formeel: number; informeel: number; informeelVerlopen: number };
  ladder: Record<'1' | '2' | '3' | '4' | '5' | '6', number>;
  ladderOnbekend: number;
  noShows: number;
  geplandeGesprekken: number;
  uitstroom: Record<string, number>;
}

export interface RapportFilter {
  gemeenteId?: string | null;
  teamId?: string | null;
}

/** Start of the day after `datum` in the Netherlands, as epoch ms: "up to and including `datum`". */
function eindVanDag(datum: Datum): number {
  // The offset of that moment is +01:00 or +02:00: find the instant whose Dutch date flips.
  for (const offset of ['+01:00', '+02:00']) {
    const kandidaat = Date.parse(`${datum}T00:00:00${offset}`) + 86_400_000;
    if (datumInNederland(new Date(kandidaat)) !== datum && datumInNederland(new Date(kandidaat - 1)) === datum)
      return kandidaat;
  }
  throw new RangeError(`Geen dagwissel gevonden voor ${datum}`);
}

export function klantmanagerOp(klant: RapportKlant, moment: number): string | null {
  const geldend = klant.toewijzingen
    .filter((t) => Date.parse(t.van) < moment && (t.tot === null || Date.parse(t.tot) >= moment))
    .sort((a, b) => Date.parse(b.van) - Date.parse(a.van));
  return geldend[0]?.klantmanagerId ?? null;
}

export function inCaseload(klant: RapportKlant, peildatum: Datum): boolean {
  return klant.startdatumUitkering <= peildatum && (klant.uitstroomdatum === null || klant.uitstroomdatum > peildatum);
}

/** The clients a report at `peildatum` is about. */
export function rapportPopulatie(
  data: Pick<RapportDataset, 'klanten' | 'teamVan'>,
  peildatum: Datum,
  filter: RapportFilter,
): { klant: RapportKlant; klantmanagerId: string | null }[] {
  const eind = eindVanDag(peildatum);
  return data.klanten
    .filter((k) => inCaseload(k, peildatum) && (!filter.gemeenteId || k.gemeenteId === filter.gemeenteId))
    .map((klant) => ({ klant, klantmanagerId: klantmanagerOp(klant, eind) }))
    .filter((p) => !filter.teamId || (p.klantmanagerId !== null && data.teamVan[p.klantmanagerId] === filter.teamId));
}

/** Trede on `peildatum`: the latest meting measured on or before it. */
export function tredeOp(data: RapportDataset, klantId: string, peildatum: Datum): number | null {
  const metingen = data.ladder
    .filter((l) => l.klantId === klantId && l.gemetenOp <= peildatum)
    .sort((a, b) =>
      a.gemetenOp === b.gemetenOp
        ? Date.parse(b.aangemaaktOp) - Date.parse(a.aangemaaktOp)
        : a.gemetenOp < b.gemetenOp
          ? 1
          : -1,
    );
  return metingen[0]?.trede ?? null;
}

export function kerncijfers(data: RapportDataset, peildatum: Datum, filter: RapportFilter = {}): Kerncijfers {
  const eind = eindVanDag(peildatum);
  const jaarTerug = plusMaanden(peildatum, -12);
  const jaarStart = eindVanDag(jaarTerug);
  const populatie = rapportPopulatie(data, peildatum, filter);
  const ids = new Set(populatie.map((p) => p.klant.id));

  const perKm = new Map<string, number>();
  for (const p of populatie) if (p.klantmanagerId) perKm.set(p.klantmanagerId, (perKm.get(p.klantmanagerId) ?? 0) + 1);
  const banden = Object.fromEntries(CASELOAD_BANDEN.map((b) => [b, 0])) as Record<CaseloadBand, number>;
  for (const aantal of perKm.values()) banden[caseloadBand(aantal)]++;

  const inBeeld = { in_beeld: 0, bijna_uit_beeld: 0, uit_beeld: 0 };
  const verdeling = Object.fromEntries(
    GESPREKKEN_KLASSEN.map((k) => [k, 0]),
  ) as Kerncijfers['gesprekkenVerdeling12Maanden'];
  const ladder = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 };
  let ladderOnbekend = 0;
  let metLopendeAfspraak = 0;
  for (const { klant } of populatie) {
    const gezien = data.contactmomenten.filter(
      (c) => c.klantId === klant.id && c.teltAlsGezien && Date.parse(c.plaatsgevondenOp) < eind,
    );
    const laatst = gezien.reduce<number | null>((m, c) => Math.max(m ?? 0, Date.parse(c.plaatsgevondenOp)), null);
    const vrijgesteld = data.vrijstellingen.some((v) => v.klantId === klant.id && isVrijstellingActief(v, peildatum));
    const status = inBeeldStatus({
      laatstGezien: laatst === null ? null : datumInNederland(new Date(laatst)),
      startdatumUitkering: klant.startdatumUitkering,
      norm: normVoor({ dienstverleningscategorie: klant.dienstverleningscategorie, vrijgesteld }, data.normen),
      intakeDagen: data.normen.intakeDagen,
      peildatum,
    });
    inBeeld[status]++;
    verdeling[gesprekkenKlasse(gezien.filter((c) => Date.parse(c.plaatsgevondenOp) >= jaarStart).length)]++;
    const trede = tredeOp(data, klant.id, peildatum);
    if (trede === null) ladderOnbekend++;
    else ladder[String(trede) as keyof typeof ladder]++;
    const lopend = data.afspraken.some(
      (a) =>
        a.klantId === klant.id &&
        a.startdatum <= peildatum &&
        a.einddatum >= peildatum &&
        Date.parse(a.aangemaaktOp) < eind &&
        (a.status === 'lopend' || Date.parse(a.gewijzigdOp) >= eind),
    );
    if (lopend) metLopendeAfspraak++;
  }

  const actief = data.vrijstellingen.filter((v) => ids.has(v.klantId) && isVrijstellingActief(v, peildatum));
  const vrijstellingen = {
    formeel: new Set(actief.filter((v) => v.soort === 'formeel').map((v) => v.klantId)).size,
    informeel: new Set(actief.filter((v) => v.soort === 'informeel').map((v) => v.klantId)).size,
    informeelVerlopen: data.vrijstellingen.filter(
      (v) =>
        ids.has(v.klantId) &&
        v.soort === 'informeel' &&
        v.einddatum !== null &&
        v.einddatum < peildatum &&
        (v.ingetrokkenOp === null || v.ingetrokkenOp > peildatum),
    ).length,
  };

  const gepland = data.contactmomenten.filter(
    (c) =>
      ids.has(c.klantId) &&
      GESPREKSKANALEN.includes(c.kanaal) &&
      ['gesproken', 'no_show', 'afgezegd'].includes(c.resultaat) &&
      Date.parse(c.plaatsgevondenOp) >= jaarStart &&
      Date.parse(c.plaatsgevondenOp) < eind,
  );

  const uitstroom: Record<string, number> = {};
  for (const k of data.klanten) {
    if (!k.uitstroomdatum || !k.uitstroomreden || k.uitstroomdatum <= jaarTerug || k.uitstroomdatum > peildatum)
      continue;
    if (filter.gemeenteId && k.gemeenteId !== filter.gemeenteId) continue;
    if (filter.teamId) {
      const km = klantmanagerOp(k, eindVanDag(k.uitstroomdatum));
      if (km === null || data.teamVan[km] !== filter.teamId) continue;
    }
    uitstroom[k.uitstroomreden] = (uitstroom[k.uitstroomreden] ?? 0) + 1;
  }

  return {
    peildatum,
    caseload: populatie.length,
    caseloadPerKlantmanager: banden,
    inBeeld,
    gesproken12Maanden: populatie.length - verdeling['0'],
    gesprekkenVerdeling12Maanden: verdeling,
    metLopendeAfspraak,
    vrijstellingen,
    ladder,
    ladderOnbekend,
    noShows: gepland.filter((c) => c.resultaat === 'no_show').length,
    geplandeGesprekken: gepland.length,
    uitstroom,
  };
}

export interface Doorstroom {
  matrix: Record<string, Record<string, number>>;
  omhoog: number;
  gelijk: number;
  omlaag: number;
}

/** Trede at `van` → trede at `tot`, for the clients in the report at `tot` that were measured by both dates. */
export function doorstroom(data: RapportDataset, van: Datum, tot: Datum, filter: RapportFilter = {}): Doorstroom {
  const matrix: Record<string, Record<string, number>> = {};
  let omhoog = 0;
  let gelijk = 0;
  let omlaag = 0;
  for (const { klant } of rapportPopulatie(data, tot, filter)) {
    const begin = tredeOp(data, klant.id, van);
    const eind = tredeOp(data, klant.id, tot);
    if (begin === null || eind === null) continue;
    matrix[begin] ??= {};
    matrix[begin][eind] = (matrix[begin][eind] ?? 0) + 1;
    if (eind > begin) omhoog++;
    else if (eind < begin) omlaag++;
    else gelijk++;
  }
  return { matrix, omhoog, gelijk, omlaag };
}

/** Month ends from the month of `van` to the month of `tot`; the last one is `tot` itself. */
export function trendPeildata(van: Datum, tot: Datum): Datum[] {
  const peildata: Datum[] = [];
  for (let maand = `${van.slice(0, 7)}-01`; maand <= tot; maand = plusMaanden(maand, 1)) {
    const laatsteDag = plusDagen(plusMaanden(maand, 1), -1);
    peildata.push(laatsteDag < tot ? laatsteDag : tot);
  }
  return peildata;
}
