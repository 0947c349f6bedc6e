import { Faker, base, en, nl } from '@faker-js/faker';
import {
  bsnMetControlecijfer,
  dagenTussen,
  plusDagen,
  STANDAARD_ADVIESREGELS,
  plusMaanden,
  ZWOLLE_PADEN_AANDEEL,
  type AfspraakSoort,
  type AfspraakStatus,
  type Datum,
  type StandaardCategorie,
  type Doelgroep,
  type Initiatief,
  type Kanaal,
  type Resultaat,
  type Trede,
  type Uitstroomreden,
  type VrijstellingOmvang,
  type VrijstellingReden,
  type VrijstellingSoort,
} from '@klant-in-beeld/domain';
import type { EntityManager } from 'typeorm';
import {
  afwijkingReden,
  BUURPAD,
  doelenNa,
  PAD_VOOR_CATEGORIE,
  PADEN,
  scoresVoorPad,
  verderVanWerk,
  type GemaakteScores,
  type NieuwDoel,
  type Pad,
} from './demo-gesprekken';
import {
  naCampagne,
  planDemoCampagnes,
  seedDemoCampagnes,
  type CampagneKandidaat,
  type DeelnemerStart,
  type DemoCampagneInstellingen,
  type DemoCampagnePlan,
  type DemoCampagneVerhaal,
  type DemoUitnodiging,
} from './demo-campagnes';
import { demoId } from './demo-id';
import { verdeel } from './demo-verdeling';

/**
 * Demo clients with a history, shaped after the national figures in reference/participatiewet.md: a third not
 * spoken in a year, ~21% vrijgesteld (half informal), ~69% with a lopende afspraak, nearly half on ladder treden
 * 1–2; a third had a klant-in-beeld-gesprek with Zwolle's paden, most with a plan. The history is that of a steady
 * organisatie: each client is spoken in a rhythm of its own and afspraken follow each other, so every month of the
 * trend looks alike (not only the last few). The demo campagnes (demo-campagnes.ts) are part of these histories: the
 * finished herscreening spoke most of those not spoken for a year (so those figures hold before it, and are better
 * now), and its gesprekken are among the klant-in-beeld-gesprekken above.
 * Deterministic: names and BSNs come from a seeded faker that never looks at the date; the structure (who is
 * vrijgesteld, how often spoken, ...) is drawn before any date exists; every date is relative to the peildatum,
 * so a fresh demo always shows a current picture.
 */

export interface DemoKlantenOrganisatie {
  sleutel: string;
  organisatieId: string;
  gemeenten: { id: string; cbsCode: string; naam: string }[];
  klantmanagers: { id: string; gebruikersnaam: string; teamId?: string | null }[];
  /** The medewerkers and teams of the demo campagnes (demo-campagnes.ts); without them, no campagnes. */
  campagnes?: DemoCampagneInstellingen;
}

interface Plan {
  seed: number;
  /** Active clients per klantmanager (gebruikersnaam). */
  caseload: Record<string, number>;
  zonderKlantmanager: number;
  uitgestroomd: number;
  /** Share of clients per gemeente (cbs code). */
  gemeenten: Record<string, number>;
  /** Started within the intake period, no contact yet. */
  nieuw: number;
  /** Past the intake period without an intake. */
  intakeTeLaat: number;
  /** Latest contact attempt is a no-show with nothing after it. */
  noShowOpen: number;
  /** Lopende afspraak whose einddatum has passed. */
  afspraakVerlopen: number;
  /** Informal vrijstelling past its einddatum, not withdrawn. */
  vrijstellingVerlopen: number;
  /** Active vrijstelling whose herbeoordelingsdatum is within 14 days or past. */
  herbeoordelen: number;
}

const PLANNEN: Record<string, Plan> = {
  'sociale-dienst-demo': {
    seed: 193_166,
    caseload: { km1: 122, km2: 86, km3: 42, km4: 36 },
    zonderKlantmanager: 7,
    uitgestroomd: 16,
    gemeenten: { GM0193: 0.75, GM0166: 0.25 },
    nieuw: 8,
    intakeTeLaat: 2,
    noShowOpen: 10,
    afspraakVerlopen: 6,
    vrijstellingVerlopen: 4,
    herbeoordelen: 5,
  },
  'werkplein-anders': {
    seed: 546,
    caseload: { km9: 35 },
    zonderKlantmanager: 3,
    uitgestroomd: 2,
    gemeenten: { GM0546: 1 },
    nieuw: 2,
    intakeTeLaat: 1,
    noShowOpen: 2,
    afspraakVerlopen: 2,
    vrijstellingVerlopen: 1,
    herbeoordelen: 1,
  },
};

/** Real postcode ranges (four digits) of the demo gemeenten. */
const POSTCODES: Record<string, [number, number]> = {
  GM0193: [8011, 8046],
  GM0166: [8261, 8278],
  GM0546: [2311, 2334],
};

// Reference figures (participatiewet.md).
const GESPREKKEN_VERDELING: [number, number][] = [
  [0, 32],
  [1, 18],
  [2, 15],
  [3, 9],
  [4, 25],
]; // 4 = more than 3
const CATEGORIE_VERDELING: [StandaardCategorie, number][] = [
  ['job_ready', 13],
  ['bijna_job_ready', 24],
  ['nog_niet_job_ready', 25],
  ['niet_job_ready', 26],
  ['beheer', 12],
];
const AANDEEL_VRIJGESTELD = 0.21;
const AANDEEL_MET_AFSPRAAK = 0.69;
/** Afspraken ended in the last two months, for clients without a lopende one. */
const AANDEEL_RECENT_BEEINDIGD = 0.03;
/** Active clients with a klant-in-beeld-gesprek in the last 12 months (issue 14): about a third. */
const AANDEEL_MET_KIB_GESPREK = 1 / 3;
/** Of those: two gesprekken (per 300 clients), an overridden advice, a loonwaarde, a plan. */
const KIB_TWEE_GESPREKKEN = 10 / 300;
const KIB_AFWIJKING = 0.05;
const KIB_LOONWAARDE = 0.45;
const KIB_PLAN = 0.75;

const TREDE_PER_CATEGORIE: Record<StandaardCategorie, [Trede, number][]> = {
  job_ready: [
    [3, 10],
    [4, 35],
    [5, 45],
    [6, 10],
  ],
  bijna_job_ready: [
    [2, 15],
    [3, 45],
    [4, 35],
    [5, 5],
  ],
  nog_niet_job_ready: [
    [1, 5],
    [2, 40],
    [3, 45],
    [4, 10],
  ],
  niet_job_ready: [
    [1, 40],
    [2, 50],
    [3, 10],
  ],
  beheer: [
    [1, 45],
    [2, 45],
    [3, 10],
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Randomness and dates

function maakRng(seed: number): Faker {
  // Own instance with fakerNL's locale chain, so seeding never disturbs the shared fakerNL.
  const f = new Faker({ locale: [nl, en, base] });
  f.seed(seed);
  return f;
}

const tussen = (r: Faker, min: number, max: number) => r.number.int({ min, max: Math.max(min, max) });
const kans = (r: Faker, p: number) => r.number.float() < p;
const kies = <T>(r: Faker, lijst: readonly T[]): T => r.helpers.arrayElement(lijst);

function gewogen<T>(r: Faker, opties: readonly (readonly [T, number])[]): T {
  const totaal = opties.reduce((s, [, g]) => s + g, 0);
  let x = r.number.float() * totaal;
  for (const [waarde, g] of opties) {
    x -= g;
    if (x < 0) return waarde;
  }
  return opties[opties.length - 1][0];
}

/** Indices sorted by descending score (ties by index, so stable). */
function opScore(scores: number[], indices: number[]): number[] {
  return [...indices].sort((a, b) => scores[b] - scores[a] || a - b);
}

const FEESTDAGEN = ['01-01', '04-27', '12-25', '12-26'];
function isWerkdag(d: Datum): boolean {
  const dag = new Date(`${d}T00:00:00Z`).getUTCDay();
  return dag !== 0 && dag !== 6 && !FEESTDAGEN.includes(d.slice(5));
}
/** The nearest working day on or before d; or after it when that would fall before `ondergrens`. */
function werkdag(d: Datum, ondergrens?: Datum): Datum {
  let x = d;
  while (!isWerkdag(x)) x = plusDagen(x, -1);
  if (ondergrens && x < ondergrens) {
    x = d;
    while (!isWerkdag(x)) x = plusDagen(x, 1);
  }
  return x;
}
const min = (a: Datum, b: Datum) => (a < b ? a : b);
const max = (a: Datum, b: Datum) => (a > b ? a : b);

/** n working days spread over [van, tot]: one in each of n equal stretches. */
function gespreid(r: Faker, n: number, van: Datum, tot: Datum): Datum[] {
  const lengte = dagenTussen(van, tot) + 1;
  if (n <= 0 || lengte <= 0) return [];
  const stuk = lengte / n;
  const datums: Datum[] = [];
  for (let i = 0; i < n; i++) datums.push(werkdag(plusDagen(van, Math.floor(i * stuk + r.number.float() * stuk)), van));
  return datums.sort();
}

/** Office hours in the Netherlands: conversations on the half hour 09:00–16:00, other work 08:30–16:45. */
function tijdstip(r: Faker, gesprek: boolean): string {
  const minuten = gesprek ? 9 * 60 + 30 * tussen(r, 0, 14) : 8 * 60 + 30 + 15 * tussen(r, 0, 33);
  return klok(minuten);
}
const klok = (minuten: number) =>
  `${String(Math.floor(minuten / 60)).padStart(2, '0')}:${String(minuten % 60).padStart(2, '0')}`;
const naarMinuten = (tijd: string) => Number(tijd.slice(0, 2)) * 60 + Number(tijd.slice(3, 5));

// ---------------------------------------------------------------------------------------------------------------
// Names and other texts

const VOORNAMEN = {
  v: {
    jong: [
      'Lisa',
      'Anouk',
      'Sanne',
      'Lotte',
      'Fleur',
      'Iris',
      'Romy',
      'Esmee',
      'Britt',
      'Demi',
      'Naomi',
      'Julia',
      'Sophie',
      'Eva',
      'Milou',
      'Jade',
      'Amber',
      'Femke',
      'Kim',
      'Shanna',
    ],
    midden: [
      'Linda',
      'Sandra',
      'Melissa',
      'Kelly',
      'Daniëlle',
      'Jessica',
      'Priscilla',
      'Tamara',
      'Manon',
      'Mandy',
      'Samantha',
      'Natasja',
      'Wendy',
      'Marloes',
      'Nicole',
      'Ilse',
      'Shirley',
      'Angela',
      'Ellen',
      'Chantal',
    ],
    oud: [
      'Petra',
      'Monique',
      'Anja',
      'Ingrid',
      'Marja',
      'Yvonne',
      'Karin',
      'Jolanda',
      'Wilma',
      'Gerda',
      'Astrid',
      'Marian',
      'Esther',
      'Ria',
      'Carla',
      'Bianca',
      'Anita',
      'Henny',
      'Tineke',
      'Joke',
    ],
    tweede: ['Maria', 'Johanna', 'Hendrika', 'Cornelia', 'Geertruida', 'Wilhelmina', 'Elisabeth'],
  },
  m: {
    jong: [
      'Kevin',
      'Tim',
      'Bram',
      'Daan',
      'Jesse',
      'Niels',
      'Thijs',
      'Luuk',
      'Rick',
      'Jordy',
      'Stijn',
      'Milan',
      'Dylan',
      'Mike',
      'Bart',
      'Ruben',
      'Sven',
      'Lars',
      'Joey',
      'Nick',
    ],
    midden: [
      'Dennis',
      'Mark',
      'Patrick',
      'Jeroen',
      'Sander',
      'Erwin',
      'Marco',
      'Martijn',
      'Bas',
      'Stefan',
      'Remco',
      'Danny',
      'Michel',
      'Robin',
      'Vincent',
      'Raymond',
      'Jeffrey',
      'Roy',
      'Wouter',
      'Ronald',
    ],
    oud: [
      'Jan',
      'Peter',
      'Johan',
      'Henk',
      'Gerrit',
      'Kees',
      'Wim',
      'Hans',
      'Rob',
      'Ron',
      'Frank',
      'Erik',
      'Albert',
      'Harry',
      'Theo',
      'Gerard',
      'Richard',
      'Edwin',
      'André',
      'René',
    ],
    tweede: ['Johannes', 'Hendrikus', 'Cornelis', 'Jacobus', 'Gerardus', 'Wilhelmus', 'Petrus'],
  },
};

interface Naamgroep {
  v: string[];
  m: string[];
  achternamen: string[];
}
/** Dutch citizens with a migration background (long resident). */
const MIGRATIEACHTERGROND: Naamgroep[] = [
  {
    v: ['Fatma', 'Hatice', 'Zeynep', 'Esra', 'Sevda', 'Emine'],
    m: ['Mehmet', 'Hakan', 'Mustafa', 'Orhan', 'Kemal', 'Murat'],
    achternamen: ['Yılmaz', 'Kaya', 'Öztürk', 'Demir', 'Şahin', 'Aydın', 'Çelik'],
  },
  {
    v: ['Naima', 'Khadija', 'Samira', 'Yasmina', 'Malika', 'Nadia'],
    m: ['Mohamed', 'Youssef', 'Rachid', 'Karim', 'Said', 'Hamza'],
    achternamen: ['El Idrissi', 'Bouzid', 'Benali', 'Azzouzi', 'El Khatib', 'Ouali', 'Tahiri'],
  },
  {
    v: ['Sharda', 'Shanti', 'Rosita', 'Gracia', 'Sheila', 'Angelique'],
    m: ['Ricardo', 'Romano', 'Glenn', 'Rudy', 'Errol', 'Sunil'],
    achternamen: ['Ramdin', 'Sewdien', 'Kartosen', 'Martina', 'Isenia', 'Pinas', 'Doorson'],
  },
  {
    v: ['Agnieszka', 'Joanna', 'Katarzyna', 'Monika'],
    m: ['Tomasz', 'Piotr', 'Marek', 'Paweł'],
    achternamen: ['Nowak', 'Kaczmarek', 'Wójcik', 'Krawczyk', 'Mazur'],
  },
];
/** Statushouders: the largest groups of recent years. */
const NIEUWKOMERS: Naamgroep[] = [
  {
    v: ['Amal', 'Hiba', 'Nour', 'Rasha', 'Lina', 'Rania', 'Huda'],
    m: ['Ahmad', 'Mohammad', 'Omar', 'Khaled', 'Bilal', 'Hassan', 'Yazan'],
    achternamen: ['Al-Ahmad', 'Alhussein', 'Alkhatib', 'Haddad', 'Ibrahim', 'Darwish', 'Khalil', 'Sulaiman'],
  },
  {
    v: ['Rahwa', 'Selam', 'Senait', 'Yordanos', 'Luwam', 'Mebrat'],
    m: ['Yonas', 'Tesfay', 'Dawit', 'Filmon', 'Habtom', 'Amanuel'],
    achternamen: ['Haile', 'Tesfamariam', 'Berhane', 'Kidane', 'Gebremedhin', 'Tekle', 'Asmerom'],
  },
  {
    v: ['Mariam', 'Zahra', 'Farida', 'Shabnam', 'Nilofar'],
    m: ['Ali', 'Reza', 'Jawad', 'Farid', 'Nasir'],
    achternamen: ['Rahimi', 'Hamidi', 'Ahmadi', 'Sultani', 'Noori', 'Karimi'],
  },
];

const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';

const GESPREK_TEKSTEN: Record<string, string[]> = {
  Intakegesprek: [
    'Kennismaking en uitleg over rechten en plichten. Situatie op alle leefgebieden in kaart gebracht.',
    'Intake: werkervaring, opleiding, gezondheid en thuissituatie besproken. Klant staat open voor begeleiding.',
    'Eerste gesprek na de aanvraag. Inlichtingenplicht en arbeidsverplichtingen toegelicht; vragen over de inkomstenopgave beantwoord.',
  ],
  'Klant-in-beeld-gesprek': [
    'Klant-in-beeld-gesprek van ruim een uur: alle leefgebieden gescoord en samen gekeken wat nodig is.',
    'Breed gesprek over werk, gezondheid, geld en thuis. Advies over het pad besproken met klant.',
    'Uitgebreid kennismakingsgesprek na lange tijd; klant was blij met de aandacht. Scores en vervolg vastgelegd.',
  ],
  Voortgangsgesprek: [
    'Voortgang van de afspraken besproken. Klant is gemotiveerd en houdt zich aan de afspraken.',
    'Afspraken doorgenomen; een deel loopt nog niet. Samen bijgesteld.',
    'Klant geeft aan dat het goed gaat. Geen bijzonderheden.',
  ],
  'Plan van aanpak': [
    'Plan van aanpak opgesteld en besproken; klant gaat akkoord met de afspraken.',
    'Plan van aanpak geëvalueerd en bijgewerkt met nieuwe doelen.',
  ],
  Sollicitatieactiviteiten: [
    'Sollicitaties van de afgelopen weken doorgenomen. Twee reacties, één uitnodiging voor een gesprek.',
    'Cv samen verbeterd. Klant solliciteert vooral in de logistiek en de schoonmaak.',
  ],
  'Vacature bespreken': [
    'Vacature via het werkgeversservicepunt besproken; klant is enthousiast en reageert deze week.',
    'Passende vacature bij een productiebedrijf besproken. Proefplaatsing is mogelijk.',
  ],
  'Re-integratietraject': [
    'Tussenevaluatie van het traject met de jobcoach. Aanwezigheid goed, werktempo groeit.',
    'Traject gaat moeizaam door wisselende gezondheid; afgesproken het rustiger op te bouwen.',
  ],
  'Opleiding en cursus': [
    'Mogelijkheden voor een VCA- of heftruckcursus besproken.',
    'Klant wil een mbo-opleiding volgen; studiefinanciering en de gevolgen voor de uitkering besproken.',
  ],
  'Taal en inburgering': [
    'Voortgang van de taalcursus besproken. Spreekvaardigheid gaat vooruit; gesprek grotendeels in het Nederlands.',
    'Inburgering loopt; klant wil naast de lessen graag vrijwilligerswerk doen om te oefenen.',
  ],
  Vrijwilligerswerk: [
    'Klant doet twee dagdelen vrijwilligerswerk en vindt het prettig. Besproken of uitbreiding kan.',
    'Mogelijkheden voor vrijwilligerswerk in de wijk besproken; klant gaat kennismaken bij het buurthuis.',
  ],
  'Gezondheid en belastbaarheid': [
    'Klant is onder behandeling. Belastbaarheid voorlopig beperkt; over drie maanden opnieuw bespreken.',
    'Gezondheid besproken. Klant kan enkele uren per week iets doen, in een rustige omgeving.',
  ],
  'Schulden en geldzaken': [
    'Klant heeft betalingsachterstanden. Aanmelding bij schuldhulpverlening samen gedaan.',
    'Budgetbeheer loopt; er is weer rust in de financiën.',
  ],
  Dagbesteding: [
    'Dagbesteding besproken. Klant gaat twee ochtenden per week naar de inloop van het wijkteam.',
    'Klant heeft weinig structuur in de week; samen gekeken naar een vaste activiteit.',
  ],
  'Welzijn en sociale contacten': [
    'Klant heeft weinig contacten buiten de deur. Doorverwezen naar een maatjesproject.',
    'Klant maakt het goed en heeft contact met familie en buren. Geen nieuwe stappen nodig.',
  ],
  'Herbeoordeling vrijstelling': [
    'Situatie rond de vrijstelling besproken. Nog niet belastbaar; vrijstelling blijft staan.',
    'Herbeoordeling: gezondheid verbetert langzaam. Besproken wat na afloop van de vrijstelling mogelijk is.',
  ],
  'Jaarlijks contactmoment': [
    'Jaarlijks gesprek. Situatie ongewijzigd, klant redt zich goed.',
    'Jaarlijks contact: woonsituatie en gezondheid besproken, geen veranderingen.',
  ],
  'Wijziging in de thuissituatie': [
    'Klant meldt een wijziging in de woonsituatie. Gevolgen voor de uitkering uitgelegd.',
    'Partner is vertrokken; gevolgen voor de uitkering en de kinderopvang besproken.',
  ],
  'Vraag over de uitkering': [
    'Klant belde met een vraag over de betaaldatum. Uitgelegd en doorverwezen naar de website.',
    'Vraag over de inkomstenopgave van deze maand beantwoord.',
  ],
  'Werk gevonden': [
    'Klant heeft een arbeidscontract voor zes maanden. Beëindiging van de uitkering besproken.',
    'Klant kan aan de slag met loonkostensubsidie. Afspraken over de overgang gemaakt.',
  ],
};

const VERVOLG = [
  'Vervolggesprek over zes weken.',
  'Klant neemt zelf contact op bij vragen.',
  'Afspraken vastgelegd in het plan van aanpak.',
  'Volgend contact telefonisch over een maand.',
  'Verslag per e-mail nagestuurd.',
  'Over drie maanden evalueren.',
];

const ONDERWERPEN_PER_CATEGORIE: Record<StandaardCategorie, string[]> = {
  job_ready: [
    'Voortgangsgesprek',
    'Sollicitatieactiviteiten',
    'Vacature bespreken',
    'Plan van aanpak',
    'Opleiding en cursus',
  ],
  bijna_job_ready: [
    'Voortgangsgesprek',
    'Re-integratietraject',
    'Opleiding en cursus',
    'Plan van aanpak',
    'Sollicitatieactiviteiten',
  ],
  nog_niet_job_ready: [
    'Voortgangsgesprek',
    'Vrijwilligerswerk',
    'Gezondheid en belastbaarheid',
    'Schulden en geldzaken',
    'Plan van aanpak',
  ],
  niet_job_ready: [
    'Gezondheid en belastbaarheid',
    'Schulden en geldzaken',
    'Dagbesteding',
    'Voortgangsgesprek',
    'Welzijn en sociale contacten',
  ],
  beheer: ['Jaarlijks contactmoment', 'Welzijn en sociale contacten', 'Dagbesteding'],
};

const AFSPRAAK_OMSCHRIJVINGEN: Record<AfspraakSoort, string[]> = {
  vervolggesprek: [
    'Vervolggesprek over de voortgang van de afspraken',
    'Evaluatiegesprek plan van aanpak',
    'Vervolggesprek over de belastbaarheid',
  ],
  taal: [
    'Taalcursus NT2 niveau A2 bij het ROC, twee ochtenden per week',
    'Wekelijks oefenen met een taalmaatje',
    'Taalcafé in de bibliotheek bezoeken',
  ],
  opleiding: [
    'VCA-certificaat halen',
    'Mbo-2 opleiding logistiek (BBL)',
    'Cursus digitale vaardigheden',
    'Heftruckcertificaat behalen',
  ],
  vrijwilligerswerk: [
    'Vrijwilligerswerk bij de voedselbank, twee dagdelen per week',
    'Vrijwilligerswerk in de kringloopwinkel',
    'Gastvrouw of gastheer in het buurthuis',
  ],
  re_integratietraject: [
    'Werkfit-traject bij een re-integratiebedrijf',
    'Traject naar werk met begeleiding van een jobcoach',
    'Participatietraject bij het SW-bedrijf',
  ],
  werkervaringsplaats: [
    'Werkervaringsplaats in de groenvoorziening',
    'Werkervaringsplaats bij een supermarkt',
    'Proefplaatsing in een magazijn',
  ],
  solliciteren: [
    'Vier sollicitaties per maand en een overzicht bijhouden',
    'Cv bijwerken en inschrijven bij twee uitzendbureaus',
    'Reageren op vacatures van het werkgeversservicepunt',
  ],
  gezondheid: [
    'Behandeling bij de GGZ volgen',
    'Met de huisarts de belastbaarheid bespreken',
    'Beweegprogramma bij de fysiotherapeut volgen',
  ],
  schuldhulpverlening: [
    'Aanmelden bij schuldhulpverlening',
    'Budgetbeheer via de gemeentelijke kredietbank',
    'Administratie op orde brengen met de formulierenbrigade',
  ],
  tegenprestatie: [
    'Tegenprestatie bij de sportvereniging, één ochtend per week',
    'Tegenprestatie: ondersteuning in het wijkcentrum',
  ],
  doorverwijzing_netwerkpartner: [
    'Doorverwijzing naar het sociaal wijkteam',
    'Aanmelding bij maatschappelijk werk',
    'Doorverwijzing naar UWV voor een beoordeling arbeidsvermogen',
  ],
  overig: ['Kinderopvang regelen', 'Inschrijven bij de woningcorporatie', 'Rijbewijs halen (eigen kosten, in overleg)'],
};

const AFSPRAAK_DUUR: Record<AfspraakSoort, [number, number]> = {
  vervolggesprek: [21, 60],
  taal: [120, 365],
  opleiding: [60, 300],
  vrijwilligerswerk: [90, 180],
  re_integratietraject: [90, 180],
  werkervaringsplaats: [90, 180],
  solliciteren: [30, 90],
  gezondheid: [60, 180],
  schuldhulpverlening: [120, 365],
  tegenprestatie: [90, 180],
  doorverwijzing_netwerkpartner: [14, 60],
  overig: [30, 90],
};

const AFSPRAAK_SOORT_PER_CATEGORIE: Record<StandaardCategorie, [AfspraakSoort, number][]> = {
  job_ready: [
    ['solliciteren', 35],
    ['werkervaringsplaats', 15],
    ['opleiding', 15],
    ['re_integratietraject', 15],
    ['vervolggesprek', 15],
    ['overig', 5],
  ],
  bijna_job_ready: [
    ['re_integratietraject', 25],
    ['opleiding', 15],
    ['werkervaringsplaats', 15],
    ['vrijwilligerswerk', 10],
    ['solliciteren', 10],
    ['taal', 5],
    ['vervolggesprek', 15],
    ['schuldhulpverlening', 5],
  ],
  nog_niet_job_ready: [
    ['taal', 15],
    ['vrijwilligerswerk', 20],
    ['gezondheid', 15],
    ['tegenprestatie', 10],
    ['schuldhulpverlening', 10],
    ['opleiding', 10],
    ['vervolggesprek', 15],
    ['doorverwijzing_netwerkpartner', 5],
  ],
  niet_job_ready: [
    ['gezondheid', 25],
    ['schuldhulpverlening', 15],
    ['doorverwijzing_netwerkpartner', 20],
    ['vrijwilligerswerk', 10],
    ['vervolggesprek', 20],
    ['tegenprestatie', 5],
    ['overig', 5],
  ],
  beheer: [
    ['vervolggesprek', 45],
    ['vrijwilligerswerk', 15],
    ['tegenprestatie', 10],
    ['gezondheid', 15],
    ['doorverwijzing_netwerkpartner', 10],
    ['overig', 5],
  ],
};

const AFSPRAAK_RESULTAAT: Record<Exclude<AfspraakStatus, 'lopend'>, string[]> = {
  nagekomen: [
    'Afspraak nagekomen.',
    'Afgerond met certificaat.',
    'Klant heeft dit goed opgepakt.',
    'Nagekomen; vervolgstap besproken.',
  ],
  niet_nagekomen: [
    'Klant is gestopt zonder bericht.',
    'Niet nagekomen; besproken in het vervolggesprek.',
    'Onvoldoende inzet; opnieuw afgesproken.',
  ],
  vervallen: [
    'Vervallen door een wijziging in de situatie.',
    'Vervallen: klant is vrijgesteld.',
    'Vervangen door een nieuwe afspraak.',
  ],
};

const VRIJSTELLING_REDEN_GEWICHTEN: Record<VrijstellingSoort, [VrijstellingReden, number][]> = {
  formeel: [
    ['medisch_permanent', 26],
    ['medisch_tijdelijk', 20],
    ['multiproblematiek', 12],
    ['zorg_kind_onder_5', 12],
    ['hoge_leeftijd', 12],
    ['zorgtaken_overig', 8],
    ['eerst_arbeidsfit', 5],
    ['studie', 2],
    ['overig', 3],
  ],
  informeel: [
    ['medisch_tijdelijk', 35],
    ['multiproblematiek', 18],
    ['zorgtaken_overig', 14],
    ['eerst_arbeidsfit', 14],
    ['medisch_permanent', 4],
    ['zorg_kind_onder_5', 3],
    ['studie', 4],
    ['overig', 8],
  ],
};

const VRIJSTELLING_TOELICHTING: Record<VrijstellingReden, string> = {
  medisch_tijdelijk: 'Herstel na behandeling; volgens de huisarts tijdelijk niet belastbaar.',
  medisch_permanent: 'Chronische aandoening; medisch advies: geen benutbare mogelijkheden.',
  zorg_kind_onder_5: 'Alleenstaande ouder met een kind jonger dan 5 jaar (art. 9a).',
  zorgtaken_overig: 'Intensieve mantelzorg voor een ernstig ziek gezinslid.',
  multiproblematiek: 'Schulden, huisvesting en gezondheid spelen tegelijk; eerst stabiliseren.',
  eerst_arbeidsfit: 'Eerst de behandeling bij de GGZ afronden.',
  hoge_leeftijd: 'Klant bereikt binnenkort de AOW-leeftijd.',
  studie: 'Volgt een opleiding die naar verwachting tot werk leidt.',
  overig: 'Bijzondere omstandigheden in de thuissituatie.',
};

const LADDER_TOELICHTING: Record<Trede, string[]> = {
  1: ['Komt weinig buiten de deur; contacten vooral functioneel.', 'Sociaal geïsoleerd, klein netwerk.'],
  2: [
    'Heeft wekelijks contact met familie en buren buiten de deur.',
    'Sociale contacten buiten de deur, nog geen georganiseerde activiteit.',
  ],
  3: ['Neemt wekelijks deel aan een taalcursus.', 'Bezoekt wekelijks een activiteit in het buurthuis.'],
  4: ['Doet twee dagdelen per week vrijwilligerswerk.', 'Werkervaringsplaats met vaste taken.'],
  5: [
    'Werkt parttime met loonkostensubsidie.',
    'Betaald werk met begeleiding van een jobcoach; aanvullende uitkering.',
  ],
  6: [
    'Parttime betaald werk zonder ondersteuning; aanvullende uitkering.',
    'Werkt in deeltijd; inkomsten worden verrekend.',
  ],
};

const UITSTROOM_VERDELING: [Uitstroomreden, number][] = [
  ['werk', 40],
  ['werk_met_loonkostensubsidie', 12],
  ['inkomen_partner', 12],
  ['verhuizing', 12],
  ['andere_uitkering', 8],
  ['opleiding', 6],
  ['eigen_onderneming', 5],
  ['overig', 5],
];
const NAAR_WERK: Uitstroomreden[] = ['werk', 'werk_met_loonkostensubsidie', 'eigen_onderneming'];

// ---------------------------------------------------------------------------------------------------------------
// Rows

interface KlantRij {
  id: string;
  bsn: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: Datum;
  gemeenteId: string;
  adres: { straat: string; huisnummer: string; postcode: string; woonplaats: string };
  telefoon: string | null;
  email: string | null;
  doelgroep: Doelgroep;
  startdatum: Datum;
  categorie: StandaardCategorie;
  klantmanagerId: string | null;
  status: 'actief' | 'uitgestroomd';
  uitstroomdatum: Datum | null;
  uitstroomreden: Uitstroomreden | null;
}

interface ContactRij {
  id: string;
  klantId: string;
  medewerkerId: string;
  /** Local time in the Netherlands, 'YYYY-MM-DD HH:MM'. */
  moment: string;
  geregistreerd: string;
  kanaal: Kanaal;
  initiatief: Initiatief;
  resultaat: Resultaat;
  onderwerp: string;
  samenvatting: string;
  /** The campagne invitation this letter, call or conversation belongs to. */
  uitnodigingId?: string;
}

interface MetingRij {
  id: string;
  klantId: string;
  medewerkerId: string;
  trede: Trede;
  doeltrede: number | null;
  gemetenOp: Datum;
  toelichting: string;
  aangemaakt: string;
}

interface AfspraakRij {
  id: string;
  klantId: string;
  medewerkerId: string;
  soort: AfspraakSoort;
  omschrijving: string;
  startdatum: Datum;
  einddatum: Datum;
  status: AfspraakStatus;
  resultaatToelichting: string | null;
  aangemaakt: string;
  gewijzigd: string;
  doelId: string | null;
}

interface VrijstellingRij {
  id: string;
  klantId: string;
  medewerkerId: string;
  soort: VrijstellingSoort;
  omvang: VrijstellingOmvang[];
  reden: VrijstellingReden;
  ingangsdatum: Datum;
  einddatum: Datum | null;
  herbeoordelingsdatum: Datum;
  beschikkingKenmerk: string | null;
  beschikkingDatum: Datum | null;
  toelichting: string;
  ingetrokkenOp: Datum | null;
  aangemaakt: string;
  gewijzigd: string;
}

interface GesprekRij {
  id: string;
  klantId: string;
  medewerkerId: string;
  contactmomentId: string;
  /** The moment of its contactmoment (local time) and when it was registered. */
  moment: string;
  geregistreerd: string;
  scores: GemaakteScores['scores'];
  loonwaarde: GemaakteScores['loonwaarde'];
  berekendCategorie: string;
  berekendPad: Pad;
  adviesCategorie: string;
  pad: Pad;
  afwijkingReden: string | null;
  categorieOvergenomen: boolean;
  campagneId: string | null;
}

interface PlanRij {
  id: string;
  klantId: string;
  medewerkerId: string;
  /** Date of the latest gesprek, which the plan follows. */
  gesprekDatum: Datum;
  evaluatiedatum: Datum;
  versie: number;
  aangemaakt: string;
  gewijzigd: string;
  doelen: (NieuwDoel & { id: string })[];
}

export interface DemoDossiers {
  klanten: KlantRij[];
  contactmomenten: ContactRij[];
  gesprekken: GesprekRij[];
  plannen: PlanRij[];
  metingen: MetingRij[];
  afspraken: AfspraakRij[];
  vrijstellingen: VrijstellingRij[];
  campagnes?: { plan: DemoCampagnePlan; deelnemers: DeelnemerStart[] };
}

// ---------------------------------------------------------------------------------------------------------------
// Generation

interface Persoon {
  vrouw: boolean;
  leeftijd: number;
  dagenNaVerjaardag: number;
  doelgroep: Doelgroep;
  voornamen: string;
  achternaam: string;
  bsn: string;
  gemeente: { id: string; cbsCode: string; naam: string };
  adres: KlantRij['adres'];
  telefoon: string | null;
  email: string | null;
}

type Rol = 'gewoon' | 'nieuw' | 'intakeTeLaat';

interface Opzet {
  persoon: Persoon;
  categorie: StandaardCategorie;
  uitgestroomd: Uitstroomreden | null;
  /** Days before the peildatum. */
  uitstroomGeleden: number;
  klantmanager: string | null;
  medewerker: string;
  rol: Rol;
  /** Days from the startdatum uitkering to the end of the history (peildatum or uitstroomdatum). */
  looptijd: number;
  vrijstelling: null | { soort: VrijstellingSoort; herbeoordelen: boolean };
  vrijstellingVerlopen: boolean;
  vrijstellingVroeger: boolean;
  gesprekken: number;
  noShowOpen: boolean;
  afspraak: 'geen' | 'lopend' | 'verlopen' | 'recent_beeindigd';
  trede: Trede | null;
  /** Klant-in-beeld-gesprekken: the path chosen (the latest), the one the scores advise, and what followed. */
  kib: null | {
    pad: Pad;
    berekend: Pad;
    overgenomen: boolean;
    tweede: boolean;
    loonwaarde: boolean;
    plan: boolean;
  };
}

function zonderAccenten(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l');
}

/** People: drawn from their own seeded stream and independent of the date, so names and BSNs never change. */
function maakPersonen(plan: Plan, org: DemoKlantenOrganisatie, aantal: number): Persoon[] {
  const r = maakRng(plan.seed);
  const vrouwen = verdeel(r, aantal, [
    [true, 57],
    [false, 43],
  ]);
  const leeftijdsgroepen = verdeel(r, aantal, [
    ['jong', 9],
    ['midden', 35],
    ['oud', 56],
  ] as const);
  const gemeenten = verdeel(
    r,
    aantal,
    org.gemeenten.map((g) => [g, plan.gemeenten[g.cbsCode] ?? 0] as const),
  );
  const bsns = new Set<string>();
  return Array.from({ length: aantal }, (_, i): Persoon => {
    const vrouw = vrouwen[i];
    const groep = leeftijdsgroepen[i];
    const leeftijd = groep === 'jong' ? tussen(r, 18, 26) : groep === 'midden' ? tussen(r, 27, 45) : tussen(r, 46, 66);
    const doelgroep: Doelgroep =
      groep === 'jong'
        ? gewogen(r, [
            ['jongere_tot_27', 75],
            ['statushouder', 10],
            ['doelgroepregister', 8],
            ['brede_doelgroep', 7],
          ] as const)
        : gewogen(r, [
            ['brede_doelgroep', 80],
            ['statushouder', 10],
            ['doelgroepregister', 5],
            ['beschut_werk', 2.5],
            ['niet_uitkeringsgerechtigd', 2.5],
          ] as const);

    let voornamen: string;
    let achternaam: string;
    const herkomst = doelgroep === 'statushouder' ? 'nieuwkomer' : kans(r, 0.12) ? 'migratie' : 'nl';
    if (herkomst === 'nl') {
      const generatie = leeftijd <= 30 ? 'jong' : leeftijd <= 45 ? 'midden' : 'oud';
      const namen = VOORNAMEN[vrouw ? 'v' : 'm'];
      voornamen =
        generatie === 'jong' && kans(r, 0.3)
          ? r.person.firstName(vrouw ? 'female' : 'male')
          : kies(r, namen[generatie]);
      if (generatie === 'oud' && kans(r, 0.3)) voornamen += ` ${kies(r, namen.tweede)}`;
      achternaam = r.person.lastName();
    } else {
      const groepen = herkomst === 'nieuwkomer' ? NIEUWKOMERS : MIGRATIEACHTERGROND;
      const g = kies(r, groepen);
      voornamen = kies(r, vrouw ? g.v : g.m);
      achternaam = kies(r, g.achternamen);
    }

    let bsn: string | undefined;
    // The 9999-range is not issued to real people (it is what test environments use): demo BSNs never hit a real one.
    while (!bsn || bsns.has(bsn)) bsn = bsnMetControlecijfer(`9999${r.string.numeric(4)}`);
    bsns.add(bsn);

    const gemeente = gemeenten[i];
    const [pcVan, pcTot] = POSTCODES[gemeente.cbsCode] ?? [1000, 9999];
    let letters = '';
    while (!letters || ['SA', 'SD', 'SS'].includes(letters))
      letters = kies(r, [...POSTCODE_LETTERS]) + kies(r, [...POSTCODE_LETTERS]);
    const huisnummer = `${tussen(r, 1, 180)}${kans(r, 0.15) ? kies(r, ['a', 'b', 'c', '-1', '-2', '-3']) : ''}`;
    const adres = {
      straat: r.location.street(),
      huisnummer,
      postcode: `${tussen(r, pcVan, pcTot)} ${letters}`,
      woonplaats: gemeente.naam,
    };

    const telefoon = kans(r, 0.92) ? `06-${tussen(r, 1, 6)}${r.string.numeric(7)}` : null;
    let email: string | null = null;
    if (kans(r, 0.82)) {
      const v = zonderAccenten(voornamen.split(' ')[0]).toLowerCase();
      const a = zonderAccenten(achternaam)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const lokaal = kies(r, [`${v}.${a}`, `${v[0]}.${a}`, `${v}${a}${tussen(r, 1, 99)}`, `${v}_${a}`]);
      email = `${lokaal}@${kies(r, ['example.com', 'example.net', 'example.org'])}`;
    }
    return {
      vrouw,
      leeftijd,
      dagenNaVerjaardag: tussen(r, 0, 364),
      doelgroep,
      voornamen,
      achternaam,
      bsn,
      gemeente,
      adres,
      telefoon,
      email,
    };
  });
}

/** Who is what: categorie, caseload, vrijstelling, number of conversations... Counts, no dates yet. */
function maakOpzet(plan: Plan, org: DemoKlantenOrganisatie, personen: Persoon[]): Opzet[] {
  const r = maakRng(plan.seed + 1);
  const n = personen.length;
  const alle = personen.map((_, i) => i);
  const kmId = (naam: string) => {
    const km = org.klantmanagers.find((k) => k.gebruikersnaam === naam);
    if (!km) throw new Error(`Demo-klantmanager ${naam} ontbreekt`);
    return km.id;
  };

  // Categorie: further from work with age and for the doelgroepregister / beschut werk.
  const afstand = personen.map((p) => {
    let s = r.number.float();
    if (p.leeftijd >= 58) s += 0.45;
    else if (p.leeftijd >= 46) s += 0.2;
    if (p.doelgroep === 'jongere_tot_27') s -= 0.15;
    if (p.doelgroep === 'doelgroepregister' || p.doelgroep === 'beschut_werk') s += 0.35;
    return s;
  });
  const categorieen: StandaardCategorie[] = Array(n);
  {
    const volgorde = opScore(
      afstand.map((s) => -s),
      alle,
    );
    const reeks = verdeel(r, n, CATEGORIE_VERDELING).sort(
      (a, b) => CATEGORIE_VERDELING.findIndex(([c]) => c === a) - CATEGORIE_VERDELING.findIndex(([c]) => c === b),
    );
    volgorde.forEach((i, k) => (categorieen[i] = reeks[k]));
  }
  const nabijWerk: Record<StandaardCategorie, number> = {
    job_ready: 0.8,
    bijna_job_ready: 0.45,
    nog_niet_job_ready: 0.15,
    niet_job_ready: 0,
    beheer: -0.2,
  };

  // Uitstroom: mostly those close to work.
  const uitstroomScore = alle.map((i) => r.number.float() + nabijWerk[categorieen[i]]);
  const uitgestroomd = new Set(opScore(uitstroomScore, alle).slice(0, plan.uitgestroomd));
  const redenen = verdeel(r, plan.uitgestroomd, UITSTROOM_VERDELING);
  const actief = alle.filter((i) => !uitgestroomd.has(i));

  // Caseloads, exactly as planned.
  const kmVerdeling = [...Object.entries(plan.caseload), ['', plan.zonderKlantmanager] as [string, number]];
  const kms = r.helpers.shuffle(kmVerdeling.flatMap(([km, aantal]) => Array<string>(aantal).fill(km)));
  if (kms.length !== actief.length) throw new Error('Demoplan: caseloads tellen niet op');
  const klantmanager: (string | null)[] = Array(n).fill(null);
  actief.forEach((i, k) => (klantmanager[i] = kms[k] ? kmId(kms[k]) : null));
  const kmNamen = Object.keys(plan.caseload);
  for (const i of uitgestroomd) klantmanager[i] = kmId(kmNamen[i % kmNamen.length]);

  // New clients (no contact yet) and the ones whose intake is overdue.
  const rollen: Rol[] = Array(n).fill('gewoon');
  const volgordeActief = r.helpers.shuffle([...actief]);
  volgordeActief.slice(0, plan.nieuw).forEach((i) => (rollen[i] = 'nieuw'));
  volgordeActief.slice(plan.nieuw, plan.nieuw + plan.intakeTeLaat).forEach((i) => (rollen[i] = 'intakeTeLaat'));
  const gewoon = actief.filter((i) => rollen[i] === 'gewoon');

  // Looptijd of the uitkering, longer further from work; young people cannot have been on it for long.
  const looptijd: number[] = alle.map((i) => {
    if (rollen[i] === 'nieuw') return tussen(r, 1, 26);
    if (rollen[i] === 'intakeTeLaat') return tussen(r, 33, 60);
    const c = categorieen[i];
    const band = gewogen(r, [
      // A steady inflow: about as many start in a year as the organisatie sees leave.
      ['recent', { job_ready: 15, bijna_job_ready: 11, nog_niet_job_ready: 8, niet_job_ready: 4, beheer: 2 }[c]],
      ['kort', { job_ready: 35, bijna_job_ready: 35, nog_niet_job_ready: 30, niet_job_ready: 25, beheer: 12 }[c]],
      ['lang', { job_ready: 30, bijna_job_ready: 35, nog_niet_job_ready: 42, niet_job_ready: 50, beheer: 55 }[c]],
      ['zeerLang', { job_ready: 5, bijna_job_ready: 8, nog_niet_job_ready: 13, niet_job_ready: 17, beheer: 30 }[c]],
    ] as const);
    const [van, tot] = { recent: [45, 330], kort: [400, 1095], lang: [1096, 3650], zeerLang: [3651, 7300] }[band];
    let dagen = tussen(r, van, tot);
    const maximaal = (personen[i].leeftijd - 18) * 365 + 60;
    if (dagen > maximaal) dagen = tussen(r, 45, Math.max(45, Math.min(maximaal, 330)));
    // Keep the intake clearly inside or outside the 12-month window.
    if (dagen > 345 && dagen < 400) dagen = 400;
    return dagen;
  });
  const uitstroomGeleden = alle.map((i) => (uitgestroomd.has(i) ? tussen(r, 10, 330) : 0));

  // Active vrijstellingen: mostly far from work or close to the AOW.
  const aantalVrijgesteld = Math.round(AANDEEL_VRIJGESTELD * actief.length);
  const vrijScore = gewoon.map(
    (i) => r.number.float() - nabijWerk[categorieen[i]] + (personen[i].leeftijd >= 58 ? 0.2 : 0),
  );
  const vrijgesteld = opScore(
    vrijScore,
    gewoon.map((_, k) => k),
  )
    .slice(0, aantalVrijgesteld)
    .map((k) => gewoon[k]);
  const soorten = verdeel(r, vrijgesteld.length, [
    ['formeel', 50],
    ['informeel', 50],
  ] as const);
  const herbeoordelen = new Set(r.helpers.shuffle([...vrijgesteld]).slice(0, plan.herbeoordelen));
  const vrijstelling: Opzet['vrijstelling'][] = Array(n).fill(null);
  vrijgesteld.forEach((i, k) => (vrijstelling[i] = { soort: soorten[k], herbeoordelen: herbeoordelen.has(i) }));
  const nietVrijgesteld = r.helpers.shuffle(gewoon.filter((i) => !vrijstelling[i]));
  const verlopen = new Set(nietVrijgesteld.slice(0, plan.vrijstellingVerlopen));
  const vroeger = new Set(
    nietVrijgesteld.slice(plan.vrijstellingVerlopen).filter((i) => looptijd[i] > 730 && kans(r, 0.15)),
  );

  // Conversations in the last 12 months: exactly the national distribution, more often close to work, less
  // often when vrijgesteld. Nobody in their first year goes without a conversation (they had an intake).
  const gesprekken: number[] = Array(n).fill(0);
  {
    const aantallen = verdeel(r, actief.length, GESPREKKEN_VERDELING).sort((a, b) => b - a);
    const perAantal = new Map<number, number>();
    for (const a of aantallen) perAantal.set(a, (perAantal.get(a) ?? 0) + 1);
    const score = alle.map((i) => r.number.float() + nabijWerk[categorieen[i]] - (vrijstelling[i] ? 0.3 : 0));
    const zonder = actief.filter((i) => rollen[i] !== 'gewoon');
    const vrijeNullen = (perAantal.get(0) ?? 0) - zonder.length;
    // Those spoken least: not this year, or once, drawn from the same clients (long enough on the uitkering that
    // the intake was not in the 12 months before either). Which of them had their one conversation this year is
    // chance, as in a steady rhythm: otherwise the far-from-work (long norms) would all have been seen a year ago.
    const kandidatenNul = r.helpers
      .shuffle(
        opScore(
          score.map((s) => -s),
          gewoon.filter((i) => looptijd[i] >= 745),
        ).slice(0, vrijeNullen + (perAantal.get(1) ?? 0)),
      )
      .slice(0, vrijeNullen);
    const metNul = new Set([...zonder, ...kandidatenNul]);
    const rest = opScore(
      score,
      gewoon.filter((i) => !metNul.has(i)),
    );
    const bakken = [4, 3, 2, 1].flatMap((a) => Array<number>(perAantal.get(a) ?? 0).fill(a));
    rest.forEach((i, k) => (gesprekken[i] = bakken[k]));
    // A client on the uitkering for less than a year was spoken since the intake at most every six weeks or so:
    // one with a higher count swaps it with a longer-term client who was spoken as often as the newcomer could be.
    const haalbaar = (i: number) => (looptijd[i] > 345 ? 99 : Math.max(1, 1 + Math.floor((looptijd[i] - 20) / 45)));
    const lang = rest.filter((i) => looptijd[i] > 345);
    for (const i of rest) {
      if (gesprekken[i] <= haalbaar(i)) continue;
      const j = lang.find((l) => gesprekken[l] >= 1 && gesprekken[l] <= haalbaar(i));
      if (j === undefined) continue;
      [gesprekken[i], gesprekken[j]] = [gesprekken[j], gesprekken[i]];
      lang.splice(lang.indexOf(j), 1);
    }
    for (const i of uitgestroomd)
      gesprekken[i] = gewogen(r, [
        [1, 25],
        [2, 25],
        [3, 20],
        [4, 30],
      ] as const);
  }
  // Those who left were spoken like everyone while they were here (some not in their last year, unless they found
  // work: that was talked about), and newcomers among them in the rhythm that fits.
  const uitIndices = alle.filter((i) => uitgestroomd.has(i));
  for (const i of uitgestroomd) {
    if (!NAAR_WERK.includes(redenen[uitIndices.indexOf(i)]) && kans(r, 0.3)) gesprekken[i] = 0;
    if (looptijd[i] <= 345) gesprekken[i] = Math.min(gesprekken[i], Math.max(1, Math.floor(looptijd[i] / 120)));
  }
  const noShowOpen = new Set(r.helpers.shuffle([...gewoon]).slice(0, plan.noShowOpen));

  // Afspraken: a lopende afspraak for ~69% of the active clients (and all through their history), a few lopende
  // past their einddatum, a few others ended lately.
  const afspraak: Opzet['afspraak'][] = Array(n).fill('geen');
  {
    const lopend = Math.round(AANDEEL_MET_AFSPRAAK * actief.length) + plan.afspraakVerlopen;
    const recent = Math.round(AANDEEL_RECENT_BEEINDIGD * actief.length);
    const score = gewoon.map(
      (i) =>
        r.number.float() +
        0.5 * nabijWerk[categorieen[i]] +
        (gesprekken[i] === 0 ? -0.4 : gesprekken[i] >= 2 ? 0.2 : 0) -
        (vrijstelling[i] ? 0.2 : 0),
    );
    const met = opScore(
      score,
      gewoon.map((_, k) => k),
    )
      .slice(0, lopend + recent)
      .map((k) => gewoon[k]);
    const soort = verdeel(r, met.length, [
      ['lopend', lopend],
      ['recent_beeindigd', recent],
    ] as const);
    met.forEach((i, k) => (afspraak[i] = soort[k]));
    r.helpers
      .shuffle(met.filter((i) => afspraak[i] === 'lopend'))
      .slice(0, plan.afspraakVerlopen)
      .forEach((i) => (afspraak[i] = 'verlopen'));
  }

  // Klant-in-beeld-gesprekken: a third of the active clients spoken this year by their own klantmanager, the paden
  // as in Zwolle, each from the category that fits it (so the advice taken over is the client's category).
  const kib: Opzet['kib'][] = Array(n).fill(null);
  {
    const aantal = Math.round(AANDEEL_MET_KIB_GESPREK * actief.length);
    const kandidaten = r.helpers.shuffle(gewoon.filter((i) => klantmanager[i] && gesprekken[i] >= 1));
    const paden = verdeel(
      r,
      aantal,
      PADEN.map((p) => [p, ZWOLLE_PADEN_AANDEEL[p]] as const),
    );
    const gekozen: { i: number; pad: Pad }[] = [];
    for (const pad of PADEN) {
      const nodig = paden.filter((p) => p === pad).length;
      // The wijkteam takes niet job ready first, then beheer (whose category the klantmanager keeps).
      const passend = kandidaten
        .filter((i) => PAD_VOOR_CATEGORIE[categorieen[i]] === pad)
        .sort((a, b) => (categorieen[a] === 'beheer' ? 1 : 0) - (categorieen[b] === 'beheer' ? 1 : 0));
      passend.slice(0, nodig).forEach((i) => gekozen.push({ i, pad }));
    }
    const afwijkend = new Set(
      r.helpers.shuffle(gekozen.map((g) => g.i)).slice(0, Math.max(1, Math.round(KIB_AFWIJKING * gekozen.length))),
    );
    const tweede = new Set(
      r.helpers
        .shuffle(gekozen.map((g) => g.i).filter((i) => gesprekken[i] >= 2))
        .slice(0, Math.max(1, Math.round(KIB_TWEE_GESPREKKEN * actief.length))),
    );
    for (const { i, pad } of gekozen) {
      const past = categorieen[i] !== 'beheer';
      kib[i] = {
        pad,
        berekend: afwijkend.has(i) ? BUURPAD[pad] : pad,
        overgenomen: past && kans(r, 0.92),
        tweede: tweede.has(i),
        loonwaarde: kans(r, KIB_LOONWAARDE),
        plan: kans(r, KIB_PLAN),
      };
    }
  }

  // Current ladder trede: per categorie exactly its distribution.
  const trede: (Trede | null)[] = Array(n).fill(null);
  for (const [c] of CATEGORIE_VERDELING) {
    const groep = gewoon.filter((i) => categorieen[i] === c);
    const treden = verdeel(r, groep.length, TREDE_PER_CATEGORIE[c]);
    groep.forEach((i, k) => (trede[i] = treden[k]));
  }
  [...uitgestroomd].forEach((i, k) => {
    const reden = redenen[k];
    trede[i] = NAAR_WERK.includes(reden) ? (reden === 'werk' ? 6 : 5) : gewogen(r, TREDE_PER_CATEGORIE[categorieen[i]]);
  });

  let u = 0;
  const collega = org.klantmanagers.map((k) => k.id);
  return alle.map((i) => ({
    persoon: personen[i],
    categorie: categorieen[i],
    uitgestroomd: uitgestroomd.has(i) ? redenen[u++] : null,
    uitstroomGeleden: uitstroomGeleden[i],
    klantmanager: klantmanager[i],
    medewerker: klantmanager[i] ?? collega[i % collega.length],
    rol: rollen[i],
    looptijd: looptijd[i],
    vrijstelling: vrijstelling[i],
    vrijstellingVerlopen: verlopen.has(i),
    vrijstellingVroeger: vroeger.has(i),
    gesprekken: gesprekken[i],
    noShowOpen: noShowOpen.has(i),
    afspraak: afspraak[i],
    trede: trede[i],
    kib: kib[i],
  }));
}

/** Generates all rows for one organisatie. Pure: the same plan and peildatum give the same rows. */
export function genereerDemoKlanten(org: DemoKlantenOrganisatie, peildatum: Datum): DemoDossiers | undefined {
  const plan = PLANNEN[org.sleutel];
  if (!plan) return undefined;
  const aantal = Object.values(plan.caseload).reduce((s, a) => s + a, 0) + plan.zonderKlantmanager + plan.uitgestroomd;
  const opzet = maakOpzet(plan, org, maakPersonen(plan, org, aantal));
  const uit: DemoDossiers = {
    klanten: [],
    contactmomenten: [],
    gesprekken: [],
    plannen: [],
    metingen: [],
    afspraken: [],
    vrijstellingen: [],
  };
  const kenmerk = { nummer: 1000 + (plan.seed % 500) };
  const verhaal = (i: number, o: Opzet): Klantverhaal => {
    // Each client's history from its own stream: one client's story never shifts another's.
    const sleutel = `${org.sleutel}:${i}`;
    const eind = plusDagen(peildatum, -o.uitstroomGeleden);
    return {
      r: maakRng(plan.seed * 1_000 + i),
      sleutel,
      o,
      klantId: demoId(`klant:${sleutel}`),
      peildatum,
      eind,
      start: plusDagen(eind, -o.looptijd),
      uit,
      kenmerk,
      fase: (i * 0.618_033_988_75) % 1,
      campagne: [],
    };
  };
  // The campagnes are planned on the conversations each client's rhythm gives (drawn first, from the same
  // streams), and then are part of those histories: the campagne gesprek is the client's klant-in-beeld-gesprek.
  const team = new Map(org.klantmanagers.map((km) => [km.id, km.teamId ?? null]));
  const verhalen = opzet.map((o, i) => verhaal(i, o));
  const campagnes = org.campagnes
    ? planDemoCampagnes(
        org.sleutel,
        org.campagnes,
        opzet.map((o, i): CampagneKandidaat => {
          const k = verhalen[i];
          // Drawn once: the history goes on from here in the same stream.
          if (o.rol === 'gewoon') k.planning = gesprekPlanning(k);
          return {
            klantId: k.klantId,
            categorie: o.categorie,
            klantmanagerId: o.klantmanager,
            medewerkerId: o.medewerker,
            teamId: o.klantmanager ? (team.get(o.klantmanager) ?? null) : null,
            gemeenteCbs: o.persoon.gemeente.cbsCode,
            startdatum: k.start,
            uitstroomdatum: o.uitgestroomd ? k.eind : null,
            gezien: k.planning?.gesprekDatums.map((g) => g.datum) ?? [],
          };
        }),
        peildatum,
      )
    : undefined;
  if (campagnes) herzieKib(opzet, campagnes, (i) => demoId(`klant:${org.sleutel}:${i}`), maakRng(plan.seed + 2));
  for (const k of verhalen) {
    k.campagne = campagnes?.verhalen.get(k.klantId) ?? [];
    uit.klanten.push(klantRij(k));
    const { dagen: gesprekDagen, kib, campagneVan } = contactmomenten(k);
    gesprekkenEnPlan(k, kib, campagneVan);
    ladder(k, gesprekDagen);
    afspraken(k, gesprekDagen);
    vrijstellingen(k);
  }
  const km1 = org.klantmanagers.find((km) => km.gebruikersnaam === 'km1')?.id;
  if (km1) werkVoorKm1(uit, km1, peildatum);
  koppelAfsprakenAanDoelen(uit);
  if (campagnes) uit.campagnes = { plan: campagnes, deelnemers: startSituaties(uit, campagnes, team) };
  return uit;
}

/**
 * The klant-in-beeld-gesprekken of the campagnes are those of the clients who came: they take the place of as many
 * drawn ones on the same path (those with a second gesprek kept), so a third of the clients still had one this year
 * and the paths stay Zwolle's.
 */
function herzieKib(opzet: Opzet[], plan: DemoCampagnePlan, klantId: (i: number) => string, r: Faker): void {
  const doel = new Map<Pad, number>();
  for (const o of opzet) if (o.kib) doel.set(o.kib.pad, (doel.get(o.kib.pad) ?? 0) + 1);
  const gekomen = new Set<number>();
  // As elsewhere, about one in twenty klantmanagers chose another path than the advice (with a reason).
  let afwijkend = 0;
  opzet.forEach((o, i) => {
    const gesprek = plan.verhalen.get(klantId(i))?.find((v) => v.gesprek)?.gesprek;
    if (!gesprek) return;
    gekomen.add(i);
    // The category taken over in the campagne gesprek is the client's category since.
    if (gesprek.overgenomen) o.categorie = ADVIES_CATEGORIE[gesprek.pad] as StandaardCategorie;
    o.kib = {
      pad: gesprek.pad,
      berekend: afwijkend++ % 20 === 7 ? BUURPAD[gesprek.pad] : gesprek.pad,
      overgenomen: gesprek.overgenomen,
      tweede: false,
      loonwaarde: kans(r, KIB_LOONWAARDE),
      plan: gesprek.plan,
    };
  });
  for (const pad of PADEN) {
    const campagne = [...gekomen].filter((i) => opzet[i].kib!.pad === pad).length;
    const overig = r.helpers
      .shuffle(opzet.flatMap((o, i) => (o.kib?.pad === pad && !gekomen.has(i) ? [i] : [])))
      .sort((a, b) => Number(opzet[a].kib!.tweede) - Number(opzet[b].kib!.tweede));
    const teVeel = overig.length + campagne - (doel.get(pad) ?? 0);
    for (const i of overig.slice(0, Math.max(0, teVeel))) opzet[i].kib = null;
  }
}

/** Each deelnemer's situation when its campagne started, read from the dossier rows as they were then. */
function startSituaties(uit: DemoDossiers, plan: DemoCampagnePlan, team: Map<string, string | null>): DeelnemerStart[] {
  const klanten = new Map(uit.klanten.map((k) => [k.id, k]));
  const gezien = new Map<string, string[]>();
  for (const c of uit.contactmomenten)
    if (c.resultaat === 'gesproken' && GEZIEN_KANALEN.includes(c.kanaal))
      gezien.set(c.klantId, [...(gezien.get(c.klantId) ?? []), c.moment]);
  const metingen = new Map<string, MetingRij[]>();
  for (const m of uit.metingen) metingen.set(m.klantId, [...(metingen.get(m.klantId) ?? []), m]);
  return plan.campagnes.flatMap((c) =>
    c.deelnemers.map((d): DeelnemerStart => {
      const k = klanten.get(d.klantId)!;
      const laatst =
        (gezien.get(k.id) ?? [])
          .filter((m) => m < c.gestart)
          .sort()
          .pop() ?? null;
      const meting = (metingen.get(k.id) ?? [])
        .filter((m) => m.gemetenOp <= c.startdatum && m.aangemaakt < c.gestart)
        .sort((a, b) => (a.gemetenOp + a.aangemaakt < b.gemetenOp + b.aangemaakt ? -1 : 1))
        .pop();
      return {
        campagneId: c.id,
        klantId: k.id,
        medewerkerId: d.medewerkerId,
        categorie: d.categorie,
        trede: meting?.trede ?? null,
        laatstGezien: laatst,
        gemeenteId: k.gemeenteId,
        teamId: k.klantmanagerId ? (team.get(k.klantmanagerId) ?? null) : null,
        klantmanagerId: k.klantmanagerId,
      };
    }),
  );
}
const GEZIEN_KANALEN: Kanaal[] = ['gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon'];

/** One client's history being written. */
interface Klantverhaal {
  r: Faker;
  sleutel: string;
  o: Opzet;
  klantId: string;
  peildatum: Datum;
  /** End of the history: the peildatum, or the uitstroomdatum. */
  eind: Datum;
  /** Startdatum uitkering. */
  start: Datum;
  uit: DemoDossiers;
  kenmerk: { nummer: number };
  /** Where in its rhythm the client is (0–1): spread evenly over the clients, so no month gets more than another. */
  fase: number;
  /** The client's parts in the demo campagnes (demo-campagnes.ts). */
  campagne: DemoCampagneVerhaal[];
  /** The rhythm's conversations, when drawn ahead for the campagnes. */
  planning?: ReturnType<typeof gesprekPlanning>;
}

function klantRij({ o, klantId, peildatum, eind, start }: Klantverhaal): KlantRij {
  const p = o.persoon;
  return {
    id: klantId,
    bsn: p.bsn,
    voornamen: p.voornamen,
    achternaam: p.achternaam,
    geboortedatum: plusDagen(plusMaanden(peildatum, -12 * p.leeftijd), -p.dagenNaVerjaardag),
    gemeenteId: p.gemeente.id,
    adres: p.adres,
    telefoon: p.telefoon,
    email: p.email,
    doelgroep: p.doelgroep,
    startdatum: start,
    categorie: o.categorie,
    klantmanagerId: o.klantmanager,
    status: o.uitgestroomd ? 'uitgestroomd' : 'actief',
    uitstroomdatum: o.uitgestroomd ? eind : null,
    uitstroomreden: o.uitgestroomd,
  };
}

const NO_SHOW_TEKSTEN = [
  'Klant niet verschenen en niet afgemeld.',
  'Niet verschenen; telefonisch niet bereikbaar.',
  'Klant is niet gekomen.',
];
const AFGEZEGD_TEKSTEN = [
  'Klant heeft afgezegd wegens ziekte; nieuwe afspraak gemaakt.',
  'Afgezegd vanwege oppas voor de kinderen; afspraak verzet.',
  'Afgezegd wegens een sollicitatiegesprek; afspraak verzet.',
];
const NIET_BEREIKT_TEKSTEN = [
  'Niet opgenomen, voicemail ingesproken.',
  'Geen gehoor.',
  'Telefoon staat uit; later opnieuw geprobeerd.',
];
const UITNODIGING_TEKSTEN = {
  brief: 'Uitnodigingsbrief verstuurd voor een gesprek.',
  bericht: 'Uitnodiging via de berichtenbox verstuurd.',
  email: 'Uitnodiging per e-mail verstuurd met datum en tijd.',
};
const NA_NO_SHOW = 'Nieuwe uitnodiging verstuurd en gewezen op de plicht om te verschijnen.';
const VERZOEK_OM_CONTACT = 'Brief verstuurd met het verzoek contact op te nemen met de klantmanager.';

/**
 * The contactmomenten of one client; returns the days on which a conversation took place, and the contacts that
 * were klant-in-beeld-gesprekken.
 */
function contactmomenten(k: Klantverhaal): { dagen: Datum[]; kib: ContactRij[]; campagneVan?: Map<string, string> } {
  const { r, o, eind, start } = k;
  let volgnummer = 0;
  const contacten: ContactRij[] = [];
  const contact = (
    datum: Datum,
    kanaal: Kanaal,
    resultaat: Resultaat,
    onderwerp: string,
    samenvatting: string,
    initiatief: Initiatief = 'gemeente',
  ) => {
    const tijd = tijdstip(r, resultaat !== 'verstuurd' && kanaal !== 'telefoon');
    contacten.push({
      id: demoId(`contactmoment:${k.sleutel}:${volgnummer++}`),
      klantId: k.klantId,
      medewerkerId: o.medewerker,
      moment: `${datum} ${tijd}`,
      geregistreerd: `${datum} ${klok(naarMinuten(tijd) + tussen(r, 5, 120))}`,
      kanaal,
      initiatief,
      resultaat,
      onderwerp,
      samenvatting,
    });
  };
  const bewaar = () =>
    k.uit.contactmomenten.push(
      ...contacten.filter((c) => c.moment.slice(0, 10) <= eind && c.moment.slice(0, 10) < k.peildatum),
    );

  if (o.rol === 'nieuw') return { dagen: [], kib: [] };
  if (o.rol === 'intakeTeLaat') {
    const uitnodiging = werkdag(plusDagen(start, tussen(r, 3, 8)), start);
    contact(
      uitnodiging,
      'brief',
      'verstuurd',
      'Uitnodiging intakegesprek',
      'Uitnodiging voor het intakegesprek per brief verstuurd.',
    );
    bewaar();
    return { dagen: [], kib: [] };
  }

  const { laatste, aantal, gesprekDatums: getrokken } = k.planning ?? gesprekPlanning(k);
  // A campagne's letter, call and gesprek take the place of conversations the rhythm had in that time.
  const gesprekDatums = naCampagne(getrokken, (g) => g.datum, k.campagne);
  const gekomen = k.campagne.some((v) => v.gesprek);
  const kibDatums = o.kib && !gekomen ? kibDagen(k, gesprekDatums) : [];
  const kibContacten: ContactRij[] = [];
  const campagneVan = new Map<string, string>();

  // Each conversation with what typically goes with it: an invitation, sometimes a no-show or cancellation
  // first, a call not answered, a report by e-mail afterwards. A no-show is always followed up here.
  const onderwerpen =
    o.vrijstelling || o.vrijstellingVerlopen
      ? ['Herbeoordeling vrijstelling', 'Gezondheid en belastbaarheid', 'Voortgangsgesprek']
      : ONDERWERPEN_PER_CATEGORIE[o.categorie];
  const extra = o.persoon.doelgroep === 'statushouder' ? ['Taal en inburgering'] : [];
  const thuis = o.categorie === 'niet_job_ready' || o.categorie === 'beheer' ? 18 : 6;
  let vorige = plusDagen(start, -1);
  gesprekDatums.forEach(({ datum, onderwerp: gepland }, n) => {
    // The klant-in-beeld-gesprek is one of the conversations of the rhythm, on location, by the klantmanager.
    const vast = kibDatums.includes(n) ? 'Klant-in-beeld-gesprek' : gepland;
    let onderwerp =
      vast ?? kies(r, [...onderwerpen, ...extra, ...(kans(r, 0.1) ? ['Wijziging in de thuissituatie'] : [])]);
    if (o.uitgestroomd && n === gesprekDatums.length - 1 && NAAR_WERK.includes(o.uitgestroomd))
      onderwerp = 'Werk gevonden';
    const kanaal: Kanaal = vast
      ? 'gesprek_op_locatie'
      : gewogen(r, [
          ['gesprek_op_locatie', 55],
          ['telefoon', 22],
          ['huisbezoek', thuis],
          ['beeldbellen', 8],
        ] as const);
    const initiatief: Initiatief = kanaal === 'telefoon' && kans(r, 0.3) ? 'klant' : 'gemeente';
    if (initiatief === 'klant')
      onderwerp = kies(r, ['Vraag over de uitkering', 'Wijziging in de thuissituatie', onderwerp]);
    const voor = (dagen: number) => werkdag(plusDagen(datum, -dagen));
    const past = (d: Datum) => d > vorige && d >= start;
    if (kanaal !== 'telefoon' && initiatief === 'gemeente') {
      const x = r.number.float();
      if (x < 0.07) {
        const noShow = voor(tussen(r, 10, 20));
        const brief = werkdag(plusDagen(noShow, tussen(r, 1, 3)), plusDagen(noShow, 1));
        if (past(noShow) && brief < datum) {
          contact(noShow, 'gesprek_op_locatie', 'no_show', onderwerp, kies(r, NO_SHOW_TEKSTEN));
          contact(brief, 'brief', 'verstuurd', 'Nieuwe uitnodiging na no-show', NA_NO_SHOW);
        }
      } else if (x < 0.12) {
        const d = voor(tussen(r, 4, 12));
        if (past(d)) contact(d, 'gesprek_op_locatie', 'afgezegd', onderwerp, kies(r, AFGEZEGD_TEKSTEN), 'klant');
      } else if (x < 0.47) {
        const d = voor(tussen(r, 6, 14));
        const via = gewogen(r, [
          ['brief', 60],
          ['bericht', 25],
          ['email', 15],
        ] as const);
        const titel = onderwerp.startsWith('Klant') ? 'Uitnodiging klant in beeld-gesprek' : 'Uitnodiging gesprek';
        if (past(d)) contact(d, via, 'verstuurd', titel, UITNODIGING_TEKSTEN[via]);
      }
    } else if (kanaal === 'telefoon' && initiatief === 'gemeente' && kans(r, 0.25)) {
      const d = voor(tussen(r, 1, 6));
      if (past(d)) contact(d, 'telefoon', 'niet_bereikt', 'Telefonisch contact', kies(r, NIET_BEREIKT_TEKSTEN));
    }
    const tekst = kies(r, GESPREK_TEKSTEN[onderwerp]);
    contact(datum, kanaal, 'gesproken', onderwerp, kans(r, 0.5) ? `${tekst} ${kies(r, VERVOLG)}` : tekst, initiatief);
    if (vast === 'Klant-in-beeld-gesprek') kibContacten.push(contacten[contacten.length - 1]);
    if (kans(r, 0.15)) {
      const d = werkdag(plusDagen(datum, tussen(r, 1, 3)), plusDagen(datum, 1));
      const volgende = gesprekDatums[n + 1]?.datum ?? plusDagen(laatste, 1);
      if (d < volgende && d <= laatste) {
        if (o.categorie === 'job_ready' && kans(r, 0.5))
          contact(d, 'email', 'verstuurd', 'Vacatures', 'Twee passende vacatures doorgestuurd.');
        else
          contact(
            d,
            'email',
            'verstuurd',
            'Verslag en afspraken',
            'Gespreksverslag en afspraken per e-mail verstuurd.',
          );
      }
    }
    vorige = datum;
  });

  // The campagnes: per invitation the letter, the call the working day before and the conversation (or no-show).
  for (const v of k.campagne)
    for (const u of v.uitnodigingen) {
      const naar = (moment: string, kanaal: Kanaal, resultaat: Resultaat, onderwerp: string, samenvatting: string) =>
        contacten.push({
          id: demoId(`contactmoment:${k.sleutel}:${volgnummer++}`),
          klantId: k.klantId,
          medewerkerId: u.medewerkerId,
          moment,
          geregistreerd: `${moment.slice(0, 10)} ${klok(Math.min(naarMinuten(moment.slice(11)) + tussen(r, 5, 60), 17 * 60 + 15))}`,
          kanaal,
          initiatief: 'gemeente',
          resultaat,
          onderwerp,
          samenvatting,
          uitnodigingId: u.id,
        });
      naar(u.brief, 'brief', 'verstuurd', CAMPAGNE_BRIEF, campagneBrief(u));
      if (u.nabelMoment)
        naar(
          u.nabelMoment,
          'telefoon',
          u.nabellen === 'bereikt' ? 'gesproken' : 'niet_bereikt',
          CAMPAGNE_NABELLEN,
          u.nabellen === 'bereikt'
            ? kies(r, NABEL_TEKSTEN)
            : 'Niet bereikt; voicemail ingesproken met de herinnering aan de afspraak.',
        );
      if (u.uitkomst) {
        const kanaal: Kanaal = u.locatie === 'Huisbezoek' ? 'huisbezoek' : 'gesprek_op_locatie';
        const gesproken = u.uitkomst === 'gesproken';
        naar(
          u.moment,
          kanaal,
          u.uitkomst,
          'Klant-in-beeld-gesprek',
          gesproken ? kies(r, GESPREK_TEKSTEN['Klant-in-beeld-gesprek']) : kies(r, NO_SHOW_TEKSTEN),
        );
        if (gesproken && v.gesprek) {
          kibContacten.push(contacten[contacten.length - 1]);
          campagneVan.set(contacten[contacten.length - 1].id, v.campagneId);
        }
      }
    }
  const campagneDagen = k.campagne.flatMap((v) =>
    v.uitnodigingen.filter((u) => u.uitkomst === 'gesproken').map((u) => u.moment.slice(0, 10)),
  );

  // Not spoken in the last year: attempts that came to nothing (never ending on an unanswered no-show).
  if (aantal === 0 && !o.uitgestroomd && k.campagne.length === 0 && kans(r, 0.6)) {
    const t = werkdag(plusDagen(eind, -tussen(r, o.noShowOpen ? 45 : 30, 300)));
    const na = (d: Datum, dagen: number) => werkdag(plusDagen(d, dagen), plusDagen(d, 1));
    const patroon = gewogen(r, [
      ['noShow', 35],
      ['nietBereikt', 30],
      ['brief', 20],
      ['afgezegd', 15],
    ] as const);
    if (patroon === 'noShow') {
      const noShow = na(t, tussen(r, 7, 12));
      contact(
        t,
        'brief',
        'verstuurd',
        'Uitnodiging klant in beeld-gesprek',
        'Vriendelijke uitnodigingsbrief verstuurd; de dag ervoor wordt klant gebeld.',
      );
      contact(noShow, 'gesprek_op_locatie', 'no_show', 'Klant-in-beeld-gesprek', NO_SHOW_TEKSTEN[0]);
      contact(na(noShow, tussen(r, 1, 3)), 'brief', 'verstuurd', 'Nieuwe uitnodiging na no-show', NA_NO_SHOW);
    } else if (patroon === 'nietBereikt') {
      const tweede = na(t, tussen(r, 3, 10));
      contact(t, 'telefoon', 'niet_bereikt', 'Telefonisch contact', NIET_BEREIKT_TEKSTEN[1]);
      contact(tweede, 'telefoon', 'niet_bereikt', 'Telefonisch contact', NIET_BEREIKT_TEKSTEN[0]);
      contact(na(tweede, tussen(r, 1, 3)), 'brief', 'verstuurd', 'Verzoek om contact', VERZOEK_OM_CONTACT);
    } else if (patroon === 'brief') {
      contact(t, 'brief', 'verstuurd', 'Verzoek om contact', VERZOEK_OM_CONTACT);
    } else {
      contact(t, 'brief', 'verstuurd', 'Uitnodiging gesprek', UITNODIGING_TEKSTEN.brief);
      const tekst = 'Klant heeft afgezegd wegens ziekte; belt zelf voor een nieuwe afspraak.';
      contact(na(t, tussen(r, 6, 10)), 'gesprek_op_locatie', 'afgezegd', 'Voortgangsgesprek', tekst, 'klant');
    }
  }

  // The open no-show: invited, did not come, nothing since (everything else ended by `laatste`).
  if (o.noShowOpen) {
    const noShow = werkdag(plusDagen(eind, -tussen(r, 2, 14)), plusDagen(laatste, 2));
    const uitnodiging = werkdag(plusDagen(noShow, -tussen(r, 6, 9)));
    if (uitnodiging > laatste)
      contact(uitnodiging, 'brief', 'verstuurd', 'Uitnodiging gesprek', UITNODIGING_TEKSTEN.brief);
    contact(
      noShow,
      'gesprek_op_locatie',
      'no_show',
      aantal === 0 ? 'Klant-in-beeld-gesprek' : 'Voortgangsgesprek',
      NO_SHOW_TEKSTEN[0],
    );
  }

  if (o.uitgestroomd)
    contact(
      werkdag(eind),
      'brief',
      'verstuurd',
      'Beëindiging uitkering',
      'Besluit tot beëindiging van de bijstandsuitkering verstuurd.',
    );
  bewaar();
  return {
    dagen: [...gesprekDatums.map((g) => g.datum), ...campagneDagen].sort(),
    kib: kibContacten.sort((a, b) => (a.moment < b.moment ? -1 : 1)),
    campagneVan,
  };
}

const CAMPAGNE_BRIEF = 'Uitnodiging klant-in-beeld-gesprek';
const CAMPAGNE_NABELLEN = 'Nabellen uitnodiging klant-in-beeld-gesprek';
const NABEL_TEKSTEN = [
  'Klant gebeld over de afspraak van morgen; komt.',
  'Bereikt; klant weet van de afspraak en neemt de brief mee.',
  'Gebeld en herinnerd aan het gesprek; klant had er zin in.',
];
const campagneBrief = (u: DemoUitnodiging) =>
  `Uitnodigingsbrief verstuurd voor het klant-in-beeld-gesprek op ${u.moment.slice(0, 10)} om ${u.moment.slice(11)} (${u.locatie}).`;

/** The conversations of a client's rhythm: how many in the last 12 months, the last possible day, and the days. */
function gesprekPlanning(k: Klantverhaal): {
  laatste: Datum;
  aantal: number;
  gesprekDatums: { datum: Datum; onderwerp?: string }[];
} {
  const { r, o, eind } = k;
  // Conversations in the 12 months before `eind` and, for clients on the uitkering longer, before that.
  const laatste = plusDagen(eind, o.noShowOpen ? -16 : -1);
  const veel = () =>
    o.gesprekken < 4
      ? o.gesprekken
      : gewogen(r, [
          [4, 35],
          [5, 25],
          [6, 18],
          [7, 10],
          [8, 7],
          [10, 5],
        ] as const);
  // A newcomer's rhythm fits in the months since the intake.
  const aantal = Math.min(veel(), o.looptijd <= 345 ? 4 : 10);
  return { laatste, aantal, gesprekDatums: gesprekDagen(k, aantal, laatste) };
}

/** Which conversations of the last 12 months were klant-in-beeld-gesprekken: one, or two far enough apart. */
function kibDagen({ r, o, eind }: Klantverhaal, gesprekken: { datum: Datum; onderwerp?: string }[]): number[] {
  const inJaar = gesprekken.flatMap((g, n) => (g.datum > plusDagen(eind, -355) ? [n] : []));
  const kandidaten = inJaar.filter((n) => gesprekken[n].onderwerp !== 'Intakegesprek');
  const lijst = kandidaten.length > 0 ? kandidaten : inJaar;
  if (lijst.length === 0) return [];
  const [eerste, laatste] = [lijst[0], lijst[lijst.length - 1]];
  if (o.kib?.tweede && dagenTussen(gesprekken[eerste].datum, gesprekken[laatste].datum) >= 90) return [eerste, laatste];
  return [kies(r, lijst)];
}

const ADVIES_CATEGORIE: Record<Pad, string> = Object.fromEntries(
  [...STANDAARD_ADVIESREGELS.regels, STANDAARD_ADVIESREGELS.anders].map((regel) => [regel.pad, regel.categorie]),
) as Record<Pad, string>;

/** The gesprek rows of the klant-in-beeld contacts, and the plan that followed the latest one. */
function gesprekkenEnPlan(k: Klantverhaal, contacten: ContactRij[], campagneVan?: Map<string, string>): void {
  const { r, o, sleutel, klantId, uit, peildatum } = k;
  if (!o.kib || contacten.length === 0) return;
  const kib = o.kib;
  let laatste: { scores: GemaakteScores['scores']; datum: Datum; moment: string } | undefined;
  contacten.forEach((c, n) => {
    const eerder = n < contacten.length - 1;
    // An earlier gesprek found the client further from work; the advice was followed then.
    const pad = eerder ? verderVanWerk(kib.pad) : kib.pad;
    const berekend = eerder ? pad : kib.berekend;
    const gemaakt = scoresVoorPad(r, berekend, kib.loonwaarde);
    uit.gesprekken.push({
      id: demoId(`gesprek:${sleutel}:${n}`),
      klantId,
      medewerkerId: c.medewerkerId,
      contactmomentId: c.id,
      moment: c.moment,
      geregistreerd: c.geregistreerd,
      scores: gemaakt.scores,
      loonwaarde: gemaakt.loonwaarde,
      berekendCategorie: ADVIES_CATEGORIE[berekend],
      berekendPad: berekend,
      adviesCategorie: ADVIES_CATEGORIE[pad],
      pad,
      afwijkingReden: berekend === pad ? null : afwijkingReden(r, pad),
      categorieOvergenomen: kib.overgenomen,
      campagneId: campagneVan?.get(c.id) ?? null,
    });
    laatste = { scores: gemaakt.scores, datum: c.moment.slice(0, 10), moment: c.moment };
  });
  if (!kib.plan || !laatste) return;
  const eerste = plusDagen(laatste.datum, tussen(r, 90, 180));
  // A plan whose evaluatiedatum passed was mostly evaluated: a new date, version 2.
  const geevalueerd = eerste < plusDagen(peildatum, -7) && kans(r, 0.75);
  const evaluatiedatum = geevalueerd ? plusDagen(eerste, tussen(r, 90, 180)) : eerste;
  const aangemaakt = `${laatste.datum} ${klok(Math.min(naarMinuten(laatste.moment.slice(11)) + tussen(r, 60, 120), 17 * 60))}`;
  uit.plannen.push({
    id: demoId(`plan:${sleutel}`),
    klantId,
    medewerkerId: o.medewerker,
    gesprekDatum: laatste.datum,
    evaluatiedatum,
    versie: geevalueerd ? 2 : 1,
    aangemaakt,
    gewijzigd: geevalueerd ? `${eerste} ${tijdstip(r, false)}` : aangemaakt,
    doelen: doelenNa(r, laatste.scores, kib.pad, laatste.datum, peildatum).map((d, n) => ({
      ...d,
      id: demoId(`plan_doel:${sleutel}:${n}`),
    })),
  });
}

/**
 * The demo klantmanager km1 has a plan to evaluate (evaluatiedatum within 14 days) and a gesprek without a plan
 * after 28 days, whatever the draw gave: the worklist kinds plan_evalueren and plan_nodig show on her werkvoorraad.
 */
function werkVoorKm1(uit: DemoDossiers, km1: string, peildatum: Datum): void {
  const vanKm1 = (klantId: string) =>
    uit.klanten.find((k) => k.id === klantId && k.status === 'actief')?.klantmanagerId === km1;
  const plannen = uit.plannen.filter((p) => vanKm1(p.klantId));
  const binnenkort = plusDagen(peildatum, 7);
  if (!plannen.some((p) => p.evaluatiedatum <= plusDagen(peildatum, 14))) {
    const plan =
      plannen.find(
        (p) => dagenTussen(p.gesprekDatum, binnenkort) >= 90 && dagenTussen(p.gesprekDatum, binnenkort) <= 180,
      ) ?? plannen[0];
    if (plan) Object.assign(plan, { evaluatiedatum: binnenkort, versie: 1, gewijzigd: plan.aangemaakt });
  }
  const laatsteGesprek = new Map<string, Datum>();
  for (const g of uit.gesprekken)
    laatsteGesprek.set(g.klantId, max(laatsteGesprek.get(g.klantId) ?? g.moment.slice(0, 10), g.moment.slice(0, 10)));
  const metPlan = new Set(uit.plannen.map((p) => p.klantId));
  const oudGenoeg = (klantId: string) => laatsteGesprek.get(klantId)! < plusDagen(peildatum, -28);
  if (![...laatsteGesprek.keys()].some((klantId) => vanKm1(klantId) && !metPlan.has(klantId) && oudGenoeg(klantId))) {
    const zonder = uit.plannen.find(
      (p) => vanKm1(p.klantId) && oudGenoeg(p.klantId) && p.evaluatiedatum > plusDagen(peildatum, 14),
    );
    if (zonder) uit.plannen.splice(uit.plannen.indexOf(zonder), 1);
  }
}

/** The afspraken running at or after the gesprek serve the plan's doelen (in turn). */
function koppelAfsprakenAanDoelen(uit: DemoDossiers): void {
  const plannen = new Map(uit.plannen.map((p) => [p.klantId, p]));
  const beurt = new Map<string, number>();
  for (const a of uit.afspraken) {
    const plan = plannen.get(a.klantId);
    if (!plan || a.einddatum < plan.gesprekDatum || a.startdatum > plan.doelen[0].streefdatum) continue;
    const n = beurt.get(a.klantId) ?? 0;
    a.doelId = plan.doelen[n % plan.doelen.length].id;
    beurt.set(a.klantId, n + 1);
  }
}

/** How far back the steady rhythm of conversations goes: the 24-month trend plus its 12-month window. */
const RITME_DAGEN = 3 * 365 + 31;
/** How far back a client with a lopende afspraak has had one after the other: the 24 months of the trend. */
const KETEN_DAGEN = 2 * 365 + 31;
/**
 * Intervals (days) between conversations of clients spoken at most once a year, with their weight. With a random
 * phase, a client with interval I is spoken in a given 12 months with chance 365/I: over these weights about 36%,
 * the 18 of the 32 + 18% spoken at most once (participatiewet.md).
 */
const ZELDEN_INTERVAL: [number, number][] = [
  [400, 8],
  [550, 12],
  [800, 20],
  [1200, 20],
  [2000, 20],
  [4000, 20],
];

/**
 * The days of the conversations: exactly `aantal` in the 12 months before `eind` (the intake counts for a client who
 * started this year). A steady organisatie: each client is spoken in a rhythm of its own (every 365/aantal days, or
 * rarer for those spoken at most once) at a phase spread evenly over the clients, back over RITME_DAGEN, so every month of the trend looks
 * alike; older ones and the intake for clients on the uitkering longer.
 */
function gesprekDagen(
  { r, o, eind, start, fase: deel }: Klantverhaal,
  aantal: number,
  laatste: Datum,
): { datum: Datum; onderwerp?: string }[] {
  const dagen: { datum: Datum; onderwerp?: string }[] = [];
  const intake = () => {
    const datum = werkdag(plusDagen(start, tussen(r, 3, 21)), start);
    dagen.push({ datum, onderwerp: 'Intakegesprek' });
    return datum;
  };
  const sorteer = () => dagen.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  if (o.looptijd <= 345) {
    // Since the intake, in the same rhythm as everyone (maakOpzet gave newcomers a count that fits).
    const datum = intake();
    const van = min(plusDagen(datum, 10), plusDagen(laatste, -5));
    const ruimte = dagenTussen(van, laatste);
    const stap = Math.min(365 / Math.max(1, aantal), ruimte / Math.max(1, aantal - 1));
    const fase = r.number.float() * Math.max(0, ruimte - (aantal - 2) * stap);
    for (let j = 0; j < aantal - 1; j++)
      dagen.push({ datum: werkdag(plusDagen(laatste, -Math.round(fase + j * stap)), van) });
    return sorteer();
  }
  const intakeDatum = start >= plusDagen(eind, -RITME_DAGEN) ? intake() : undefined;
  // Days before `eind`: in the 12 months at most 357 (a working day may be up to 3 earlier), outside at least 372.
  const afstand = dagenTussen(laatste, eind);
  let interval: number;
  let fase: number;
  if (aantal >= 2) {
    interval = 365 / aantal;
    fase = afstand + deel * Math.max(0, interval - afstand);
  } else {
    const kansOpGesprek = (i: number) => (aantal === 1 ? 365 / i : 1 - 365 / i);
    interval = gewogen(
      r,
      ZELDEN_INTERVAL.map(([i, g]) => [i, g * kansOpGesprek(i)] as const),
    );
    fase = aantal === 1 ? afstand + deel * (357 - afstand) : 372 + deel * (interval - 372);
  }
  // Back far enough that the first month of the trend knows the latest conversation before it.
  const vroegst = max(plusDagen(start, 30), plusDagen(eind, -Math.min(RITME_DAGEN, KETEN_DAGEN + interval + 31)));
  const ritme: Datum[] = [];
  for (let j = 0; ; j++) {
    let dagenVoor = fase + j * interval + (aantal >= 2 ? (r.number.float() - 0.5) * 0.3 * interval : 0);
    dagenVoor = j < aantal ? Math.min(357, Math.max(afstand, dagenVoor)) : Math.max(372, dagenVoor);
    const datum = werkdag(plusDagen(eind, -Math.round(dagenVoor)));
    if (datum < vroegst) break;
    if (ritme.length === 0 || datum < ritme[ritme.length - 1]) ritme.push(datum);
  }
  dagen.push(...ritme.map((d) => ({ datum: d })));
  if (!intakeDatum) {
    // Older conversations, for the ladder history; someone never spoken in the rhythm had at least one.
    const ouderVan = max(plusDagen(start, 30), plusDagen(eind, -6 * 365));
    let ouder = tussen(r, 0, 2) + (o.categorie === 'job_ready' || o.categorie === 'bijna_job_ready' ? 1 : 0);
    if (ritme.length === 0) ouder = Math.max(ouder, 1);
    const tot = plusDagen(vroegst, -10);
    if (ouderVan < tot) dagen.push(...gespreid(r, ouder, ouderVan, tot).map((d) => ({ datum: d })));
    else if (ritme.length === 0) intake();
  }
  return sorteer();
}

/** Ladder: measured in conversations, 1–3 times, the latest on the client's current trede; mostly upward. */
function ladder({ r, o, sleutel, klantId, uit }: Klantverhaal, gesprekDagen: Datum[]): void {
  if (!o.trede || gesprekDagen.length === 0) return;
  const doel = o.looptijd < 365 ? 1 : o.looptijd < 1095 ? tussen(r, 1, 2) : tussen(r, 1, 3);
  const eerste = gesprekDagen[0];
  const laatste = gesprekDagen[gesprekDagen.length - 1];
  const dagen: Datum[] = [];
  if (doel === 1) dagen.push(kans(r, 0.6) ? laatste : eerste);
  else {
    dagen.push(eerste);
    const midden = gesprekDagen.filter((d) => dagenTussen(eerste, d) >= 150 && dagenTussen(d, laatste) >= 150);
    if (doel === 3 && midden.length > 0) dagen.push(kies(r, midden));
    if (dagenTussen(eerste, laatste) >= 150) dagen.push(laatste);
  }
  let trede: Trede = o.trede;
  const treden: Trede[] = [trede];
  for (let n = 1; n < dagen.length; n++) {
    trede = Math.min(
      6,
      Math.max(
        1,
        trede -
          gewogen(r, [
            [0, 50],
            [1, 35],
            [2, 5],
            [-1, 10],
          ] as const),
      ),
    ) as Trede;
    treden.unshift(trede);
  }
  dagen.forEach((d, n) => {
    const t = treden[n];
    uit.metingen.push({
      id: demoId(`ladder_meting:${sleutel}:${n}`),
      klantId,
      medewerkerId: o.medewerker,
      trede: t,
      doeltrede: t < 6 && o.categorie !== 'beheer' && kans(r, 0.4) ? Math.min(6, t + tussen(r, 1, 2)) : null,
      gemetenOp: d,
      toelichting: kies(r, LADDER_TOELICHTING[t]),
      aangemaakt: `${d} ${tijdstip(r, false)}`,
    });
  });
}

/** Afspraken: what runs now (or ended lately), and older ones with their outcome. */
function afspraken({ r, o, sleutel, klantId, uit, peildatum, eind, start }: Klantverhaal, gesprekDagen: Datum[]): void {
  let nummer = 0;
  const afspraak = (
    soort: AfspraakSoort,
    startdatum: Datum,
    einddatum: Datum,
    status: AfspraakStatus,
    toelichting?: string,
  ) => {
    const begin = min(startdatum, einddatum);
    const aangemaakt = `${begin} ${tijdstip(r, true)}`;
    uit.afspraken.push({
      id: demoId(`afspraak:${sleutel}:${nummer++}`),
      klantId,
      medewerkerId: o.medewerker,
      soort,
      omschrijving: kies(r, AFSPRAAK_OMSCHRIJVINGEN[soort]),
      startdatum: begin,
      einddatum,
      status,
      resultaatToelichting: status === 'lopend' ? null : (toelichting ?? kies(r, AFSPRAAK_RESULTAAT[status])),
      aangemaakt,
      gewijzigd: status === 'lopend' ? aangemaakt : `${einddatum} ${tijdstip(r, false)}`,
      doelId: null,
    });
  };
  const kiesSoort = (): AfspraakSoort => {
    if (o.vrijstelling)
      return gewogen(r, [
        ['gezondheid', 40],
        ['vervolggesprek', 35],
        ['doorverwijzing_netwerkpartner', 25],
      ] as const);
    if (o.persoon.doelgroep === 'statushouder' && o.categorie !== 'job_ready' && kans(r, 0.5)) return 'taal';
    return gewogen(r, AFSPRAAK_SOORT_PER_CATEGORIE[o.categorie]);
  };
  const duur = (soort: AfspraakSoort) => tussen(r, ...AFSPRAAK_DUUR[soort]);

  const slot = () =>
    gewogen(r, [
      ['nagekomen', 55],
      ['niet_nagekomen', 25],
      ['vervallen', 20],
    ] as const);
  // A steady organisatie: a client with a lopende afspraak today has had one after the other all through the
  // trend period (so the share is the same in every month), agreed mostly in a conversation.
  const keten = (grens: { datum: Datum; status: AfspraakStatus; toelichting?: string } | null) => {
    let begin = max(plusDagen(start, 14), plusDagen(eind, -KETEN_DAGEN));
    for (;;) {
      // Mostly the longer kinds: a short vervolggesprek is rarely all that was agreed.
      let soort = kiesSoort();
      if (AFSPRAAK_DUUR[soort][1] < 90) soort = kiesSoort();
      const gesprek = gesprekDagen.filter((d) => d <= begin && d >= plusDagen(begin, -20)).pop();
      const van = gesprek && gesprek >= start ? gesprek : begin;
      const einde = plusDagen(van, duur(soort));
      if (grens && einde >= grens.datum) {
        afspraak(
          soort,
          max(start, min(van, plusDagen(grens.datum, -14))),
          grens.datum,
          grens.status,
          grens.toelichting,
        );
        return;
      }
      if (!grens && einde > peildatum) {
        afspraak(soort, van, einde, 'lopend');
        if (kans(r, 0.2) && soort !== 'vervolggesprek')
          afspraak('vervolggesprek', van, plusDagen(peildatum, tussen(r, 7, 50)), 'lopend');
        return;
      }
      afspraak(soort, van, einde, slot());
      // The next one starts soon after, and no later than today (it is the one running now).
      begin = min(plusDagen(einde, tussen(r, 0, 10)), peildatum);
    }
  };

  if (o.afspraak === 'verlopen') {
    keten({ datum: plusDagen(peildatum, -tussen(r, 1, 40)), status: 'lopend' });
  } else if (o.afspraak === 'lopend') {
    keten(null);
  } else if (o.afspraak === 'recent_beeindigd') {
    const soort = kiesSoort();
    const einddatum = max(plusDagen(start, 14), plusDagen(peildatum, -tussen(r, 1, 60)));
    const status = gewogen(r, [
      ['nagekomen', 60],
      ['niet_nagekomen', 25],
      ['vervallen', 15],
    ] as const);
    afspraak(soort, max(plusDagen(start, 7), plusDagen(einddatum, -duur(soort))), einddatum, status);
  }
  // Older afspraken with their outcome, before the trend period (within it only the clients above have them).
  const ouderTot = plusDagen(eind, -KETEN_DAGEN);
  if (o.looptijd >= 180 && !o.uitgestroomd) {
    const aantal = gewogen(r, [
      [0, 35],
      [1, 35],
      [2, 20],
      [3, 10],
    ] as const);
    for (const begin of gespreid(
      r,
      aantal,
      max(plusDagen(start, 14), plusDagen(eind, -6 * 365)),
      plusDagen(ouderTot, -120),
    )) {
      const soort = kiesSoort();
      afspraak(soort, begin, min(plusDagen(begin, duur(soort)), plusDagen(ouderTot, -1)), slot());
    }
  }
  if (o.uitgestroomd) {
    const naarWerk = NAAR_WERK.includes(o.uitgestroomd);
    const soort: AfspraakSoort = naarWerk
      ? kies(r, ['solliciteren', 'werkervaringsplaats', 're_integratietraject'] as const)
      : kiesSoort();
    const grens = naarWerk
      ? { datum: eind, status: 'nagekomen' as const, toelichting: 'Klant heeft werk gevonden; uitkering beëindigd.' }
      : { datum: eind, status: 'vervallen' as const, toelichting: 'Vervallen door uitstroom.' };
    // Most of those who left had afspraken all along, as the clients still here.
    if (kans(r, AANDEEL_MET_AFSPRAAK)) keten(grens);
    else afspraak(soort, max(start, plusDagen(eind, -duur(soort))), eind, grens.status, grens.toelichting);
  }
}

type NieuweVrijstelling = Omit<
  VrijstellingRij,
  'id' | 'klantId' | 'medewerkerId' | 'toelichting' | 'aangemaakt' | 'gewijzigd' | 'omvang'
>;

const OMVANG: Record<VrijstellingSoort, [VrijstellingOmvang[], number][]> = {
  formeel: [
    [['arbeidsverplichtingen', 're_integratieverplichtingen', 'tegenprestatie'], 55],
    [['arbeidsverplichtingen', 're_integratieverplichtingen'], 30],
    [['arbeidsverplichtingen'], 15],
  ],
  informeel: [
    [['arbeidsverplichtingen', 're_integratieverplichtingen'], 40],
    [['arbeidsverplichtingen'], 25],
    [['re_integratieverplichtingen'], 15],
    [['arbeidsverplichtingen', 're_integratieverplichtingen', 'tegenprestatie'], 20],
  ],
};

/** The current vrijstelling (formeel or informeel), an informal one past its einddatum, or one withdrawn long ago. */
function vrijstellingen(k: Klantverhaal): void {
  const { r, o, peildatum, start } = k;
  const p = o.persoon;
  let nummer = 0;
  const vrijstelling = (v: NieuweVrijstelling) => {
    const aangemaakt = `${v.beschikkingDatum ?? v.ingangsdatum} ${tijdstip(r, false)}`;
    k.uit.vrijstellingen.push({
      ...v,
      id: demoId(`vrijstelling:${k.sleutel}:${nummer++}`),
      klantId: k.klantId,
      medewerkerId: o.medewerker,
      omvang: [...gewogen(r, OMVANG[v.soort])],
      toelichting: (v.soort === 'informeel' ? 'Rustperiode. ' : '') + VRIJSTELLING_TOELICHTING[v.reden],
      aangemaakt,
      gewijzigd: v.ingetrokkenOp ? `${v.ingetrokkenOp} ${tijdstip(r, false)}` : aangemaakt,
    });
  };
  const kiesReden = (soort: VrijstellingSoort): VrijstellingReden => {
    for (;;) {
      const reden = gewogen(r, VRIJSTELLING_REDEN_GEWICHTEN[soort]);
      if (reden === 'zorg_kind_onder_5' && (p.leeftijd > 45 || (!p.vrouw && kans(r, 0.8)))) continue;
      if (reden === 'hoge_leeftijd' && p.leeftijd < 58) continue;
      if (reden === 'studie' && p.leeftijd > 35) continue;
      return reden;
    }
  };
  const formeel = (ingangsdatum: Datum) => {
    const beschikkingDatum = max(start, plusDagen(ingangsdatum, -tussen(r, 0, 10)));
    k.kenmerk.nummer += tussen(r, 1, 37);
    const beschikkingKenmerk = `PW-${beschikkingDatum.slice(0, 4)}-${String(k.kenmerk.nummer).padStart(6, '0')}`;
    return {
      soort: 'formeel' as const,
      reden: kiesReden('formeel'),
      ingangsdatum,
      beschikkingDatum,
      beschikkingKenmerk,
    };
  };
  const informeel = (ingangsdatum: Datum, einddatum: Datum) => {
    return {
      soort: 'informeel' as const,
      reden: kiesReden('informeel'),
      ingangsdatum,
      einddatum,
      beschikkingKenmerk: null,
      beschikkingDatum: null,
    };
  };
  const vroegst = plusDagen(start, 14);

  if (o.vrijstelling?.soort === 'formeel') {
    const v = formeel(max(vroegst, plusDagen(peildatum, -tussen(r, 14, 900))));
    const herbeoordelingsdatum = max(
      v.ingangsdatum,
      plusDagen(peildatum, o.vrijstelling.herbeoordelen ? tussen(r, -20, 14) : tussen(r, 20, 330)),
    );
    const blijvend = v.reden === 'medisch_permanent' || v.reden === 'hoge_leeftijd' || kans(r, 0.6);
    const einddatum = blijvend ? null : plusDagen(max(herbeoordelingsdatum, peildatum), tussen(r, 0, 90));
    vrijstelling({ ...v, einddatum, herbeoordelingsdatum, ingetrokkenOp: null });
  } else if (o.vrijstelling?.soort === 'informeel') {
    // At most 183 days, still running; when herbeoordelen is due it ends within 14 days.
    const einddatum = plusDagen(peildatum, o.vrijstelling.herbeoordelen ? tussen(r, 1, 14) : tussen(r, 22, 150));
    const ingangsdatum = max(
      vroegst,
      plusDagen(einddatum, -tussen(r, Math.max(60, dagenTussen(peildatum, einddatum) + 3), 183)),
    );
    const herbeoordelingsdatum = max(
      ingangsdatum,
      plusDagen(einddatum, -(o.vrijstelling.herbeoordelen ? 0 : tussen(r, 0, 7))),
    );
    vrijstelling({ ...informeel(ingangsdatum, einddatum), herbeoordelingsdatum, ingetrokkenOp: null });
  } else if (o.vrijstellingVerlopen) {
    // Past its einddatum and nobody looked: the worklist item vrijstelling_verlopen.
    const einddatum = plusDagen(peildatum, -tussen(r, 3, 60));
    const ingangsdatum = min(einddatum, max(vroegst, plusDagen(einddatum, -tussen(r, 60, 183))));
    const herbeoordelingsdatum = max(ingangsdatum, plusDagen(einddatum, -tussen(r, 0, 14)));
    vrijstelling({ ...informeel(ingangsdatum, einddatum), herbeoordelingsdatum, ingetrokkenOp: null });
  } else if (o.vrijstellingVroeger) {
    // Ended after a herbeoordeling long ago: withdrawn, so on nobody's worklist.
    const ingangsdatum = max(vroegst, plusDagen(peildatum, -tussen(r, 400, 1800)));
    if (kans(r, 0.5)) {
      const herbeoordelingsdatum = plusMaanden(ingangsdatum, 12);
      const ingetrokkenOp = min(plusDagen(peildatum, -30), plusDagen(herbeoordelingsdatum, tussen(r, 0, 30)));
      vrijstelling({ ...formeel(ingangsdatum), einddatum: null, herbeoordelingsdatum, ingetrokkenOp });
    } else {
      const einddatum = plusDagen(ingangsdatum, tussen(r, 60, 183));
      const herbeoordelingsdatum = plusDagen(einddatum, -tussen(r, 0, 14));
      vrijstelling({
        ...informeel(ingangsdatum, einddatum),
        herbeoordelingsdatum,
        ingetrokkenOp: herbeoordelingsdatum,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Insertion

interface Kolom<R> {
  naam: string;
  waarde: (rij: R) => unknown;
  /** SQL around the parameter, e.g. a time zone conversion. */
  sql?: (parameter: string) => string;
}

const NL_TIJD = (parameter: string) => `(${parameter}::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
const NL_DAGSTART = (parameter: string) => `(${parameter}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** Multi-row INSERTs, parameterised, in chunks well below PostgreSQL's 65,535 parameters. */
async function voegIn<R>(tx: EntityManager, tabel: string, kolommen: Kolom<R>[], rijen: R[]): Promise<void> {
  const perKeer = Math.floor(20_000 / kolommen.length);
  for (let van = 0; van < rijen.length; van += perKeer) {
    const deel = rijen.slice(van, van + perKeer);
    const parameters: unknown[] = [];
    const waarden = deel.map(
      (rij) =>
        `(${kolommen
          .map((k) => {
            parameters.push(k.waarde(rij));
            const p = `$${parameters.length}`;
            return k.sql ? k.sql(p) : p;
          })
          .join(', ')})`,
    );
    await tx.query(
      `INSERT INTO ${tabel} (${kolommen.map((k) => k.naam).join(', ')}) VALUES ${waarden.join(', ')}`,
      parameters,
    );
  }
}

/**
 * Seeds the demo clients of one demo organisatie with their histories, relative to `peildatum` (today).
 * Runs inside the caller's transaction; organisaties without a plan get no clients.
 */
export async function seedDemoKlanten(
  tx: EntityManager,
  org: DemoKlantenOrganisatie,
  peildatum: Datum,
): Promise<number> {
  const d = genereerDemoKlanten(org, peildatum);
  if (!d) return 0;
  const organisatie: Kolom<unknown> = { naam: 'organisatie_id', waarde: () => org.organisatieId };
  await voegIn<KlantRij>(
    tx,
    'klant',
    [
      { naam: 'id', waarde: (k) => k.id },
      organisatie,
      { naam: 'bsn', waarde: (k) => k.bsn },
      { naam: 'voornamen', waarde: (k) => k.voornamen },
      { naam: 'achternaam', waarde: (k) => k.achternaam },
      { naam: 'geboortedatum', waarde: (k) => k.geboortedatum },
      { naam: 'gemeente_id', waarde: (k) => k.gemeenteId },
      { naam: 'adres', waarde: (k) => JSON.stringify(k.adres) },
      { naam: 'telefoon', waarde: (k) => k.telefoon },
      { naam: 'email', waarde: (k) => k.email },
      { naam: 'doelgroep', waarde: (k) => k.doelgroep },
      { naam: 'startdatum_uitkering', waarde: (k) => k.startdatum },
      { naam: 'dienstverleningscategorie', waarde: (k) => k.categorie },
      { naam: 'klantmanager_id', waarde: (k) => k.klantmanagerId },
      { naam: 'status', waarde: (k) => k.status },
      { naam: 'uitstroomdatum', waarde: (k) => k.uitstroomdatum },
      { naam: 'uitstroomreden', waarde: (k) => k.uitstroomreden },
      // The assignment history (klant_toewijzing, by trigger) starts when the uitkering started.
      { naam: 'aangemaakt_op', waarde: (k) => k.startdatum, sql: NL_DAGSTART },
    ],
    d.klanten,
  );
  // The campagnes and their invitations, which the letters, calls and gesprekken below point at.
  if (d.campagnes) await seedDemoCampagnes(tx, org.organisatieId, d.campagnes.plan, d.campagnes.deelnemers);
  await voegIn<ContactRij>(
    tx,
    'contactmoment',
    [
      { naam: 'id', waarde: (c) => c.id },
      organisatie,
      { naam: 'klant_id', waarde: (c) => c.klantId },
      { naam: 'medewerker_id', waarde: (c) => c.medewerkerId },
      { naam: 'plaatsgevonden_op', waarde: (c) => c.moment, sql: NL_TIJD },
      { naam: 'kanaal', waarde: (c) => c.kanaal },
      { naam: 'initiatief', waarde: (c) => c.initiatief },
      { naam: 'resultaat', waarde: (c) => c.resultaat },
      { naam: 'onderwerp', waarde: (c) => c.onderwerp },
      { naam: 'samenvatting', waarde: (c) => c.samenvatting },
      { naam: 'uitnodiging_id', waarde: (c) => c.uitnodigingId ?? null },
      { naam: 'aangemaakt_op', waarde: (c) => c.geregistreerd, sql: NL_TIJD },
    ],
    d.contactmomenten,
  );
  // The gesprekken were scored with the organisatie's first instrument version (made with the organisatie).
  const [instrument]: { id: string }[] = await tx.query(
    `SELECT id FROM leefgebieden_instrument WHERE organisatie_id = $1 AND versie = 1`,
    [org.organisatieId],
  );
  await voegIn<GesprekRij>(
    tx,
    'gesprek',
    [
      { naam: 'id', waarde: (g) => g.id },
      organisatie,
      { naam: 'klant_id', waarde: (g) => g.klantId },
      { naam: 'medewerker_id', waarde: (g) => g.medewerkerId },
      { naam: 'contactmoment_id', waarde: (g) => g.contactmomentId },
      { naam: 'instrument_id', waarde: () => instrument.id },
      { naam: 'gevoerd_op', waarde: (g) => g.moment, sql: NL_TIJD },
      { naam: 'loonwaarde_percentage', waarde: (g) => g.loonwaarde?.percentage ?? null },
      { naam: 'loonwaarde_methode', waarde: (g) => g.loonwaarde?.methode ?? null },
      { naam: 'berekend_categorie', waarde: (g) => g.berekendCategorie },
      { naam: 'berekend_pad', waarde: (g) => g.berekendPad },
      { naam: 'advies_categorie', waarde: (g) => g.adviesCategorie },
      { naam: 'dienstverleningspad', waarde: (g) => g.pad },
      { naam: 'afwijking_reden', waarde: (g) => g.afwijkingReden },
      { naam: 'categorie_overgenomen', waarde: (g) => g.categorieOvergenomen },
      { naam: 'campagne_id', waarde: (g) => g.campagneId },
      { naam: 'aangemaakt_op', waarde: (g) => g.geregistreerd, sql: NL_TIJD },
    ],
    d.gesprekken,
  );
  await voegIn<{ gesprekId: string } & GesprekRij['scores'][number]>(
    tx,
    'gesprek_score',
    [
      { naam: 'gesprek_id', waarde: (s) => s.gesprekId },
      organisatie,
      { naam: 'domein', waarde: (s) => s.domein },
      { naam: 'niveau', waarde: (s) => s.niveau },
      { naam: 'toelichting', waarde: (s) => s.toelichting },
    ],
    d.gesprekken.flatMap((g) => g.scores.map((s) => ({ ...s, gesprekId: g.id }))),
  );
  await voegIn<PlanRij>(
    tx,
    'plan',
    [
      { naam: 'id', waarde: (p) => p.id },
      organisatie,
      { naam: 'klant_id', waarde: (p) => p.klantId },
      { naam: 'medewerker_id', waarde: (p) => p.medewerkerId },
      { naam: 'evaluatiedatum', waarde: (p) => p.evaluatiedatum },
      { naam: 'versie', waarde: (p) => p.versie },
      { naam: 'aangemaakt_op', waarde: (p) => p.aangemaakt, sql: NL_TIJD },
      { naam: 'gewijzigd_op', waarde: (p) => p.gewijzigd, sql: NL_TIJD },
    ],
    d.plannen,
  );
  await voegIn<PlanRij['doelen'][number] & { plan: PlanRij; volgorde: number }>(
    tx,
    'plan_doel',
    [
      { naam: 'id', waarde: (doel) => doel.id },
      organisatie,
      { naam: 'klant_id', waarde: (doel) => doel.plan.klantId },
      { naam: 'plan_id', waarde: (doel) => doel.plan.id },
      { naam: 'omschrijving', waarde: (doel) => doel.omschrijving },
      { naam: 'leefgebied', waarde: (doel) => doel.leefgebied },
      { naam: 'streefdatum', waarde: (doel) => doel.streefdatum },
      { naam: 'status', waarde: (doel) => doel.status },
      { naam: 'volgorde', waarde: (doel) => doel.volgorde },
      { naam: 'aangemaakt_op', waarde: (doel) => doel.plan.aangemaakt, sql: NL_TIJD },
      { naam: 'gewijzigd_op', waarde: (doel) => doel.plan.gewijzigd, sql: NL_TIJD },
    ],
    d.plannen.flatMap((plan) => plan.doelen.map((doel, volgorde) => ({ ...doel, plan, volgorde }))),
  );
  await voegIn<MetingRij>(
    tx,
    'ladder_meting',
    [
      { naam: 'id', waarde: (m) => m.id },
      organisatie,
      { naam: 'klant_id', waarde: (m) => m.klantId },
      { naam: 'medewerker_id', waarde: (m) => m.medewerkerId },
      { naam: 'trede', waarde: (m) => m.trede },
      { naam: 'doeltrede', waarde: (m) => m.doeltrede },
      { naam: 'gemeten_op', waarde: (m) => m.gemetenOp },
      { naam: 'toelichting', waarde: (m) => m.toelichting },
      { naam: 'aangemaakt_op', waarde: (m) => m.aangemaakt, sql: NL_TIJD },
    ],
    d.metingen,
  );
  await voegIn<AfspraakRij>(
    tx,
    'afspraak',
    [
      { naam: 'id', waarde: (a) => a.id },
      organisatie,
      { naam: 'klant_id', waarde: (a) => a.klantId },
      { naam: 'medewerker_id', waarde: (a) => a.medewerkerId },
      { naam: 'soort', waarde: (a) => a.soort },
      { naam: 'omschrijving', waarde: (a) => a.omschrijving },
      { naam: 'startdatum', waarde: (a) => a.startdatum },
      { naam: 'einddatum', waarde: (a) => a.einddatum },
      { naam: 'status', waarde: (a) => a.status },
      { naam: 'resultaat_toelichting', waarde: (a) => a.resultaatToelichting },
      { naam: 'doel_id', waarde: (a) => a.doelId },
      { naam: 'aangemaakt_op', waarde: (a) => a.aangemaakt, sql: NL_TIJD },
      { naam: 'gewijzigd_op', waarde: (a) => a.gewijzigd, sql: NL_TIJD },
    ],
    d.afspraken,
  );
  await voegIn<VrijstellingRij>(
    tx,
    'vrijstelling',
    [
      { naam: 'id', waarde: (v) => v.id },
      organisatie,
      { naam: 'klant_id', waarde: (v) => v.klantId },
      { naam: 'medewerker_id', waarde: (v) => v.medewerkerId },
      { naam: 'soort', waarde: (v) => v.soort },
      { naam: 'omvang', waarde: (v) => v.omvang },
      { naam: 'reden', waarde: (v) => v.reden },
      { naam: 'ingangsdatum', waarde: (v) => v.ingangsdatum },
      { naam: 'einddatum', waarde: (v) => v.einddatum },
      { naam: 'herbeoordelingsdatum', waarde: (v) => v.herbeoordelingsdatum },
      { naam: 'beschikking_kenmerk', waarde: (v) => v.beschikkingKenmerk },
      { naam: 'beschikking_datum', waarde: (v) => v.beschikkingDatum },
      { naam: 'toelichting', waarde: (v) => v.toelichting },
      { naam: 'ingetrokken_op', waarde: (v) => v.ingetrokkenOp },
      { naam: 'aangemaakt_op', waarde: (v) => v.aangemaakt, sql: NL_TIJD },
      { naam: 'gewijzigd_op', waarde: (v) => v.gewijzigd, sql: NL_TIJD },
    ],
    d.vrijstellingen,
  );
  return d.klanten.length;
}
