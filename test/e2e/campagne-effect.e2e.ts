import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  basisUrl,
  CSRF_KOP,
  ernstigeToegankelijkheidsfouten,
  inloggen,
  screenshot,
  startBrowser,
} from './support/browser';

/**
 * The effect page of a campagne in the built app, for the teamleider and for beleid (suppressed). The campagne is
 * started and closed at once, so it puts no work on the shared demo worklists.
 */
describe('campagne effect (Chromium)', () => {
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

  it('tl1 opent het effect met de referentiegroep en downloadt de trechter; beleid ziet het onderdrukt', async () => {
    await inloggen(page, 'tl1');
    await page.waitForURL(/\/werkvoorraad/);
    const api = (pad: string, data: unknown) =>
      page.request.post(`${basisUrl()}/api${pad}`, { headers: CSRF_KOP, data });
    const gemaakt = await (
      await api('/campagnes', {
        naam: 'Effect e2e',
        criteria: {},
        startdatum: vandaag(),
        einddatum: plusDagen(vandaag(), 30),
      })
    ).json();
    const gestart = await api(`/campagnes/${gemaakt.id}/starten`, { versie: gemaakt.versie });
    expect(gestart.status()).toBe(200);
    const afgesloten = await api(`/campagnes/${gemaakt.id}/afsluiten`, { versie: (await gestart.json()).versie });
    expect(afgesloten.status()).toBe(200);

    await page.goto(`${basisUrl()}/campagnes/${gemaakt.id}/effect`);
    await page.getByRole('heading', { level: 1, name: 'Effect van Effect e2e' }).waitFor();
    await page.getByRole('region', { name: 'Na 12 maanden' }).waitFor();
    await screenshot(page, '60-campagne-effect');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    // Started today: nobody's gesprek or start lies 6 months back yet.
    await page
      .getByRole('region', { name: 'Na 6 maanden' })
      .getByText(/Tellen mee: 0 van 0/)
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Trechter (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^trechter-Effect-e2e-.*\.xlsx$/);
    await page.getByRole('link', { name: 'Terug naar de campagne' }).click();
    await page.waitForURL(new RegExp(`/campagnes/${gemaakt.id}$`));

    // Beleid in a session of its own.
    await context.close();
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await inloggen(page, 'beleid1');
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    await page.goto(`${basisUrl()}/campagnes/${gemaakt.id}/effect`);
    await page.getByText(/dit aantal is weggelaten/).waitFor();
    await screenshot(page, '61-campagne-effect-beleid');
    expect(await page.getByRole('cell', { name: '< 5' }).count()).toBeGreaterThan(0);
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  });
});
