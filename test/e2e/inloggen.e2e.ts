import type { Browser, BrowserContext, Page } from 'playwright-core';
import { basisUrl, ernstigeToegankelijkheidsfouten, inloggen, screenshot, startBrowser } from './support/browser';

describe('inloggen in de webapp (Chromium)', () => {
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

  it('stuurt een bezoeker zonder sessie naar de inlogpagina, die toegankelijk is', async () => {
    await page.goto(basisUrl());
    await page.waitForURL(/\/inloggen/);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await screenshot(page, '01-inloggen');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  });

  it('km1 logt in met demo, komt op de werkvoorraad en ziet naam en organisatie', async () => {
    await inloggen(page, 'km1');
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByText('Fatima el Amrani').first().waitFor();
    await expect(page.getByText('Sociale Dienst Demo').first().isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: 'Mijn gegevens' }).click();
    await page.getByRole('heading', { name: 'Welkom, Fatima el Amrani' }).waitFor();
    await screenshot(page, '02-start-km1');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  });

  it('toont een duidelijke Nederlandse melding bij een fout wachtwoord', async () => {
    await inloggen(page, 'km1', 'verkeerd');
    const melding = page.getByRole('alert');
    await melding.waitFor();
    expect(await melding.textContent()).toContain('Gebruikersnaam of wachtwoord is onjuist.');
    await screenshot(page, '03-inloggen-fout');
  });

  it('logt uit en vraagt daarna opnieuw om in te loggen', async () => {
    await inloggen(page, 'tl1');
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen/);
    await page.goto(basisUrl());
    await page.waitForURL(/\/inloggen/);
  });
});
