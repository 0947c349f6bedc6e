import { STANDAARD_INSTRUMENT, STANDAARD_PADEN } from '@klant-in-beeld/domain';

/** The active instrument as GET /api/instellingen/leefgebieden answers it: the ZRM, version 1. */
export const TEST_INSTRUMENT = {
  versie: 1,
  ...STANDAARD_INSTRUMENT,
  aangemaaktOp: '2026-01-05T09:00:00.000Z',
};

/** Zwolle's four paden, the last one deactivated by the organisatie. */
export const TEST_PADEN = STANDAARD_PADEN.map((p) => ({ ...p, actief: p.code !== 'een_leefgebied' }));

export const instrumentAntwoord = (instrument: object = TEST_INSTRUMENT) => ({
  'GET /api/instellingen/leefgebieden': { status: 200, body: instrument },
});
export const padenAntwoord = (paden: object[] = TEST_PADEN) => ({
  'GET /api/instellingen/dienstverleningspaden': { status: 200, body: { paden } },
});

const naamVan = (code: string) => STANDAARD_INSTRUMENT.domeinen.find((d) => d.code === code)?.naam ?? code;
const niveauNaam = (niveau: number) => STANDAARD_INSTRUMENT.niveaus.find((n) => n.waarde === niveau)?.naam ?? '';

/** A gesprek as the API answers it, with the names of its own instrument version. */
export function testGesprek(id: string, gevoerdOp: string, scores: Record<string, number>, extra: object = {}) {
  return {
    id,
    klantId: 'k-1',
    gevoerdOp,
    kanaal: 'gesprek_op_locatie',
    medewerkerId: 'm-1',
    medewerkerNaam: 'Fatima el Amrani',
    contactmomentId: `c-${id}`,
    instrumentVersie: 1,
    scores: Object.entries(scores).map(([domein, niveau]) => ({
      domein,
      domeinNaam: naamVan(domein),
      niveau,
      niveauNaam: niveauNaam(niveau),
      toelichting: null,
    })),
    loonwaarde: null,
    advies: { categorie: 'job_ready', pad: 'intensief_naar_werk', regel: null },
    adviesCategorie: 'job_ready',
    dienstverleningspad: 'intensief_naar_werk',
    afwijkingReden: null,
    categorieOvergenomen: false,
    toelichting: null,
    campagneId: null,
    aangemaaktOp: gevoerdOp,
    ...extra,
  };
}

export const gesprekkenPagina = (items: object[]) => ({ items, totaal: items.length, page: 1, pageSize: 10 });

/** No plan yet: versie 0, so a PUT with versie 0 creates it. */
export const GEEN_PLAN = {
  id: null,
  klantId: 'k-1',
  evaluatiedatum: null,
  versie: 0,
  doelen: [],
  medewerkerNaam: null,
  aangemaaktOp: null,
  gewijzigdOp: null,
};
