import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  contactInvoer,
  klantInvoer,
  maakKlant,
  maakOmgeving,
  TEST_WACHTWOORD,
  TestOmgeving,
} from '../support/factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld).sort();

describe('HTTP: slechte invoer, CSRF, cookies en proxies', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let klantId: string;

  beforeAll(async () => {
    t = await startTestApp({ trendPerMinuut: 5 });
    a = await maakOmgeving(t);
    klantId = (await maakKlant(t, a)).id;
  });
  afterAll(() => t.sluit());

  describe('stuurtekens, grenzen en formaten', () => {
    it('een NUL of ander stuurteken in een tekstveld geeft 400 met elk veld genoemd, ook genest, ook bij inloggen', async () => {
      const antwoord = await t
        .http()
        .post('/api/klanten')
        .set(bearer(a.klantmanager.token))
        .send(
          klantInvoer(a, {
            voornamen: 'Jo\u0000hanna',
            achternaam: 'de\u001bVries',
            adres: { straat: 'Markt\u0007', huisnummer: '1', postcode: '8011 AB', woonplaats: 'Zwolle' },
          }),
        );
      expect(antwoord.status).toBe(400);
      expect(antwoord.body.code).toBe('VALIDATIE');
      expect(velden(antwoord.body)).toEqual(['achternaam', 'adres.straat', 'voornamen']);
      expect(antwoord.body.fouten[0].melding).toBe('bevat een niet-toegestaan stuurteken (zoals NUL)');

      const login = await t.http().post('/api/auth/login').send({ gebruikersnaam: 'km1\u0000', wachtwoord: 'x' });
      expect(login.status).toBe(400);
      expect(velden(login.body)).toEqual(['gebruikersnaam']);
    });

    it('tab, regeleinde en CR LF blijven gewoon toegestaan', async () => {
      const antwoord = await t
        .http()
        .post(`/api/klanten/${klantId}/contactmomenten`)
        .set(bearer(a.klantmanager.token))
        .send(contactInvoer({ samenvatting: 'Regel een\r\nRegel twee\tmet tab' }));
      expect(antwoord.status).toBe(201);
    });

    it('een stuurteken in een queryparameter geeft 400 met die parameter', async () => {
      const antwoord = await t
        .http()
        .get('/api/klanten')
        .query({ zoek: 'Jan\u0000' })
        .set(bearer(a.klantmanager.token));
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['zoek']);
    });

    it('een losse surrogaathelft of een absurd diep genest lichaam geeft 400, geen 500', async () => {
      const surrogaat = await t
        .http()
        .post(`/api/klanten/${klantId}/ladder`)
        .set(bearer(a.klantmanager.token))
        .set('Content-Type', 'application/json')
        .send('{"trede":3,"gemetenOp":"2026-01-01","toelichting":"x\\ud800"}');
      expect(surrogaat.status).toBe(400);
      expect(surrogaat.body.fouten).toEqual([{ veld: 'toelichting', melding: 'bevat een ongeldig teken' }]);
      const diep = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(`${'['.repeat(2000)}${']'.repeat(2000)}`);
      expect(diep.status).toBe(400);
      expect(diep.body.fouten[0].melding).toBe('is te diep genest (hoogstens 16 niveaus)');
    });

    it.each(['1e21', '99999999999999999999', '100001', 'Infinity'])(
      'page=%s geeft 400 op page, op elke gepagineerde lijst',
      async (page) => {
        for (const pad of [
          '/api/klanten',
          '/api/werkvoorraad',
          `/api/klanten/${klantId}/tijdlijn`,
          '/api/medewerkers',
        ]) {
          const antwoord = await t.http().get(pad).query({ page }).set(bearer(a.teamleider.token));
          expect({ pad, status: antwoord.status, velden: velden(antwoord.body) }).toEqual({
            pad,
            status: 400,
            velden: ['page'],
          });
        }
        expect(
          (await t.http().get('/api/klanten').query({ page: 100000 }).set(bearer(a.teamleider.token))).status,
        ).toBe(200);
      },
    );

    it('een lichaam dat geen JSON is geeft 415, ook bij inloggen (geen login-CSRF met een formulier)', async () => {
      const formulier = await t
        .http()
        .post('/api/auth/login')
        .type('form')
        .send({ gebruikersnaam: 'km1', wachtwoord: 'demo' });
      expect(formulier.status).toBe(415);
      expect(formulier.body).toMatchObject({
        statusCode: 415,
        code: 'ONBEKEND_FORMAAT',
        message: 'Stuur de gegevens als JSON (Content-Type: application/json).',
      });
      const tekst = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({ gebruikersnaam: 'km1', wachtwoord: 'demo' }));
      expect(tekst.status).toBe(415);
      const zonderLichaam = await t.http().post(`/api/klanten/${klantId}/bsn-inzage`).set(bearer(a.klantmanager.token));
      expect(zonderLichaam.status).toBe(200);
    });

    it('een lichaam boven 1 MB geeft 413 in het vaste foutformaat', async () => {
      const antwoord = await t
        .http()
        .post(`/api/klanten/${klantId}/contactmomenten`)
        .set(bearer(a.klantmanager.token))
        .send(contactInvoer({ samenvatting: 'x'.repeat(1_100_000) }));
      expect(antwoord.status).toBe(413);
      expect(antwoord.body).toMatchObject({
        statusCode: 413,
        code: 'TE_GROOT',
        message: 'Het verzoek is te groot: stuur hoogstens 1 MB.',
      });
    });

    it('neemt een X-Request-Id alleen over als het een UUID is; anders een eigen trace-id', async () => {
      const eigen = '3f2c1a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60';
      await t
        .http()
        .get(`/api/klanten/${klantId}`)
        .set(bearer(a.klantmanager.token))
        .set('X-Request-Id', eigen)
        .expect(200);
      await t
        .http()
        .get(`/api/klanten/${klantId}`)
        .set(bearer(a.klantmanager.token))
        .set('X-Request-Id', 'aaaaaaaa-vervalst')
        .expect(200);
      const sporen: { trace_id: string }[] = await t.db.query(
        `SELECT trace_id FROM verwerking WHERE klant_id = $1 AND handeling = 'klant.inzien' ORDER BY id`,
        [klantId],
      );
      expect(sporen.map((s) => s.trace_id)).toContain(eigen);
      expect(sporen.map((s) => s.trace_id)).not.toContain('aaaaaaaa-vervalst');
      expect(sporen.every((s) => /^[0-9a-f-]{36}$/.test(s.trace_id))).toBe(true);
    });
  });

  describe('CSRF en de sessiecookie', () => {
    let cookie: string;
    beforeAll(async () => {
      const login = await t
        .http()
        .post('/api/auth/login')
        .send({ gebruikersnaam: a.klantmanager.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
      cookie = login.headers['set-cookie'][0].split(';')[0];
    });

    it('een wijzigend verzoek met alleen de cookie en zonder X-Requested-With geeft 403 CSRF en verandert niets', async () => {
      const antwoord = await t
        .http()
        .post(`/api/klanten/${klantId}/contactmomenten`)
        .set('Cookie', cookie)
        .send(contactInvoer({ onderwerp: 'Via een andere site' }));
      expect(antwoord.status).toBe(403);
      expect(antwoord.body.code).toBe('CSRF');
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM contactmoment WHERE onderwerp = 'Via een andere site'`,
      );
      expect(n).toBe(0);
    });

    it('met de kop van de webapp gaat het wel; lezen met de cookie en schrijven met een bearer-token hebben de kop niet nodig', async () => {
      const metKop = await t
        .http()
        .post(`/api/klanten/${klantId}/contactmomenten`)
        .set('Cookie', cookie)
        .set('X-Requested-With', 'klant-in-beeld')
        .send(contactInvoer());
      expect(metKop.status).toBe(201);
      expect((await t.http().get(`/api/klanten/${klantId}`).set('Cookie', cookie)).status).toBe(200);
      expect(
        (
          await t
            .http()
            .post(`/api/klanten/${klantId}/contactmomenten`)
            .set(bearer(a.klantmanager.token))
            .send(contactInvoer())
        ).status,
      ).toBe(201);
    });
  });

  describe('achter een TLS-proxy', () => {
    let achterProxy: TestApp;
    beforeAll(async () => {
      achterProxy = await startTestApp({ http: { trustProxy: 1, hstsMaxAge: 31_536_000 } });
    });
    afterAll(() => achterProxy.sluit());

    it('zet een __Host--cookie met Secure als de proxy https meldt, en stuurt HSTS', async () => {
      const omgeving = await maakOmgeving(achterProxy);
      const login = await achterProxy
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-Proto', 'https')
        .set('Host', 'klantinbeeld.gemeente.nl')
        .send({ gebruikersnaam: omgeving.klantmanager.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
      expect(login.status).toBe(200);
      const cookie: string = login.headers['set-cookie'][0];
      expect(cookie).toMatch(
        /^__Host-kib_sessie=[^;]+; Max-Age=32400; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/,
      );
      expect(login.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const viaCookie = await achterProxy
        .http()
        .get('/api/me')
        .set('X-Forwarded-Proto', 'https')
        .set('Cookie', cookie.split(';')[0]);
      expect(viaCookie.status).toBe(200);
    });

    it('zonder TLS en niet op localhost is de cookie toch Secure: een browser stuurt hem dan niet over gewoon HTTP', async () => {
      const omgeving = await maakOmgeving(achterProxy);
      const login = await achterProxy
        .http()
        .post('/api/auth/login')
        .set('Host', 'intranet.gemeente.nl')
        .send({ gebruikersnaam: omgeving.klantmanager.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
      expect(login.headers['set-cookie'][0]).toMatch(/^__Host-kib_sessie=.*; Secure;/);
    });
  });

  describe('trend', () => {
    it('is begrensd per medewerker: na 5 per minuut (hier ingesteld) volgt 429, een collega kan nog', async () => {
      const statussen: number[] = [];
      for (let i = 0; i < 6; i++) {
        statussen.push(
          (
            await t
              .http()
              .get('/api/rapportages/trend')
              .query({ van: plusDagen(vandaag(), -60) })
              .set(bearer(a.beleid.token))
          ).status,
        );
      }
      expect(statussen).toEqual([200, 200, 200, 200, 200, 429]);
      expect(
        (
          await t
            .http()
            .get('/api/rapportages/trend')
            .query({ van: plusDagen(vandaag(), -60) })
            .set(bearer(a.teamleider.token))
        ).status,
      ).toBe(200);
    });
  });
});
