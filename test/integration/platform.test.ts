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
    expect(antwoord.body.servers).toEqual([{ url: '/api/v1', description: 'Deze installatie' }]);
    expect(antwoord.body.paths['/auth/login'].post).toBeDefined();
    expect(antwoord.body.paths['/me'].get).toBeDefined();
    expect(antwoord.body.paths['/health'].get).toBeDefined();
    expect(antwoord.body.components.schemas.LoginDto.required).toEqual(
      expect.arrayContaining(['gebruikersnaam', 'wachtwoord']),
    );
  });

  it('beschrijft elk pad van het API-contract met de juiste methodes', async () => {
    const { body } = await t.http().get('/api/docs-json');
    const contract: Record<string, string[]> = {
      '/klanten': ['get', 'post'],
      '/klanten/{id}': ['get', 'patch'],
      '/klanten/{id}/tijdlijn': ['get'],
      '/klanten/{klantId}/contactmomenten': ['get', 'post'],
      '/klanten/{klantId}/ladder': ['get', 'post'],
      '/klanten/{klantId}/afspraken': ['get', 'post'],
      '/afspraken/{id}': ['patch'],
      '/klanten/{klantId}/vrijstellingen': ['get', 'post'],
      '/vrijstellingen/{id}': ['patch'],
      '/audit/verwerkingen': ['get'],
      '/audit/wijzigingen': ['get'],
      '/klanten/herverdelen': ['post'],
      '/werkvoorraad': ['get'],
      '/werkvoorraad/uitstellen': ['post'],
      '/teams/{id}/overzicht': ['get'],
      '/instellingen/contactnormen': ['get', 'put'],
      '/rapportages/kerncijfers': ['get'],
      '/rapportages/kerncijfers.csv': ['get'],
      '/rapportages/kerncijfers.xlsx': ['get'],
      '/rapportages/doorstroom': ['get'],
      '/rapportages/trend': ['get'],
      '/health': ['get'],
      '/auth/login': ['post'],
      '/me': ['get'],
    };
    for (const [pad, methodes] of Object.entries(contract)) {
      expect({
        pad,
        methodes: Object.keys(body.paths[pad] ?? {})
          .filter((m) => methodes.includes(m))
          .sort(),
      }).toEqual({ pad, methodes: [...methodes].sort() });
    }
    expect(body.components.schemas.KlantInvoerDto.required).toEqual(
      expect.arrayContaining([
        'bsn',
        'voornamen',
        'achternaam',
        'geboortedatum',
        'gemeenteId',
        'doelgroep',
        'startdatumUitkering',
        'dienstverleningscategorie',
      ]),
    );
    expect(body.components.schemas.KlantDto.properties.inBeeldStatus.enum).toEqual([
      'in_beeld',
      'bijna_uit_beeld',
      'uit_beeld',
    ]);
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
    expect(antwoord.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(antwoord.body).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'Niet gevonden.',
      instance: '/api/bestaat-niet',
      statusCode: 404,
      code: 'NIET_GEVONDEN',
      message: 'Niet gevonden.',
    });
  });

  it('dient v1 op /api/v1 met /api als alias, en noemt de versie in elk antwoord', async () => {
    const v1 = await t.http().get('/api/v1/health');
    const alias = await t.http().get('/api/health');
    expect([v1.status, alias.status]).toEqual([200, 200]);
    expect(v1.headers['api-version']).toBe('1.1.0');
    expect(alias.headers['api-version']).toBe('1.1.0');
    const fout = await t.http().get('/api/v1/me');
    expect(fout.status).toBe(401);
    expect(fout.headers['api-version']).toBe('1.1.0');
    const document = await t.http().get('/api/v1/openapi.json');
    expect(document.status).toBe(200);
    expect(document.body.info).toMatchObject({ version: '1.1.0', contact: { name: 'Klant in Beeld' } });
    expect((await t.http().get('/api/docs-json')).body).toEqual(document.body);
  });

  it('beschrijft elke operatie met tag, samenvatting, 400 bij invoer, en fouten als problem details', async () => {
    const { body } = await t.http().get('/api/v1/openapi.json');
    for (const [pad, item] of Object.entries(
      body.paths as Record<
        string,
        Record<
          string,
          {
            tags?: string[];
            summary?: string;
            parameters?: unknown[];
            requestBody?: unknown;
            responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
          }
        >
      >,
    )) {
      for (const [methode, op] of Object.entries(item)) {
        const naam = `${methode} ${pad}`;
        expect({ naam, tag: Boolean(op.tags?.length), samenvatting: Boolean(op.summary) }).toEqual({
          naam,
          tag: true,
          samenvatting: true,
        });
        if (op.parameters?.length || op.requestBody)
          expect({ naam, heeft400: '400' in op.responses }).toEqual({ naam, heeft400: true });
        for (const [status, antwoord] of Object.entries(op.responses)) {
          if (status >= '400')
            expect({ naam, status, soorten: Object.keys(antwoord.content ?? {}) }).toEqual({
              naam,
              status,
              soorten: ['application/problem+json'],
            });
          else
            expect({ naam, status, kop: Boolean(antwoord.headers?.['API-Version']) }).toEqual({
              naam,
              status,
              kop: true,
            });
        }
      }
    }
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
      expect(antwoord.body).toMatchObject({ status: 503, detail: 'De database is niet bereikbaar.', database: 'down' });
    } finally {
      await beheer.end();
      await t.app.close().catch(() => undefined);
    }
  });
});
