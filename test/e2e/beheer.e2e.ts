import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  basisUrl,
  CSRF_KOP,
  ernstigeToegankelijkheidsfouten,
  inloggen,
  screenshot,
  startBrowser,
} from './support/browser';

const WACHTWOORD = 'Fietsenmaker-Zonnebloem-77';

/** The beheerder adds a klantmanager who logs in with the one-time code, and the leaver hand-over, in the browser. */
describe('beheer van medewerkers (Chromium)', () => {
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

  /** A new klantmanager through the beheer screen; returns the one-time code from the dialog. */
  async function nieuweKlantmanager(gebruikersnaam: string, naam: string, team: string): Promise<string> {
    await page.getByRole('button', { name: 'Nieuwe medewerker' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Nieuwe medewerker' });
    await dialoog.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
    await dialoog.getByLabel('Naam', { exact: true }).fill(naam);
    await dialoog.getByLabel('E-mailadres').fill(`${gebruikersnaam}@sociale-dienst-demo.nl`);
    await dialoog.getByLabel('Rol').selectOption('klantmanager');
    await dialoog.getByLabel('Team').selectOption({ label: team });
    await dialoog.getByRole('button', { name: 'Medewerker aanmaken' }).click();
    const codeDialoog = page.getByRole('dialog', { name: 'Eenmalige code' });
    const code = (await codeDialoog.locator('code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    return code;
  }

  async function eersteKeerInloggen(gebruikersnaam: string, code: string) {
    await inloggen(page, gebruikersnaam, code);
    await page.getByText('Kies je eigen wachtwoord.').waitFor();
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(WACHTWOORD);
    await page.getByLabel('Herhaal nieuw wachtwoord').fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan en verder' }).click();
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
  }

  it('beheer1 voegt een klantmanager toe, die met de eenmalige code inlogt, een wachtwoord kiest en de werkvoorraad ziet', async () => {
    await inloggen(page, 'beheer1');
    await page.waitForURL(/\/rapportages/);
    await menu().getByRole('link', { name: 'Medewerkers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medewerkers' }).waitFor();
    await page.getByText('Fatima el Amrani').first().waitFor();
    await screenshot(page, '60-beheer-medewerkers');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    const code = await nieuweKlantmanager('kees.nieuw', 'Kees Nieuw', 'Team Noord');
    await screenshot(page, '61-beheer-eenmalige-code');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await page.getByRole('dialog', { name: 'Eenmalige code' }).getByRole('button', { name: 'Klaar' }).click();
    await page.getByText('Kees Nieuw is aangemaakt.').waitFor();

    await menu().getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
    await page.getByText('Team Noord').first().waitFor();
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await menu().getByRole('link', { name: 'Gemeenten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gemeenten' }).waitFor();
    await page.getByRole('cell', { name: 'GM0193' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await context.clearCookies();
    await eersteKeerInloggen('kees.nieuw', code);
    await page.getByText('Alles is bij: er staat niets open in de werkvoorraad.').waitFor();
    // The code is spent; the new password works.
    await context.clearCookies();
    await inloggen(page, 'kees.nieuw', code);
    await page.getByText('Gebruikersnaam of wachtwoord is onjuist.').waitFor();
    await inloggen(page, 'kees.nieuw', WACHTWOORD);
    await page.waitForURL(/\/werkvoorraad/);
  }, 120_000);

  it('bij vertrek gaat de caseload naar de opvolger: te zien in diens werkvoorraad', async () => {
    // Two new klantmanagers of Team Zuid; the leaver gets two clients of km4 that are in the werkvoorraad.
    await inloggen(page, 'beheer1');
    await page.waitForURL(/\/rapportages/);
    await menu().getByRole('link', { name: 'Medewerkers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medewerkers' }).waitFor();
    const codeVertrekker = await nieuweKlantmanager('vera.vertrek', 'Vera Vertrek', 'Team Zuid');
    await page.getByRole('dialog', { name: 'Eenmalige code' }).getByRole('button', { name: 'Klaar' }).click();
    const codeOpvolger = await nieuweKlantmanager('otto.opvolger', 'Otto Opvolger', 'Team Zuid');
    await page.getByRole('dialog', { name: 'Eenmalige code' }).getByRole('button', { name: 'Klaar' }).click();
    await context.clearCookies();

    await inloggen(page, 'km4');
    await page.waitForURL(/\/werkvoorraad/);
    const werk = await (await page.request.get(`${basisUrl()}/api/werkvoorraad?pageSize=50`)).json();
    const klanten = [
      ...new Map(werk.items.map((i: { klantId: string; klantNaam: string }) => [i.klantId, i.klantNaam])).entries(),
    ].slice(0, 2) as [string, string][];
    expect(klanten).toHaveLength(2);
    await context.clearCookies();
    await eersteKeerInloggen('vera.vertrek', codeVertrekker);
    const vera = await (await page.request.get(`${basisUrl()}/api/me`)).json();
    await context.clearCookies();
    await inloggen(page, 'tl2');
    await page.waitForURL(/\/werkvoorraad/);
    const verplaatst = await page.request.post(`${basisUrl()}/api/klanten/herverdelen`, {
      headers: CSRF_KOP,
      data: { klantIds: klanten.map(([id]) => id), naarKlantmanagerId: vera.id },
    });
    expect(verplaatst.status()).toBe(200);
    await context.clearCookies();

    await inloggen(page, 'beheer1');
    await page.waitForURL(/\/rapportages/);
    await menu().getByRole('link', { name: 'Medewerkers' }).click();
    await page.getByLabel('Zoeken').fill('vera.vertrek');
    const rij = page.getByRole('row', { name: /Vera Vertrek/ });
    await rij.getByRole('cell', { name: '2', exact: true }).waitFor();
    await rij.getByRole('button', { name: 'Deactiveren Vera Vertrek' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Medewerker deactiveren' });
    await dialoog.getByText('Vera Vertrek heeft 2 actieve klanten. Waar gaan die naartoe?').waitFor();
    await dialoog.getByLabel('Naar één klantmanager').check();
    await dialoog.getByLabel('Opvolger').selectOption({ label: 'Otto Opvolger (Team Zuid)' });
    await dialoog.getByText('Otto Opvolger krijgt 2 actieve klanten (daarna 2 in totaal)').waitFor();
    await screenshot(page, '62-beheer-overdracht');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Klanten overdragen en deactiveren' }).click();
    await page.getByText('Vera Vertrek is gedeactiveerd. De klanten zijn overgedragen.').waitFor();
    await context.clearCookies();

    await eersteKeerInloggen('otto.opvolger', codeOpvolger);
    for (const [, naam] of klanten) await page.getByRole('link', { name: naam }).first().waitFor();
    // The leaver can no longer log in.
    await context.clearCookies();
    await inloggen(page, 'vera.vertrek', WACHTWOORD);
    await page.getByText('Gebruikersnaam of wachtwoord is onjuist.').waitFor();
    // Six logins and two first-time password choices (argon2 each) on a shared machine: more than the default.
  }, 180_000);
});
