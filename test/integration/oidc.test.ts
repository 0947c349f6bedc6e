import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../support/app';
import {
  bearer,
  inloggen,
  maakOmgeving,
  maakOrganisatie,
  maakTestMedewerker,
  TEST_WACHTWOORD,
  type TestOmgeving,
} from '../support/factories';
import { startTestProvider, TestBrowser, type TestProvider } from '../support/oidc-provider';

/**
 * Login with the organisatie's own accounts against a real OpenID provider (oidc-provider) on loopback: the whole
 * authorization code flow over HTTP, as a browser walks it, and every way it can go wrong.
 */
describe('inloggen met het eigen account (OpenID Connect)', () => {
  let t: TestApp;
  let basis: string;
  let provider: TestProvider;
  let trageProvider: TestProvider;
  let a: TestOmgeving;
  let codeA: string;
  let codeB: string;
  let emailKm: string;
  let emailB: string;

  const callbackPad = '/api/v1/auth/oidc/callback';
  const opAppTerug = (u: URL) => u.href.startsWith(`${basis}/`) && !u.pathname.startsWith('/api/');

  async function stelIn(
    token: string,
    velden: Partial<{ issuer: string; clientId: string; clientGeheim: string }> & {
      uitloggenBijProvider?: boolean;
      wachtwoordToegestaan?: boolean;
    },
  ) {
    return t
      .http()
      .put('/api/instellingen/oidc')
      .set(bearer(token))
      .send({ uitloggenBijProvider: false, wachtwoordToegestaan: true, ...velden });
  }

  /** Start at the app, log in at the provider, and stop at the redirect back to the callback (not requested). */
  async function totCallback(browser: TestBrowser, login: string, code = codeA): Promise<URL> {
    const formulier = await browser.volg(`${basis}/api/auth/oidc/${code}`, opAppTerug);
    expect(formulier.url.href.startsWith(provider.issuer) || formulier.url.href.startsWith(trageProvider.issuer)).toBe(
      true,
    );
    return browser.loginBijProvider(formulier, login, `${basis}${callbackPad}`);
  }

  /** The whole flow; returns where the browser ended up in Klant in Beeld. */
  async function inloggenVia(browser: TestBrowser, login: string): Promise<URL> {
    const callback = await totCallback(browser, login);
    return (await browser.volg(callback.href, opAppTerug)).url;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    basis = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const redirect = { redirectUris: [`${basis}${callbackPad}`], postLogoutRedirectUris: [`${basis}/inloggen`] };
    provider = await startTestProvider({
      ...redirect,
      emailDomein: 'gemeente-test.nl',
      onbevestigd: ['onbevestigd@gemeente-test.nl'],
      zonderEmail: ['zonder-email'],
    });
    trageProvider = await startTestProvider({ ...redirect, emailDomein: 'gemeente-test.nl', codeTtlSeconden: 1 });
    a = await maakOmgeving(t);
    const b = await maakOrganisatie(t.db);
    [{ code: codeA }] = await t.db.query(`SELECT code FROM organisatie WHERE id = $1`, [a.organisatie.id]);
    [{ code: codeB }] = await t.db.query(`SELECT code FROM organisatie WHERE id = $1`, [b.id]);
    emailKm = `${a.klantmanager.gebruikersnaam}@gemeente-test.nl`;
    await t.db.query(`UPDATE medewerker SET email = $2 WHERE id = $1`, [a.klantmanager.id, emailKm.toUpperCase()]);
    // A medewerker of another organisatie whose address the provider also knows: never logs in through A.
    const vanB = await maakTestMedewerker(t, { organisatieId: b.id, rol: 'klantmanager', teamId: b.teamId });
    emailB = `${vanB.gebruikersnaam}@gemeente-test.nl`;
    await t.db.query(`UPDATE medewerker SET email = $2 WHERE id = $1`, [vanB.id, emailB]);
    const ingesteld = await stelIn(a.beheerder.token, {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientGeheim: provider.clientSecret,
      uitloggenBijProvider: true,
    });
    expect(ingesteld.status).toBe(200);
  });

  afterAll(async () => {
    await provider?.stop();
    await trageProvider?.stop();
    await t?.sluit();
  });

  it('de volledige code flow: naar de provider (PKCE S256, state, nonce), terug, sessiecookie en door naar /', async () => {
    const browser = new TestBrowser();
    const start = await browser.stap(`${basis}/api/auth/oidc/${codeA}`);
    expect(start.status).toBe(302);
    const naar = new URL(start.headers.get('location')!);
    expect(naar.origin).toBe(provider.issuer);
    expect(Object.fromEntries(naar.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: provider.clientId,
      redirect_uri: `${basis}${callbackPad}`,
      code_challenge_method: 'S256',
      scope: 'openid email profile',
    });
    expect(naar.searchParams.get('state')).toBeTruthy();
    expect(naar.searchParams.get('nonce')).toBeTruthy();
    expect(naar.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The state lives in the browser's cookie and as a hash in the database, never as itself.
    expect(browser.cookie(basis, 'kib_oidc')).toBe(naar.searchParams.get('state'));
    expect(start.headers.getSetCookie()[0]).toMatch(/HttpOnly/i);
    expect(start.headers.getSetCookie()[0]).toMatch(/SameSite=Lax/i);
    const [rij] = await t.db.query(`SELECT state_hash FROM oidc_aanvraag WHERE organisatie_id = $1`, [
      a.organisatie.id,
    ]);
    expect(rij.state_hash).not.toBe(naar.searchParams.get('state'));

    const formulier = await browser.volg(naar.href, opAppTerug);
    const callback = await browser.loginBijProvider(formulier, emailKm, `${basis}${callbackPad}`);
    const terug = await browser.stap(callback.href);
    expect(terug.status).toBe(302);
    expect(terug.headers.get('location')).toBe('/');
    const sessie = browser.cookie(basis, 'kib_sessie');
    expect(sessie).toBeTruthy();
    expect(browser.cookie(basis, 'kib_oidc')).toBeUndefined();
    const me = await browser.stap(`${basis}/api/v1/me`);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: a.klantmanager.id, rol: 'klantmanager' });
    // The same token works as a bearer token, and the session keeps the provider's ID token encrypted.
    const [s] = await t.db.query(
      `SELECT oidc_id_token FROM sessie WHERE medewerker_id = $1 AND oidc_id_token IS NOT NULL`,
      [a.klantmanager.id],
    );
    expect(s.oidc_id_token).toMatch(/^v1:/);
    expect(
      (
        await t
          .http()
          .get('/api/me')
          .set(bearer(decodeURIComponent(sessie!)))
      ).status,
    ).toBe(200);

    // Logging out: our session ends, and the browser may go on to the provider's end_session_endpoint.
    const uit = await browser.stap(`${basis}/api/v1/auth/uitlogadres`);
    const { url } = (await uit.json()) as { url: string };
    expect(url).toContain(`${provider.issuer}/session/end`);
    expect(new URL(url).searchParams.get('post_logout_redirect_uri')).toBe(`${basis}/inloggen`);
    expect(new URL(url).searchParams.get('id_token_hint')).toBeTruthy();
    const logout = await browser.stap(`${basis}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { 'X-Requested-With': 'klant-in-beeld' },
    });
    expect(logout.status).toBe(204);
    expect(
      (
        await t
          .http()
          .get('/api/me')
          .set(bearer(decodeURIComponent(sessie!)))
      ).status,
    ).toBe(401);
  });

  it('een gebruikte state of code telt niet nog een keer', async () => {
    const browser = new TestBrowser();
    const callback = await totCallback(browser, emailKm);
    const state = browser.cookie(basis, 'kib_oidc')!;
    expect((await browser.stap(callback.href)).headers.get('location')).toBe('/');
    browser.zetCookie(basis, 'kib_oidc', state);
    const nogmaals = await browser.stap(callback.href);
    expect(nogmaals.status).toBe(302);
    expect(nogmaals.headers.get('location')).toBe('/inloggen?fout=sso_verlopen');
  });

  it('een onbekende state, of de state van een andere browser: terug naar de inlogpagina', async () => {
    const onbekend = await new TestBrowser().stap(`${basis}${callbackPad}?code=abc&state=verzonnen`);
    expect(onbekend.status).toBe(302);
    expect(onbekend.headers.get('location')).toBe('/inloggen?fout=sso_verlopen');
    const zonder = await new TestBrowser().stap(`${basis}${callbackPad}`);
    expect(zonder.headers.get('location')).toBe('/inloggen?fout=sso_state');

    // Someone sends a victim the link back from their own login: the victim's browser lacks the state cookie.
    const aanvaller = new TestBrowser();
    const callback = await totCallback(aanvaller, emailKm);
    const slachtoffer = new TestBrowser();
    const antwoord = await slachtoffer.stap(callback.href);
    expect(antwoord.headers.get('location')).toBe(`/inloggen?fout=sso_state&organisatie=${codeA}`);
    expect(slachtoffer.cookie(basis, 'kib_sessie')).toBeUndefined();
    // And the state is used up: the attacker cannot use it either.
    expect((await aanvaller.stap(callback.href)).headers.get('location')).toBe('/inloggen?fout=sso_verlopen');
  });

  it('een login die langer dan 10 minuten onderweg was, telt niet', async () => {
    const browser = new TestBrowser();
    const callback = await totCallback(browser, emailKm);
    await t.db.query(`UPDATE oidc_aanvraag SET aangemaakt_op = now() - interval '11 minutes'`);
    expect((await browser.stap(callback.href)).headers.get('location')).toBe(
      `/inloggen?fout=sso_verlopen&organisatie=${codeA}`,
    );
  });

  it('een verlopen autorisatiecode weigert de provider: terug naar de inlogpagina', async () => {
    const beheerder = await maakTestMedewerker(t, { organisatieId: a.organisatie.id, rol: 'beheerder' });
    const token = await inloggen(t, beheerder.gebruikersnaam);
    expect(
      (
        await stelIn(token, {
          issuer: trageProvider.issuer,
          clientId: trageProvider.clientId,
          clientGeheim: trageProvider.clientSecret,
        })
      ).status,
    ).toBe(200);
    try {
      const browser = new TestBrowser();
      const callback = await totCallback(browser, emailKm);
      await new Promise((klaar) => setTimeout(klaar, 2_500));
      expect((await browser.stap(callback.href)).headers.get('location')).toBe(
        `/inloggen?fout=sso_verlopen&organisatie=${codeA}`,
      );
    } finally {
      await stelIn(token, {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientGeheim: provider.clientSecret,
        uitloggenBijProvider: true,
      });
    }
  });

  it('een onbekend account, een account zonder (bevestigd) e-mailadres en een gedeactiveerde medewerker komen er niet in', async () => {
    expect((await inloggenVia(new TestBrowser(), 'niemand@gemeente-test.nl')).search).toBe(
      `?fout=sso_onbekend_account&organisatie=${codeA}`,
    );
    expect((await inloggenVia(new TestBrowser(), 'onbevestigd@gemeente-test.nl')).search).toBe(
      `?fout=sso_email_niet_bevestigd&organisatie=${codeA}`,
    );
    expect((await inloggenVia(new TestBrowser(), 'zonder-email')).search).toBe(
      `?fout=sso_geen_email&organisatie=${codeA}`,
    );
    // A medewerker of another organisatie is unknown here, even with an address the provider vouches for.
    expect((await inloggenVia(new TestBrowser(), emailB)).search).toBe(
      `?fout=sso_onbekend_account&organisatie=${codeA}`,
    );
    const weg = await maakTestMedewerker(t, {
      organisatieId: a.organisatie.id,
      rol: 'klantmanager',
      teamId: a.organisatie.teamId,
      actief: false,
    });
    await t.db.query(`UPDATE medewerker SET email = $2 WHERE id = $1`, [
      weg.id,
      `${weg.gebruikersnaam}@gemeente-test.nl`,
    ]);
    const browser = new TestBrowser();
    expect((await inloggenVia(browser, `${weg.gebruikersnaam}@gemeente-test.nl`)).search).toBe(
      `?fout=sso_gedeactiveerd&organisatie=${codeA}`,
    );
    expect(browser.cookie(basis, 'kib_sessie')).toBeUndefined();
  });

  it('de provider meldt een fout (bijv. geweigerd): terug naar de inlogpagina', async () => {
    const browser = new TestBrowser();
    const start = await browser.stap(`${basis}/api/auth/oidc/${codeA}`);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const antwoord = await browser.stap(`${basis}${callbackPad}?error=access_denied&state=${state}`);
    expect(antwoord.headers.get('location')).toBe(`/inloggen?fout=sso_provider_fout&organisatie=${codeA}`);
  });

  it('een organisatie zonder eigen provider, of een onbekende code: terug naar de inlogpagina', async () => {
    const b = await new TestBrowser().stap(`${basis}/api/auth/oidc/${codeB}`);
    expect(b.status).toBe(302);
    expect(b.headers.get('location')).toBe(`/inloggen?fout=sso_niet_ingesteld&organisatie=${codeB}`);
    const onbekend = await new TestBrowser().stap(`${basis}/api/auth/oidc/bestaat-niet`);
    expect(onbekend.headers.get('location')).toBe('/inloggen?fout=sso_niet_ingesteld');
  });

  it('GET /api/auth/methoden zegt per organisatie wat de inlogpagina aanbiedt', async () => {
    const metA = await t.http().get(`/api/auth/methoden?organisatie=${codeA}`);
    expect(metA.status).toBe(200);
    expect(metA.body).toEqual({ wachtwoord: true, oidc: true, naam: a.organisatie.naam });
    expect((await t.http().get(`/api/auth/methoden?organisatie=${codeB}`)).body).toMatchObject({
      wachtwoord: true,
      oidc: false,
    });
    expect((await t.http().get('/api/auth/methoden?organisatie=bestaat-niet')).status).toBe(404);
    const fout = await t.http().get('/api/auth/methoden?organisatie=Geen%20Code');
    expect(fout.status).toBe(400);
    expect(fout.body.fouten[0].veld).toBe('organisatie');
  });

  it('de instelling: alleen de beheerder, alleen de eigen organisatie, het secret nooit terug', async () => {
    for (const rol of ['klantmanager', 'teamleider', 'beleid', 'privacy', 'extern'] as const) {
      expect((await t.http().get('/api/instellingen/oidc').set(bearer(a[rol].token))).status).toBe(403);
      expect((await stelIn(a[rol].token, {})).status).toBe(403);
    }
    const eigen = await t.http().get('/api/instellingen/oidc').set(bearer(a.beheerder.token));
    expect(eigen.status).toBe(200);
    expect(eigen.body).toMatchObject({
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientGeheimIngesteld: true,
      uitloggenBijProvider: true,
      wachtwoordToegestaan: true,
      organisatieCode: codeA,
    });
    expect(eigen.body.redirectUri).toMatch(/\/api\/v1\/auth\/oidc\/callback$/);
    expect(JSON.stringify(eigen.body)).not.toContain(provider.clientSecret);
    const [opgeslagen] = await t.db.query(`SELECT client_geheim FROM oidc_instelling WHERE organisatie_id = $1`, [
      a.organisatie.id,
    ]);
    expect(opgeslagen.client_geheim).toMatch(/^v1:/);
    expect(opgeslagen.client_geheim).not.toContain(provider.clientSecret);

    // Another organisatie's beheerder sees their own (empty) setting, nothing of A's.
    const b = await maakOrganisatie(t.db);
    const beheerderB = await maakTestMedewerker(t, { organisatieId: b.id, rol: 'beheerder' });
    const vanB = await t
      .http()
      .get('/api/instellingen/oidc')
      .set(bearer(await inloggen(t, beheerderB.gebruikersnaam)));
    expect(vanB.body).toMatchObject({ issuer: null, clientId: null, clientGeheimIngesteld: false });

    // Saving again without a secret keeps it; the change audit never holds the secret.
    expect(
      (
        await stelIn(a.beheerder.token, {
          issuer: provider.issuer,
          clientId: provider.clientId,
          uitloggenBijProvider: true,
        })
      ).status,
    ).toBe(200);
    const audit: { oud: unknown; nieuw: unknown }[] = await t.db.query(
      `SELECT oud, nieuw FROM wijziging WHERE organisatie_id = $1 AND resource = 'instellingen'`,
      [a.organisatie.id],
    );
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(audit)).not.toContain(provider.clientSecret);
    expect(audit[0].nieuw).toMatchObject({ issuer: provider.issuer, clientGeheim: 'ingesteld' });
  });

  it('een issuer die niet bereikbaar is of geen OpenID-provider is: 422 bij opslaan, met de reden bij issuer', async () => {
    const onbereikbaar = await stelIn(a.beheerder.token, {
      issuer: 'http://127.0.0.1:9/geen-provider',
      clientId: 'x',
      clientGeheim: 'y',
    });
    expect(onbereikbaar.status).toBe(422);
    expect(onbereikbaar.body.code).toBe('PROVIDER_ONBEREIKBAAR');
    expect(onbereikbaar.body.fouten).toEqual([{ veld: 'issuer', melding: expect.stringContaining('niet bereikbaar') }]);
    // An address that answers, but is not an OpenID provider (Klant in Beeld itself).
    const geenProvider = await stelIn(a.beheerder.token, {
      issuer: `${basis}/api/v1/health`,
      clientId: 'x',
      clientGeheim: 'y',
    });
    expect(geenProvider.status).toBe(422);
    expect(geenProvider.body.fouten[0].veld).toBe('issuer');
    const zonderTls = await stelIn(a.beheerder.token, {
      issuer: 'http://login.example.org',
      clientId: 'x',
      clientGeheim: 'y',
    });
    expect(zonderTls.status).toBe(400);
    expect(zonderTls.body.fouten).toEqual([{ veld: 'issuer', melding: 'moet met https:// beginnen' }]);
    const half = await stelIn(a.beheerder.token, { issuer: provider.issuer });
    expect(half.status).toBe(400);
    expect(half.body.fouten.map((f: { veld: string }) => f.veld)).toEqual(['clientId']);
    // Nothing of the refused saves stuck.
    const nu = await t.http().get('/api/instellingen/oidc').set(bearer(a.beheerder.token));
    expect(nu.body.issuer).toBe(provider.issuer);
  });

  it('wachtwoorden uit: alleen als de provider is ingesteld, en dan weigert het wachtwoord-inloggen (na de controle)', async () => {
    const b = await maakOrganisatie(t.db);
    const beheerderB = await maakTestMedewerker(t, { organisatieId: b.id, rol: 'beheerder' });
    const tokenB = await inloggen(t, beheerderB.gebruikersnaam);
    const zonderProvider = await stelIn(tokenB, { wachtwoordToegestaan: false });
    expect(zonderProvider.status).toBe(422);
    expect(zonderProvider.body.code).toBe('SSO_NIET_INGESTELD');
    expect(zonderProvider.body.fouten[0].veld).toBe('wachtwoordToegestaan');

    const uit = await stelIn(a.beheerder.token, {
      issuer: provider.issuer,
      clientId: provider.clientId,
      uitloggenBijProvider: true,
      wachtwoordToegestaan: false,
    });
    expect(uit.status).toBe(200);
    expect((await t.http().get(`/api/auth/methoden?organisatie=${codeA}`)).body).toMatchObject({
      wachtwoord: false,
      oidc: true,
    });
    try {
      const geweigerd = await t
        .http()
        .post('/api/auth/login')
        .send({ gebruikersnaam: a.klantmanager.gebruikersnaam, wachtwoord: TEST_WACHTWOORD });
      expect(geweigerd.status).toBe(403);
      expect(geweigerd.body.code).toBe('ALLEEN_SSO');
      expect(geweigerd.body.message).toContain(`Inloggen met je account van ${a.organisatie.naam}`);
      // A wrong password still gets the same answer as for anyone: the setting does not reveal who exists.
      const fout = await t
        .http()
        .post('/api/auth/login')
        .send({ gebruikersnaam: a.klantmanager.gebruikersnaam, wachtwoord: 'niet-het-wachtwoord' });
      expect(fout.status).toBe(401);
      // Logging in through the provider still works, without a TOTP step.
      expect((await inloggenVia(new TestBrowser(), emailKm)).pathname).toBe('/');
      // Medewerkers of other organisaties are not affected.
      expect(
        (
          await t
            .http()
            .post('/api/auth/login')
            .send({ gebruikersnaam: beheerderB.gebruikersnaam, wachtwoord: TEST_WACHTWOORD })
        ).status,
      ).toBe(200);
    } finally {
      await t.db.query(`UPDATE oidc_instelling SET wachtwoord_toegestaan = true WHERE organisatie_id = $1`, [
        a.organisatie.id,
      ]);
    }
  });

  it('een sessie met wachtwoord heeft geen uitlogadres bij de provider', async () => {
    const antwoord = await t.http().get('/api/auth/uitlogadres').set(bearer(a.teamleider.token));
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toEqual({ url: null });
  });

  it('een lege issuer zet inloggen met het eigen account uit (en wist het secret)', async () => {
    const uit = await stelIn(a.beheerder.token, { issuer: '', clientId: '' });
    expect(uit.status).toBe(200);
    expect(uit.body).toMatchObject({ issuer: null, clientId: null, clientGeheimIngesteld: false });
    expect((await t.http().get(`/api/auth/methoden?organisatie=${codeA}`)).body).toMatchObject({ oidc: false });
    expect((await new TestBrowser().stap(`${basis}/api/auth/oidc/${codeA}`)).headers.get('location')).toBe(
      `/inloggen?fout=sso_niet_ingesteld&organisatie=${codeA}`,
    );
  });
});
