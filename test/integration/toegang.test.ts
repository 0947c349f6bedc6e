import { Reflector } from '@nestjs/core';
import { PUBLIEK_SLEUTEL, ROLLEN_SLEUTEL } from '../../apps/api/src/common/toegang';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakOmgeving, TestOmgeving } from '../support/factories';
import { alleRoutes } from '../support/routes';

describe('toegang: rollen en organisaties', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
  });
  afterAll(() => t.sluit());

  it('elk endpoint is publiek of noemt de rollen die het mogen aanroepen', () => {
    const reflector = new Reflector();
    const routes = alleRoutes(t);
    expect(routes.length).toBeGreaterThan(15);
    const zonderRollen = routes
      .filter((route) => {
        const doelen = [route.handler, route.controller] as never;
        const rollen = reflector.getAllAndOverride<unknown[]>(ROLLEN_SLEUTEL, doelen);
        return !reflector.getAllAndOverride(PUBLIEK_SLEUTEL, doelen) && !(Array.isArray(rollen) && rollen.length > 0);
      })
      .map((route) => route.sleutel);
    expect(zonderRollen).toEqual([]);
  });

  it('weigert een rol die een endpoint niet mag gebruiken met 403', async () => {
    const antwoord = await t.http().get('/api/medewerkers').set(bearer(a.beleid.token));
    expect(antwoord.status).toBe(403);
    expect(antwoord.body).toMatchObject({
      statusCode: 403,
      code: 'GEEN_TOEGANG',
      message: 'Je hebt geen toegang tot deze functie.',
    });
    expect((await t.http().get('/api/medewerkers').set(bearer(a.klantmanager.token))).status).toBe(200);
  });

  it('toont alleen gemeenten, teams en medewerkers van de eigen organisatie', async () => {
    const gemeenten = await t.http().get('/api/gemeenten').set(bearer(a.klantmanager.token));
    expect(gemeenten.body.items.map((g: { id: string }) => g.id)).toEqual([a.organisatie.gemeenteId]);

    const teams = await t.http().get('/api/teams').set(bearer(b.teamleider.token));
    expect(teams.body.items.map((g: { id: string }) => g.id)).toEqual([b.organisatie.teamId]);

    const medewerkers = await t.http().get('/api/medewerkers').set(bearer(a.teamleider.token));
    const ids = medewerkers.body.items.map((m: { id: string }) => m.id);
    expect(ids.sort()).toEqual(
      [a.klantmanager.id, a.teamleider.id, a.beleid.id, a.beheerder.id, a.privacy.id, a.extern.id].sort(),
    );
    expect(medewerkers.body.totaal).toBe(6);
  });

  it('filtert medewerkers op rol en team en pagineert', async () => {
    const kms = await t.http().get('/api/medewerkers').query({ rol: 'klantmanager' }).set(bearer(a.teamleider.token));
    expect(kms.body.items.map((m: { id: string }) => m.id)).toEqual([a.klantmanager.id]);

    const pagina = await t
      .http()
      .get('/api/medewerkers')
      .query({ page: 2, pageSize: 4 })
      .set(bearer(a.teamleider.token));
    expect(pagina.body).toMatchObject({ totaal: 6, page: 2, pageSize: 4 });
    expect(pagina.body.items).toHaveLength(2);

    const voorbij = await t.http().get('/api/medewerkers').query({ page: 9 }).set(bearer(a.teamleider.token));
    expect(voorbij.body).toMatchObject({ items: [], totaal: 6, page: 9 });
  });

  it('weigert een ongeldige paginering met de velden erbij', async () => {
    const antwoord = await t
      .http()
      .get('/api/medewerkers')
      .query({ page: 0, pageSize: 500, rol: 'baas' })
      .set(bearer(a.teamleider.token));
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.fouten.map((f: { veld: string }) => f.veld).sort()).toEqual(['page', 'pageSize', 'rol']);
  });

  it('een teamfilter met het team van een andere organisatie levert niets op', async () => {
    const antwoord = await t
      .http()
      .get('/api/medewerkers')
      .query({ teamId: b.organisatie.teamId })
      .set(bearer(a.teamleider.token));
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toMatchObject({ items: [], totaal: 0 });
  });
});
