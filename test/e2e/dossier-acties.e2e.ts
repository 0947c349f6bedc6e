import type { Browser, BrowserContext, Page } from 'playwright-core';
import { plusDagen, vandaag } from '../../libs/domain/src/datum';
import { basisUrl, ernstigeToegankelijkheidsfouten, inloggen, screenshot, startBrowser } from './support/browser';
import { alleWerkvoorraadItems, apiVerzoek, nieuweKlant } from './support/api';

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** As the app shows a date (apps/web/src/app/weergave.ts): "23 nov 2026". */
const kort = (datum: string) =>
  `${Number(datum.slice(8, 10))} ${MAANDEN[Number(datum.slice(5, 7)) - 1]} ${datum.slice(0, 4)}`;

/**
 * The dossier actions in the built app, as klantmanager km3 on a client of their own made for this test: klantgegevens
 * wijzigen (with an API error next to its field and a concurrent change), afspraak verlengen and wijzigen,
 * vrijstelling verlengen and intrekken, and uitstroom, after which the client is in no werkvoorraad any more.
 */
describe('acties in het klantdossier (Chromium)', () => {
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

  it('km3 wijzigt gegevens, afspraak en vrijstelling en registreert de uitstroom; de klant verdwijnt uit elke werkvoorraad', async () => {
    await inloggen(page, 'km3');
    await page.waitForURL(/\/werkvoorraad/);
    const ik = await apiVerzoek<{ id: string }>(page, 'GET', '/me');
    const {
      items: [gemeente],
    } = await apiVerzoek<{ items: { id: string }[] }>(page, 'GET', '/gemeenten');
    const achternaam = `Acties-${Date.now().toString(36)}`;
    const naam = `Noor ${achternaam}`;
    const klant = await nieuweKlant(page, {
      klantmanagerId: ik.id,
      gemeenteId: gemeente.id,
      voornamen: 'Noor',
      achternaam,
      geboortedatum: '1980-06-15',
      // Never seen and the intake long overdue: first in the list of intakes.
      startdatumUitkering: '2003-01-06',
      dienstverleningscategorie: 'nog_niet_job_ready',
      telefoon: '06-11112222',
    });
    await apiVerzoek(page, 'POST', `/klanten/${klant.id}/afspraken`, {
      soort: 'taal',
      omschrijving: 'Taalcursus op niveau A2',
      startdatum: plusDagen(vandaag(), -20),
      einddatum: plusDagen(vandaag(), 10),
    });
    const vrijstelling = await apiVerzoek<{ id: string }>(page, 'POST', `/klanten/${klant.id}/vrijstellingen`, {
      soort: 'informeel',
      omvang: ['arbeidsverplichtingen'],
      reden: 'medisch_tijdelijk',
      ingangsdatum: plusDagen(vandaag(), -30),
      einddatum: plusDagen(vandaag(), 30),
      herbeoordelingsdatum: plusDagen(vandaag(), 7),
    });

    await page.goto(`${basisUrl()}/klanten/${klant.id}`);
    await page.getByRole('heading', { level: 1, name: naam }).waitFor();
    const kop = page.locator('.kib-gegevens');

    // Klantgegevens: the API's error lands next to its field; nothing typed is lost.
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    let dialoog = page.getByRole('dialog', { name: 'Klantgegevens wijzigen' });
    await dialoog.waitFor();
    await dialoog.getByLabel('Telefoon').fill('038-1234567');
    await dialoog.getByLabel('E-mail').fill('noor@');
    await dialoog.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await dialoog.getByText('Moet een geldig e-mailadres zijn.', { exact: true }).waitFor();
    await screenshot(page, '50-klantgegevens-fout');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    expect(await dialoog.getByLabel('Telefoon').inputValue()).toBe('038-1234567');

    // A colleague saves first: the 409 says so, loads the newest version and keeps what was typed.
    const gelezen = await apiVerzoek<{ versie: number }>(page, 'GET', `/klanten/${klant.id}`);
    await apiVerzoek(page, 'PATCH', `/klanten/${klant.id}`, {
      versie: gelezen.versie,
      dienstverleningscategorie: 'bijna_job_ready',
    });
    await dialoog.getByLabel('E-mail').fill('noor@voorbeeld.nl');
    await dialoog.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await dialoog.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit intussen gewijzigd' }).waitFor();
    await dialoog.getByRole('alert').filter({ hasText: 'Intussen gewijzigd: Dienstverleningscategorie.' }).waitFor();
    expect(await dialoog.getByLabel('Dienstverleningscategorie').inputValue()).toBe('bijna_job_ready');
    expect(await dialoog.getByLabel('E-mail').inputValue()).toBe('noor@voorbeeld.nl');
    await screenshot(page, '51-klantgegevens-versieconflict');
    await dialoog.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await kop.getByText('038-1234567').waitFor();
    expect(await apiVerzoek(page, 'GET', `/klanten/${klant.id}`)).toMatchObject({
      telefoon: '038-1234567',
      email: 'noor@voorbeeld.nl',
      dienstverleningscategorie: 'bijna_job_ready',
    });

    // Afspraak verlengen, then wijzigen: an einddatum before the start is refused next to the field.
    await page.getByRole('button', { name: 'Verlengen: Taalcursus op niveau A2' }).click();
    dialoog = page.getByRole('dialog', { name: 'Afspraak verlengen' });
    await dialoog.getByLabel('Nieuwe einddatum').fill(plusDagen(vandaag(), 60));
    await screenshot(page, '52-afspraak-verlengen');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Afspraak verlengen' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await page.getByText(`${kort(plusDagen(vandaag(), -20))} t/m ${kort(plusDagen(vandaag(), 60))}`).waitFor();

    await page.getByRole('button', { name: 'Wijzigen: Taalcursus op niveau A2' }).click();
    dialoog = page.getByRole('dialog', { name: 'Afspraak wijzigen' });
    await dialoog.getByLabel('Wat is afgesproken').fill('Taalcursus op niveau B1');
    await dialoog.getByLabel('Einddatum').fill(plusDagen(vandaag(), -21));
    await dialoog.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await dialoog.getByText('De einddatum mag niet voor de startdatum liggen.', { exact: true }).waitFor();
    await dialoog.getByLabel('Einddatum').fill(plusDagen(vandaag(), 90));
    await dialoog.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await page.getByText('Taalcursus op niveau B1', { exact: true }).waitFor();

    // Vrijstelling verlengen within the organisatie's maximum (183 days after the start); then intrekken.
    const vrijstellingNaam = `vrijstelling medisch, tijdelijk van ${kort(plusDagen(vandaag(), -30))}`;
    expect(
      (await alleWerkvoorraadItems(page)).some(
        (i) => i.klantId === klant.id && i.soort === 'vrijstelling_herbeoordelen',
      ),
    ).toBe(true);
    await page.getByRole('button', { name: `Verlengen: ${vrijstellingNaam}` }).click();
    dialoog = page.getByRole('dialog', { name: 'Vrijstelling verlengen' });
    await dialoog.getByLabel(/Nieuwe einddatum/).fill(plusDagen(vandaag(), 200));
    await dialoog.getByRole('button', { name: 'Vrijstelling verlengen' }).click();
    await dialoog
      .locator('.kib-veld__fout', {
        hasText: `Uiterlijk 183 dagen na de ingangsdatum (${kort(plusDagen(vandaag(), 153))}).`,
      })
      .waitFor();
    await screenshot(page, '53-vrijstelling-verlengen-fout');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await dialoog.getByLabel(/Nieuwe einddatum/).fill(plusDagen(vandaag(), 120));
    await dialoog.getByLabel('Nieuwe herbeoordelingsdatum').fill(plusDagen(vandaag(), 100));
    await dialoog.getByRole('button', { name: 'Vrijstelling verlengen' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await page
      .getByText(
        `${kort(plusDagen(vandaag(), -30))} t/m ${kort(plusDagen(vandaag(), 120))} · herbeoordelen ${kort(plusDagen(vandaag(), 100))}`,
      )
      .waitFor();
    // Herbeoordelen is now more than two weeks away: that item left the werkvoorraad.
    expect(
      (await alleWerkvoorraadItems(page)).some(
        (i) => i.klantId === klant.id && i.soort === 'vrijstelling_herbeoordelen',
      ),
    ).toBe(false);

    await page.getByRole('button', { name: `Intrekken: ${vrijstellingNaam}` }).click();
    dialoog = page.getByRole('dialog', { name: 'Vrijstelling intrekken' });
    expect(await dialoog.getByLabel('Ingetrokken per').inputValue()).toBe(vandaag());
    await dialoog.getByRole('button', { name: 'Vrijstelling intrekken' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Vrijstellingen' }) })
      .getByText('Beëindigd')
      .waitFor();
    expect(await apiVerzoek(page, 'GET', `/vrijstellingen/${vrijstelling.id}`)).toMatchObject({
      ingetrokkenOp: vandaag(),
      actief: false,
    });

    // Before the uitstroom the client is work for km3 (the overdue intake) and for the teamleider.
    const tlContext = await browser.newContext({ locale: 'nl-NL' });
    const tl = await tlContext.newPage();
    await inloggen(tl, 'tl1');
    await tl.waitForURL(/\/werkvoorraad/);
    expect((await alleWerkvoorraadItems(tl)).some((i) => i.klantId === klant.id)).toBe(true);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await page.getByRole('button', { name: /^Intake nodig \(\d+\)$/ }).click();
    await page.getByRole('table').getByRole('link', { name: naam, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: naam }).waitFor();

    // Uitstroom: datum and reden, then a confirmation; only that sends it.
    await page.getByRole('button', { name: 'Uitstroom registreren', exact: true }).click();
    dialoog = page.getByRole('dialog', { name: 'Uitstroom registreren' });
    await dialoog.getByLabel('Reden van uitstroom').selectOption('werk');
    await dialoog.getByRole('button', { name: 'Uitstroom registreren…' }).click();
    const vraag = dialoog.getByRole('alert').filter({ hasText: 'Weet je het zeker?' });
    await vraag.getByText(`${naam} stroomt uit per ${kort(vandaag())}, reden: Werk (volledig).`).waitFor();
    await screenshot(page, '54-uitstroom-bevestigen');
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    expect(await apiVerzoek(page, 'GET', `/klanten/${klant.id}`)).toMatchObject({ status: 'actief' });
    await vraag.getByRole('button', { name: 'Ja, uitstroom registreren' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await page
      .locator('.kib-dossierkop')
      .getByText(`Uitgestroomd ${kort(vandaag())}`)
      .waitFor();
    await page.getByRole('button', { name: 'Uitstroom registreren', exact: true }).waitFor({ state: 'detached' });
    expect(await apiVerzoek(page, 'GET', `/klanten/${klant.id}`)).toMatchObject({
      status: 'uitgestroomd',
      uitstroomdatum: vandaag(),
      uitstroomreden: 'werk',
    });

    // Gone from km3's worklist on screen (no reload) and from every werkvoorraad the API serves.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await page.getByRole('table').waitFor();
    await page.getByRole('table').getByRole('link', { name: naam, exact: true }).waitFor({ state: 'detached' });
    const intake = page.getByRole('button', { name: /^Intake nodig \(\d+\)$/ });
    if (await intake.count()) {
      await intake.click();
      await page.getByRole('table').waitFor();
      expect(await page.getByRole('table').getByRole('link', { name: naam, exact: true }).count()).toBe(0);
    }
    await screenshot(page, '55-werkvoorraad-na-uitstroom');
    expect((await alleWerkvoorraadItems(page)).some((i) => i.klantId === klant.id)).toBe(false);
    expect((await alleWerkvoorraadItems(tl)).some((i) => i.klantId === klant.id)).toBe(false);
    await tlContext.close();
  });
});
