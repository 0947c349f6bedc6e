import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ernstigeToegankelijkheidsfouten, inloggen, screenshot, startBrowser } from './support/browser';

/** The teamleider's campagne weekstart in the built app: reached from the team page, week in the URL, axe-clean. */
describe('weekstart campagne (Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await startBrowser();
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('tl1 opent de weekstart vanaf het teamoverzicht en bladert naar volgende week', async () => {
    await inloggen(page, 'tl1');
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('link', { name: 'Weekstart campagne' }).click();
    await page.waitForURL(/\/team\/weekstart$/);
    const tabel = page.getByRole('table', { name: /campagnegesprekken in de week van/ });
    await tabel.waitFor();
    await tabel.getByRole('rowheader', { name: 'Hele team' }).waitFor();
    expect(await tabel.getByRole('rowheader').count()).toBeGreaterThan(1);
    await screenshot(page, '25-weekstart');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    const kop = await tabel.locator('caption').textContent();
    await page.getByRole('link', { name: 'Volgende week' }).click();
    await page.waitForURL(/\/team\/weekstart\?week=\d{4}-\d{2}-\d{2}$/);
    await page.waitForFunction((oud) => document.querySelector('caption')?.textContent !== oud, kop);
    expect(new Date(new URL(page.url()).searchParams.get('week')!).getUTCDay()).toBe(1); // a Monday
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await page.getByRole('link', { name: 'Deze week' }).click();
    await page.waitForURL(/\/team\/weekstart$/);
    await page.waitForFunction((oud) => document.querySelector('caption')?.textContent === oud, kop);
  });
});
