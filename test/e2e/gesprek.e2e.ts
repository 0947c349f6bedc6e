import type { Browser, BrowserContext, Page } from 'playwright-core';
import { plusDagen, vandaag } from '../../libs/domain/src/datum';
import { basisUrl, ernstigeToegankelijkheidsfouten, inloggen, screenshot, startBrowser } from './support/browser';
import { apiVerzoek, nieuweKlant, werkVoorKlant } from './support/api';

/**
 * The klant-in-beeld-gesprek and the plan in the built app, as klantmanager km3 on a client of their own made for
 * this test: scores (one row by keyboard), a reload mid-way that restores the draft, the advice accepted with the
 * category change, the dossier in beeld with the chart; a plan with two doelen that comes back as "Plan evalueren"
 * once its evaluatiedatum is within two weeks. Then the beheerder's settings page.
 */
describe('klant-in-beeld-gesprek en plan (Chromium)', () => {
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
  const werkVoor = (klantId: string) => werkVoorKlant(page, klantId);
  const nieuweKlantVan = (klantmanagerId: string, gemeenteId: string, achternaam: string) =>
    nieuweKlant(page, {
      klantmanagerId,
      gemeenteId,
      voornamen: 'Sem',
      achternaam,
      geboortedatum: '1985-03-12',
      startdatumUitkering: plusDagen(vandaag(), -400),
      dienstverleningscategorie: 'nog_niet_job_ready',
    });

  it('km3 legt een gesprek vast, volgt het advies, maakt een plan en ziet het terug als "Plan evalueren"', async () => {
    await inloggen(page, 'km3');
    await page.waitForURL(/\/werkvoorraad/);
    const ik = await api<{ id: string }>('GET', '/me');
    const {
      items: [gemeente],
    } = await api<{ items: { id: string }[] }>('GET', '/gemeenten');
    const achternaam = `Gesprek-${Date.now().toString(36)}`;
    const naam = `Sem ${achternaam}`;
    const klant = await nieuweKlantVan(ik.id, gemeente.id, achternaam);

    await page.goto(`${basisUrl()}/klanten/${klant.id}`);
    await page.getByRole('heading', { level: 1, name: naam }).waitFor();
    const kop = page.locator('.kib-dossierkop');
    await kop.locator('.kib-badge--uit_beeld').waitFor();

    await page.getByRole('button', { name: 'Klant-in-beeld-gesprek vastleggen' }).click();
    let dialoog = page.getByRole('dialog', { name: 'Klant-in-beeld-gesprek vastleggen' });
    const rij = (leefgebied: string) => dialoog.getByRole('group', { name: leefgebied, exact: true });
    // By keyboard: into the row of Financiën, then the arrow keys choose within it (native radios).
    await rij('Financiën').getByRole('radio', { name: 'Niet besproken' }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await rij('Financiën').getByRole('radio', { name: '4. Voldoende zelfredzaam' }).isChecked()).toBe(true);
    // Tab leaves the row for its toelichting, the next Tab goes to the next row's checked radio.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Budget op orde');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await rij('Werk & opleiding').getByRole('radio', { name: '3. Beperkt zelfredzaam' }).isChecked()).toBe(true);
    await rij('Huisvesting').getByRole('radio', { name: '2. Niet zelfredzaam' }).check();
    await dialoog
      .getByText(
        'Advies: Bijna job ready (0–6 maanden) — Ondersteuning op één leefgebied (Eén leefgebied op niveau 2 of lager)',
      )
      .waitFor();

    // The connection is gone mid-way, or the page reloads: the draft comes back.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: naam }).waitFor();
    await page.getByRole('button', { name: 'Klant-in-beeld-gesprek vastleggen' }).click();
    dialoog = page.getByRole('dialog', { name: 'Klant-in-beeld-gesprek vastleggen' });
    await dialoog.getByText(/Concept van .* hersteld\./).waitFor();
    expect(await rij('Financiën').getByRole('radio', { name: '4. Voldoende zelfredzaam' }).isChecked()).toBe(true);
    expect(await rij('Huisvesting').getByRole('radio', { name: '2. Niet zelfredzaam' }).isChecked()).toBe(true);
    expect(
      await rij('Financiën')
        .getByLabel(/Toelichting bij Financiën/)
        .inputValue(),
    ).toBe('Budget op orde');

    await rij('Sociaal netwerk').getByRole('radio', { name: '4. Voldoende zelfredzaam' }).check();
    await dialoog.getByLabel(/^Percentage/).fill('45');
    await dialoog.getByLabel(/^Methode/).fill('Inschatting klantmanager');
    await dialoog.getByLabel(/^Toelichting \(niet verplicht\)$/).fill('Woonsituatie eerst regelen.');
    const advies =
      'Advies: Bijna job ready (0–6 maanden) — Ondersteuning op één leefgebied (Eén leefgebied op niveau 2 of lager)';
    await dialoog.getByText(advies).waitFor();
    const overnemen = dialoog.getByRole('checkbox', {
      name: 'Dienstverleningscategorie van de klant aanpassen naar Bijna job ready (0–6 maanden)',
    });
    expect(await overnemen.isChecked()).toBe(true);
    await screenshot(page, '60-klant-in-beeld-gesprek');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await dialoog.waitFor({ state: 'hidden' });

    // The dossier: in beeld at once, the new category, the scores and the gesprek in the list and the timeline.
    await kop.locator('.kib-badge--in_beeld', { hasText: 'In beeld' }).waitFor();
    await page.locator('.kib-gegevens').getByText('Bijna job ready (0–6 maanden)').waitFor();
    const gesprekken = page.locator('section', {
      has: page.getByRole('heading', { name: 'Klant-in-beeld-gesprekken' }),
    });
    await gesprekken.getByRole('table', { name: 'Scores per leefgebied' }).waitFor();
    await gesprekken.getByRole('row', { name: /Huisvesting 2\. Niet zelfredzaam/ }).waitFor();
    await gesprekken.getByText('Advies gevolgd').waitFor();
    expect(await api(`GET`, `/klanten/${klant.id}`)).toMatchObject({
      dienstverleningscategorie: 'bijna_job_ready',
      inBeeldStatus: 'in_beeld',
    });
    // The draft is gone: opening the form again starts empty.
    await page.getByRole('button', { name: 'Klant-in-beeld-gesprek vastleggen' }).click();
    dialoog = page.getByRole('dialog', { name: 'Klant-in-beeld-gesprek vastleggen' });
    await rij('Financiën').waitFor();
    expect(await dialoog.getByText(/hersteld/).count()).toBe(0);
    expect(await rij('Financiën').getByRole('radio', { name: 'Niet besproken' }).isChecked()).toBe(true);
    await dialoog.getByRole('button', { name: 'Annuleren' }).click();

    // The plan: two doelen, evaluation in 30 days — not yet work.
    const plan = page.locator('#plan');
    await plan.getByRole('button', { name: 'Plan maken' }).click();
    dialoog = page.getByRole('dialog', { name: 'Plan maken' });
    const doel = (n: number) => dialoog.getByRole('group', { name: `Doel ${n}` });
    await doel(1).getByLabel('Wat wil de klant bereiken').fill('Een betaalbare woning vinden');
    await doel(1)
      .getByLabel(/^Leefgebied/)
      .selectOption('huisvesting');
    await dialoog.getByRole('button', { name: 'Doel toevoegen' }).click();
    await doel(2).getByLabel('Wat wil de klant bereiken').fill('Vrijwilligerswerk twee dagdelen per week');
    await doel(2)
      .getByLabel(/^Leefgebied/)
      .selectOption('tijdsbesteding');
    await doel(2).getByLabel('Streefdatum').fill(plusDagen(vandaag(), 120));
    await dialoog.getByLabel('Evaluatiedatum').fill(plusDagen(vandaag(), 30));
    await dialoog.getByRole('button', { name: 'Plan opslaan' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await plan.getByText('Een betaalbare woning vinden').waitFor();
    await plan.getByText('Vrijwilligerswerk twee dagdelen per week').waitFor();
    await plan.getByRole('link', { name: 'Plan afdrukken (PDF)' }).waitFor();
    await screenshot(page, '61-dossier-gesprek-en-plan');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    expect(await werkVoor(klant.id)).not.toContain('plan_evalueren');

    const werkvoorraad = async () => {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
      await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
      await page.getByRole('list', { name: 'Filter op soort' }).waitFor();
    };
    await werkvoorraad();
    const filter = page.getByRole('button', { name: /^Plan evalueren \(\d+\)$/ });
    if (await filter.count()) {
      await filter.click();
      await page.getByRole('table').waitFor();
      expect(await page.getByRole('table').getByRole('link', { name: naam, exact: true }).count()).toBe(0);
    }

    // The evaluation moves to 10 days ahead: within two weeks, so it is work now.
    await page.goto(`${basisUrl()}/klanten/${klant.id}#plan`);
    await page.locator('#plan').getByRole('button', { name: 'Plan wijzigen' }).click();
    dialoog = page.getByRole('dialog', { name: 'Plan wijzigen' });
    await dialoog.getByLabel('Evaluatiedatum').fill(plusDagen(vandaag(), 10));
    await dialoog.getByRole('button', { name: 'Plan opslaan' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    expect(await werkVoor(klant.id)).toContain('plan_evalueren');

    await werkvoorraad();
    await page.getByRole('button', { name: /^Plan evalueren \(\d+\)$/ }).click();
    await page.getByRole('table').getByRole('link', { name: naam, exact: true }).waitFor();
    await screenshot(page, '62-werkvoorraad-plan-evalueren');
  });

  it('de beheerder ziet instrument en paden op één pagina', async () => {
    await inloggen(page, 'beheer1');
    await page.waitForURL(/\/rapportages/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gesprek en paden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek en paden' }).waitFor();
    await page
      .getByText('Opslaan maakt een nieuwe versie; eerdere gesprekken houden hun versie.', { exact: false })
      .waitFor();
    await page.getByRole('group', { name: 'Pad Sociaal wijkteam' }).waitFor();
    await screenshot(page, '63-instellingen-gesprek-en-paden');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
  });
});
