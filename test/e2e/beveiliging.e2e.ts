import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  basisUrl,
  CSRF_KOP,
  metTotpBeurt,
  ernstigeToegankelijkheidsfouten,
  inloggen,
  screenshot,
  startBrowser,
} from './support/browser';

/** Sessions, the second step and the team boundary, as people meet them in the browser. */
describe('sessies, tweestapsverificatie en het team (Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  it('beheer1 logt in met wachtwoord en de code uit de authenticator-app; het codescherm is toegankelijk', async () => {
    await page.goto(`${basisUrl()}/inloggen`);
    await page.getByLabel('Gebruikersnaam').fill('beheer1');
    await page.getByLabel('Wachtwoord').fill('demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const code = page.getByLabel('Code uit je authenticator-app');
    await code.waitFor();
    await screenshot(page, '40-inloggen-code');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await code.fill('000000');
    await page.getByRole('button', { name: 'Code controleren' }).click();
    await page.getByRole('alert').filter({ hasText: 'De code klopt niet' }).waitFor();
    await metTotpBeurt('beheer1', async (goed) => {
      await code.fill(goed);
      await page.getByRole('button', { name: 'Code controleren' }).click();
      await code.waitFor({ state: 'detached' });
    });
    await page.getByText('Ayşe Yılmaz').first().waitFor();
    expect(page.url()).not.toMatch(/\/inloggen/);
  });

  it('een verlopen sessie opent een inlogvenster over de pagina; wat je typte blijft staan en wordt daarna opgeslagen', async () => {
    await inloggen(page, 'km2');
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    const formulier = page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await formulier.getByLabel('Onderwerp').fill('Gesprek over de cursus, na verlopen sessie');

    // The server ends the session meanwhile (as after 30 minutes without requests, or a logout elsewhere).
    const uit = await page.request.post(`${basisUrl()}/api/auth/logout`, { headers: CSRF_KOP });
    expect(uit.status()).toBe(204);
    await formulier.getByRole('button', { name: 'Opslaan' }).click();

    const sessie = page.getByRole('dialog', { name: 'Je sessie is verlopen' });
    await sessie.waitFor();
    await screenshot(page, '41-sessie-verlopen');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await sessie.getByLabel('Wachtwoord').fill('demo');
    await sessie.getByRole('button', { name: 'Inloggen' }).click();
    await sessie.waitFor({ state: 'hidden' });
    await page.getByText('Je bent weer ingelogd').waitFor();

    // The form and its text are still there; saving now works.
    expect(await formulier.getByLabel('Onderwerp').inputValue()).toBe('Gesprek over de cursus, na verlopen sessie');
    await formulier.getByRole('button', { name: 'Opslaan' }).click();
    await formulier.waitFor({ state: 'hidden' });
    await page.getByText('Gesprek over de cursus, na verlopen sessie').first().waitFor();
  });

  it('km4 (Team Zuid) vindt een klant van Team Noord alleen op het volledige BSN en opent die met een reden', async () => {
    // A client of Team Noord and its BSN, as km1 sees it (the BSN itself is a logged action).
    await inloggen(page, 'km1');
    await page.waitForURL(/\/werkvoorraad/);
    const lijst = await (await page.request.get(`${basisUrl()}/api/klanten?pageSize=1`)).json();
    const klant = lijst.items[0] as { id: string; naam: string };
    const { bsn } = await (
      await page.request.post(`${basisUrl()}/api/klanten/${klant.id}/bsn-inzage`, { headers: CSRF_KOP })
    ).json();
    await context.clearCookies();

    await inloggen(page, 'km4');
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Klanten' }).click();
    await page.getByLabel('Zoeken').fill(bsn.slice(5));
    await page
      .getByText(/Geen klanten|geen klanten/)
      .first()
      .waitFor();
    await page.getByLabel('Zoeken').fill(bsn);
    const rij = page.getByRole('row').filter({ hasText: klant.naam });
    await rij.getByText('Ander team').waitFor();
    await screenshot(page, '42-zoeken-ander-team');
    await rij.getByRole('link', { name: klant.naam }).click();

    await page.getByRole('heading', { name: 'Deze klant hoort bij een ander team' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await page.getByLabel('Reden').fill('Kort');
    await page.getByRole('button', { name: 'Dossier openen' }).click();
    await page.getByText('Schrijf je reden in minstens 10 tekens.').waitFor();
    await page.getByLabel('Reden').fill('Klant belt voor km1, die vandaag ziek is');
    await page.getByRole('button', { name: 'Dossier openen' }).click();
    await page.getByRole('heading', { level: 1, name: klant.naam }).waitFor();
    await page
      .getByText(/buiten je team/)
      .first()
      .waitFor();
    await screenshot(page, '43-dossier-na-doorbreken');
  });
});
