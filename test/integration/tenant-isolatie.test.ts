import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import type { Rol } from '@klant-in-beeld/domain';
import { startTestApp, TestApp } from '../support/app';
import { bearer, contactInvoer, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';
import { alleRoutes } from '../support/routes';

interface Dossier {
  teamId: string;
  klantId: string;
  afspraakId: string;
  vrijstellingId: string;
}

interface RouteGeval {
  /** Path with the ids of organisatie A filled in. */
  pad: (d: Dossier) => string;
  body?: (d: Dossier) => Record<string, unknown>;
  /** Roles that may call it; every other role gets 403. */
  rollen: Rol[];
}

const afspraak = { soort: 'overig', omschrijving: 'Afspraak', startdatum: plusDagen(vandaag(), -1), einddatum: plusDagen(vandaag(), 10) };
const vrijstelling = {
  soort: 'informeel',
  omvang: ['tegenprestatie'],
  reden: 'overig',
  ingangsdatum: vandaag(),
  einddatum: plusDagen(vandaag(), 30),
  herbeoordelingsdatum: plusDagen(vandaag(), 20),
};
const dossierRollen: Rol[] = ['klantmanager', 'teamleider'];

/**
 * Every route that names a resource by id. A new route with an id must be added here: the test fails until it is,
 * so no route escapes the "another organisatie gets 404, a wrong role gets 403" check.
 */
const ROUTES: Record<string, RouteGeval> = {
  'GET /api/klanten/:id': { pad: (d) => `/api/klanten/${d.klantId}`, rollen: dossierRollen },
  'PATCH /api/klanten/:id': { pad: (d) => `/api/klanten/${d.klantId}`, body: () => ({ versie: 1, voornamen: 'Gewijzigd' }), rollen: dossierRollen },
  'POST /api/klanten/:id/bsn-inzage': { pad: (d) => `/api/klanten/${d.klantId}/bsn-inzage`, rollen: dossierRollen },
  'GET /api/klanten/:id/tijdlijn': { pad: (d) => `/api/klanten/${d.klantId}/tijdlijn`, rollen: dossierRollen },
  'GET /api/klanten/:klantId/contactmomenten': { pad: (d) => `/api/klanten/${d.klantId}/contactmomenten`, rollen: dossierRollen },
  'POST /api/klanten/:klantId/contactmomenten': { pad: (d) => `/api/klanten/${d.klantId}/contactmomenten`, body: () => contactInvoer(), rollen: dossierRollen },
  'GET /api/klanten/:klantId/ladder': { pad: (d) => `/api/klanten/${d.klantId}/ladder`, rollen: dossierRollen },
  'POST /api/klanten/:klantId/ladder': { pad: (d) => `/api/klanten/${d.klantId}/ladder`, body: () => ({ trede: 3, gemetenOp: vandaag() }), rollen: dossierRollen },
  'GET /api/klanten/:klantId/afspraken': { pad: (d) => `/api/klanten/${d.klantId}/afspraken`, rollen: dossierRollen },
  'POST /api/klanten/:klantId/afspraken': { pad: (d) => `/api/klanten/${d.klantId}/afspraken`, body: () => afspraak, rollen: dossierRollen },
  'GET /api/afspraken/:id': { pad: (d) => `/api/afspraken/${d.afspraakId}`, rollen: dossierRollen },
  'PATCH /api/afspraken/:id': { pad: (d) => `/api/afspraken/${d.afspraakId}`, body: () => ({ versie: 1, status: 'vervallen' }), rollen: dossierRollen },
  'GET /api/klanten/:klantId/vrijstellingen': { pad: (d) => `/api/klanten/${d.klantId}/vrijstellingen`, rollen: dossierRollen },
  'POST /api/klanten/:klantId/vrijstellingen': { pad: (d) => `/api/klanten/${d.klantId}/vrijstellingen`, body: () => vrijstelling, rollen: dossierRollen },
  'GET /api/vrijstellingen/:id': { pad: (d) => `/api/vrijstellingen/${d.vrijstellingId}`, rollen: dossierRollen },
  'PATCH /api/vrijstellingen/:id': { pad: (d) => `/api/vrijstellingen/${d.vrijstellingId}`, body: () => ({ versie: 1, toelichting: 'x' }), rollen: dossierRollen },
  'GET /api/teams/:id/overzicht': { pad: (d) => `/api/teams/${d.teamId}/overzicht`, rollen: ['teamleider'] },
};

describe('tenant-isolatie en rollen op elke route met een id', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let dossier: Dossier;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    const klant = await maakKlant(t, a);
    const km = bearer(a.klantmanager.token);
    await t.http().post(`/api/klanten/${klant.id}/contactmomenten`).set(km).send(contactInvoer()).expect(201);
    const af = await t.http().post(`/api/klanten/${klant.id}/afspraken`).set(km).send(afspraak).expect(201);
    const vr = await t.http().post(`/api/klanten/${klant.id}/vrijstellingen`).set(km).send(vrijstelling).expect(201);
    dossier = { teamId: a.organisatie.teamId, klantId: klant.id, afspraakId: af.body.id, vrijstellingId: vr.body.id };
  });
  afterAll(() => t.sluit());

  function verzoek(sleutel: string, token: string) {
    const [methode] = sleutel.split(' ');
    const geval = ROUTES[sleutel];
    const http = t.http();
    const req =
      methode === 'GET' ? http.get(geval.pad(dossier)) : methode === 'POST' ? http.post(geval.pad(dossier)) : methode === 'PATCH' ? http.patch(geval.pad(dossier)) : http.delete(geval.pad(dossier));
    return req.set(bearer(token)).send(geval.body?.(dossier));
  }

  it('kent elke route met een id in de app (een nieuwe route moet hier bij)', () => {
    const metId = alleRoutes(t)
      .map((r) => r.sleutel)
      .filter((sleutel) => sleutel.includes('/:'))
      .sort();
    expect(metId).toEqual(Object.keys(ROUTES).sort());
  });

  it.each(Object.keys(ROUTES))('%s: een andere organisatie krijgt 404, ook met een geldig verzoek', async (sleutel) => {
    for (const rol of ['klantmanager', 'teamleider'] as const) {
      if (!ROUTES[sleutel].rollen.includes(rol)) continue;
      const antwoord = await verzoek(sleutel, b[rol].token);
      expect({ rol, status: antwoord.status, code: antwoord.body.code }).toEqual({ rol, status: 404, code: 'NIET_GEVONDEN' });
    }
  });

  it.each(Object.keys(ROUTES))('%s: een rol zonder toegang krijgt 403', async (sleutel) => {
    for (const rol of ['klantmanager', 'teamleider', 'beleid', 'beheerder'] as const) {
      if (ROUTES[sleutel].rollen.includes(rol)) continue;
      const antwoord = await verzoek(sleutel, a[rol].token);
      expect({ rol, status: antwoord.status }).toEqual({ rol, status: 403 });
    }
  });

  it('de eigen organisatie komt wel overal bij (zelfde verzoeken, 200/201)', async () => {
    for (const sleutel of Object.keys(ROUTES)) {
      const antwoord = await verzoek(sleutel, a.teamleider.token);
      expect({ sleutel, status: antwoord.status }).toEqual({ sleutel, status: sleutel.startsWith('POST') && !sleutel.endsWith('bsn-inzage') ? 201 : 200 });
    }
  });

  it('een id die geen UUID is geeft 404, geen 500', async () => {
    const antwoord = await t.http().get('/api/klanten/niet-een-id').set(bearer(a.klantmanager.token));
    expect(antwoord.status).toBe(404);
  });

  it('lijsten en zoeken tonen nooit klanten van een andere organisatie', async () => {
    const lijst = await t.http().get('/api/klanten').set(bearer(b.teamleider.token));
    expect(lijst.body.items.map((k: { id: string }) => k.id)).not.toContain(dossier.klantId);
    const zoek = await t.http().get('/api/klanten').query({ zoek: 'Vries' }).set(bearer(b.teamleider.token));
    expect(zoek.body.totaal).toBe(0);
  });
});
