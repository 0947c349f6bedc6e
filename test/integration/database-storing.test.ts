import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { richtAppIn } from '../../apps/api/src/app.setup';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { zorgVoorToepassingsLogin } from '../../apps/api/src/database/rollen';
import { migreer } from '../../apps/api/src/database/voorbereiden';
import { bearer, contactInvoer, maakMedewerker, maakOrganisatie, TEST_WACHTWOORD } from '../support/factories';
import { EigenPostgres, startEigenPostgres } from '../support/postgres-server';

/**
 * A real PostgreSQL of its own that the test stops and starts again (the shared test server must stay up): while it
 * is down every endpoint answers 503 DATABASE_ONBEREIKBAAR with Retry-After (never 401, never 500); once it is back
 * the first request succeeds; and what was acknowledged before is still there.
 */
describe('de database valt weg en komt terug', () => {
  let postgres: EigenPostgres;
  let app: INestApplication;
  let eigenaar: DataSource;
  let token: string;
  let klantId: string;
  let gebruikersnaam: string;

  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    postgres = await startEigenPostgres();
    await migreer(postgres.url);
    const appUrl = await zorgVoorToepassingsLogin(
      postgres.url,
      'kib_storing_toepassing',
      randomBytes(12).toString('hex'),
    );
    const module = await Test.createTestingModule({
      imports: [
        AppModule.metConfig({
          databaseUrl: appUrl,
          jwtGeheim: randomBytes(32).toString('hex'),
          geheimenSleutel: randomBytes(32).toString('hex'),
          logLevel: 'silent',
          databasePoolMax: 4,
        }),
      ],
    }).compile();
    app = module.createNestApplication({ logger: false });
    richtAppIn(app);
    await app.init();

    eigenaar = new DataSource({ ...dataSourceOptions(postgres.url, 2), logging: false });
    await eigenaar.initialize();
    const org = await maakOrganisatie(eigenaar);
    const km = await maakMedewerker(eigenaar, { organisatieId: org.id, teamId: org.teamId, rol: 'klantmanager' });
    gebruikersnaam = km.gebruikersnaam;
    await eigenaar.destroy();
    token = (await http().post('/api/auth/login').send({ gebruikersnaam, wachtwoord: TEST_WACHTWOORD }).expect(200))
      .body.accessToken;
    const klant = await http()
      .post('/api/klanten')
      .set(bearer(token))
      .send({
        bsn: '111222333',
        voornamen: 'Storing',
        achternaam: 'Test',
        geboortedatum: '1980-01-01',
        gemeenteId: org.gemeenteId,
        doelgroep: 'brede_doelgroep',
        startdatumUitkering: '2025-01-01',
        dienstverleningscategorie: 'job_ready',
      })
      .expect(201);
    klantId = klant.body.id;
  }, 120_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await postgres?.opruimen();
  });

  it('geeft 503 DATABASE_ONBEREIKBAAR met Retry-After op elk endpoint zolang de database weg is, en herstelt daarna meteen', async () => {
    // Acknowledged before the outage.
    const bevestigd = await http()
      .post(`/api/klanten/${klantId}/contactmomenten`)
      .set(bearer(token))
      .send(contactInvoer({ onderwerp: 'Voor de storing' }));
    expect(bevestigd.status).toBe(201);

    await postgres.stop();

    const verzoeken = {
      me: () => http().get('/api/me').set(bearer(token)),
      klanten: () => http().get('/api/klanten').set(bearer(token)),
      werkvoorraad: () => http().get('/api/werkvoorraad').set(bearer(token)),
      schrijven: () =>
        http()
          .post(`/api/klanten/${klantId}/contactmomenten`)
          .set(bearer(token))
          .send(contactInvoer({ onderwerp: 'Tijdens de storing' })),
      inloggen: () => http().post('/api/auth/login').send({ gebruikersnaam, wachtwoord: TEST_WACHTWOORD }),
    };
    for (const [naam, verzoek] of Object.entries(verzoeken)) {
      const antwoord = await verzoek();
      expect({ naam, status: antwoord.status, code: antwoord.body.code }).toEqual({
        naam,
        status: 503,
        code: 'DATABASE_ONBEREIKBAAR',
      });
      expect(antwoord.headers['retry-after']).toBe('5');
      expect(antwoord.body.message).toMatch(/database even niet bereiken/);
    }
    const health = await http().get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 503, code: 'NIET_BESCHIKBAAR', database: 'down' });
    expect(health.headers['content-type']).toMatch(/^application\/problem\+json/);

    await postgres.start();
    const terug = Date.now();
    // The first request after the database is back succeeds (the session survived the outage too).
    const eerste = await verzoeken.me();
    expect(eerste.status).toBe(200);
    expect(Date.now() - terug).toBeLessThan(5_000);

    const lijst = await http().get(`/api/klanten/${klantId}/contactmomenten`).set(bearer(token)).expect(200);
    const onderwerpen = lijst.body.items.map((c: { onderwerp: string }) => c.onderwerp);
    expect(onderwerpen).toContain('Voor de storing');
    expect(onderwerpen).not.toContain('Tijdens de storing'); // refused with 503, so never acknowledged
    expect((await verzoeken.schrijven()).status).toBe(201);
  }, 120_000);
});
