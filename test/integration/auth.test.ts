import { startTestApp, TestApp } from '../support/app';
import { bearer, inloggen, maakMedewerker, maakOrganisatie, TEST_WACHTWOORD } from '../support/factories';

describe('inloggen en /api/me', () => {
  let t: TestApp;
  let organisatieId: string;
  let teamId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: organisatieId, teamId } = await maakOrganisatie(t.db, { naam: 'Sociale Dienst Test' }));
  });
  afterAll(() => t.sluit());

  it('geeft een token en de medewerker bij juiste gegevens, met organisatie- en teamnaam', async () => {
    const km = await maakMedewerker(t.db, { organisatieId, teamId, rol: 'klantmanager', naam: 'Karin Klant' });
    const antwoord = await t.http().post('/api/auth/login').send({ gebruikersnaam: km.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(antwoord.body.medewerker).toEqual({
      id: km.id,
      gebruikersnaam: km.gebruikersnaam,
      naam: 'Karin Klant',
      rol: 'klantmanager',
      teamId,
      organisatieId,
      organisatieNaam: 'Sociale Dienst Test',
      teamNaam: 'Testteam',
    });
    expect(antwoord.body.medewerker).not.toHaveProperty('wachtwoordHash');
  });

  it('accepteert de gebruikersnaam ongeacht hoofdletters en spaties eromheen', async () => {
    const km = await maakMedewerker(t.db, { organisatieId, rol: 'klantmanager' });
    const antwoord = await t.http().post('/api/auth/login').send({ gebruikersnaam: ` ${km.gebruikersnaam.toUpperCase()} `, wachtwoord: TEST_WACHTWOORD });
    expect(antwoord.status).toBe(200);
  });

  it('geeft dezelfde 401 voor een fout wachtwoord en een onbekende gebruiker', async () => {
    const km = await maakMedewerker(t.db, { organisatieId, rol: 'klantmanager' });
    const foutWachtwoord = await t.http().post('/api/auth/login').send({ gebruikersnaam: km.gebruikersnaam, wachtwoord: 'niet-goed' });
    const onbekend = await t.http().post('/api/auth/login').send({ gebruikersnaam: 'bestaat-niet', wachtwoord: 'niet-goed' });
    expect(foutWachtwoord.status).toBe(401);
    expect(onbekend.status).toBe(401);
    expect(foutWachtwoord.body).toEqual(onbekend.body);
    expect(foutWachtwoord.body).toEqual({ statusCode: 401, code: 'ONJUISTE_INLOG', message: 'Gebruikersnaam of wachtwoord is onjuist.' });
  });

  it('weigert een gedeactiveerde medewerker met dezelfde 401', async () => {
    const oud = await maakMedewerker(t.db, { organisatieId, rol: 'klantmanager', actief: false });
    const antwoord = await t.http().post('/api/auth/login').send({ gebruikersnaam: oud.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
    expect(antwoord.status).toBe(401);
    expect(antwoord.body.code).toBe('ONJUISTE_INLOG');
  });

  it('noemt ontbrekende en onbekende velden bij een onvolledig verzoek (400)', async () => {
    const antwoord = await t.http().post('/api/auth/login').send({ gebruiker: 'km1' });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.code).toBe('VALIDATIE');
    const velden = antwoord.body.fouten.map((f: { veld: string }) => f.veld).sort();
    expect(velden).toEqual(['gebruiker', 'gebruikersnaam', 'wachtwoord']);
    expect(antwoord.body.fouten.find((f: { veld: string }) => f.veld === 'gebruiker').melding).toBe('is geen bekend veld');
  });

  it('geeft 400 (geen 500) op ongeldige JSON', async () => {
    const antwoord = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"gebruikersnaam": ');
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.code).toBe('VALIDATIE');
  });

  it('begrenst inlogpogingen: na 10 pogingen per minuut voor dezelfde naam volgt 429', async () => {
    const km = await maakMedewerker(t.db, { organisatieId, rol: 'klantmanager' });
    const statussen: number[] = [];
    for (let i = 0; i < 11; i++) {
      const antwoord = await t.http().post('/api/auth/login').send({ gebruikersnaam: km.gebruikersnaam, wachtwoord: 'fout' });
      statussen.push(antwoord.status);
    }
    expect(statussen.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statussen[10]).toBe(429);
    const geblokkeerd = await t.http().post('/api/auth/login').send({ gebruikersnaam: km.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
    expect(geblokkeerd.status).toBe(429);
    expect(geblokkeerd.body.code).toBe('TE_VEEL_POGINGEN');
    expect(geblokkeerd.body.message).toMatch(/Te veel inlogpogingen/);
    // Another user from the same address is not locked out by someone else's attempts.
    const ander = await maakMedewerker(t.db, { organisatieId, rol: 'klantmanager' });
    expect((await t.http().post('/api/auth/login').send({ gebruikersnaam: ander.gebruikersnaam, wachtwoord: TEST_WACHTWOORD })).status).toBe(200);
  });

  it('geeft /api/me voor een geldig token, via de Authorization-header of de sessiecookie', async () => {
    const tl = await maakMedewerker(t.db, { organisatieId, teamId, rol: 'teamleider' });
    const login = await t.http().post('/api/auth/login').send({ gebruikersnaam: tl.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
    const viaHeader = await t.http().get('/api/me').set(bearer(login.body.accessToken));
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.body).toMatchObject({ id: tl.id, rol: 'teamleider', organisatieId });

    const cookie = login.headers['set-cookie'][0];
    expect(cookie).toMatch(/kib_sessie=.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const viaCookie = await t.http().get('/api/me').set('Cookie', cookie.split(';')[0]);
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.body.id).toBe(tl.id);
  });

  it('geeft 401 zonder token, met een vervalst token en na deactivering', async () => {
    expect((await t.http().get('/api/me')).status).toBe(401);
    expect((await t.http().get('/api/me')).body).toMatchObject({ statusCode: 401, code: 'NIET_INGELOGD' });
    expect((await t.http().get('/api/me').set(bearer('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bogus'))).status).toBe(401);

    const km = await maakMedewerker(t.db, { organisatieId, rol: 'klantmanager' });
    const token = await inloggen(t, km.gebruikersnaam);
    expect((await t.http().get('/api/me').set(bearer(token))).status).toBe(200);
    await t.db.query(`UPDATE medewerker SET actief = false WHERE id = $1`, [km.id]);
    expect((await t.http().get('/api/me').set(bearer(token))).status).toBe(401);
  });

  it('wist de sessiecookie bij uitloggen', async () => {
    const antwoord = await t.http().post('/api/auth/logout');
    expect(antwoord.status).toBe(204);
    expect(antwoord.headers['set-cookie'][0]).toMatch(/kib_sessie=;/);
  });
});
