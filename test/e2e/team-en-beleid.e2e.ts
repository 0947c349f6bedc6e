import type { Browser, BrowserContext, Page } from 'playwright-core';
import { basisUrl, ernstigeToegankelijkheidsfouten, inloggen, screenshot, startBrowser } from './support/browser';

/** The teamleider's weekstart and herverdelen, the beheerder's norms and the beleid reports, in the built app. */
describe('teamleider, beheerder en beleid (Chromium)', () => {
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

  const menu = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

  it('tl1 ziet het teamoverzicht en verplaatst twee klanten naar een andere klantmanager', async () => {
    await inloggen(page, 'tl1');
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByRole('table').waitFor();
    await screenshot(page, '20-werkvoorraad-tl1');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await menu().getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('table').first().waitFor();
    await screenshot(page, '21-teamoverzicht');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await menu().getByRole('link', { name: 'Herverdelen' }).click();
    await page.getByRole('heading', { name: 'Klanten herverdelen' }).waitFor();
    const kies = async (veld: string, naam: string) => {
      const waarde = await page
        .getByLabel(veld, { exact: true })
        .locator('option', { hasText: naam })
        .first()
        .getAttribute('value');
      await page.getByLabel(veld, { exact: true }).selectOption(waarde!);
    };
    await kies('Van', 'Fatima el Amrani');
    // The list reloads for the chosen klantmanager: wait until every row shows her.
    await page.waitForFunction(() => {
      const rijen = [...document.querySelectorAll('table tbody tr')];
      return rijen.length > 2 && rijen.every((r) => r.textContent?.includes('Fatima el Amrani'));
    });
    const rijen = page.getByRole('table').first().getByRole('row');
    await rijen.nth(2).waitFor();
    const namen: string[] = [];
    for (const i of [1, 2]) {
      const naam = (await rijen.nth(i).locator('label').first().textContent())!.trim();
      namen.push(naam);
      await rijen.nth(i).getByRole('checkbox').check();
    }
    await page.getByText('2 geselecteerd').waitFor();
    await kies('Naar', 'Sanne de Vries');
    await page.getByRole('button', { name: 'Voorstel bekijken' }).click();
    const voorstel = page.getByRole('dialog');
    for (const naam of namen) await voorstel.getByRole('rowheader', { name: naam, exact: true }).waitFor();
    await screenshot(page, '22-herverdelen-voorstel');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await voorstel.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByText(/2 klanten verplaatst naar Sanne de Vries/).waitFor();

    // The API agrees: both now belong to km3.
    const km3 = (await (await page.request.get(`${basisUrl()}/api/medewerkers?rol=klantmanager`)).json()).items.find(
      (m: { naam: string }) => m.naam === 'Sanne de Vries',
    );
    for (const naam of namen) {
      const gevonden = await (
        await page.request.get(`${basisUrl()}/api/klanten?zoek=${encodeURIComponent(naam)}`)
      ).json();
      expect(
        gevonden.items.some(
          (k: { naam: string; klantmanagerId: string }) => k.naam === naam && k.klantmanagerId === km3.id,
        ),
      ).toBe(true);
    }
  });

  it('beheer1 opent de dienstverleningscategorieën en contactnormen; de pagina is toegankelijk', async () => {
    await inloggen(page, 'beheer1');
    await page.waitForURL(/\/rapportages/);
    await menu().getByRole('link', { name: 'Dienstverleningscategorieën' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Two forms: the categories with their norms, and the other norms.
    await page.getByRole('button', { name: 'Categorieën opslaan' }).waitFor();
    await page.getByRole('button', { name: 'Overige normen opslaan' }).waitFor();
    await screenshot(page, '30-contactnormen');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  });

  it('beleid1 ziet kerncijfers met grafieken en tabellen, zonder persoonsgegevens', async () => {
    await inloggen(page, 'beleid1');
    await page.waitForURL(/\/rapportages/);
    await page.getByText('klanten met een uitkering').waitFor();
    await page.getByRole('table', { name: /Klanten per trede/ }).waitFor();
    await page.getByRole('table', { name: /In beeld en gesproken per maand/ }).waitFor();
    // The leefgebieden part is checked by axe with the rest.
    await page.getByRole('table', { name: 'Klanten per niveau en leefgebied' }).waitFor();
    await page.getByRole('table', { name: /^Niveau op .* naar niveau op / }).waitFor();
    await screenshot(page, '40-rapportages-beleid');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await expect(menu().getByRole('link', { name: 'Klanten' }).count()).resolves.toBe(0);
    const klanten = await page.request.get(`${basisUrl()}/api/klanten`);
    expect(klanten.status()).toBe(403);
    const xlsx = await page.request.get(`${basisUrl()}/api/rapportages/kerncijfers.xlsx`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  });
});
