import { datumInNederland, isGeldigeDatum, plusDagen, plusMaanden, type Datum } from './datum';
import { GESPREK_KANALEN } from './gesprek';
import type { Kanaal, Resultaat } from './codelijsten';
import type { VeldFout } from './veldfout';

/**
 * The herscreening campagne (docs/campagne.md): a teamleider selects the long-unseen cohort, it is frozen at the
 * start, every deelnemer is invited with a letter, called the working day before, and seen in a
 * klant-in-beeld-gesprek that ends in a plan. The facts are ordinary contactmomenten, gesprekken and plans in the
 * dossier; everything here is derived from them (mirrored by the SQL in apps/api/src/campagnes; a test proves they
 * agree).
 */

export const CAMPAGNE_STATUSSEN = ['concept', 'lopend', 'afgesloten'] as const;
export type CampagneStatus = (typeof CAMPAGNE_STATUSSEN)[number];
export const CAMPAGNE_STATUS_LABELS: Record<CampagneStatus, string> = {
  concept: 'Concept',
  lopend: 'Lopend',
  afgesloten: 'Afgesloten',
};

export const DEELNEMER_STATUSSEN = [
  'te_plannen',
  'uitgenodigd',
  'verschenen',
  'no_show',
  'gesprek_gevoerd',
  'plan_gemaakt',
] as const;
export type DeelnemerStatus = (typeof DEELNEMER_STATUSSEN)[number];
export const DEELNEMER_STATUS_LABELS: Record<DeelnemerStatus, string> = {
  te_plannen: 'Nog uitnodigen',
  uitgenodigd: 'Uitgenodigd',
  verschenen: 'Verschenen',
  no_show: 'Niet verschenen',
  gesprek_gevoerd: 'Gesprek gevoerd',
  plan_gemaakt: 'Plan gemaakt',
};

export const NABEL_RESULTATEN = ['bereikt', 'niet_bereikt'] as const;
export type NabelResultaat = (typeof NABEL_RESULTATEN)[number];

/** Default number of invitations per deelnemer before a no-show goes to the teamleider. */
export const STANDAARD_MAX_UITNODIGINGEN = 2;
export const MAX_UITNODIGINGEN_GRENS = 5;
/** A klant-in-beeld-gesprek takes 1 to 1.5 hours: an invitation blocks the medewerker's agenda this long by default. */
export const STANDAARD_GESPREK_MINUTEN = 60;

export interface CampagneCriteria {
  /** Not spoken (no contactmoment that counts as gezien) for at least this many months; never spoken counts too. */
  nietGesprokenMaanden?: number;
  /** Dienstverleningscategorie codes of the organisatie. */
  categorieen?: string[];
  /** The benefit started at least this many months ago. */
  minUitkeringsduurMaanden?: number;
  gemeenteIds?: string[];
  /** Team of the client's klantmanager; a client without klantmanager has no team and is left out by this filter. */
  teamIds?: string[];
}

/** Checks the shape of the criteria (whether the codes and ids exist is for the API, which knows them). */
export function controleerCriteria(criteria: CampagneCriteria, pad = 'criteria'): VeldFout[] {
  const fouten: VeldFout[] = [];
  const geheel = (veld: 'nietGesprokenMaanden' | 'minUitkeringsduurMaanden', min: number, max: number) => {
    const waarde = criteria[veld];
    if (waarde === undefined) return;
    if (!Number.isInteger(waarde) || waarde < min || waarde > max)
      fouten.push({
        veld: `${pad}.${veld}`,
        melding: `moet een heel aantal maanden zijn van ${min} tot en met ${max}`,
      });
  };
  geheel('nietGesprokenMaanden', 1, 120);
  geheel('minUitkeringsduurMaanden', 0, 600);
  for (const veld of ['categorieen', 'gemeenteIds', 'teamIds'] as const) {
    const lijst = criteria[veld];
    if (lijst === undefined) continue;
    if (!Array.isArray(lijst) || lijst.length === 0)
      fouten.push({ veld: `${pad}.${veld}`, melding: 'laat dit weg of kies er minstens één' });
    else if (new Set(lijst).size !== lijst.length)
      fouten.push({ veld: `${pad}.${veld}`, melding: 'bevat een waarde twee keer' });
  }
  return fouten;
}

export interface CohortKandidaat {
  status: 'actief' | 'uitgestroomd';
  dienstverleningscategorie: string;
  startdatumUitkering: Datum;
  /** Dutch date of the latest contactmoment that counts as gezien, or null when never seen. */
  laatstGezien: Datum | null;
  gemeenteId: string;
  /** Team of the client's klantmanager (null without klantmanager). */
  teamId: string | null;
}

/** Whether an active client falls in the cohort of these criteria on `peildatum` (mirrored by the cohort SQL). */
export function inCohort(klant: CohortKandidaat, criteria: CampagneCriteria, peildatum: Datum): boolean {
  if (klant.status !== 'actief') return false;
  if (criteria.nietGesprokenMaanden !== undefined) {
    const grens = plusMaanden(peildatum, -criteria.nietGesprokenMaanden);
    if (klant.laatstGezien !== null && klant.laatstGezien >= grens) return false;
  }
  if (criteria.minUitkeringsduurMaanden !== undefined) {
    if (klant.startdatumUitkering > plusMaanden(peildatum, -criteria.minUitkeringsduurMaanden)) return false;
  }
  if (criteria.categorieen && !criteria.categorieen.includes(klant.dienstverleningscategorie)) return false;
  if (criteria.gemeenteIds && !criteria.gemeenteIds.includes(klant.gemeenteId)) return false;
  if (criteria.teamIds && (klant.teamId === null || !criteria.teamIds.includes(klant.teamId))) return false;
  return true;
}

/** A campagne runs (and opens its clients to its extern medewerkers) from startdatum to einddatum while lopend. */
export function campagneLoopt(
  campagne: { status: CampagneStatus; startdatum: Datum; einddatum: Datum },
  peildatum: Datum,
): boolean {
  return campagne.status === 'lopend' && campagne.startdatum <= peildatum && peildatum <= campagne.einddatum;
}

export function controleerCampagnePeriode(p: { startdatum: Datum; einddatum: Datum }): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (!isGeldigeDatum(p.startdatum)) fouten.push({ veld: 'startdatum', melding: 'moet een datum zijn (JJJJ-MM-DD)' });
  if (!isGeldigeDatum(p.einddatum)) fouten.push({ veld: 'einddatum', melding: 'moet een datum zijn (JJJJ-MM-DD)' });
  else if (isGeldigeDatum(p.startdatum) && p.einddatum < p.startdatum)
    fouten.push({ veld: 'einddatum', melding: 'mag niet vóór de startdatum liggen' });
  return fouten;
}

/** The working day before a date: Friday for a Monday (weekends skipped; public holidays are not). */
export function werkdagVoor(datum: Datum): Datum {
  let dag = plusDagen(datum, -1);
  while (isWeekend(dag)) dag = plusDagen(dag, -1);
  return dag;
}

export function isWeekend(datum: Datum): boolean {
  const weekdag = new Date(`${datum}T12:00:00Z`).getUTCDay();
  return weekdag === 0 || weekdag === 6;
}

/** Monday of the week of a date (the weekstart view runs Monday to Sunday). */
export function maandagVan(datum: Datum): Datum {
  const weekdag = new Date(`${datum}T12:00:00Z`).getUTCDay();
  return plusDagen(datum, -((weekdag + 6) % 7));
}

/** The date the nabellen item appears for an invitation: the working day before it, in Dutch time. */
export function nabelDatum(datumTijd: string): Datum {
  return werkdagVoor(datumInNederland(new Date(datumTijd)));
}

/**
 * An invitation must lie ahead and within the campagne's period (Dutch dates). `nu` is the server's clock.
 * The double booking of a medewerker (409) is checked by the API against the other invitations.
 */
export function controleerUitnodiging(
  uitnodiging: { datumTijd: string; locatie: string },
  campagne: { startdatum: Datum; einddatum: Datum },
  nu: Date,
): VeldFout[] {
  const fouten: VeldFout[] = [];
  const moment = Date.parse(uitnodiging.datumTijd);
  if (Number.isNaN(moment)) fouten.push({ veld: 'datumTijd', melding: 'moet een tijdstip zijn' });
  else if (moment <= nu.getTime()) fouten.push({ veld: 'datumTijd', melding: 'mag niet in het verleden liggen' });
  else {
    const dag = datumInNederland(new Date(moment));
    if (dag < campagne.startdatum || dag > campagne.einddatum)
      fouten.push({
        veld: 'datumTijd',
        melding: `moet binnen de looptijd van de campagne liggen (${campagne.startdatum} tot en met ${campagne.einddatum})`,
      });
  }
  if (!uitnodiging.locatie || uitnodiging.locatie.trim().length === 0)
    fouten.push({ veld: 'locatie', melding: 'is verplicht: waar vindt het gesprek plaats?' });
  return fouten;
}

/** Two planned conversations of one medewerker overlap (half-open intervals: back to back is fine). */
export function overlapt(
  a: { datumTijd: string; duurMinuten: number },
  b: { datumTijd: string; duurMinuten: number },
): boolean {
  const beginA = Date.parse(a.datumTijd);
  const beginB = Date.parse(b.datumTijd);
  return beginA < beginB + b.duurMinuten * 60_000 && beginB < beginA + a.duurMinuten * 60_000;
}

/** The outcome of an invited conversation, from the contactmomenten linked to the invitation. */
export type UitnodigingUitkomst = 'gesproken' | 'no_show' | 'afgezegd';

export interface GekoppeldContact {
  kanaal: Kanaal;
  resultaat: Resultaat;
  /** plaatsgevonden_op as toISOString() gives it (so strings sort in time order). */
  moment: string;
  /** aangemaakt_op, same form: breaks ties between contacts of the same moment. */
  aangemaakt: string;
}

/**
 * What the contactmomenten of one invitation say: the conversation's outcome (the latest contact in a gesprek
 * channel with gesproken, no_show or afgezegd), whether the client was reached by phone, and whether a call was
 * tried at all. The letter is the brief contact and says nothing about the outcome.
 */
export function uitnodigingFeiten(contacten: GekoppeldContact[]): {
  uitkomst: UitnodigingUitkomst | null;
  nagebeld: boolean;
  nabelPoging: boolean;
} {
  const laatste = uitkomstContact(contacten);
  return {
    uitkomst: laatste ? (laatste.resultaat as UitnodigingUitkomst) : null,
    nagebeld: contacten.some((c) => c.kanaal === 'telefoon' && c.resultaat === 'gesproken'),
    nabelPoging: contacten.some((c) => c.kanaal === 'telefoon'),
  };
}

/** The contact that holds the invitation's outcome (see uitnodigingFeiten), or undefined without outcome. */
export function uitkomstContact<T extends GekoppeldContact>(contacten: T[]): T | undefined {
  const uitkomsten = contacten
    .filter(
      (c) =>
        (GESPREK_KANALEN as readonly Kanaal[]).includes(c.kanaal) &&
        (c.resultaat === 'gesproken' || c.resultaat === 'no_show' || c.resultaat === 'afgezegd'),
    )
    .sort((a, b) => (a.moment === b.moment ? cmp(a.aangemaakt, b.aangemaakt) : cmp(a.moment, b.moment)));
  return uitkomsten[uitkomsten.length - 1];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface DeelnemerFeiten {
  /** Every invitation of the deelnemer in this campagne. */
  uitnodigingen: { poging: number; datumTijd: string; uitkomst: UitnodigingUitkomst | null; nagebeld: boolean }[];
  /** gevoerd_op (toISOString) of the first klant-in-beeld-gesprek recorded with this campagne, or null. */
  gesprekOp: string | null;
  /** gewijzigd_op (toISOString) of the client's plan, or null without plan. */
  planGewijzigdOp: string | null;
}

/**
 * The deelnemer's status, furthest step first: a plan made or changed after the campagne gesprek; the gesprek; then
 * what the latest invitation says (no invitation yet, waiting, appeared, or no-show / cancelled).
 */
export function deelnemerStatus(d: DeelnemerFeiten): DeelnemerStatus {
  if (d.gesprekOp !== null) {
    return d.planGewijzigdOp !== null && d.planGewijzigdOp >= d.gesprekOp ? 'plan_gemaakt' : 'gesprek_gevoerd';
  }
  const laatste = laatsteUitnodiging(d.uitnodigingen);
  if (!laatste) return 'te_plannen';
  if (laatste.uitkomst === 'gesproken') return 'verschenen';
  if (laatste.uitkomst === 'no_show' || laatste.uitkomst === 'afgezegd') return 'no_show';
  return 'uitgenodigd';
}

export function laatsteUitnodiging<T extends { poging: number }>(uitnodigingen: T[]): T | undefined {
  return uitnodigingen.reduce<T | undefined>((a, b) => (a === undefined || b.poging > a.poging ? b : a), undefined);
}

export interface Trechter {
  cohort: number;
  uitgenodigd: number;
  nagebeld: number;
  verschenen: number;
  noShow: number;
  gesprekGevoerd: number;
  planGemaakt: number;
}

export interface OpkomstDeel {
  /** Invitations whose conversation has an outcome (appeared, no-show or cancelled). */
  uitnodigingen: number;
  verschenen: number;
}

export interface Opkomst {
  metNabellen: OpkomstDeel;
  zonderNabellen: OpkomstDeel;
}

/**
 * The funnel of a campagne over its deelnemers. Each count is of deelnemers: uitgenodigd (at least one invitation),
 * nagebeld (reached by phone before an invitation), verschenen (appeared at an invitation, or had the campagne
 * gesprek), noShow (did not appear at an invitation and has not appeared since), gesprek and plan as the status
 * says. Opkomst counts invitations with an outcome, split by whether the client was reached by phone.
 */
export function trechterVan(deelnemers: DeelnemerFeiten[]): { trechter: Trechter; opkomst: Opkomst } {
  const trechter: Trechter = {
    cohort: 0,
    uitgenodigd: 0,
    nagebeld: 0,
    verschenen: 0,
    noShow: 0,
    gesprekGevoerd: 0,
    planGemaakt: 0,
  };
  const opkomst: Opkomst = {
    metNabellen: { uitnodigingen: 0, verschenen: 0 },
    zonderNabellen: { uitnodigingen: 0, verschenen: 0 },
  };
  for (const d of deelnemers) {
    trechter.cohort++;
    const status = deelnemerStatus(d);
    const verschenen = d.gesprekOp !== null || d.uitnodigingen.some((u) => u.uitkomst === 'gesproken');
    if (d.uitnodigingen.length > 0) trechter.uitgenodigd++;
    if (d.uitnodigingen.some((u) => u.nagebeld)) trechter.nagebeld++;
    if (verschenen) trechter.verschenen++;
    else if (d.uitnodigingen.some((u) => u.uitkomst === 'no_show' || u.uitkomst === 'afgezegd')) trechter.noShow++;
    if (status === 'gesprek_gevoerd' || status === 'plan_gemaakt') trechter.gesprekGevoerd++;
    if (status === 'plan_gemaakt') trechter.planGemaakt++;
    for (const u of d.uitnodigingen) {
      if (u.uitkomst === null) continue;
      const deel = u.nagebeld ? opkomst.metNabellen : opkomst.zonderNabellen;
      deel.uitnodigingen++;
      if (u.uitkomst === 'gesproken') deel.verschenen++;
    }
  }
  return { trechter, opkomst };
}

/** Opkomst as a share (0–1), or null when no invitation has an outcome yet. */
export function opkomstAandeel(deel: OpkomstDeel): number | null {
  return deel.uitnodigingen === 0 ? null : deel.verschenen / deel.uitnodigingen;
}

/**
 * After a no-show: invite again while the deelnemer has had fewer than the campagne's maximum invitations; after
 * that the no-show goes to the teamleider (campagne_no_show on the teamleider's worklist).
 */
export function naNoShow(pogingen: number, maxUitnodigingen: number): 'opnieuw_uitnodigen' | 'teamleider' {
  return pogingen < maxUitnodigingen ? 'opnieuw_uitnodigen' : 'teamleider';
}
