import { Faker, base, en, nl } from '@faker-js/faker';
import {
  dagenTussen,
  isWeekend,
  plusDagen,
  plusMaanden,
  werkdagVoor,
  ZWOLLE_PADEN_AANDEEL,
  type CampagneCriteria,
  type Datum,
  type StandaardCategorie,
} from '@klant-in-beeld/domain';
import type { EntityManager } from 'typeorm';
import { PAD_VOOR_CATEGORIE, type Pad } from './demo-gesprekken';
import { demoId } from './demo-id';
import { verdeel } from './demo-verdeling';

/**
 * The demo campagnes of issue 15 (docs/campagne.md), woven into the clients' histories by demo-klanten:
 * - "Herscreening voorjaar 2026", afgesloten: everyone not spoken for 12 months when it started, invited by letter,
 *   most called the working day before, no-shows invited once more. Whoever came had the klant-in-beeld-gesprek of
 *   that invitation (that IS their conversation in the dossier, nothing else that day) and mostly a plan after it.
 * - "Klant in beeld najaar 2026", lopend: Team Noord and Team Zuid, invitations ahead (km1 tomorrow, so nabellen is
 *   on her list today), a few gesprekken held, a no-show waiting, deelnemers still te plannen and eight for extern1.
 * This module plans who is invited when and what happened (pure, from the dates demo-klanten drew); demo-klanten
 * writes the contactmomenten and gesprekken, and seedDemoCampagnes the campagne rows they point at.
 */

export const STADSKANTOOR = 'Stadskantoor Zwolle, Burgemeester Drijbersingel 25';
export const KAMPEN = 'Kampen, Burgemeester Berghuisplein 1';
export const HUISBEZOEK = 'Huisbezoek';
/** Invitations start on this grid (an hour each, so one medewerker's never overlap), within 09:00–16:30. */
const TIJDEN = ['09:00', '10:30', '13:00', '14:30'];
const DUUR_MINUTEN = 60;

export interface DemoCampagneInstellingen {
  tl1: string;
  extern1: string;
  km1: string;
  teamNoord: string;
  teamZuid: string;
}

/** What the campagne planning needs to know of one client (dates as demo-klanten drew them). */
export interface CampagneKandidaat {
  klantId: string;
  categorie: StandaardCategorie;
  klantmanagerId: string | null;
  /** Who does the client's work (the klantmanager, or a colleague for a client without one). */
  medewerkerId: string;
  teamId: string | null;
  gemeenteCbs: string;
  startdatum: Datum;
  /** End of the history: the uitstroomdatum, or null while the client is still here. */
  uitstroomdatum: Datum | null;
  /** Days of the conversations that count as gezien (sorted). */
  gezien: Datum[];
}

export type NabelUitkomst = 'geen' | 'bereikt' | 'niet_bereikt';

export interface DemoUitnodiging {
  id: string;
  campagneId: string;
  klantId: string;
  medewerkerId: string;
  poging: number;
  /** Dutch wall-clock time, 'YYYY-MM-DD HH:MM'. */
  moment: string;
  locatie: string;
  /** When the letter went out (and the invitation was made): never after today. */
  brief: string;
  nabellen: NabelUitkomst;
  /** The call, 'YYYY-MM-DD HH:MM', when there was one. */
  nabelMoment: string | null;
  /** null: still ahead. */
  uitkomst: 'gesproken' | 'no_show' | null;
}

/** One client's part in one campagne. */
export interface DemoCampagneVerhaal {
  campagneId: string;
  /** The campagne's first day: conversations of the rhythm from here on make way for the campagne's. */
  vanaf: Datum;
  uitnodigingen: DemoUitnodiging[];
  /** For a client who came: the path chosen in the gesprek, whether the category was taken over, a plan. */
  gesprek: null | { pad: Pad; overgenomen: boolean; plan: boolean };
}

export interface DemoCampagne {
  id: string;
  naam: string;
  doel: string;
  criteria: CampagneCriteria;
  startdatum: Datum;
  einddatum: Datum;
  status: 'lopend' | 'afgesloten';
  aangemaaktDoor: string;
  /** Moments, 'YYYY-MM-DD HH:MM' Dutch time. */
  aangemaakt: string;
  gestart: string;
  afgesloten: string | null;
  versie: number;
  externen: string[];
  /** The cohort, with each client's category when it started (a gesprek in the campagne may change it). */
  deelnemers: { klantId: string; medewerkerId: string; categorie: StandaardCategorie }[];
}

export interface DemoCampagnePlan {
  campagnes: DemoCampagne[];
  /** Per client (klantId), its parts in the campagnes. */
  verhalen: Map<string, DemoCampagneVerhaal[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers (the same conventions as demo-klanten: seeded faker, working days without the public holidays)

function maakRng(seed: number): Faker {
  const f = new Faker({ locale: [nl, en, base] });
  f.seed(seed);
  return f;
}

const FEESTDAGEN = ['01-01', '04-27', '12-25', '12-26'];
export function isWerkdag(d: Datum): boolean {
  const dag = new Date(`${d}T00:00:00Z`).getUTCDay();
  return dag !== 0 && dag !== 6 && !FEESTDAGEN.includes(d.slice(5));
}
/** The first working day on or after d. */
export function werkdagVanaf(d: Datum): Datum {
  let x = d;
  while (!isWerkdag(x)) x = plusDagen(x, 1);
  return x;
}
/** The first working day after d. */
export function volgendeWerkdag(d: Datum): Datum {
  return werkdagVanaf(plusDagen(d, 1));
}
/** The last working day on or before d. */
function werkdagTot(d: Datum): Datum {
  let x = d;
  while (!isWerkdag(x)) x = plusDagen(x, -1);
  return x;
}
const tussen = (r: Faker, min: number, max: number) => r.number.int({ min, max: Math.max(min, max) });
const klokMinuten = (r: Faker, van: number, tot: number) => {
  const m = van + 15 * tussen(r, 0, Math.floor((tot - van) / 15));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The medewerkers' campagne agendas: a slot on the grid is taken once. */
class Agenda {
  private bezet = new Set<string>();
  neem(medewerker: string, moment: string): void {
    this.bezet.add(`${medewerker}|${moment}`);
  }
  /** The first free slot of `medewerker` from `vanaf` (a working day), trying `voorkeur` first each day. */
  vrij(medewerker: string, vanaf: Datum, voorkeur = 0): string {
    for (let dag = werkdagVanaf(vanaf); ; dag = volgendeWerkdag(dag))
      for (let t = 0; t < TIJDEN.length; t++) {
        const moment = `${dag} ${TIJDEN[(voorkeur + t) % TIJDEN.length]}`;
        if (!this.bezet.has(`${medewerker}|${moment}`)) {
          this.bezet.add(`${medewerker}|${moment}`);
          return moment;
        }
      }
  }
}

/** Closeness to work of a category: who is first in line for the paths nearer work. */
const NABIJ_WERK: Record<StandaardCategorie, number> = {
  job_ready: 0,
  bijna_job_ready: 1,
  nog_niet_job_ready: 2,
  niet_job_ready: 3,
  beheer: 4,
};
const PAD_VOLGORDE: Pad[] = ['intensief_naar_werk', 'een_leefgebied', 'taal_opleiding_medisch', 'sociaal_wijkteam'];

/** Whether a client is in a campagne's cohort on its start date, from the dossier as it was then (inCohort). */
function inCohortOp(k: CampagneKandidaat, c: CampagneCriteria, start: Datum): boolean {
  if (k.startdatum > start || (k.uitstroomdatum !== null && k.uitstroomdatum <= start)) return false;
  const laatst = k.gezien.filter((d) => d < start).pop() ?? null;
  if (c.nietGesprokenMaanden !== undefined && laatst !== null && laatst >= plusMaanden(start, -c.nietGesprokenMaanden))
    return false;
  if (c.minUitkeringsduurMaanden !== undefined && k.startdatum > plusMaanden(start, -c.minUitkeringsduurMaanden))
    return false;
  if (c.teamIds && (k.teamId === null || !c.teamIds.includes(k.teamId))) return false;
  return true;
}

const locatieVoor = (r: Faker, k: CampagneKandidaat) =>
  r.number.float() < (k.categorie === 'niet_job_ready' || k.categorie === 'beheer' ? 0.15 : 0.05)
    ? HUISBEZOEK
    : k.gemeenteCbs === 'GM0166'
      ? KAMPEN
      : STADSKANTOOR;

/** Whether the client is still here on `dag` (a gesprek after the uitstroom is not held). */
const nogHier = (k: CampagneKandidaat, dag: Datum) => k.uitstroomdatum === null || dag < k.uitstroomdatum;

/** The days a client's campagne parts add that count as gezien: a call that reached the client, a gesprek held. */
export function campagneGezien(verhalen: DemoCampagneVerhaal[]): Datum[] {
  return verhalen
    .flatMap((v) => v.uitnodigingen)
    .flatMap((u) => [
      ...(u.nabellen === 'bereikt' && u.nabelMoment ? [u.nabelMoment.slice(0, 10)] : []),
      ...(u.uitkomst === 'gesproken' ? [u.moment.slice(0, 10)] : []),
    ])
    .sort();
}

/**
 * The rhythm's conversations that remain once a client's campagne parts are in: those from the campagne's start make
 * way for the campagne's (as many as it adds, and any close to them), so the client is spoken about as often.
 */
export function naCampagne<T>(gesprekken: T[], datum: (g: T) => Datum, verhalen: DemoCampagneVerhaal[]): T[] {
  const erbij = campagneGezien(verhalen);
  if (erbij.length === 0) return gesprekken;
  const vanaf = verhalen.map((v) => v.vanaf).sort()[0];
  const eerste = plusDagen(verhalen.flatMap((v) => v.uitnodigingen.map((u) => u.brief.slice(0, 10))).sort()[0], -7);
  const laatste = plusDagen(erbij[erbij.length - 1], 14);
  let weg = 0;
  return gesprekken.filter((g) => {
    const d = datum(g);
    if (d < vanaf) return true;
    if ((d >= eerste && d <= laatste) || weg < erbij.length) {
      weg++;
      return false;
    }
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Planning

interface Uitkomst {
  nabellen: NabelUitkomst;
  gekomen: boolean;
}

/**
 * Calls and outcomes for a round of invitations as Zwolle saw them: most called the day before, of those reached
 * ~95% come, of the others (not called or not reached) about two in three. Exact proportions, shuffled.
 */
function ronde(r: Faker, n: number): Uitkomst[] {
  const nabellen = verdeel<NabelUitkomst>(r, n, [
    ['bereikt', 68],
    ['niet_bereikt', 12],
    ['geen', 20],
  ]);
  const bereikt = verdeel(r, nabellen.filter((b) => b === 'bereikt').length, [
    [true, 95],
    [false, 5],
  ]);
  const anders = verdeel(r, nabellen.filter((b) => b !== 'bereikt').length, [
    [true, 65],
    [false, 35],
  ]);
  return nabellen.map((b) => ({ nabellen: b, gekomen: (b === 'bereikt' ? bereikt : anders).pop()! }));
}

export function planDemoCampagnes(
  organisatieSleutel: string,
  instellingen: DemoCampagneInstellingen,
  kandidaten: CampagneKandidaat[],
  peildatum: Datum,
): DemoCampagnePlan {
  const r = maakRng(1_966_015);
  const agenda = new Agenda();
  const verhalen = new Map<string, DemoCampagneVerhaal[]>();
  const voegToe = (klantId: string, v: DemoCampagneVerhaal) =>
    verhalen.set(klantId, [...(verhalen.get(klantId) ?? []), v]);
  let volgnummer = 0;
  const uitnodiging = (
    campagneId: string,
    k: CampagneKandidaat,
    medewerkerId: string,
    poging: number,
    moment: string,
    brief: string,
    uitkomst: Uitkomst | null,
    locatie = locatieVoor(r, k),
  ): DemoUitnodiging => ({
    id: demoId(`uitnodiging:${organisatieSleutel}:${volgnummer++}`),
    campagneId,
    klantId: k.klantId,
    medewerkerId,
    poging,
    moment,
    locatie,
    brief,
    nabellen: uitkomst?.nabellen ?? 'geen',
    nabelMoment:
      uitkomst && uitkomst.nabellen !== 'geen'
        ? `${werkdagVoor(moment.slice(0, 10))} ${klokMinuten(r, 9 * 60, 12 * 60)}`
        : null,
    uitkomst: uitkomst ? (uitkomst.gekomen ? 'gesproken' : 'no_show') : null,
  });
  const briefVoor = (dag: Datum, vroegst: Datum) =>
    `${werkdagVanaf(maxDatum(vroegst, werkdagTot(plusDagen(dag, -tussen(r, 14, 18)))))} ${klokMinuten(r, 9 * 60, 11 * 60)}`;

  // --- Finished: Herscreening voorjaar 2026 -------------------------------------------------------------------
  const voorjaar: DemoCampagne = {
    id: demoId(`campagne:${organisatieSleutel}:voorjaar-2026`),
    naam: 'Herscreening voorjaar 2026',
    doel: 'Iedereen die een jaar of langer niet gesproken is, weer in beeld: een vriendelijke uitnodiging, de dag ervoor even bellen, en samen een plan.',
    criteria: { nietGesprokenMaanden: 12 },
    startdatum: werkdagVanaf(plusDagen(peildatum, -300)),
    einddatum: werkdagTot(plusDagen(peildatum, -180)),
    status: 'afgesloten',
    aangemaaktDoor: instellingen.tl1,
    aangemaakt: '',
    gestart: '',
    afgesloten: null,
    versie: 3,
    externen: [],
    deelnemers: [],
  };
  voorjaar.aangemaakt = `${werkdagTot(plusDagen(voorjaar.startdatum, -7))} 14:10`;
  voorjaar.gestart = `${voorjaar.startdatum} 08:30`;
  voorjaar.afgesloten = `${voorjaar.einddatum} 16:45`;
  const cohort1 = kandidaten.filter((k) => inCohortOp(k, voorjaar.criteria, voorjaar.startdatum));
  voorjaar.deelnemers = cohort1.map((k) => ({
    klantId: k.klantId,
    medewerkerId: k.medewerkerId,
    categorie: k.categorie,
  }));
  {
    // First invitations spread over the period (a few weeks in, the last well before the end for a second try).
    const eerste = plusDagen(voorjaar.startdatum, 21);
    const span = dagenTussen(eerste, plusDagen(voorjaar.einddatum, -42));
    const volgorde = r.helpers.shuffle([...cohort1]);
    const uitkomsten = ronde(r, volgorde.length);
    const tweedeRonde: { k: CampagneKandidaat; v: DemoCampagneVerhaal; na: Datum }[] = [];
    volgorde.forEach((k, j) => {
      const v: DemoCampagneVerhaal = {
        campagneId: voorjaar.id,
        vanaf: voorjaar.startdatum,
        uitnodigingen: [],
        gesprek: null,
      };
      voegToe(k.klantId, v);
      const moment = agenda.vrij(k.medewerkerId, plusDagen(eerste, Math.floor((j * span) / volgorde.length)), j);
      if (!nogHier(k, moment.slice(0, 10))) return;
      const u = uitnodiging(
        voorjaar.id,
        k,
        k.medewerkerId,
        1,
        moment,
        briefVoor(moment.slice(0, 10), voorjaar.startdatum),
        uitkomsten[j],
      );
      v.uitnodigingen.push(u);
      if (u.uitkomst === 'no_show') tweedeRonde.push({ k, v, na: moment.slice(0, 10) });
    });
    // A no-show is invited once more (max_uitnodigingen 2), three to four weeks later.
    const tweede = ronde(r, tweedeRonde.length);
    tweedeRonde.forEach(({ k, v, na }, j) => {
      const moment = agenda.vrij(k.medewerkerId, plusDagen(na, tussen(r, 21, 28)), j);
      if (!nogHier(k, moment.slice(0, 10))) return;
      const brief = `${volgendeWerkdag(plusDagen(na, tussen(r, 0, 2)))} ${klokMinuten(r, 9 * 60, 11 * 60)}`;
      v.uitnodigingen.push(uitnodiging(voorjaar.id, k, k.medewerkerId, 2, moment, brief, tweede[j]));
    });
  }

  // --- Running: Klant in beeld najaar 2026 -----------------------------------------------------------------------
  const najaar: DemoCampagne = {
    id: demoId(`campagne:${organisatieSleutel}:najaar-2026`),
    naam: 'Klant in beeld najaar 2026',
    doel: 'Klanten van Team Noord en Team Zuid die een jaar of langer niet gesproken zijn, voor het eind van het jaar weer in beeld.',
    criteria: {
      nietGesprokenMaanden: 12,
      minUitkeringsduurMaanden: 12,
      teamIds: [instellingen.teamNoord, instellingen.teamZuid],
    },
    startdatum: werkdagVanaf(plusDagen(peildatum, -21)),
    einddatum: plusDagen(peildatum, 90),
    status: 'lopend',
    aangemaaktDoor: instellingen.tl1,
    aangemaakt: '',
    gestart: '',
    afgesloten: null,
    versie: 2,
    externen: [instellingen.extern1],
    deelnemers: [],
  };
  najaar.aangemaakt = `${werkdagTot(plusDagen(najaar.startdatum, -5))} 11:20`;
  najaar.gestart = `${najaar.startdatum} 08:45`;
  // Its cohort as the dossiers stood then: after the spring campagne.
  const naVoorjaar = kandidaten.map((k) => {
    const vs = verhalen.get(k.klantId) ?? [];
    return { ...k, gezien: [...naCampagne(k.gezien, (d) => d, vs), ...campagneGezien(vs)].sort() };
  });
  const cohort2 = naVoorjaar.filter((k) => inCohortOp(k, najaar.criteria, najaar.startdatum));
  {
    const gisteren = werkdagTot(plusDagen(peildatum, -1));
    // The next working day as the nabellen rule counts it (weekends only), so km1's call is on today's list.
    let morgen = plusDagen(peildatum, 1);
    while (isWeekend(morgen)) morgen = plusDagen(morgen, 1);
    const briefNu = (dag: Datum) =>
      briefVoor(dag, najaar.startdatum).slice(0, 10) > gisteren
        ? `${gisteren} ${klokMinuten(r, 9 * 60, 11 * 60)}`
        : briefVoor(dag, najaar.startdatum);
    // Eight deelnemers of km2–km4 go to the extern medewerker (the teamleider spread them).
    // Only those still here are worked (one who left since stays in the frozen cohort).
    const hier = cohort2.filter((k) => nogHier(k, peildatum));
    const vanKm1 = hier.filter((k) => k.medewerkerId === instellingen.km1);
    const anderen = r.helpers.shuffle(hier.filter((k) => k.medewerkerId !== instellingen.km1));
    const extern = anderen.slice(0, 8);
    const eigen = anderen.slice(8);
    najaar.deelnemers = cohort2.map((k) => ({
      klantId: k.klantId,
      medewerkerId: extern.includes(k) ? instellingen.extern1 : k.medewerkerId,
      categorie: k.categorie,
    }));
    const verhaal = (k: CampagneKandidaat) => {
      const v: DemoCampagneVerhaal = {
        campagneId: najaar.id,
        vanaf: najaar.startdatum,
        uitnodigingen: [],
        gesprek: null,
      };
      voegToe(k.klantId, v);
      return v;
    };
    // extern1: all eight invited for the coming two weeks (letters sent already).
    extern.forEach((k, j) => {
      const moment = agenda.vrij(instellingen.extern1, plusDagen(morgen, j), j);
      verhaal(k).uitnodigingen.push(
        uitnodiging(najaar.id, k, instellingen.extern1, 1, moment, briefNu(moment.slice(0, 10)), null),
      );
    });
    // km1: one tomorrow (nabellen today), one next week at home, one gesprek held last week; the rest te plannen.
    vanKm1.forEach((k, j) => {
      const v = verhaal(k);
      if (j === 0) {
        const moment = `${morgen} 10:30`;
        agenda.neem(instellingen.km1, moment);
        v.uitnodigingen.push(
          uitnodiging(najaar.id, k, instellingen.km1, 1, moment, briefNu(morgen), null, STADSKANTOOR),
        );
      } else if (j === 1) {
        const dag = werkdagVanaf(plusDagen(morgen, 6));
        const moment = agenda.vrij(instellingen.km1, dag, 2);
        v.uitnodigingen.push(uitnodiging(najaar.id, k, instellingen.km1, 1, moment, briefNu(dag), null, HUISBEZOEK));
      } else if (j === 2) {
        const moment = agenda.vrij(instellingen.km1, werkdagTot(plusDagen(peildatum, -6)), 0);
        const brief = briefVoor(moment.slice(0, 10), najaar.startdatum);
        v.uitnodigingen.push(
          uitnodiging(
            najaar.id,
            k,
            instellingen.km1,
            1,
            moment,
            brief,
            { nabellen: 'bereikt', gekomen: true },
            STADSKANTOOR,
          ),
        );
      }
    });
    // The others' own deelnemers: per klantmanager one held gesprek and one invited ahead; one no-show last week.
    const perMedewerker = new Map<string, CampagneKandidaat[]>();
    for (const k of eigen) perMedewerker.set(k.medewerkerId, [...(perMedewerker.get(k.medewerkerId) ?? []), k]);
    let noShow = false;
    for (const [medewerker, klanten] of [...perMedewerker.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
      klanten.forEach((k, j) => {
        const v = verhaal(k);
        if (j <= 1) {
          const dag = werkdagTot(plusDagen(peildatum, -tussen(r, 3, 12)));
          const moment = agenda.vrij(medewerker, dag, j);
          const brief = briefVoor(moment.slice(0, 10), najaar.startdatum);
          const gekomen = !(j === 1 && !noShow);
          if (!gekomen) noShow = true;
          v.uitnodigingen.push(
            uitnodiging(najaar.id, k, medewerker, 1, moment, brief, {
              nabellen: gekomen ? 'bereikt' : 'niet_bereikt',
              gekomen,
            }),
          );
        } else if (j <= 3) {
          const dag = werkdagVanaf(plusDagen(morgen, tussen(r, 1, 15)));
          const moment = agenda.vrij(medewerker, dag, j);
          v.uitnodigingen.push(uitnodiging(najaar.id, k, medewerker, 1, moment, briefNu(dag), null));
        }
      });
  }

  // The gesprekken of those who came: Zwolle's paths, those nearest work first in line for the paths nearer work.
  const gekomen = [...verhalen.entries()]
    .flatMap(([klantId, vs]) =>
      vs.filter((v) => v.uitnodigingen.some((u) => u.uitkomst === 'gesproken')).map((v) => ({ klantId, v })),
    )
    .map((x) => ({ ...x, k: kandidaten.find((k) => k.klantId === x.klantId)! }));
  for (const campagne of [voorjaar, najaar]) {
    const deze = r.helpers
      .shuffle(gekomen.filter((g) => g.v.campagneId === campagne.id))
      .sort((a, b) => NABIJ_WERK[a.k.categorie] - NABIJ_WERK[b.k.categorie]);
    const paden = verdeel(
      r,
      deze.length,
      PAD_VOLGORDE.map((p) => [p, ZWOLLE_PADEN_AANDEEL[p]] as const),
    ).sort((a, b) => PAD_VOLGORDE.indexOf(a) - PAD_VOLGORDE.indexOf(b));
    const plannen = verdeel(r, deze.length, [
      [true, 82],
      [false, 18],
    ]);
    deze.forEach(({ k, v }, j) => {
      const pad = campagne === najaar ? PAD_VOOR_CATEGORIE[k.categorie] : paden[j];
      // The klantmanager takes the advised category over (so a herscreening moves clients nearer work), except
      // for a client in beheer, whose category is kept as the standard rules do.
      v.gesprek = { pad, overgenomen: k.categorie !== 'beheer', plan: plannen[j] };
    });
  }
  return { campagnes: [voorjaar, najaar], verhalen };
}

const maxDatum = (a: Datum, b: Datum) => (a > b ? a : b);

// ---------------------------------------------------------------------------------------------------------------
// Insertion

const NL_TIJD = (p: string) => `(${p}::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** The deelnemers' situation at the start of the campagne, as the dossier rows demo-klanten made show it. */
export interface DeelnemerStart {
  campagneId: string;
  klantId: string;
  medewerkerId: string;
  categorie: string;
  trede: number | null;
  laatstGezien: string | null;
  gemeenteId: string;
  teamId: string | null;
  klantmanagerId: string | null;
}

/**
 * The campagnes, their frozen cohorts, externen and invitations. Runs before the contactmomenten and gesprekken
 * that point at them are inserted.
 */
export async function seedDemoCampagnes(
  tx: EntityManager,
  organisatieId: string,
  plan: DemoCampagnePlan,
  deelnemers: DeelnemerStart[],
): Promise<void> {
  for (const c of plan.campagnes) {
    await tx.query(
      `INSERT INTO campagne (id, organisatie_id, naam, doel, criteria, startdatum, einddatum, status, max_uitnodigingen,
                             aangemaakt_door, gestart_op, afgesloten_op, versie, aangemaakt_op, gewijzigd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 2, $9, ${NL_TIJD('$10')}, ${NL_TIJD('$11')}, $12, ${NL_TIJD('$13')},
               ${NL_TIJD('coalesce($11, $10)')})`,
      [
        c.id,
        organisatieId,
        c.naam,
        c.doel,
        JSON.stringify(c.criteria),
        c.startdatum,
        c.einddatum,
        c.status,
        c.aangemaaktDoor,
        c.gestart,
        c.afgesloten,
        c.versie,
        c.aangemaakt,
      ],
    );
    for (const m of c.externen)
      await tx.query(`INSERT INTO campagne_extern (campagne_id, organisatie_id, medewerker_id) VALUES ($1, $2, $3)`, [
        c.id,
        organisatieId,
        m,
      ]);
  }
  if (deelnemers.length > 0)
    await tx.query(
      `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie, start_trede,
                                       start_laatst_gezien_op, start_gemeente_id, start_team_id, start_klantmanager_id)
       SELECT d.campagne_id, $1, d.klant_id, d.medewerker_id, d.categorie, d.trede,
              d.laatst_gezien::timestamp AT TIME ZONE 'Europe/Amsterdam', d.gemeente_id, d.team_id, d.klantmanager_id
         FROM jsonb_to_recordset($2::jsonb) AS d(campagne_id uuid, klant_id uuid, medewerker_id uuid, categorie text,
              trede smallint, laatst_gezien text, gemeente_id uuid, team_id uuid, klantmanager_id uuid)`,
      [
        organisatieId,
        JSON.stringify(
          deelnemers.map((d) => ({
            campagne_id: d.campagneId,
            klant_id: d.klantId,
            medewerker_id: d.medewerkerId,
            categorie: d.categorie,
            trede: d.trede,
            laatst_gezien: d.laatstGezien,
            gemeente_id: d.gemeenteId,
            team_id: d.teamId,
            klantmanager_id: d.klantmanagerId,
          })),
        ),
      ],
    );
  const uitnodigingen = [...plan.verhalen.values()].flatMap((vs) => vs.flatMap((v) => v.uitnodigingen));
  if (uitnodigingen.length > 0)
    await tx.query(
      `INSERT INTO uitnodiging (id, organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, duur_minuten, locatie,
                                poging, aangemaakt_door, aangemaakt_op)
       SELECT u.id, $1, u.campagne_id, u.klant_id, u.medewerker_id, u.moment::timestamp AT TIME ZONE 'Europe/Amsterdam',
              ${DUUR_MINUTEN}, u.locatie, u.poging, u.medewerker_id, u.brief::timestamp AT TIME ZONE 'Europe/Amsterdam'
         FROM jsonb_to_recordset($2::jsonb) AS u(id uuid, campagne_id uuid, klant_id uuid, medewerker_id uuid, moment text,
              locatie text, poging smallint, brief text)`,
      [
        organisatieId,
        JSON.stringify(
          uitnodigingen.map((u) => ({
            id: u.id,
            campagne_id: u.campagneId,
            klant_id: u.klantId,
            medewerker_id: u.medewerkerId,
            moment: u.moment,
            locatie: u.locatie,
            poging: u.poging,
            brief: u.brief,
          })),
        ),
      ],
    );
}
