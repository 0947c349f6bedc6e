import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  basisUrl,
  CSRF_KOP,
  ernstigeToegankelijkheidsfouten,
  inloggen,
  screenshot,
  startBrowser,
} from './support/browser';

/** The BSN on purpose, and the privacy officer's screens, in the browser. */
describe('privacy (Chromium)', () => {
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

  it('km1 ziet het BSN gemaskeerd en haalt het hele nummer pas op met "Toon BSN"', async () => {
    await inloggen(page, 'km1');
    await page.waitForURL(/\/werkvoorraad/);
    const bsnVerzoeken: string[] = [];
    page.on('request', (r) => r.url().includes('/bsn-inzage') && bsnVerzoeken.push(r.url()));
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('button', { name: 'Toon BSN' }).waitFor();
    // The BSN and its button sit together in the dossier's data list.
    const kop = page.locator('dd', { has: page.getByRole('button', { name: /BSN/ }) });
    expect(await kop.textContent()).toMatch(/\*{5}\d{4}/);
    expect(bsnVerzoeken).toEqual([]);
    await page.getByRole('button', { name: 'Toon BSN' }).click();
    await page.getByRole('button', { name: 'Verberg BSN' }).waitFor();
    expect(await kop.textContent()).toMatch(/\b\d{9}\b/);
    expect(bsnVerzoeken).toHaveLength(1);
    await page.getByRole('button', { name: 'Verberg BSN' }).click();
    expect(await kop.textContent()).not.toMatch(/\b\d{9}\b/);
  });

  it('privacy1 ziet wie welk dossier inzag, het maandrapport en maakt een inzage-export; de schermen zijn toegankelijk', async () => {
    // Something to see: km1 opens a dossier of Team Zuid with a reason.
    await inloggen(page, 'km4');
    await page.waitForURL(/\/werkvoorraad/);
    const km4 = await (await page.request.get(`${basisUrl()}/api/me`)).json();
    const zuid = await (await page.request.get(`${basisUrl()}/api/klanten?pageSize=1&klantmanagerId=${km4.id}`)).json();
    await context.clearCookies();
    await inloggen(page, 'km1');
    await page.waitForURL(/\/werkvoorraad/);
    const open = await page.request.post(`${basisUrl()}/api/klanten/${zuid.items[0].id}/doorbreken`, {
      headers: CSRF_KOP,
      data: { reden: 'Klant belt voor km4, die vandaag vrij is' },
    });
    expect(open.status()).toBe(201);
    await page.request.get(`${basisUrl()}/api/klanten/${zuid.items[0].id}`);
    await context.clearCookies();

    await inloggen(page, 'privacy1');
    await page.waitForURL(/\/privacy\/verwerkingen/);
    await page.getByRole('heading', { level: 1, name: 'Verwerkingen' }).waitFor();
    await page.getByRole('table').first().waitFor();
    await screenshot(page, '50-privacy-verwerkingen');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Maandrapport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maandrapport' }).waitFor();
    const maanden = page.getByLabel('Maand');
    await maanden.selectOption({ index: 0 }); // this month so far
    await page.getByText('Fatima el Amrani').first().waitFor();
    await page.getByText('Klant belt voor km4, die vandaag vrij is').first().waitFor({ state: 'attached' });
    const rapport = await (
      await page.request.get(`${basisUrl()}/api/audit/rapport?maand=${new Date().toISOString().slice(0, 7)}`)
    ).json();
    const fatima = rapport.medewerkers.find((m: { naam: string }) => m.naam === 'Fatima el Amrani');
    expect(fatima.buitenEigenTeam).toBeGreaterThanOrEqual(1);
    expect(fatima.doorbrekingen).toBeGreaterThanOrEqual(1);
    await screenshot(page, '51-privacy-maandrapport');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzageverzoek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inzageverzoek' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  });
});
