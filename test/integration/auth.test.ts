import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { totpCode } from '../../apps/api/src/auth/totp';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  inloggen,
  maakMedewerker,
  maakOrganisatie,
  maakTestMedewerker,
  TEST_TOTP_GEHEIM,
  TEST_WACHTWOORD,
} from '../support/factories';

const JWT_GEHEIM = 'een-bekende-sleutel-voor-deze-test-van-32+-tekens';

describe('inloggen, sessies en /api/me', () => {
  let t: TestApp;
  let organisatieId: string;
  let teamId: string;
  const jwt = new JwtService({ secret: JWT_GEHEIM, signOptions: { algorithm: 'HS256' } });

  beforeAll(async () => {
    t = await startTestApp({ jwtGeheim: JWT_GEHEIM, sessieInactiefMinuten: 30, sessieMaxUren: 9 });
    ({ id: organisatieId, teamId } = await maakOrganisatie(t.db, { naam: 'Sociale Dienst Test' }));
  });
  afterAll(() => t.sluit());

  const km = (velden: Partial<Parameters<typeof maakMedewerker>[1]> = {}) =>
    maakMedewerker(t.db, { organisatieId, teamId, rol: 'klantmanager', ...velden });
  const me = (token: string) => t.http().get('/api/me').set(bearer(token));
  const sessieVan = async (token: string) => {
    const { sid } = jwt.decode(token) as { sid: string };
    const [rij] = await t.db.query(
      `SELECT beeindigd_op IS NOT NULL AS beeindigd, reden_einde AS reden, laatst_actief_op AS "laatstActief" FROM sessie WHERE id = $1`,
      [sid],
    );
    return { sid, ...rij };
  };

  it('geeft een token en de medewerker bij juiste gegevens, met organisatie- en teamnaam', async () => {
    const m = await km({ naam: 'Karin Klant' });
    const antwoord = await t
      .http()
      .post('/api/auth/login')
      .send({ gebruikersnaam: m.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    // The code, so the session dialog can offer the organisatie's own way of logging in.
    const [{ code }] = await t.db.query(`SELECT code FROM organisatie WHERE id = $1`, [organisatieId]);
    expect(antwoord.body.medewerker).toEqual({
      id: m.id,
      gebruikersnaam: m.gebruikersnaam,
      naam: 'Karin Klant',
      rol: 'klantmanager',
      teamId,
      organisatieId,
      organisatieNaam: 'Sociale Dienst Test',
      organisatieCode: code,
      teamNaam: 'Testteam',
      totpActief: false,
      totpVerplicht: false,
    });
    expect((await sessieVan(antwoord.body.accessToken)).beeindigd).toBe(false);
  });

  it('accepteert de gebruikersnaam ongeacht hoofdletters en spaties eromheen', async () => {
    const m = await km();
    const antwoord = await t
      .http()
      .post('/api/auth/login')
      .send({ gebruikersnaam: ` ${m.gebruikersnaam.toUpperCase()} `, wachtwoord: TEST_WACHTWOORD });
    expect(antwoord.status).toBe(200);
  });

  it('geeft dezelfde 401 voor een fout wachtwoord, een onbekende en een gedeactiveerde gebruiker', async () => {
    const m = await km();
    const oud = await km({ actief: false });
    const foutWachtwoord = await t
      .http()
      .post('/api/auth/login')
      .send({ gebruikersnaam: m.gebruikersnaam, wachtwoord: 'niet-goed' });
    const onbekend = await t
      .http()
      .post('/api/auth/login')
      .send({ gebruikersnaam: 'bestaat-niet', wachtwoord: 'niet-goed' });
    const gedeactiveerd = await t
      .http()
      .post('/api/auth/login')
      .send({ gebruikersnaam: oud.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
    for (const antwoord of [foutWachtwoord, onbekend, gedeactiveerd]) {
      expect(antwoord.status).toBe(401);
      expect(antwoord.body).toMatchObject({
        statusCode: 401,
        code: 'ONJUISTE_INLOG',
        message: 'Gebruikersnaam of wachtwoord is onjuist.',
      });
    }
  });

  it('noemt ontbrekende en onbekende velden bij een onvolledig verzoek (400), en geeft 400 op ongeldige JSON', async () => {
    const antwoord = await t.http().post('/api/auth/login').send({ gebruiker: 'km1' });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.fouten.map((f: { veld: string }) => f.veld).sort()).toEqual([
      'gebruiker',
      'gebruikersnaam',
      'wachtwoord',
    ]);
    const json = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"gebruikersnaam": ');
    expect(json.status).toBe(400);
    expect(json.body.code).toBe('VALIDATIE');
  });

  it('geeft /api/me via de Authorization-header of de sessiecookie (httpOnly, SameSite=Strict, op localhost zonder Secure)', async () => {
    const tl = await maakMedewerker(t.db, { organisatieId, teamId, rol: 'teamleider' });
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ gebruikersnaam: tl.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
    expect((await me(login.body.accessToken)).body).toMatchObject({ id: tl.id, rol: 'teamleider', organisatieId });
    const cookie: string = login.headers['set-cookie'][0];
    expect(cookie).toMatch(/^kib_sessie=.*; Path=\/;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i);
    const viaCookie = await t.http().get('/api/me').set('Cookie', cookie.split(';')[0]);
    expect(viaCookie.body.id).toBe(tl.id);
  });

  it('geeft 401 NIET_INGELOGD zonder token, met een vervalst token en met een token zonder sessie', async () => {
    expect((await t.http().get('/api/me')).body).toMatchObject({ statusCode: 401, code: 'NIET_INGELOGD' });
    expect((await me('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bogus')).status).toBe(401);
    const m = await km();
    // Correctly signed, but no session on the server (as tokens of before sessions existed): refused.
    const zonderSessie = await jwt.signAsync({ sub: m.id, org: organisatieId });
    expect((await me(zonderSessie)).body.code).toBe('NIET_INGELOGD');
    const verzonnenSessie = await jwt.signAsync({ sub: m.id, org: organisatieId, sid: randomUUID() });
    expect((await me(verzonnenSessie)).body.code).toBe('NIET_INGELOGD');
  });

  it('uitloggen beëindigt de sessie op de server: het token geeft daarna 401 SESSIE_VERLOPEN, de cookie is gewist', async () => {
    const m = await km();
    const token = await inloggen(t, m.gebruikersnaam);
    expect((await me(token)).status).toBe(200);
    const uit = await t.http().post('/api/auth/logout').set(bearer(token));
    expect(uit.status).toBe(204);
    expect(([] as string[]).concat(uit.headers['set-cookie'] ?? []).join(';')).toMatch(/kib_sessie=;/);
    const daarna = await me(token);
    expect(daarna.status).toBe(401);
    expect(daarna.body).toMatchObject({
      statusCode: 401,
      code: 'SESSIE_VERLOPEN',
      message: 'Je bent uitgelogd. Log opnieuw in.',
    });
    expect(await sessieVan(token)).toMatchObject({ beeindigd: true, reden: 'uitgelogd' });
    // Logging out again, or without a session, is no error.
    expect((await t.http().post('/api/auth/logout').set(bearer(token))).status).toBe(204);
    expect((await t.http().post('/api/auth/logout')).status).toBe(204);
  });

  it('uitloggen met de cookie beëindigt ook de sessie', async () => {
    const m = await km();
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ gebruikersnaam: m.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
    const cookie = login.headers['set-cookie'][0].split(';')[0];
    expect(
      (await t.http().post('/api/auth/logout').set('Cookie', cookie).set('X-Requested-With', 'klant-in-beeld')).status,
    ).toBe(204);
    expect((await t.http().get('/api/me').set('Cookie', cookie)).body.code).toBe('SESSIE_VERLOPEN');
  });

  it('een sessie verloopt na 30 minuten zonder verzoeken, met een eigen melding', async () => {
    const token = await inloggen(t, (await km()).gebruikersnaam);
    const { sid } = await sessieVan(token);
    await t.db.query(`UPDATE sessie SET laatst_actief_op = now() - interval '29 minutes' WHERE id = $1`, [sid]);
    expect((await me(token)).status).toBe(200); // within the idle timeout, and it counts as activity
    expect(new Date((await sessieVan(token)).laatstActief).getTime()).toBeGreaterThan(Date.now() - 60_000);
    await t.db.query(`UPDATE sessie SET laatst_actief_op = now() - interval '31 minutes' WHERE id = $1`, [sid]);
    const verlopen = await me(token);
    expect(verlopen.status).toBe(401);
    expect(verlopen.body).toMatchObject({
      statusCode: 401,
      code: 'SESSIE_VERLOPEN',
      message: 'Je sessie is verlopen omdat je een tijd niets hebt gedaan. Log opnieuw in.',
    });
    expect(await sessieVan(token)).toMatchObject({ beeindigd: true, reden: 'inactief' });
  });

  it('een sessie eindigt na 9 uur, ook als er steeds verzoeken zijn', async () => {
    const token = await inloggen(t, (await km()).gebruikersnaam);
    const { sid } = await sessieVan(token);
    await t.db.query(
      `UPDATE sessie SET aangemaakt_op = now() - interval '9 hours 1 minute', laatst_actief_op = now() WHERE id = $1`,
      [sid],
    );
    const verlopen = await me(token);
    expect(verlopen.body).toMatchObject({ statusCode: 401, code: 'SESSIE_VERLOPEN' });
    expect(verlopen.body.message).toMatch(/maximale tijd/);
    expect(await sessieVan(token)).toMatchObject({ beeindigd: true, reden: 'maximale_duur' });
  });

  it('noteert activiteit hoogstens eens per 30 seconden: een gewoon verzoek schrijft niet', async () => {
    const token = await inloggen(t, (await km()).gebruikersnaam);
    const { sid } = await sessieVan(token);
    await t.db.query(`UPDATE sessie SET laatst_actief_op = now() - interval '10 seconds' WHERE id = $1`, [sid]);
    const voor = (await sessieVan(token)).laatstActief;
    await me(token);
    expect((await sessieVan(token)).laatstActief).toEqual(voor);
  });

  it('deactiveren beëindigt meteen alle sessies van de medewerker', async () => {
    const m = await km();
    const eerste = await inloggen(t, m.gebruikersnaam);
    const tweede = await inloggen(t, m.gebruikersnaam);
    await t.db.query(`UPDATE medewerker SET actief = false WHERE id = $1`, [m.id]);
    for (const token of [eerste, tweede]) {
      const antwoord = await me(token);
      expect(antwoord.body).toMatchObject({
        statusCode: 401,
        code: 'SESSIE_VERLOPEN',
        message: 'Je account is gedeactiveerd. Log opnieuw in.',
      });
      expect(await sessieVan(token)).toMatchObject({ beeindigd: true, reden: 'gedeactiveerd' });
    }
  });

  describe('tweestapsverificatie (TOTP)', () => {
    const login = (gebruikersnaam: string, wachtwoord = TEST_WACHTWOORD) =>
      t.http().post('/api/auth/login').send({ gebruikersnaam, wachtwoord });
    const tweedeStap = (tussenToken: string, code: string) =>
      t.http().post('/api/auth/login/totp').send({ tussenToken, code });
    const stap = () => Math.floor(Date.now() / 30_000);

    it('een beheerder zonder TOTP moet het bij het inloggen instellen; de eerste code zet het aan', async () => {
      const beheerder = await maakMedewerker(t.db, { organisatieId, rol: 'beheerder' });
      const eerste = await login(beheerder.gebruikersnaam);
      expect(eerste.status).toBe(200);
      expect(eerste.body).toEqual({
        tweedeStap: 'totp_instellen',
        tussenToken: expect.any(String),
        totp: {
          geheim: expect.stringMatching(/^[A-Z2-7]{32}$/),
          otpauthUri: expect.stringMatching(/^otpauth:\/\/totp\//),
          qrCode: expect.stringMatching(/^data:image\/png;base64,/),
        },
      });
      expect(eerste.body.accessToken).toBeUndefined();
      expect(eerste.headers['set-cookie']).toBeUndefined();
      // Stored encrypted, never as the base32 text.
      const [rij] = await t.db.query(`SELECT totp_geheim, totp_actief FROM medewerker WHERE id = $1`, [beheerder.id]);
      expect(rij.totp_actief).toBe(false);
      expect(rij.totp_geheim).not.toContain(eerste.body.totp.geheim);

      const bevestigd = await tweedeStap(eerste.body.tussenToken, await totpCode(eerste.body.totp.geheim));
      expect(bevestigd.status).toBe(200);
      expect(bevestigd.body.medewerker).toMatchObject({ id: beheerder.id, totpActief: true, totpVerplicht: true });
      expect((await me(bevestigd.body.accessToken)).status).toBe(200);
      // From now on: the code step, not the setup.
      expect((await login(beheerder.gebruikersnaam)).body).toEqual({
        tweedeStap: 'totp',
        tussenToken: expect.any(String),
      });
    });

    it('weigert een onjuiste code en een code die al gebruikt is (geen replay)', async () => {
      const beheerder = await maakTestMedewerker(t, { organisatieId, rol: 'beheerder' });
      const eerste = await login(beheerder.gebruikersnaam);
      const fout = await tweedeStap(
        eerste.body.tussenToken,
        (await totpCode(TEST_TOTP_GEHEIM)) === '000000' ? '111111' : '000000',
      );
      expect(fout.status).toBe(401);
      expect(fout.body.code).toBe('ONJUISTE_CODE');
      const code = await totpCode(TEST_TOTP_GEHEIM, (stap() + 1) * 30_000);
      expect((await tweedeStap(eerste.body.tussenToken, code)).status).toBe(200);
      const nogEens = await login(beheerder.gebruikersnaam);
      const herhaald = await tweedeStap(nogEens.body.tussenToken, code);
      expect(herhaald.status).toBe(401);
      expect(herhaald.body.code).toBe('ONJUISTE_CODE');
    });

    it('een verlopen of vervalst tussenToken geeft 401 TUSSENSTAP_VERLOPEN; een sessietoken is geen tussenToken', async () => {
      const beheerder = await maakTestMedewerker(t, { organisatieId, rol: 'beheerder' });
      const verlopen = await jwt.signAsync(
        { sub: beheerder.id, org: organisatieId, naam: beheerder.gebruikersnaam, stap: 'totp' },
        { expiresIn: -10 },
      );
      const code = await totpCode(TEST_TOTP_GEHEIM);
      for (const tussenToken of [verlopen, 'geen.echt.token', await inloggen(t, (await km()).gebruikersnaam)]) {
        const antwoord = await tweedeStap(tussenToken, code);
        expect(antwoord.status).toBe(401);
        expect(antwoord.body.code).toBe('TUSSENSTAP_VERLOPEN');
      }
    });

    it('een klantmanager zet TOTP aan en uit via Mijn gegevens; een beheerder kan het niet uitzetten', async () => {
      const m = await km();
      const token = await inloggen(t, m.gebruikersnaam);
      const inrichting = await t.http().post('/api/me/totp').set(bearer(token));
      expect(inrichting.status).toBe(200);
      const fout = await t.http().post('/api/me/totp/bevestigen').set(bearer(token)).send({ code: '12345' });
      expect(fout.status).toBe(400);
      expect(fout.body.fouten).toEqual([{ veld: 'code', melding: 'moet 6 cijfers zijn' }]);
      const mis = await t
        .http()
        .post('/api/me/totp/bevestigen')
        .set(bearer(token))
        .send({ code: (await totpCode(inrichting.body.geheim)) === '000000' ? '111111' : '000000' });
      expect(mis.body.fouten).toEqual([
        { veld: 'code', melding: 'klopt niet; kijk in je authenticator-app en probeer de nieuwste code' },
      ]);
      expect(
        (
          await t
            .http()
            .post('/api/me/totp/bevestigen')
            .set(bearer(token))
            .send({ code: await totpCode(inrichting.body.geheim) })
        ).status,
      ).toBe(204);
      expect((await me(token)).body.totpActief).toBe(true);
      expect((await login(m.gebruikersnaam)).body.tweedeStap).toBe('totp');
      expect((await t.http().post('/api/me/totp').set(bearer(token))).status).toBe(409);

      expect((await t.http().delete('/api/me/totp').set(bearer(token))).status).toBe(204);
      expect((await login(m.gebruikersnaam)).body.accessToken).toBeDefined();

      const beheerder = await maakTestMedewerker(t, { organisatieId, rol: 'beheerder' });
      const uit = await t
        .http()
        .delete('/api/me/totp')
        .set(bearer(await inloggen(t, beheerder.gebruikersnaam)));
      expect(uit.status).toBe(422);
      expect(uit.body.code).toBe('TOTP_VERPLICHT');
    });
  });

  describe('wachtwoord wijzigen', () => {
    const wijzig = (token: string, huidigWachtwoord: string, nieuwWachtwoord: string) =>
      t.http().post('/api/me/wachtwoord').set(bearer(token)).send({ huidigWachtwoord, nieuwWachtwoord });

    it('eist het huidige wachtwoord en minstens 12 tekens die geen veelgebruikt wachtwoord zijn', async () => {
      const m = await km();
      const token = await inloggen(t, m.gebruikersnaam);
      expect((await wijzig(token, 'fout', 'Lange zin voor mijn nieuwe wachtwoord')).body.fouten).toEqual([
        { veld: 'huidigWachtwoord', melding: 'klopt niet' },
      ]);
      expect((await wijzig(token, TEST_WACHTWOORD, 'kort')).body.fouten).toEqual([
        { veld: 'nieuwWachtwoord', melding: 'moet minstens 12 tekens lang zijn' },
      ]);
      expect((await wijzig(token, TEST_WACHTWOORD, 'Password1234!')).body.fouten).toEqual([
        { veld: 'nieuwWachtwoord', melding: 'is een veelgebruikt wachtwoord; kies een zin of een reeks losse woorden' },
      ]);
      expect((await wijzig(token, TEST_WACHTWOORD, TEST_WACHTWOORD)).body.fouten).toEqual([
        { veld: 'nieuwWachtwoord', melding: 'moet anders zijn dan je huidige wachtwoord' },
      ]);
    });

    it('een nieuw wachtwoord beëindigt de andere sessies, houdt deze en werkt bij de volgende login', async () => {
      const m = await km();
      const hier = await inloggen(t, m.gebruikersnaam);
      const elders = await inloggen(t, m.gebruikersnaam);
      expect((await wijzig(hier, TEST_WACHTWOORD, 'Koffie om tien bij de balie')).status).toBe(204);
      expect((await me(hier)).status).toBe(200);
      expect((await me(elders)).body).toMatchObject({
        code: 'SESSIE_VERLOPEN',
        message: 'Je wachtwoord is gewijzigd. Log opnieuw in.',
      });
      expect(
        (await t.http().post('/api/auth/login').send({ gebruikersnaam: m.gebruikersnaam, wachtwoord: TEST_WACHTWOORD }))
          .status,
      ).toBe(401);
      expect(
        (
          await t
            .http()
            .post('/api/auth/login')
            .send({ gebruikersnaam: m.gebruikersnaam, wachtwoord: 'Koffie om tien bij de balie' })
        ).status,
      ).toBe(200);
    });
  });
});

describe('inlogbegrenzing per gebruikersnaam en adres', () => {
  let t: TestApp;
  let organisatieId: string;

  beforeAll(async () => {
    // One proxy in front: X-Forwarded-For tells the address, as behind a real reverse proxy.
    t = await startTestApp({ http: { trustProxy: 1 } });
    ({ id: organisatieId } = await maakOrganisatie(t.db));
  });
  afterAll(() => t.sluit());

  const login = (gebruikersnaam: string, wachtwoord: string, adres: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', adres).send({ gebruikersnaam, wachtwoord });

  it('na 10 mislukte pogingen vanaf één adres volgt 429 voor die naam op dat adres; de gebruiker zelf kan elders gewoon inloggen', async () => {
    const m = await maakMedewerker(t.db, { organisatieId, rol: 'klantmanager' });
    const statussen: number[] = [];
    for (let i = 0; i < 11; i++) statussen.push((await login(m.gebruikersnaam, 'fout', '203.0.113.7')).status);
    expect(statussen.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statussen[10]).toBe(429);
    const geblokkeerd = await login(m.gebruikersnaam, TEST_WACHTWOORD, '203.0.113.7');
    expect(geblokkeerd.body).toMatchObject({ statusCode: 429, code: 'TE_VEEL_POGINGEN' });
    // The stranger at 203.0.113.7 does not lock the user out at the office.
    expect((await login(m.gebruikersnaam, TEST_WACHTWOORD, '198.51.100.20')).status).toBe(200);
    // And not another user on the same address.
    const ander = await maakMedewerker(t.db, { organisatieId, rol: 'klantmanager' });
    expect((await login(ander.gebruikersnaam, TEST_WACHTWOORD, '203.0.113.7')).status).toBe(200);
  });

  it('raden vanaf veel adressen stopt na 100 fouten per uur, behalve op een adres waar de gebruiker eerder inlogde', async () => {
    const m = await maakMedewerker(t.db, { organisatieId, rol: 'klantmanager' });
    expect((await login(m.gebruikersnaam, TEST_WACHTWOORD, '198.51.100.30')).status).toBe(200); // the office
    await t.db.query(
      `INSERT INTO inlogpoging (gebruikersnaam, adres, gelukt) SELECT $1, ('10.1.' || (i / 250) || '.' || (i % 250))::inet, false FROM generate_series(1, 100) i`,
      [m.gebruikersnaam],
    );
    const nieuwAdres = await login(m.gebruikersnaam, TEST_WACHTWOORD, '192.0.2.99');
    expect(nieuwAdres.status).toBe(429);
    expect((await login(m.gebruikersnaam, TEST_WACHTWOORD, '198.51.100.30')).status).toBe(200);
  });

  it('zonder vertrouwde proxy telt een zelfgekozen X-Forwarded-For niet: het echte adres telt', async () => {
    const zonderProxy = await startTestApp();
    try {
      const org = await maakOrganisatie(zonderProxy.db);
      const m = await maakMedewerker(zonderProxy.db, { organisatieId: org.id, rol: 'klantmanager' });
      for (let i = 0; i < 10; i++) {
        await zonderProxy
          .http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', `203.0.113.${i}`)
          .send({ gebruikersnaam: m.gebruikersnaam, wachtwoord: 'fout' });
      }
      const antwoord = await zonderProxy
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.200')
        .send({ gebruikersnaam: m.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
      expect(antwoord.status).toBe(429);
    } finally {
      await zonderProxy.sluit();
    }
  });
});
