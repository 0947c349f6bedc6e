import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { PUBLIEK_SLEUTEL, ROLLEN_SLEUTEL } from '../../apps/api/src/common/toegang';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakOmgeving, TestOmgeving } from '../support/factories';

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
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const reflector = new Reflector();
    const zonderRollen: string[] = [];
    let aantal = 0;
    for (const wrapper of discovery.getControllers()) {
      const instantie = wrapper.instance as object;
      for (const methode of scanner.getAllMethodNames(Object.getPrototypeOf(instantie))) {
        const handler = (instantie as Record<string, unknown>)[methode] as () => unknown;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined && !Reflect.hasMetadata(PATH_METADATA, handler)) continue;
        aantal++;
        const doelen = [handler, wrapper.metatype as object];
        const publiek = reflector.getAllAndOverride(PUBLIEK_SLEUTEL, doelen as never);
        const rollen = reflector.getAllAndOverride(ROLLEN_SLEUTEL, doelen as never);
        if (!publiek && !(Array.isArray(rollen) && rollen.length > 0)) {
          zonderRollen.push(`${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler)]} ${wrapper.name}.${methode}`);
        }
      }
    }
    expect(aantal).toBeGreaterThan(4);
    expect(zonderRollen).toEqual([]);
  });

  it('weigert een rol die een endpoint niet mag gebruiken met 403', async () => {
    const antwoord = await t.http().get('/api/medewerkers').set(bearer(a.beleid.token));
    expect(antwoord.status).toBe(403);
    expect(antwoord.body).toEqual({ statusCode: 403, code: 'GEEN_TOEGANG', message: 'Je hebt geen toegang tot deze functie.' });
    expect((await t.http().get('/api/medewerkers').set(bearer(a.klantmanager.token))).status).toBe(200);
  });

  it('toont alleen gemeenten, teams en medewerkers van de eigen organisatie', async () => {
    const gemeenten = await t.http().get('/api/gemeenten').set(bearer(a.klantmanager.token));
    expect(gemeenten.body.map((g: { id: string }) => g.id)).toEqual([a.organisatie.gemeenteId]);

    const teams = await t.http().get('/api/teams').set(bearer(b.teamleider.token));
    expect(teams.body.map((g: { id: string }) => g.id)).toEqual([b.organisatie.teamId]);

    const medewerkers = await t.http().get('/api/medewerkers').set(bearer(a.teamleider.token));
    const ids = medewerkers.body.items.map((m: { id: string }) => m.id);
    expect(ids.sort()).toEqual([a.klantmanager.id, a.teamleider.id, a.beleid.id, a.beheerder.id].sort());
    expect(medewerkers.body.totaal).toBe(4);
  });

  it('filtert medewerkers op rol en team en pagineert', async () => {
    const kms = await t.http().get('/api/medewerkers').query({ rol: 'klantmanager' }).set(bearer(a.teamleider.token));
    expect(kms.body.items.map((m: { id: string }) => m.id)).toEqual([a.klantmanager.id]);

    const pagina = await t.http().get('/api/medewerkers').query({ page: 2, pageSize: 3 }).set(bearer(a.teamleider.token));
    expect(pagina.body).toMatchObject({ totaal: 4, page: 2, pageSize: 3 });
    expect(pagina.body.items).toHaveLength(1);

    const voorbij = await t.http().get('/api/medewerkers').query({ page: 9 }).set(bearer(a.teamleider.token));
    expect(voorbij.body).toMatchObject({ items: [], totaal: 4, page: 9 });
  });

  it('weigert een ongeldige paginering met de velden erbij', async () => {
    const antwoord = await t.http().get('/api/medewerkers').query({ page: 0, pageSize: 500, rol: 'baas' }).set(bearer(a.teamleider.token));
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.fouten.map((f: { veld: string }) => f.veld).sort()).toEqual(['page', 'pageSize', 'rol']);
  });

  it('een teamfilter met het team van een andere organisatie levert niets op', async () => {
    const antwoord = await t.http().get('/api/medewerkers').query({ teamId: b.organisatie.teamId }).set(bearer(a.teamleider.token));
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toMatchObject({ items: [], totaal: 0 });
  });
});
