import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/app';

describe('health, OpenAPI en beveiligingskoppen', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.sluit());

  it('meldt health ok zonder login', async () => {
    const antwoord = await t.http().get('/api/health');
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('beschrijft login, me en health in het OpenAPI-document', async () => {
    const antwoord = await t.http().get('/api/docs-json');
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.paths['/api/auth/login'].post).toBeDefined();
    expect(antwoord.body.paths['/api/me'].get).toBeDefined();
    expect(antwoord.body.paths['/api/health'].get).toBeDefined();
    expect(antwoord.body.components.schemas.LoginDto.required).toEqual(expect.arrayContaining(['gebruikersnaam', 'wachtwoord']));
  });

  it('stuurt beveiligingskoppen mee (helmet) en geen X-Powered-By', async () => {
    const antwoord = await t.http().get('/api/health');
    expect(antwoord.headers['content-security-policy']).toContain("default-src 'self'");
    expect(antwoord.headers['x-content-type-options']).toBe('nosniff');
    expect(antwoord.headers['x-powered-by']).toBeUndefined();
  });

  it('geeft een Nederlandse 404 in het vaste foutformaat voor een onbekend pad', async () => {
    const antwoord = await t.http().get('/api/bestaat-niet');
    expect(antwoord.status).toBe(404);
    expect(antwoord.body).toEqual({ statusCode: 404, code: 'NIET_GEVONDEN', message: 'Niet gevonden.' });
  });
});

describe('health als de database wegvalt', () => {
  it('geeft 503 met database "down"', async () => {
    const t = await startTestApp();
    const naam = new URL(t.databaseUrl).pathname.slice(1);
    const beheer = new Client({ connectionString: process.env.KIB_TEST_SERVER_URL });
    await beheer.connect();
    try {
      await beheer.query(`DROP DATABASE ${naam} WITH (FORCE)`);
      const antwoord = await t.http().get('/api/health');
      expect(antwoord.status).toBe(503);
      expect(antwoord.body).toEqual({ status: 'error', database: 'down' });
    } finally {
      await beheer.end();
      await t.app.close().catch(() => undefined);
    }
  });
});
