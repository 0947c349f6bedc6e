import type { Faker } from '@faker-js/faker';
import {
  adviesVoor,
  plusDagen,
  STANDAARD_ADVIESREGELS,
  STANDAARD_INSTRUMENT,
  ZWOLLE_PADEN_AANDEEL,
  type Datum,
  type DoelStatus,
  type Score,
  type StandaardCategorie,
} from '@klant-in-beeld/domain';

/**
 * Klant-in-beeld-gesprekken and plannen of the demo clients (docs/gesprek.md): ZRM scores made per intended
 * dienstverleningspad, so the standard advice rule yields it; Zwolle's distribution of paden; a plan for most.
 */

export type Pad = 'intensief_naar_werk' | 'een_leefgebied' | 'taal_opleiding_medisch' | 'sociaal_wijkteam';
export const PADEN = Object.keys(ZWOLLE_PADEN_AANDEEL) as Pad[];

/** The path that fits a client's current category (and its advice category, by the standard rules). */
export const PAD_VOOR_CATEGORIE: Record<StandaardCategorie, Pad> = {
  job_ready: 'intensief_naar_werk',
  bijna_job_ready: 'een_leefgebied',
  nog_niet_job_ready: 'taal_opleiding_medisch',
  niet_job_ready: 'sociaal_wijkteam',
  beheer: 'sociaal_wijkteam',
};

/** A path one step away, for the advice a klantmanager overrides, and for a client's earlier gesprek. */
export const BUURPAD: Record<Pad, Pad> = {
  intensief_naar_werk: 'een_leefgebied',
  een_leefgebied: 'intensief_naar_werk',
  taal_opleiding_medisch: 'een_leefgebied',
  sociaal_wijkteam: 'taal_opleiding_medisch',
};
const VERDER_VAN_WERK: Record<Pad, Pad> = {
  intensief_naar_werk: 'een_leefgebied',
  een_leefgebied: 'taal_opleiding_medisch',
  taal_opleiding_medisch: 'sociaal_wijkteam',
  sociaal_wijkteam: 'sociaal_wijkteam',
};
export const verderVanWerk = (pad: Pad) => VERDER_VAN_WERK[pad];

const AFWIJKING_REDENEN: Record<Pad, string[]> = {
  intensief_naar_werk: [
    'Klant is sterk gemotiveerd en heeft een concreet aanbod van een werkgever; de schulden pakken we daarnaast op.',
    'Het lage leefgebied staat werk niet in de weg: er is al hulp geregeld.',
  ],
  een_leefgebied: [
    'Eerst de woonsituatie op orde; de taal is voldoende voor het werk dat klant zoekt.',
    'Klant wil eerst één ding oppakken; de scores zijn net niet laag genoeg voor een intensiever pad.',
  ],
  taal_opleiding_medisch: [
    'De taal blijkt in het gesprek de grootste drempel; eerst een taaltraject.',
    'Klant staat op de wachtlijst voor behandeling; eerst het medische traject.',
  ],
  sociaal_wijkteam: [
    'Er spelen meer problemen thuis dan de scores laten zien; het wijkteam is al betrokken.',
    'Klant heeft eerst stabiliteit nodig; samen met het wijkteam oppakken.',
  ],
};

/** Leefgebieden that may be the one low one on the een_leefgebied path (not work or health: another rule). */
const ANDERE_LAAG: [string, number][] = [
  ['financien', 35],
  ['sociaal_netwerk', 15],
  ['tijdsbesteding', 12],
  ['huisvesting', 12],
  ['huiselijke_relaties', 10],
  ['maatschappelijke_participatie', 8],
  ['instrumentele_adl', 4],
  ['middelengebruik', 3],
  ['justitie', 1],
];
const WIJKTEAM_LAAG: [string, number][] = [
  ['financien', 25],
  ['geestelijke_gezondheid', 20],
  ['sociaal_netwerk', 14],
  ['werk_opleiding', 12],
  ['huisvesting', 10],
  ['lichamelijke_gezondheid', 10],
  ['tijdsbesteding', 8],
  ['huiselijke_relaties', 6],
  ['middelengebruik', 4],
  ['instrumentele_adl', 3],
];

/** Short toelichtingen as a klantmanager writes them, per leefgebied and (low or middling) niveau. */
const TOELICHTING: Record<string, { laag: string[]; midden: string }> = {
  financien: {
    laag: ['Betalingsachterstanden bij huur en energie; aanmaningen.', 'Schulden bij meerdere schuldeisers.'],
    midden: 'Rondkomen lukt net; weinig overzicht over de post.',
  },
  werk_opleiding: {
    laag: ['Geen startkwalificatie en al jaren niet gewerkt.', 'Spreekt en schrijft nog weinig Nederlands.'],
    midden: 'Werkervaring in de schoonmaak, geen diploma.',
  },
  tijdsbesteding: {
    laag: ['Geen vaste bezigheden; dag-nachtritme is verstoord.'],
    midden: 'Enkele vaste activiteiten per week.',
  },
  huisvesting: {
    laag: ['Woont tijdelijk bij familie; dreigende dakloosheid.', 'Huurachterstand, huisuitzetting dreigt.'],
    midden: 'Woning is te klein voor het gezin.',
  },
  huiselijke_relaties: {
    laag: ['Veel spanning thuis sinds de scheiding.'],
    midden: 'Zorgt alleen voor twee kinderen; weinig ruimte.',
  },
  geestelijke_gezondheid: {
    laag: ['Somberheidsklachten, staat op de wachtlijst bij de GGZ.', 'Angstklachten; komt moeilijk de deur uit.'],
    midden: 'Stress door de situatie, wel onder controle.',
  },
  lichamelijke_gezondheid: {
    laag: ['Chronische rugklachten; kan niet lang staan of tillen.', 'Herstelt van een operatie.'],
    midden: 'Last van de knie bij zwaar werk.',
  },
  middelengebruik: {
    laag: ['Drinkt dagelijks; wil er hulp bij.'],
    midden: 'Rookt veel; geen ander gebruik.',
  },
  basale_adl: { laag: ['Heeft hulp nodig bij de persoonlijke verzorging.'], midden: 'Redt zich met wat hulp.' },
  instrumentele_adl: {
    laag: ['Kan de administratie niet zelf bijhouden.'],
    midden: 'Boodschappen en huishouden gaan met moeite.',
  },
  sociaal_netwerk: {
    laag: ['Weinig contacten; voelt zich eenzaam.', 'Netwerk is klein en vooral online.'],
    midden: 'Contact met familie, weinig vrienden.',
  },
  maatschappelijke_participatie: {
    laag: ['Doet nergens aan mee buiten de deur.'],
    midden: 'Gaat af en toe naar het buurthuis.',
  },
  justitie: { laag: ['Loopt een reclasseringstraject.'], midden: 'Een oude boete loopt nog.' },
};

/** Doelen in plain Dutch (B1) per leefgebied, and for the route to work. */
const DOELEN: Record<string, string[]> = {
  financien: [
    'Ik heb een overzicht van mijn schulden en ben aangemeld bij schuldhulp.',
    'Ik betaal mijn huur en energie elke maand op tijd.',
  ],
  werk_opleiding: [
    'Ik volg een taalcursus en spreek over een half jaar op niveau A2.',
    'Ik haal een certificaat dat past bij werk dat ik wil doen.',
  ],
  tijdsbesteding: ['Ik heb twee vaste ochtenden per week iets te doen buiten de deur.'],
  huisvesting: [
    'Ik heb een eigen vaste woonplek.',
    'Ik maak een afspraak met de woningcorporatie over de huurachterstand.',
  ],
  huiselijke_relaties: ['Ik praat met het wijkteam over de situatie thuis.'],
  geestelijke_gezondheid: [
    'Ik volg de behandeling bij de GGZ en vertel hoe het gaat.',
    'Ik ga elke week naar buiten voor een wandeling of activiteit.',
  ],
  lichamelijke_gezondheid: [
    'Ik bespreek met de huisarts wat ik kan en wat niet.',
    'Ik volg het beweegprogramma bij de fysiotherapeut.',
  ],
  middelengebruik: ['Ik meld mij bij de verslavingszorg en ga naar de gesprekken.'],
  basale_adl: ['Ik heb thuis de hulp die ik nodig heb.'],
  instrumentele_adl: ['Ik houd mijn post en administratie bij met hulp van de formulierenbrigade.'],
  sociaal_netwerk: ['Ik ga naar een maatjesproject en leer nieuwe mensen kennen.'],
  maatschappelijke_participatie: ['Ik doe twee dagdelen per week vrijwilligerswerk.'],
  justitie: ['Ik houd mij aan de afspraken met de reclassering.'],
  werk: [
    'Ik solliciteer elke week op twee passende vacatures.',
    'Ik werk over drie maanden minstens 16 uur per week.',
    'Ik loop een proefplaatsing bij een werkgever.',
  ],
};

const gewogen = <T>(r: Faker, opties: readonly (readonly [T, number])[]): T => {
  const totaal = opties.reduce((s, [, g]) => s + g, 0);
  let x = r.number.float() * totaal;
  for (const [waarde, g] of opties) {
    x -= g;
    if (x < 0) return waarde;
  }
  return opties[opties.length - 1][0];
};
const tussen = (r: Faker, min: number, max: number) => r.number.int({ min, max: Math.max(min, max) });
const kans = (r: Faker, p: number) => r.number.float() < p;

/** `aantal` different leefgebieden drawn by weight. */
function trekLeefgebieden(r: Faker, uit: [string, number][], aantal: number): string[] {
  const gekozen: string[] = [];
  while (gekozen.length < aantal) {
    const d = gewogen(
      r,
      uit.filter(([c]) => !gekozen.includes(c)),
    );
    gekozen.push(d);
  }
  return gekozen;
}

export interface GemaakteScores {
  scores: Required<Score>[];
  loonwaarde: { percentage: number; methode: string } | null;
}

/** Scores on all 13 ZRM leefgebieden and perhaps a loonwaarde, such that the standard rule advises `pad`. */
export function scoresVoorPad(r: Faker, pad: Pad, metLoonwaarde: boolean): GemaakteScores {
  let laag: string[] = [];
  let loonwaarde: number | null = null;
  if (pad === 'een_leefgebied') {
    laag = trekLeefgebieden(r, ANDERE_LAAG, 1);
    if (metLoonwaarde) loonwaarde = tussen(r, 25, 70);
  } else if (pad === 'taal_opleiding_medisch') {
    laag = [
      gewogen(r, [
        ['werk_opleiding', 60],
        ['geestelijke_gezondheid', 25],
        ['lichamelijke_gezondheid', 15],
      ] as const),
    ];
    if (metLoonwaarde) {
      loonwaarde = tussen(r, 15, 55);
      // With a loonwaarde of 30% or more a second low leefgebied does not send the client to the wijkteam.
      if (loonwaarde >= 30 && kans(r, 0.4)) laag.push(trekLeefgebieden(r, ANDERE_LAAG, 1)[0]);
    }
  } else if (pad === 'sociaal_wijkteam') {
    laag = trekLeefgebieden(
      r,
      WIJKTEAM_LAAG,
      gewogen(r, [
        [2, 45],
        [3, 35],
        [4, 20],
      ] as const),
    );
    if (metLoonwaarde) loonwaarde = tussen(r, 5, 25);
  } else if (metLoonwaarde) loonwaarde = tussen(r, 35, 80);

  const scores = STANDAARD_INSTRUMENT.domeinen.map(({ code }): Required<Score> => {
    let niveau: number;
    if (laag.includes(code)) niveau = kans(r, 0.3) ? 1 : 2;
    else if (code === 'justitie' || code === 'basale_adl' || code === 'middelengebruik')
      niveau = gewogen(r, [
        [5, 75],
        [4, 20],
        [3, 5],
      ] as const);
    else if (pad === 'intensief_naar_werk')
      niveau = gewogen(r, [
        [5, 35],
        [4, 50],
        [3, 15],
      ] as const);
    else
      niveau = gewogen(r, [
        [5, 20],
        [4, 40],
        [3, 40],
      ] as const);
    const tekst = TOELICHTING[code];
    const toelichting =
      niveau <= 2 && kans(r, 0.8)
        ? r.helpers.arrayElement(tekst.laag)
        : niveau === 3 && kans(r, 0.25)
          ? tekst.midden
          : null;
    return { domein: code, niveau, toelichting };
  });
  const advies = adviesVoor(scores, loonwaarde, STANDAARD_ADVIESREGELS);
  // A guard on this generator: the scores were made for this path.
  if (advies.pad !== pad) throw new Error(`Demo-gesprek: scores voor ${pad} geven ${advies.pad}`);
  return {
    scores,
    loonwaarde:
      loonwaarde === null
        ? null
        : { percentage: loonwaarde, methode: kans(r, 0.6) ? 'Inschatting klantmanager' : 'Dariuz' },
  };
}

export const afwijkingReden = (r: Faker, gekozen: Pad) => r.helpers.arrayElement(AFWIJKING_REDENEN[gekozen]);

export interface NieuwDoel {
  omschrijving: string;
  leefgebied: string | null;
  streefdatum: Datum;
  status: DoelStatus;
}

/**
 * One to three doelen after a gesprek on `gesprekDatum`: on the lowest leefgebieden (or the route to work), each
 * with a streefdatum after the gesprek; past ones mostly reached or not, some still lopend (overdue).
 */
export function doelenNa(r: Faker, scores: Score[], pad: Pad, gesprekDatum: Datum, peildatum: Datum): NieuwDoel[] {
  const volgorde = [...scores].filter((s) => s.niveau <= 3).sort((a, b) => a.niveau - b.niveau);
  const aantal = tussen(r, 1, 3);
  const leefgebieden: (string | null)[] = volgorde.slice(0, aantal).map((s) => s.domein);
  if (pad === 'intensief_naar_werk' || leefgebieden.length === 0) leefgebieden.unshift(null);
  return leefgebieden.slice(0, aantal).map((leefgebied) => {
    const streefdatum = plusDagen(gesprekDatum, tussen(r, 30, 200));
    const status: DoelStatus =
      streefdatum < peildatum
        ? gewogen(r, [
            ['behaald', 50],
            ['niet_behaald', 20],
            ['vervallen', 12],
            ['lopend', 18],
          ] as const)
        : 'lopend';
    return {
      omschrijving: r.helpers.arrayElement(DOELEN[leefgebied ?? 'werk']),
      leefgebied,
      streefdatum,
      status,
    };
  });
}
