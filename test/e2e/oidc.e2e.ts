import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CSRF_KOP, ernstigeToegankelijkheidsfouten, screenshot, startBrowser } from './support/browser';
import { nieuweDataMap, startServer, vrijePoort, type DraaiendeServer } from './support/server';

/**
 * Logging in with the organisatie's own account in Chromium, against the product as `DEMO_OIDC=true npm start` runs
 * it: the demo OpenID provider (oidc-provider) on its own port. The app is opened as `localhost` and the provider
 * answers on 127.0.0.1, so the way back is a cross-site redirect, as with a real identity provider.
 */
describe('inloggen met het eigen account van de organisatie (Chromium, DEMO_OIDC)', () => {
  let server: DraaiendeServer;
  let basis: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({
      DATA_DIR: nieuweDataMap(),
      EMBEDDED_POSTGRES_PORT: String(await vrijePoort()),
      DEMO_OIDC: 'true',
      DEMO_OIDC_PORT: String(await vrijePoort()),
    });
    basis = server.url.replace('127.0.0.1', 'localhost');
    browser = await startBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  /** From the SSO button through the provider's login form, back to Klant in Beeld. */
  async function viaProvider(login: string): Promise<void> {
    await page.goto(`${basis}/inloggen?organisatie=sociale-dienst-demo`);
    await page.getByRole('link', { name: 'Inloggen met je account van Sociale Dienst Demo' }).click();
    await page.waitForURL(/127\.0\.0\.1:\d+\/interaction\//);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('wat-dan-ook');
    await page.locator('button[type="submit"]').click();
  }

  it('de inlogpagina biedt de knop van de organisatie aan en is toegankelijk', async () => {
    await page.goto(`${basis}/inloggen?organisatie=sociale-dienst-demo`);
    await page.getByRole('link', { name: 'Inloggen met je account van Sociale Dienst Demo' }).waitFor();
    await page.getByLabel('Wachtwoord').waitFor();
    await screenshot(page, 'oidc-01-inloggen');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  });

  it('km1 logt in bij de provider, komt terug met een sessie en de organisatie wordt onthouden', async () => {
    await viaProvider('km1');
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByText('Fatima el Amrani').first().waitFor();
    const cookies = await context.cookies(basis);
    expect(cookies.find((c) => c.name === 'kib_sessie')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookies.find((c) => c.name === 'kib_oidc')).toBeUndefined();
    // The next visit on this device offers the button without the link.
    await context.clearCookies();
    await page.goto(`${basis}/inloggen`);
    await page.getByRole('link', { name: 'Inloggen met je account van Sociale Dienst Demo' }).waitFor();
  });

  it('na een verlopen sessie logt km1 vanuit de dialoog opnieuw in bij de provider en komt terug op dezelfde pagina', async () => {
    await viaProvider('km1');
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Klanten' }).click();
    await page.getByRole('table').getByRole('link').first().click();
    await page.waitForURL(/\/klanten\/[0-9a-f-]{36}$/);
    const dossier = new URL(page.url()).pathname;
    // The whole dossier first: a request still in flight when the session ends would open the dialog before the
    // click, and the client's own name is only there once the client has arrived (until then the page may still show the list).
    await page.getByRole('button', { name: 'Contactmoment vastleggen', disabled: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();
    const naam = await page.getByRole('heading', { level: 1 }).textContent();

    // The server ends the session meanwhile; the next request opens the dialog over the page.
    expect((await page.request.post(`${basis}/api/auth/logout`, { headers: CSRF_KOP })).status()).toBe(204);
    await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    const formulier = page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await formulier.getByLabel('Onderwerp').fill('Na de verlopen sessie');
    await formulier.getByRole('button', { name: 'Opslaan' }).click();
    const sessie = page.getByRole('dialog', { name: 'Je sessie is verlopen' });
    const knop = sessie.getByRole('link', { name: 'Inloggen met je account van Sociale Dienst Demo' });
    await knop.waitFor();
    await sessie.getByText(/Wat je hebt ingevuld en nog niet opgeslagen, gaat verloren/).waitFor();
    await sessie.getByLabel('Wachtwoord').waitFor();
    await screenshot(page, 'oidc-04-sessie-verlopen');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await knop.click();
    // The provider may still know km1 (its own session) and send the browser straight back, or ask again.
    await page.waitForURL((url) => url.pathname === dossier || url.pathname.startsWith('/interaction/'));
    if (new URL(page.url()).pathname.startsWith('/interaction/')) {
      await page.locator('input[name="login"]').fill('km1');
      await page.locator('input[name="password"]').fill('wat-dan-ook');
      await page.locator('button[type="submit"]').click();
    }
    await page.waitForURL((url) => url.pathname === dossier);
    await page.getByRole('heading', { level: 1, name: naam! }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Je sessie is verlopen' }).count()).toBe(0);
  });

  it('een account dat de organisatie niet kent: een duidelijke melding op de inlogpagina', async () => {
    await viaProvider('niet-bekend');
    await page.waitForURL(/\/inloggen\?fout=sso_onbekend_account/);
    const melding = page.getByRole('alert');
    await melding.getByText(/Sociale Dienst Demo/).waitFor();
    expect(await melding.textContent()).toContain('Je account is niet bekend bij Sociale Dienst Demo.');
    await screenshot(page, 'oidc-02-onbekend-account');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  });

  it('de beheerder (zonder TOTP-stap: die doet de provider) opent het beheerscherm, en logt ook bij de provider uit', async () => {
    await viaProvider('beheer1');
    await page.waitForURL(/\/rapportages/);
    await page.getByRole('link', { name: 'Inloggen (SSO)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen (SSO)' }).waitFor();
    await page.getByText(`${basis}/api/v1/auth/oidc/callback`).waitFor();
    expect(await page.getByLabel('Issuer').inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await screenshot(page, 'oidc-03-beheer');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    // The provider asks to confirm (oidc-provider's own page), then sends the browser back to the login page.
    await page.waitForURL(/127\.0\.0\.1:\d+\/session\/end/);
    await page.locator('button[autofocus], button[type="submit"]').first().click();
    await page.waitForURL(/\/inloggen/);
    expect((await context.cookies(basis)).find((c) => c.name === 'kib_sessie')).toBeUndefined();
  });
});
