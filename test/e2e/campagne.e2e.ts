import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isWeekend } from '../../libs/domain/src/campagne';
import { plusDagen, vandaag, type Datum } from '../../libs/domain/src/datum';
import { basisUrl, ernstigeToegankelijkheidsfouten, inloggen, screenshot, startBrowser } from './support/browser';
import { apiVerzoek, nieuweKlant, werkVoorKlant } from './support/api';

interface AgendaItem {
  datumTijd: string;
  duurMinuten: number;
}

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const datumKort = (d: string) => `${Number(d.slice(8, 10))} ${MAANDEN[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

/** The next working day after today: tomorrow, or Monday from Friday (today is then its working day before). */
function volgendeWerkdag(): Datum {
  let dag = plusDagen(vandaag(), 1);
  while (isWeekend(dag)) dag = plusDagen(dag, 1);
  return dag;
}

/** Minutes after midnight in the Netherlands. */
function minutenNL(datumTijd: string): number {
  const [uur, minuut] = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(datumTijd))
    .split(':')
    .map(Number);
  return uur * 60 + minuut;
}

/**
 * The whole herscreening flow in the built app. The teamleider (tl1) makes a campagne for Team Noord, sees the
 * voorbeeld count and starts it; the klantmanager (km3) finds two clients of their own made for this test among the
 * deelnemers, invites the first for the next working day (so nabellen is due today) and the second two weeks later
 * (after a double booking that shows the conflicting appointment in words); the worklist shows nabellen for the first
 * only; the brieven PDF of today holds the first client's name; km3 registers "bereikt", records the gesprek with the
 * campagne and then the plan, and the funnel counts it. Other campagnes in the demo data do not matter: this one is
 * found by its own name and its deelnemers by their own names.
 */
describe('campagne: van cohort tot plan (Chromium)', () => {
  let browser: Browser;
  const contexten: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(() => browser.close());
  afterEach(async () => {
    await Promise.all(contexten.splice(0).map((c) => c.close()));
  });

  async function nieuwePagina(gebruiker: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    contexten.push(context);
    const page = await context.newPage();
    await inloggen(page, gebruiker);
    await page.waitForURL(/\/(werkvoorraad|team|campagnes)/);
    return page;
  }

  /** The first of a few times on that day km3 has no conversation yet (other campagnes may have planned some). */
  async function vrijTijdstip(page: Page, dag: Datum, bezet: number[] = []): Promise<string> {
    const { items } = await apiVerzoek<{ items: AgendaItem[] }>(page, 'GET', `/agenda?van=${dag}&tot=${dag}`);
    const vol = [
      ...items.map((i) => [minutenNL(i.datumTijd), minutenNL(i.datumTijd) + i.duurMinuten]),
      ...bezet.map((b) => [b, b + 60]),
    ];
    const vrij = [600, 660, 780, 840, 900, 540].find((m) => vol.every(([van, tot]) => m + 60 <= van || m >= tot));
    if (vrij === undefined) throw new Error(`km3 heeft op ${dag} geen vrij uur`);
    return `${String(Math.floor(vrij / 60)).padStart(2, '0')}:${String(vrij % 60).padStart(2, '0')}`;
  }

  it('tl1 maakt en start de campagne, km3 nodigt uit, belt na, voert het gesprek en maakt het plan', async () => {
    const km = await nieuwePagina('km3');
    const ik = await apiVerzoek<{ id: string }>(km, 'GET', '/me');
    const {
      items: [gemeente],
    } = await apiVerzoek<{ items: { id: string }[] }>(km, 'GET', '/gemeenten');
    const stam = `Campagne${Date.now().toString(36)}`;
    const [naam1, naam2] = [`Sem ${stam}-Een`, `Noor ${stam}-Twee`];
    const klant1 = await nieuweKlant(km, {
      klantmanagerId: ik.id,
      gemeenteId: gemeente.id,
      voornamen: 'Sem',
      achternaam: `${stam}-Een`,
      geboortedatum: '1979-06-02',
      startdatumUitkering: plusDagen(vandaag(), -800),
      dienstverleningscategorie: 'nog_niet_job_ready',
    });
    const klant2 = await nieuweKlant(km, {
      klantmanagerId: ik.id,
      gemeenteId: gemeente.id,
      voornamen: 'Noor',
      achternaam: `${stam}-Twee`,
      geboortedatum: '1979-06-02',
      startdatumUitkering: plusDagen(vandaag(), -800),
      dienstverleningscategorie: 'nog_niet_job_ready',
    });

    // The teamleider: criteria, the live count, save, start.
    const tl = await nieuwePagina('tl1');
    await tl.goto(`${basisUrl()}/campagnes/nieuw`);
    await tl.getByRole('heading', { level: 1, name: 'Nieuwe campagne' }).waitFor();
    const campagneNaam = `Herscreening ${stam}`;
    await tl.getByLabel(/^Naam/).fill(campagneNaam);
    await tl.getByLabel(/^Startdatum/).fill(vandaag());
    await tl.getByLabel(/^Einddatum/).fill(plusDagen(vandaag(), 60));
    await tl.getByLabel(/^Niet gesproken sinds/).fill('12');
    await tl.getByRole('group', { name: 'Teams' }).getByLabel('Team Noord').check();
    const telling = tl.getByRole('status').filter({ hasText: /voldo(en|et) aan de criteria/ });
    await telling.waitFor();
    await tl.waitForFunction(() => !document.querySelector('[aria-labelledby="voorbeeld-kop"][aria-busy="true"]'));
    const aantal = Number(/(\d+)/.exec((await telling.textContent()) ?? '')?.[1]);
    expect(aantal).toBeGreaterThanOrEqual(2);
    await screenshot(tl, '70-campagne-nieuw');
    expect(await ernstigeToegankelijkheidsfouten(tl)).toEqual([]);
    await tl.getByRole('button', { name: 'Campagne opslaan' }).click();
    await tl.getByRole('heading', { level: 1, name: campagneNaam }).waitFor();
    const campagneUrl = tl.url();
    tl.once('dialog', (d) => void d.accept());
    await tl.getByRole('button', { name: 'Campagne starten' }).click();
    await tl.getByRole('button', { name: 'Campagne afsluiten' }).waitFor();
    await tl.getByRole('button', { name: 'Deelnemers verdelen' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(tl)).toEqual([]);

    // km3 finds the two clients among the deelnemers.
    await km.goto(campagneUrl);
    await km.getByRole('heading', { level: 1, name: campagneNaam }).waitFor();
    await km.getByLabel('Zoek op naam of BSN').fill(stam);
    const rij = (naam: string) => km.getByRole('row').filter({ has: km.getByRole('link', { name: naam }) });
    await rij(naam1).getByText('Nog uitnodigen').waitFor();
    await rij(naam2).getByText('Nog uitnodigen').waitFor();

    const morgen = volgendeWerkdag();
    const tijd1 = await vrijTijdstip(km, morgen);
    const uitnodigen = async (naam: string, datum: Datum, tijd: string) => {
      await rij(naam)
        .getByRole('button', { name: `Uitnodigen: ${naam}` })
        .click();
      const dialoog = km.getByRole('dialog', { name: `${naam} uitnodigen` });
      await dialoog.getByLabel('Datum').fill(datum);
      await dialoog.getByLabel('Tijd').fill(tijd);
      await dialoog.getByLabel(/^Locatie/).fill('Stadskantoor, Lübeckplein 2');
      return dialoog;
    };
    let dialoog = await uitnodigen(naam1, morgen, tijd1);
    await screenshot(km, '71-campagne-uitnodigen');
    expect(await ernstigeToegankelijkheidsfouten(km)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await rij(naam1).getByText('Uitgenodigd', { exact: true }).waitFor();
    await rij(naam1)
      .getByText(new RegExp(`${tijd1}, Stadskantoor`))
      .waitFor();

    // The same hour for the second: the conflicting appointment in words, next to the time.
    dialoog = await uitnodigen(naam2, morgen, tijd1);
    await dialoog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialoog
      .getByText(new RegExp(`Je hebt op .* om ${tijd1} al een gesprek \\(Stadskantoor`))
      .first()
      .waitFor();
    // Two weeks later instead.
    const later = plusDagen(morgen, 14);
    const tijd2 = await vrijTijdstip(km, later);
    await dialoog.getByLabel('Datum').fill(later);
    await dialoog.getByLabel('Tijd').fill(tijd2);
    await dialoog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await rij(naam2).getByText('Uitgenodigd', { exact: true }).waitFor();

    // The worklist: nabellen today for the first (the working day before its gesprek), not for the second.
    expect(await werkVoorKlant(km, klant1.id)).toContain('nabellen');
    expect(await werkVoorKlant(km, klant2.id)).not.toContain('nabellen');
    await km.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await km.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await km.getByRole('button', { name: /^Nabellen \(\d+\)$/ }).click();
    const bereikt = km.getByRole('button', { name: `Bereikt: ${naam1}`, exact: true });
    await bereikt.waitFor();
    expect(await km.getByRole('button', { name: `Bereikt: ${naam2}`, exact: true }).count()).toBe(0);

    // The letters of today as one PDF, through the same session.
    await km.goto(campagneUrl);
    const link = km.getByRole('link', { name: `Brieven van ${datumKort(vandaag())} (PDF)` });
    const href = await link.getAttribute('href');
    const pdf = await km.request.get(`${basisUrl()}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/application\/pdf/);
    const tekst = (await pdfParse(await pdf.body())).text;
    expect(tekst).toContain(naam1);

    // Nabellen: reached, from the worklist.
    await km.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await km.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await km.getByRole('button', { name: /^Nabellen \(\d+\)$/ }).click();
    const [gebeld] = await Promise.all([
      km.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith(`/deelnemers/${klant1.id}/nabellen`),
      ),
      km.getByRole('button', { name: `Bereikt: ${naam1}`, exact: true }).click(),
    ]);
    expect(gebeld.status()).toBe(201);
    await km.getByRole('button', { name: `Bereikt: ${naam1}`, exact: true }).waitFor({ state: 'detached' });
    expect(await werkVoorKlant(km, klant1.id)).not.toContain('nabellen');

    // The gesprek with the campagne, then the plan.
    await km.goto(campagneUrl);
    await km.getByLabel('Zoek op naam of BSN').fill(naam1);
    await rij(naam1)
      .getByRole('button', { name: `Gesprek vastleggen: ${naam1}` })
      .click();
    dialoog = km.getByRole('dialog', { name: `Klant-in-beeld-gesprek met ${naam1}` });
    const leefgebied = (naam: string) => dialoog.getByRole('group', { name: naam, exact: true });
    await leefgebied('Financiën').getByRole('radio', { name: '4. Voldoende zelfredzaam' }).check();
    await leefgebied('Huisvesting').getByRole('radio', { name: '2. Niet zelfredzaam' }).check();
    await dialoog
      .getByText(/^Advies:/)
      .first()
      .waitFor();
    await dialoog.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await rij(naam1).getByText('Gesprek gevoerd').waitFor();
    await rij(naam1)
      .getByRole('link', { name: `Plan maken voor ${naam1}` })
      .click();
    await km.waitForURL(new RegExp(`/klanten/${klant1.id}#plan$`));
    await km.locator('#plan').getByRole('button', { name: 'Plan maken' }).click();
    dialoog = km.getByRole('dialog', { name: 'Plan maken' });
    const doel = dialoog.getByRole('group', { name: 'Doel 1' });
    await doel.getByLabel('Wat wil de klant bereiken').fill('Een betaalbare woning vinden');
    await doel.getByLabel(/^Leefgebied/).selectOption('huisvesting');
    await dialoog.getByLabel('Evaluatiedatum').fill(plusDagen(vandaag(), 60));
    await dialoog.getByRole('button', { name: 'Plan opslaan' }).click();
    await dialoog.waitFor({ state: 'hidden' });

    // The funnel of this campagne counts each step once.
    await tl.reload();
    await tl.getByRole('heading', { level: 1, name: campagneNaam }).waitFor();
    const stappen = tl.getByRole('table', { name: 'Deelnemers per stap van de campagne' });
    for (const [stap, n] of [
      ['Uitgenodigd', 2],
      ['Nagebeld', 1],
      ['Gesprek gevoerd', 1],
      ['Plan gemaakt', 1],
    ] as const)
      await stappen.getByRole('row', { name: `${stap} ${n}`, exact: true }).waitFor();
    await tl.getByLabel('Zoek op naam of BSN').fill(stam);
    await tl
      .getByRole('row')
      .filter({ has: tl.getByRole('link', { name: naam1 }) })
      .getByText('Plan gemaakt')
      .waitFor();
    await screenshot(tl, '72-campagne-trechter');
    expect(await ernstigeToegankelijkheidsfouten(tl)).toEqual([]);

    // The agenda: km3 sees their own; the teamleider chooses km3 and downloads the .ics, which holds the invitations.
    await km.goto(`${basisUrl()}/agenda`);
    await km.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await km.getByRole('link', { name: 'Agenda downloaden (.ics)' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(km)).toEqual([]);
    await tl.goto(`${basisUrl()}/agenda`);
    await tl.getByLabel('Agenda van').selectOption(ik.id);
    const ics = await tl.request.get(
      `${basisUrl()}${await tl.getByRole('link', { name: 'Agenda downloaden (.ics)' }).getAttribute('href')}`,
    );
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VEVENT');
    expect(await ernstigeToegankelijkheidsfouten(tl)).toEqual([]);
    // The whole flow in two sessions, with six axe runs, takes longer than one screen's test.
  }, 300_000);
});
