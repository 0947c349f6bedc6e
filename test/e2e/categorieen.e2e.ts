import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AFSPRAAK_SOORTEN } from '../../libs/domain/src/codelijsten';
import {
  basisUrl,
  CSRF_KOP,
  ernstigeToegankelijkheidsfouten,
  inloggen,
  screenshot,
  startBrowser,
} from './support/browser';
import { nieuweKlant } from './support/api';

interface Categorie {
  code: string;
  naam: string;
  afspraakSoorten: string[];
}

const NIEUWE_NAAM = `Direct bemiddelbaar ${Date.now().toString(36)}`;

/**
 * The beheerder renames a dienstverleningscategorie and limits its afspraak soorten on the beheer screen; a
 * klantmanager then sees the new name in the dossier and only those soorten in the afspraak form, and "Andere soort"
 * shows the rest. The categories are put back afterwards (the demo data is shared by the e2e files).
 */
describe('dienstverleningscategorieën beheren en gebruiken (Chromium)', () => {
  let browser: Browser;
  let beheer: BrowserContext;
  let beheerPagina: Page;
  let oorspronkelijk: Categorie[] | undefined;

  beforeAll(async () => {
    browser = await startBrowser();
    beheer = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    beheerPagina = await beheer.newPage();
  });
  afterAll(async () => {
    if (oorspronkelijk) {
      await beheerPagina.request.put(`${basisUrl()}/api/instellingen/dienstverleningscategorieen`, {
        headers: CSRF_KOP,
        data: { categorieen: oorspronkelijk },
      });
    }
    await beheer.close();
    await browser.close();
  });

  it('beheer1 hernoemt job ready en beperkt de soorten; km1 ziet de naam en alleen die soorten, "Andere soort" de rest', async () => {
    const page = beheerPagina;
    await inloggen(page, 'beheer1');
    await page.waitForURL(/\/rapportages/);
    oorspronkelijk = (
      await (await page.request.get(`${basisUrl()}/api/instellingen/dienstverleningscategorieen`)).json()
    ).categorieen;
    const jobReady = oorspronkelijk!.find((c) => c.code === 'job_ready')!;

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Dienstverleningscategorieën' })
      .click();
    const groep = page.getByRole('group', { name: jobReady.naam, exact: true });
    await groep.waitFor();
    await page.getByRole('button', { name: 'Overige normen opslaan' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    await groep.getByLabel('Naam', { exact: true }).fill(NIEUWE_NAAM);
    const soorten = groep.getByRole('group', { name: 'Soorten afspraak die de klantmanager eerst ziet' });
    for (const label of ['Opleiding of cursus', 'Re-integratietraject', 'Werkervaringsplaats', 'Solliciteren'])
      await soorten.getByLabel(label, { exact: true }).uncheck();
    for (const label of ['Vervolggesprek', 'Taal (Nederlands leren)', 'Overig'])
      await soorten.getByLabel(label, { exact: true }).check();
    await page.getByRole('button', { name: 'Categorieën opslaan' }).click();
    await page.getByText('Categorieën opgeslagen; namen, normen en soorten gelden meteen.').waitFor();
    await screenshot(page, '31-dienstverleningscategorieen');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

    // The API has it too: the name, and the soorten in the order of the code list.
    const nu: Categorie[] = (
      await (await page.request.get(`${basisUrl()}/api/instellingen/dienstverleningscategorieen`)).json()
    ).categorieen;
    expect(nu.find((c) => c.code === 'job_ready')).toMatchObject({
      naam: NIEUWE_NAAM,
      afspraakSoorten: ['vervolggesprek', 'taal', 'overig'],
    });

    // The klantmanager, with a job-ready client of their own.
    const km = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    try {
      const kmPagina = await km.newPage();
      await inloggen(kmPagina, 'km1');
      await kmPagina.waitForURL(/\/werkvoorraad/);
      const ik = await (await kmPagina.request.get(`${basisUrl()}/api/me`)).json();
      const {
        items: [gemeente],
      } = await (await kmPagina.request.get(`${basisUrl()}/api/gemeenten`)).json();
      const klant = await nieuweKlant(kmPagina, {
        klantmanagerId: ik.id,
        gemeenteId: gemeente.id,
        voornamen: 'Sem',
        achternaam: `Categorie-e2e ${Date.now().toString(36)}`,
        geboortedatum: '1991-03-12',
        startdatumUitkering: '2026-01-05',
        dienstverleningscategorie: 'job_ready',
      });

      await kmPagina.goto(`${basisUrl()}/klanten/${klant.id}`);
      await kmPagina.getByRole('heading', { level: 1, name: /Categorie-e2e/ }).waitFor();
      await kmPagina.getByText(NIEUWE_NAAM, { exact: true }).waitFor();

      await kmPagina.getByRole('button', { name: 'Afspraak', exact: true }).click();
      const dialoog = kmPagina.getByRole('dialog');
      const soort = dialoog.getByLabel('Soort afspraak');
      await soort.waitFor();
      expect(await soort.locator('option').allTextContents()).toEqual([
        'Vervolggesprek',
        'Taal (Nederlands leren)',
        'Overig',
      ]);
      expect(await ernstigeToegankelijkheidsfouten(kmPagina)).toEqual([]);
      await dialoog.getByRole('button', { name: 'Andere soort' }).click();
      // Options are never "visible" to Playwright: wait until the last of the code list is there.
      await soort.locator('option', { hasText: 'Doorverwijzing netwerkpartner' }).waitFor({ state: 'attached' });
      expect(await soort.locator('option').count()).toBe(AFSPRAAK_SOORTEN.length);
      await screenshot(kmPagina, '32-afspraak-soorten-categorie');

      // "Andere soort" really is possible: one outside the category's soorten is saved.
      await soort.selectOption('schuldhulpverlening');
      await dialoog.getByLabel('Wat is afgesproken').fill('Aanmelden bij de schuldhulpverlening');
      await dialoog.getByRole('button', { name: 'Afspraak opslaan' }).click();
      await dialoog.waitFor({ state: 'detached' });
      const afspraken = await (await kmPagina.request.get(`${basisUrl()}/api/klanten/${klant.id}/afspraken`)).json();
      expect(afspraken.items.map((a: { soort: string }) => a.soort)).toEqual(['schuldhulpverlening']);
    } finally {
      await km.close();
    }
  });
});
