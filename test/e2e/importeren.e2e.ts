import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bsnMetControlecijfer } from '../../libs/domain/src/bsn';
import {
  basisUrl,
  CSRF_KOP,
  ernstigeToegankelijkheidsfouten,
  inloggen,
  screenshot,
  startBrowser,
} from './support/browser';

/** A BSN that passes the elfproef and is not in the demo data (random, 9 digits). */
function nieuwBsn(): string {
  for (;;) {
    const bsn = bsnMetControlecijfer(String(10_000_000 + Math.floor(Math.random() * 89_999_999)));
    if (bsn) return bsn;
  }
}

/**
 * The "Importeren" screen in the built app, as teamleider tl1: a file with a column the engine does not recognise
 * and a row with an invalid BSN is refused; the mapping fixes the column, the dry run then names the row; the fixed
 * file is uploaded again and executed, and the clients are there. axe on the screen in each state.
 */
describe('importeren (Chromium)', () => {
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

  async function api<T>(methode: string, pad: string): Promise<T> {
    const antwoord = await page.request.fetch(`${basisUrl()}/api${pad}`, { method: methode, headers: CSRF_KOP });
    if (!antwoord.ok()) throw new Error(`${methode} ${pad}: ${antwoord.status()} ${await antwoord.text()}`);
    return (await antwoord.json()) as T;
  }

  async function axeSchoon(naam: string) {
    await screenshot(page, naam);
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  }

  async function uploaden(naam: string, inhoud: string, bron: string) {
    await page.getByLabel('Wat staat er in het bestand?').selectOption('klanten');
    await page.getByLabel('Bron').fill(bron);
    await page
      .getByLabel('Bestand', { exact: true })
      .setInputFiles({ name: naam, mimeType: 'text/csv', buffer: Buffer.from(inhoud) });
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click();
    await page.waitForURL(/\/importen\/[0-9a-f-]{36}$/);
  }

  it('tl1 importeert een bestand met fouten, koppelt een kolom, herstelt het bestand en voert het uit', async () => {
    await inloggen(page, 'tl1');
    await page.waitForURL(/\/werkvoorraad/);
    await page.getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor();
    await page.getByRole('heading', { name: 'Eerdere imports' }).waitFor();

    // The client form checks first: nothing is sent without a file and a bron.
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click();
    await page.getByText('Kies een CSV- of Excel-bestand.', { exact: true }).waitFor();
    await axeSchoon('70-importeren-formulier');

    const achternaam = `Import${Date.now().toString(36)}`;
    const [bsn1, bsn2] = [nieuwBsn(), nieuwBsn()];
    const fout = '123456789'; // fails the elfproef
    const regels = (kop: string, tweede: string) =>
      [
        `BSN;Voornamen;${kop};Geboortedatum;Gemeente;Doelgroep;Startdatum uitkering;Categorie;Klantmanager`,
        `${bsn1};Eva;${achternaam};15-06-1985;GM0193;brede_doelgroep;01-09-2026;job_ready;km1`,
        `${tweede};Ravi;${achternaam};03-02-1990;Zwolle;brede_doelgroep;01-10-2026;job_ready;km1`,
        '',
      ].join('\r\n');
    const bron = `e2e-${achternaam}`;
    await uploaden('klanten-fout.csv', regels('Familienaam', fout), bron);

    // "Familienaam" is not recognised: the required Achternaam has no column.
    await page.getByText(/Het bestand is afgekeurd/).waitFor();
    await page.getByRole('cell', { name: 'kolom ontbreekt (verwacht een kolom "Achternaam")' }).waitFor();
    expect(await page.getByLabel('Familienaam', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Voornamen', { exact: true }).inputValue()).toBe('voornamen');
    await page.getByText('Nog aan geen kolom gekoppeld, maar verplicht: Achternaam.').waitFor();
    await axeSchoon('71-importeren-kolom-ontbreekt');

    // Map it by hand: the dry run runs again and now reaches the rows.
    await page.getByLabel('Familienaam', { exact: true }).selectOption('achternaam');
    await page.getByRole('button', { name: 'Opnieuw controleren met deze koppeling' }).click();
    const foutRij = page
      .getByRole('table', { name: /Fouten/ })
      .getByRole('row')
      .filter({ hasText: 'BSN' });
    await foutRij.waitFor();
    expect(await foutRij.getByRole('cell').first().textContent()).toBe('3');
    expect(await page.getByLabel('Familienaam', { exact: true }).inputValue()).toBe('achternaam');
    const csv = page.getByRole('link', { name: 'Alle fouten downloaden (CSV)' });
    const download = await page.request.get(`${basisUrl()}${await csv.getAttribute('href')}`);
    expect(await download.text()).toContain('3;BSN;');
    await axeSchoon('72-importeren-afgekeurd');
    expect(await api<{ totaal: number }>('GET', `/klanten?zoek=${achternaam}`)).toMatchObject({ totaal: 0 });

    // The fixed file, uploaded again.
    await page.getByRole('link', { name: 'Terug naar importeren' }).click();
    await uploaden('klanten.csv', regels('Achternaam', bsn2), bron);
    await page.getByText('Het bestand heeft geen fouten. Er is nog niets vastgelegd.').waitFor();
    // The URL names the job: a reload shows the same one.
    await page.reload();
    await page.getByText('Het bestand heeft geen fouten. Er is nog niets vastgelegd.').waitFor();
    await axeSchoon('73-importeren-klaar');

    await page.getByRole('button', { name: 'Uitvoeren' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Import uitvoeren' });
    await dialoog.getByText('Er worden 2 records vastgelegd: 2 nieuw en 0 gewijzigd.', { exact: false }).waitFor();
    await axeSchoon('74-importeren-bevestigen');
    await dialoog.getByRole('button', { name: 'Ja, uitvoeren' }).click();
    await page.getByText('De import is uitgevoerd').waitFor();
    await axeSchoon('75-importeren-uitgevoerd');

    const klanten = await api<{ totaal: number; items: { voornamen?: string; naam?: string }[] }>(
      'GET',
      `/klanten?zoek=${achternaam}`,
    );
    expect(klanten.totaal).toBe(2);

    // Both jobs are in the history, newest first.
    await page.getByRole('link', { name: 'Terug naar importeren' }).click();
    const rijen = page.getByRole('table').filter({ hasText: 'Met fouten' }).getByRole('row');
    await rijen.filter({ hasText: 'Uitgevoerd' }).first().waitFor();
    expect(await rijen.nth(1).textContent()).toContain('Uitgevoerd');
    expect(await rijen.nth(1).textContent()).toContain('Marieke Jansen');
    expect(await rijen.nth(2).textContent()).toContain('Afgekeurd');
    await axeSchoon('76-importeren-geschiedenis');
  });
});
