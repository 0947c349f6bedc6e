import type { Dienstverleningscategorie, Kanaal, Resultaat, VrijstellingSoort } from './codelijsten';
import {
  campagneLoopt,
  laatsteUitnodiging,
  naNoShow,
  nabelDatum,
  uitkomstContact,
  type CampagneStatus,
  type GekoppeldContact,
} from './campagne';
import { dagenTussen, datumInNederland, plusDagen, type Datum } from './datum';
import { inBeeldStatus } from './in-beeld';
import { normVoor, type Contactnormen } from './normen';
import { PLAN_EVALUATIE_VOORUIT_DAGEN, PLAN_NODIG_NA_DAGEN, type DoelStatus } from './plan';
import { isVrijstellingActief } from './vrijstelling';

/** Kinds of worklist items (docs/ontwerp.md, "Werkvoorraad"). */
export const WERKVOORRAAD_SOORTEN = [
  'uit_beeld',
  'bijna_uit_beeld',
  'intake_nodig',
  'no_show_opvolgen',
  'afspraak_verlopen',
  'vrijstelling_herbeoordelen',
  'vrijstelling_verlopen',
  'geen_klantmanager',
  'plan_evalueren',
  'plan_nodig',
  'campagne_uitnodigen',
  'nabellen',
  'campagne_no_show',
] as const;
export type WerkvoorraadSoort = (typeof WERKVOORRAAD_SOORTEN)[number];

export const WERKVOORRAAD_SOORT_LABELS: Record<WerkvoorraadSoort, string> = {
  uit_beeld: 'Uit beeld',
  bijna_uit_beeld: 'Bijna uit beeld',
  intake_nodig: 'Intake nodig',
  no_show_opvolgen: 'No-show opvolgen',
  afspraak_verlopen: 'Afspraak verlopen',
  vrijstelling_herbeoordelen: 'Vrijstelling herbeoordelen',
  vrijstelling_verlopen: 'Vrijstelling verlopen',
  geen_klantmanager: 'Geen klantmanager',
  plan_evalueren: 'Plan evalueren',
  plan_nodig: 'Plan nodig',
  campagne_uitnodigen: 'Uitnodigen voor campagne',
  nabellen: 'Nabellen',
  campagne_no_show: 'Campagne: niet verschenen',
};

export const URGENTIES = ['verlopen', 'vandaag', 'binnenkort'] as const;
export type Urgentie = (typeof URGENTIES)[number];

/** A no-show must be followed up within this many days. */
export const NO_SHOW_OPVOLGTERMIJN_DAGEN = 7;
/** A vrijstelling comes up for herbeoordeling this many days before its herbeoordelingsdatum. */
export const HERBEOORDELING_VOORUIT_DAGEN = 14;
/** Uitstellen: at most this many days ahead. */
export const MAX_UITSTEL_DAGEN = 90;

export interface WerkvoorraadDossier {
  klant: {
    status: 'actief' | 'uitgestroomd';
    dienstverleningscategorie: Dienstverleningscategorie;
    startdatumUitkering: Datum;
    klantmanagerId: string | null;
    /** Date since the client has no klantmanager (from the assignment history), when unassigned. */
    zonderKlantmanagerSinds: Datum | null;
  };
  contactmomenten: {
    id: string;
    datum: Datum;
    moment: string;
    kanaal: Kanaal;
    resultaat: Resultaat;
    teltAlsGezien: boolean;
    /** The campagne invitation this contact belongs to (letter, call or outcome); optional for older dossiers. */
    uitnodigingId?: string | null;
  }[];
  afspraken: { id: string; status: string; einddatum: Datum }[];
  vrijstellingen: {
    id: string;
    soort: VrijstellingSoort;
    ingangsdatum: Datum;
    einddatum: Datum | null;
    herbeoordelingsdatum: Datum;
    ingetrokkenOp: Datum | null;
  }[];
  /**
   * Klant-in-beeld-gesprekken: `moment` gevoerd op as toISOString() gives it (so strings sort in time order), `datum`
   * its Dutch date. This and `plan` are optional so dossiers built before the plan existed stay valid (= none).
   */
  gesprekken?: { id: string; datum: Datum; moment: string }[];
  /** The client's one plan van aanpak; `gewijzigdOp` the Dutch date it was made or last changed. */
  plan?: {
    id: string;
    evaluatiedatum: Datum;
    gewijzigdOp: Datum;
    doelen: { id: string; streefdatum: Datum; status: DoelStatus }[];
  } | null;
  uitstellen: { soort: WerkvoorraadSoort; referentieId: string | null; totDatum: Datum }[];
  /** The client's deelnames in campagnes (optional so older dossiers stay valid = none). */
  campagnes?: WerkvoorraadCampagne[];
}

export interface WerkvoorraadCampagne {
  id: string;
  status: CampagneStatus;
  startdatum: Datum;
  einddatum: Datum;
  maxUitnodigingen: number;
  /** The teamleider who made the campagne: an escalated no-show is theirs. */
  aangemaaktDoor: string;
  /** The deelnemer's medewerker (klantmanager or extern) who invites and holds the gesprek. */
  medewerkerId: string;
  uitnodigingen: { id: string; poging: number; datumTijd: string; contacten: GekoppeldContact[] }[];
  /** Whether a klant-in-beeld-gesprek was recorded with this campagne. */
  heeftGesprek: boolean;
}

export interface WerkvoorraadItem {
  soort: WerkvoorraadSoort;
  vervaldatum: Datum;
  urgentie: Urgentie;
  referentieId: string | null;
  /** Campagne items only: the campagne, and who does the work (the deelnemer's medewerker or the teamleider). */
  campagneId?: string;
  toegewezenAan?: string;
  /** nabellen only: the invitation's moment. */
  uitnodigingOp?: string;
}

export function urgentie(vervaldatum: Datum, peildatum: Datum): Urgentie {
  const dagen = dagenTussen(peildatum, vervaldatum);
  return dagen < 0 ? 'verlopen' : dagen === 0 ? 'vandaag' : 'binnenkort';
}

/** Overdue first, then by due date (and kind, for a stable order). */
export function vergelijkItems(
  a: { vervaldatum: Datum; soort: string },
  b: { vervaldatum: Datum; soort: string },
): number {
  return a.vervaldatum < b.vervaldatum
    ? -1
    : a.vervaldatum > b.vervaldatum
      ? 1
      : a.soort < b.soort
        ? -1
        : a.soort > b.soort
          ? 1
          : 0;
}

/**
 * The worklist items of one client on `peildatum`, derived from the dossier alone (mirrored by the werkvoorraad
 * SQL; a test proves they agree). Nothing is stored: fixing the dossier is the only way an item goes, apart from
 * an uitstel with a date (hidden while peildatum < totDatum).
 */
export function werkvoorraadItems(
  dossier: WerkvoorraadDossier,
  normen: Contactnormen,
  peildatum: Datum,
): WerkvoorraadItem[] {
  if (dossier.klant.status !== 'actief') return [];
  const items: Omit<WerkvoorraadItem, 'urgentie'>[] = [];
  const { klant } = dossier;

  if (klant.klantmanagerId === null) {
    items.push({
      soort: 'geen_klantmanager',
      vervaldatum: klant.zonderKlantmanagerSinds ?? peildatum,
      referentieId: null,
    });
  }

  const gezien = dossier.contactmomenten.filter((c) => c.teltAlsGezien).map((c) => c.datum);
  const laatstGezien = gezien.length ? gezien.reduce((a, b) => (a > b ? a : b)) : null;
  if (laatstGezien === null) {
    items.push({
      soort: 'intake_nodig',
      vervaldatum: plusDagen(klant.startdatumUitkering, normen.intakeDagen),
      referentieId: null,
    });
  } else {
    const vrijgesteld = dossier.vrijstellingen.some((v) => isVrijstellingActief(v, peildatum));
    const norm = normVoor({ dienstverleningscategorie: klant.dienstverleningscategorie, vrijgesteld }, normen);
    const status = inBeeldStatus({
      laatstGezien,
      startdatumUitkering: klant.startdatumUitkering,
      norm,
      intakeDagen: normen.intakeDagen,
      peildatum,
    });
    if (status !== 'in_beeld')
      items.push({ soort: status, vervaldatum: plusDagen(laatstGezien, norm.maxDagen), referentieId: null });
  }

  // The latest attempt (by moment, ties: the one entered last — callers pass them in entry order).
  const laatste = dossier.contactmomenten.reduce<WerkvoorraadDossier['contactmomenten'][number] | undefined>(
    (huidig, c) => (!huidig || c.moment >= huidig.moment ? c : huidig),
    undefined,
  );
  // A no-show at a campagne invitation is followed up as campagne_no_show, not twice.
  if (laatste?.resultaat === 'no_show' && !laatste.uitnodigingId) {
    items.push({
      soort: 'no_show_opvolgen',
      vervaldatum: plusDagen(laatste.datum, NO_SHOW_OPVOLGTERMIJN_DAGEN),
      referentieId: laatste.id,
    });
  }

  for (const a of dossier.afspraken) {
    if (a.status === 'lopend' && a.einddatum < peildatum)
      items.push({ soort: 'afspraak_verlopen', vervaldatum: a.einddatum, referentieId: a.id });
  }

  for (const v of dossier.vrijstellingen) {
    if (v.ingetrokkenOp !== null) continue;
    if (v.einddatum !== null && v.einddatum < peildatum) {
      items.push({ soort: 'vrijstelling_verlopen', vervaldatum: v.einddatum, referentieId: v.id });
    } else if (dagenTussen(peildatum, v.herbeoordelingsdatum) <= HERBEOORDELING_VOORUIT_DAGEN) {
      items.push({ soort: 'vrijstelling_herbeoordelen', vervaldatum: v.herbeoordelingsdatum, referentieId: v.id });
    }
  }

  const { plan } = dossier;
  if (plan) {
    if (dagenTussen(peildatum, plan.evaluatiedatum) <= PLAN_EVALUATIE_VOORUIT_DAGEN)
      items.push({ soort: 'plan_evalueren', vervaldatum: plan.evaluatiedatum, referentieId: plan.id });
    // A doel past its streefdatum while still lopend asks for the plan to be looked at again.
    for (const d of plan.doelen) {
      if (d.status === 'lopend' && d.streefdatum < peildatum)
        items.push({ soort: 'plan_evalueren', vervaldatum: d.streefdatum, referentieId: d.id });
    }
  }

  // The latest gesprek (by moment, ties: the one entered last) needs a plan made or changed on or after its date.
  const laatsteGesprek = (dossier.gesprekken ?? []).reduce<
    NonNullable<WerkvoorraadDossier['gesprekken']>[number] | undefined
  >((huidig, g) => (!huidig || g.moment >= huidig.moment ? g : huidig), undefined);
  if (laatsteGesprek && !(plan && plan.gewijzigdOp >= laatsteGesprek.datum)) {
    const vervaldatum = plusDagen(laatsteGesprek.datum, PLAN_NODIG_NA_DAGEN);
    if (vervaldatum <= peildatum) items.push({ soort: 'plan_nodig', vervaldatum, referentieId: laatsteGesprek.id });
  }

  items.push(...campagneItems(dossier.campagnes ?? [], peildatum));

  return items
    .filter(
      (item) =>
        !dossier.uitstellen.some(
          (u) => u.soort === item.soort && u.referentieId === item.referentieId && peildatum < u.totDatum,
        ),
    )
    .map((item) => ({ ...item, urgentie: urgentie(item.vervaldatum, peildatum) }))
    .sort(vergelijkItems);
}

/** The campagne kinds of one client: invite, call the working day before, follow up a no-show. */
function campagneItems(campagnes: WerkvoorraadCampagne[], peildatum: Datum): Omit<WerkvoorraadItem, 'urgentie'>[] {
  const items: Omit<WerkvoorraadItem, 'urgentie'>[] = [];
  for (const c of campagnes) {
    const loopt = campagneLoopt(c, peildatum);
    const eigen = { campagneId: c.id, toegewezenAan: c.medewerkerId };
    const laatste = laatsteUitnodiging(c.uitnodigingen);
    if (!laatste) {
      if (loopt && !c.heeftGesprek)
        items.push({ soort: 'campagne_uitnodigen', vervaldatum: c.startdatum, referentieId: c.id, ...eigen });
      continue;
    }
    const uitkomst = uitkomstContact(laatste.contacten);
    if (!uitkomst && !laatste.contacten.some((x) => x.kanaal === 'telefoon')) {
      const vervaldatum = nabelDatum(laatste.datumTijd);
      if (vervaldatum <= peildatum && peildatum <= datumInNederland(new Date(laatste.datumTijd)))
        items.push({
          soort: 'nabellen',
          vervaldatum,
          referentieId: laatste.id,
          ...eigen,
          uitnodigingOp: laatste.datumTijd,
        });
    }
    if (uitkomst && uitkomst.resultaat !== 'gesproken' && !c.heeftGesprek && loopt) {
      const teamleider = naNoShow(c.uitnodigingen.length, c.maxUitnodigingen) === 'teamleider';
      items.push({
        soort: 'campagne_no_show',
        vervaldatum: plusDagen(datumInNederland(new Date(uitkomst.moment)), NO_SHOW_OPVOLGTERMIJN_DAGEN),
        referentieId: c.id,
        campagneId: c.id,
        toegewezenAan: teamleider ? c.aangemaaktDoor : c.medewerkerId,
      });
    }
  }
  return items;
}

/** What the worklist shows about an item, to explain it in one Dutch sentence. */
export interface RedenGegevens {
  soort: WerkvoorraadSoort;
  vervaldatum: Datum;
  peildatum: Datum;
  laatstGezien?: Datum | null;
  normDagen?: number | null;
  omschrijving?: string | null;
}

const nlDatum = (datum: Datum) => `${Number(datum.slice(8, 10))}-${Number(datum.slice(5, 7))}-${datum.slice(0, 4)}`;

/** The reason of a worklist item, as a klantmanager reads it. */
export function werkvoorraadReden(g: RedenGegevens): string {
  const dagen = (van: Datum) => dagenTussen(van, g.peildatum);
  switch (g.soort) {
    case 'uit_beeld':
    case 'bijna_uit_beeld': {
      const geleden = g.laatstGezien ? dagen(g.laatstGezien) : 0;
      const rest = dagenTussen(g.peildatum, g.vervaldatum);
      return g.soort === 'uit_beeld'
        ? `${geleden} dagen niet gesproken; de norm is ${g.normDagen} dagen.`
        : rest === 0
          ? `${geleden} dagen niet gesproken; vandaag is de laatste dag binnen de norm van ${g.normDagen}.`
          : `${geleden} dagen niet gesproken; nog ${rest} ${rest === 1 ? 'dag' : 'dagen'} binnen de norm van ${g.normDagen}.`;
    }
    case 'intake_nodig':
      return g.vervaldatum < g.peildatum
        ? `Nog geen intakegesprek; dat had uiterlijk ${nlDatum(g.vervaldatum)} moeten zijn.`
        : `Nog geen intakegesprek; uiterlijk ${nlDatum(g.vervaldatum)}.`;
    case 'no_show_opvolgen':
      return `Niet verschenen op ${nlDatum(plusDagen(g.vervaldatum, -NO_SHOW_OPVOLGTERMIJN_DAGEN))} en nog niet opgevolgd.`;
    case 'afspraak_verlopen':
      return `Afspraak${g.omschrijving ? ` "${g.omschrijving}"` : ''} liep af op ${nlDatum(g.vervaldatum)} en staat nog op lopend.`;
    case 'vrijstelling_herbeoordelen':
      return g.vervaldatum < g.peildatum
        ? `Vrijstelling had op ${nlDatum(g.vervaldatum)} herbeoordeeld moeten worden.`
        : `Vrijstelling herbeoordelen uiterlijk ${nlDatum(g.vervaldatum)}.`;
    case 'vrijstelling_verlopen':
      return `${g.omschrijving === 'formeel' ? 'Formele' : 'Informele'} vrijstelling liep af op ${nlDatum(g.vervaldatum)}: verlengen of afsluiten.`;
    case 'geen_klantmanager':
      return `Klant heeft sinds ${nlDatum(g.vervaldatum)} geen klantmanager.`;
    case 'plan_evalueren':
      // A doel item carries the doel's omschrijving; the plan's own evaluatiedatum none.
      if (g.omschrijving)
        return `Doel "${g.omschrijving}" had op ${nlDatum(g.vervaldatum)} bereikt moeten zijn en staat nog op lopend.`;
      return g.vervaldatum < g.peildatum
        ? `Het plan had op ${nlDatum(g.vervaldatum)} geëvalueerd moeten worden.`
        : `Evaluatie van het plan op ${nlDatum(g.vervaldatum)}.`;
    case 'campagne_uitnodigen':
      return `Uitnodigen voor de campagne${g.omschrijving ? ` "${g.omschrijving}"` : ''}: plan een gesprek en verstuur de brief.`;
    case 'nabellen':
      return `Nabellen over de uitnodiging${g.omschrijving ? ` van ${g.omschrijving}` : ''}: herinner de klant aan het gesprek.`;
    case 'campagne_no_show':
      return `Niet verschenen bij de campagne${g.omschrijving ? ` "${g.omschrijving}"` : ''}: opnieuw uitnodigen of besluiten, uiterlijk ${nlDatum(g.vervaldatum)}.`;
    case 'plan_nodig':
      return `Gesprek van ${nlDatum(plusDagen(g.vervaldatum, -PLAN_NODIG_NA_DAGEN))} heeft na ${PLAN_NODIG_NA_DAGEN} dagen nog geen plan van aanpak.`;
  }
}
