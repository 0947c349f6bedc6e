import type { Browser, BrowserContext, Page } from 'playwright-core';
import { basisUrl, ernstigeToegankelijkheidsfouten, inloggen, screenshot, startBrowser } from './support/browser';
import { apiVerzoek } from './support/api';

/** A klantmanager corrects a wrongly registered contactmoment; the privacy officer still sees what it was. */
describe('contactmoment corrigeren (Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const api = <T>(methode: string, pad: string, body?: unknown) => apiVerzoek<T>(page, methode, pad, body);

  it('km1 corrigeert het onderwerp van een gesprek; privacy1 ziet het oude onderwerp en de reden bij de wijzigingen', async () => {
    await inloggen(page, 'km1');
    await page.waitForURL(/\/werkvoorraad/);
    const ik = await api<{ id: string }>('GET', '/me');
    const klanten = await api<{ items: { id: string; naam: string }[] }>(
      'GET',
      `/klanten?pageSize=1&status=actief&klantmanagerId=${ik.id}`,
    );
    const klant = klanten.items[0];
    const oudOnderwerp = `Verkeerd onderwerp ${Date.now()}`;
    const nieuwOnderwerp = `Schuldhulpverlening ${Date.now()}`;
    const reden = 'Onderwerp van een ander gesprek overgenomen';
    await api('POST', `/klanten/${klant.id}/contactmomenten`, {
      plaatsgevondenOp: new Date(Date.now() - 60_000).toISOString(),
      kanaal: 'telefoon',
      initiatief: 'klant',
      resultaat: 'gesproken',
      onderwerp: oudOnderwerp,
    });

    await page.goto(`${basisUrl()}/klanten/${klant.id}`);
    const contactmomenten = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'Contactmomenten' }),
    });
    await contactmomenten.getByText(oudOnderwerp).waitFor();
    await contactmomenten.getByRole('button', { name: `Corrigeren: ${oudOnderwerp}`, exact: true }).click();
    const dialoog = page.getByRole('dialog', { name: 'Contactmoment corrigeren' });
    await dialoog.waitFor();
    expect(await dialoog.getByLabel('Onderwerp').inputValue()).toBe(oudOnderwerp);
    expect(await dialoog.getByLabel('Kanaal').inputValue()).toBe('telefoon');

    // Without a reason it stays open, with the error at the field.
    await dialoog.getByLabel('Onderwerp').fill(nieuwOnderwerp);
    await dialoog.getByRole('button', { name: 'Correctie opslaan' }).click();
    await dialoog.getByText('Geef een reden van minstens 10 tekens.').waitFor();
    await screenshot(page, '16-contactmoment-corrigeren');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await dialoog.getByLabel(/Reden van de correctie/).fill(reden);
    await dialoog.getByRole('button', { name: 'Correctie opslaan' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await contactmomenten.getByText(nieuwOnderwerp).waitFor();
    expect(await contactmomenten.getByText(oudOnderwerp).count()).toBe(0);
    const item = contactmomenten.locator('li', { hasText: nieuwOnderwerp });
    await item.getByText(/^Gecorrigeerd op /).waitFor();
    const tijdlijn = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Tijdlijn' }) });
    await tijdlijn.locator('li', { hasText: nieuwOnderwerp }).getByText('Gecorrigeerd', { exact: true }).waitFor();
    await screenshot(page, '17-contactmoment-gecorrigeerd');

    await context.clearCookies();
    await inloggen(page, 'privacy1');
    await page.waitForURL(/\/privacy\/verwerkingen/);
    await page.getByRole('tab', { name: 'Wijzigingen' }).click();
    await page.getByLabel('Onderdeel').selectOption('contactmoment');
    // The registration shows the old subject too; the correction is the change from old to new.
    const wijziging = page
      .getByRole('table', { name: /^Contactmoment: gewijzigd door / })
      .filter({ has: page.getByRole('cell', { name: nieuwOnderwerp, exact: true }) });
    await wijziging.waitFor();
    const rij = (veld: string) => wijziging.getByRole('row', { name: new RegExp(`^${veld}`) });
    expect(await rij('Onderwerp').getByRole('cell').allTextContents()).toEqual([oudOnderwerp, nieuwOnderwerp]);
    expect(await rij('Reden').getByRole('cell').allTextContents()).toEqual(['(leeg)', reden]);
    await screenshot(page, '52-privacy-correctie');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  });
});
