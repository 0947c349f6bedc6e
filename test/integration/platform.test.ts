import { Client } from 'pg';
import { DataSource } from 'typeorm';
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

  it('beschrijft elk pad van het API-contract met de juiste methodes', async () => {
    const { body } = await t.http().get('/api/docs-json');
    const contract: Record<string, string[]> = {
      '/api/klanten': ['get', 'post'],
      '/api/klanten/{id}': ['get', 'patch'],
      '/api/klanten/{id}/tijdlijn': ['get'],
      '/api/klanten/{klantId}/contactmomenten': ['get', 'post'],
      '/api/klanten/{klantId}/ladder': ['get', 'post'],
      '/api/klanten/{klantId}/afspraken': ['get', 'post'],
      '/api/afspraken/{id}': ['patch'],
      '/api/klanten/{klantId}/vrijstellingen': ['get', 'post'],
      '/api/vrijstellingen/{id}': ['patch'],
      '/api/audit/verwerkingen': ['get'],
      '/api/audit/wijzigingen': ['get'],
      '/api/klanten/herverdelen': ['post'],
      '/api/werkvoorraad': ['get'],
      '/api/werkvoorraad/uitstellen': ['post'],
      '/api/teams/{id}/overzicht': ['get'],
      '/api/instellingen/contactnormen': ['get', 'put'],
      '/api/rapportages/kerncijfers': ['get'],
      '/api/rapportages/kerncijfers.csv': ['get'],
      '/api/rapportages/kerncijfers.xlsx': ['get'],
      '/api/rapportages/doorstroom': ['get'],
      '/api/rapportages/trend': ['get'],
      '/api/health': ['get'],
      '/api/auth/login': ['post'],
      '/api/me': ['get'],
    };
    for (const [pad, methodes] of Object.entries(contract)) {
      expect({ pad, methodes: Object.keys(body.paths[pad] ?? {}).filter((m) => methodes.includes(m)).sort() }).toEqual({ pad, methodes: [...methodes].sort() });
    }
    expect(body.components.schemas.KlantInvoerDto.required).toEqual(
      expect.arrayContaining(['bsn', 'voornamen', 'achternaam', 'geboortedatum', 'gemeenteId', 'doelgroep', 'startdatumUitkering', 'dienstverleningscategorie']),
    );
    expect(body.components.schemas.KlantDto.properties.inBeeldStatus.enum).toEqual(['in_beeld', 'bijna_uit_beeld', 'uit_beeld']);
  });

  it('kent elke entiteit die een module met TypeOrmModule.forFeature aanmeldt, met haar tabel', () => {
    const entiteiten = Object.fromEntries(t.app.get(DataSource).entityMetadatas.map((m) => [m.name, m.tableName]));
    expect(entiteiten).toEqual({
      Afspraak: 'afspraak',
      Contactmoment: 'contactmoment',
      Gemeente: 'gemeente',
      Klant: 'klant',
      LadderMeting: 'ladder_meting',
      Medewerker: 'medewerker',
      Organisatie: 'organisatie',
      Team: 'team',
      Vrijstelling: 'vrijstelling',
    });
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
