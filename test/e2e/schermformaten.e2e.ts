import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  basisUrl,
  ernstigeToegankelijkheidsfouten,
  inloggen,
  layoutverschuiving,
  meetLayoutverschuiving,
  screenshot,
  startBrowser,
  trageApi,
  type Verschuiving,
} from './support/browser';

const SMAL = { width: 360, height: 740 };
const TELEFOON = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
const DESKTOP = { width: 1280, height: 900 };

/** How wide the page is; `uitstekend`, for a failure, names the outermost elements reaching past the right edge. */
async function breedte(page: Page): Promise<{ scrollWidth: number; innerWidth: number; uitstekend: string[] }> {
  return page.evaluate(() => {
    const uitstekend = [...document.body.querySelectorAll('*')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > window.innerWidth + 0.5 &&
          !(e.parentElement && e.parentElement.getBoundingClientRect().right > window.innerWidth + 0.5),
      )
      .map(
        (e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}: ${(e.textContent ?? '').trim().slice(0, 40)}`,
      );
    return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth, uitstekend };
  });
}

async function geenHorizontaleScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, uitstekend } = await breedte(page);
  expect(scrollWidth <= innerWidth ? 'past' : { scrollWidth, innerWidth, uitstekend }).toBe('past');
}

/** The werkvoorraad, the dossier and a contactmoment on a phone and a tablet, and no jumping while pages load. */
describe('telefoon, tablet en laden zonder verspringen (Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(() => browser.close());
  afterEach(() => context?.close());

  async function nieuweContext(
    viewport: { width: number; height: number },
    opties: { storageState?: Awaited<ReturnType<BrowserContext['storageState']>> } = {},
  ) {
    context = await browser.newContext({
      locale: 'nl-NL',
      viewport,
      ...(opties.storageState ? { storageState: opties.storageState } : {}),
    });
    page = await context.newPage();
  }

  for (const [apparaat, viewport, gebruiker] of [
    ['telefoon', TELEFOON, 'km1'],
    ['tablet', TABLET, 'km2'],
  ] as const) {
    it(`${apparaat} (${viewport.width}×${viewport.height}): werkvoorraad, dossier en contactmoment vastleggen`, async () => {
      await nieuweContext(viewport);
      await inloggen(page, gebruiker);
      await page.waitForURL(/\/werkvoorraad/);
      const lijst = page.getByRole('table', { name: /^Werkvoorraad/ });
      await lijst.getByRole('link').first().waitFor();
      await geenHorizontaleScroll(page);
      await screenshot(page, `60-${apparaat}-werkvoorraad`);
      expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

      // Below ~720 px every row is a card of its own: full width, the column names beside the values, no header row.
      const vorm = await lijst.evaluate((tabel) => {
        const rij = tabel.querySelector('tbody tr')!;
        const cel = rij.querySelector('td:nth-of-type(2)')!;
        return {
          rij: getComputedStyle(rij).display,
          kop: (tabel.querySelector('thead') as HTMLElement).getBoundingClientRect().height,
          label: getComputedStyle(cel, '::before').content,
          breedte: rij.getBoundingClientRect().width,
        };
      });
      if (apparaat === 'telefoon') {
        expect(vorm.rij).not.toBe('table-row');
        expect(vorm.kop).toBeLessThanOrEqual(1);
        expect(vorm.label).toMatch(/^"Wat"/);
        expect(vorm.breedte).toBeGreaterThan(viewport.width * 0.8);
      } else {
        expect(vorm.rij).toBe('table-row');
        expect(vorm.kop).toBeGreaterThan(10);
      }

      const eerste = lijst.getByRole('link').first();
      const naam = (await eerste.textContent())!.trim();
      await eerste.click();
      await page.getByRole('heading', { level: 1, name: naam }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();
      await page.waitForLoadState('networkidle');
      await geenHorizontaleScroll(page);
      await screenshot(page, `61-${apparaat}-dossier`);
      expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);

      // The quick registration stays within thumb reach at the foot of the screen, wherever you are in the dossier,
      // and hides nothing: at the very end the last content still shows above it.
      const knop = page.getByRole('button', { name: 'Contactmoment vastleggen' });
      const onderkant = async () => (await knop.boundingBox())!;
      for (const positie of ['boven', 'onder'] as const) {
        await page.evaluate(
          (p) => window.scrollTo(0, p === 'boven' ? 0 : document.scrollingElement!.scrollHeight),
          positie,
        );
        await page.evaluate(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar))));
        const vak = await onderkant();
        expect(vak.y + vak.height).toBeLessThanOrEqual(viewport.height);
        expect(vak.y + vak.height).toBeGreaterThan(viewport.height - 96);
        expect(vak.height).toBeGreaterThanOrEqual(44);
      }
      const verborgen = await page.evaluate(() => {
        const balk = document.querySelector('.kib-actiebalk')!.getBoundingClientRect();
        const laatste = document.querySelector('footer, .utrecht-page-footer')!.getBoundingClientRect();
        return laatste.bottom - balk.top;
      });
      expect(verborgen).toBeLessThanOrEqual(0);
      await screenshot(page, `62-${apparaat}-dossier-onderaan`);

      await knop.click();
      const dialoog = page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
      await dialoog.waitFor();
      await geenHorizontaleScroll(page);
      const dialoogVak = (await dialoog.boundingBox())!;
      expect(dialoogVak.x).toBeGreaterThanOrEqual(0);
      expect(dialoogVak.x + dialoogVak.width).toBeLessThanOrEqual(viewport.width);
      const onderwerp = `Huisbezoek ${apparaat}`;
      await dialoog.getByLabel('Kanaal').selectOption('huisbezoek');
      await dialoog.getByLabel('Onderwerp').fill(onderwerp);
      await dialoog.getByLabel('Samenvatting').fill('Thuis gesproken over vrijwilligerswerk.');
      await screenshot(page, `63-${apparaat}-contactmoment`);
      expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
      const opslaan = dialoog.getByRole('button', { name: 'Opslaan' });
      const opslaanVak = (await opslaan.boundingBox())!;
      expect(opslaanVak.y + opslaanVak.height).toBeLessThanOrEqual(viewport.height);
      await opslaan.click();
      await dialoog.waitFor({ state: 'hidden' });
      await page.locator('.kib-dossierkop .kib-badge--in_beeld').waitFor();
      await page.getByRole('region', { name: 'Contactmomenten' }).getByText(onderwerp).waitFor();
      await geenHorizontaleScroll(page);
      await screenshot(page, `64-${apparaat}-contactmoment-opgeslagen`);
    });
  }

  it('drukt het dossier af zonder menu en knoppen, met de panelen onder elkaar', async () => {
    await nieuweContext(DESKTOP);
    await inloggen(page, 'km3');
    await page.waitForURL(/\/werkvoorraad/);
    await page
      .getByRole('table', { name: /^Werkvoorraad/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('region', { name: 'Tijdlijn' }).locator('li').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    const afdruk = await page.evaluate(() => {
      const zichtbaar = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const panelen = [...document.querySelectorAll('main section.kib-paneel')].map((p) => p.getBoundingClientRect());
      return {
        menu: [...document.querySelectorAll('nav')].filter(zichtbaar).length,
        knoppen: [...document.querySelectorAll('main button, main .utrecht-button-link')]
          .filter(zichtbaar)
          .map((b) => b.textContent),
        koppen: [...document.querySelectorAll('main h1, main h2')].filter(zichtbaar).map((h) => h.textContent),
        // One column: every panel starts at the same left edge.
        linkerkanten: [...new Set(panelen.map((r) => Math.round(r.left)))].length,
      };
    });
    expect(afdruk.menu).toBe(0);
    expect(afdruk.knoppen).toEqual([]);
    expect(afdruk.koppen).toEqual(
      expect.arrayContaining(['Afspraken', 'Participatieladder', 'Contactmomenten', 'Tijdlijn']),
    );
    expect(afdruk.linkerkanten).toBe(1);
    await screenshot(page, '66-dossier-afdruk');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  /** Each screen as a user opens it (a fresh page load), measured until its data has loaded. */
  const SCHERMEN: {
    gebruiker: string;
    naam: string;
    pad: string | ((page: Page) => Promise<string>);
    klaar: (page: Page) => Promise<unknown>;
  }[] = [
    {
      gebruiker: 'km1',
      naam: 'werkvoorraad',
      pad: '/werkvoorraad',
      klaar: (p) =>
        p
          .getByRole('table', { name: /^Werkvoorraad/ })
          .getByRole('link')
          .first()
          .waitFor(),
    },
    {
      gebruiker: 'km1',
      naam: 'klanten',
      pad: '/klanten',
      klaar: (p) =>
        p
          .getByRole('table', { name: /^Gevonden klanten/ })
          .getByRole('link')
          .first()
          .waitFor(),
    },
    {
      gebruiker: 'km1',
      naam: 'dossier',
      pad: async (p) => {
        // A client with something in each panel makes the fullest dossier.
        const lijst = await (
          await p.request.get(`${basisUrl()}/api/werkvoorraad?soort=afspraak_verlopen&pageSize=1`)
        ).json();
        const item =
          lijst.items[0] ?? (await (await p.request.get(`${basisUrl()}/api/werkvoorraad?pageSize=1`)).json()).items[0];
        return `/klanten/${item.klantId}`;
      },
      klaar: async (p) => {
        await p.getByRole('heading', { level: 1 }).and(p.locator('#klant-naam')).waitFor();
        await p.getByRole('region', { name: 'Tijdlijn' }).locator('li').first().waitFor();
      },
    },
    { gebruiker: 'tl1', naam: 'team', pad: '/team', klaar: (p) => p.getByRole('table').first().waitFor() },
    {
      gebruiker: 'tl1',
      naam: 'herverdelen',
      pad: '/team/herverdelen',
      klaar: (p) => p.getByRole('heading', { name: 'Klanten herverdelen' }).waitFor(),
    },
    {
      gebruiker: 'tl1',
      naam: 'rapportages',
      pad: '/rapportages',
      klaar: (p) => p.getByRole('heading', { name: 'Doorstroom op de ladder' }).waitFor(),
    },
    {
      gebruiker: 'privacy1',
      naam: 'verwerkingen',
      pad: '/privacy/verwerkingen',
      klaar: (p) => p.getByRole('table').first().waitFor(),
    },
    {
      gebruiker: 'privacy1',
      naam: 'maandrapport',
      pad: '/privacy/maandrapport',
      klaar: (p) => p.getByRole('heading', { level: 1, name: 'Maandrapport' }).waitFor(),
    },
    {
      gebruiker: 'beheer1',
      naam: 'dienstverleningscategorieen',
      pad: '/instellingen',
      // Two forms, each with its own data: both must be there.
      klaar: async (p) => {
        await p.getByRole('button', { name: 'Categorieën opslaan' }).waitFor();
        await p.getByRole('button', { name: 'Overige normen opslaan' }).waitFor();
      },
    },
    {
      gebruiker: 'beheer1',
      naam: 'logboek-instellingen',
      pad: '/instellingen/logboek',
      klaar: (p) => p.getByRole('heading', { level: 1 }).waitFor(),
    },
    {
      gebruiker: 'beheer1',
      naam: 'bewaartermijn',
      pad: '/instellingen/bewaartermijn',
      klaar: (p) => p.getByRole('button', { name: 'Bewaartermijn opslaan' }).waitFor(),
    },
    {
      gebruiker: 'beheer1',
      naam: 'inloggen-sso',
      pad: '/instellingen/inloggen',
      klaar: (p) => p.getByRole('button', { name: 'Inlogdienst opslaan' }).waitFor(),
    },
    {
      gebruiker: 'km1',
      naam: 'account',
      pad: '/account',
      klaar: (p) => p.getByRole('heading', { level: 1 }).waitFor(),
    },
  ];

  describe('laden zonder verspringen', () => {
    // One login per user (TOTP codes and the login limit); each measurement then starts in a fresh context.
    const sessies = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();
    beforeAll(async () => {
      for (const gebruiker of new Set(SCHERMEN.map((s) => s.gebruiker))) {
        await nieuweContext(DESKTOP);
        await inloggen(page, gebruiker);
        await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
        await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
        sessies.set(gebruiker, await context.storageState());
        await context.close();
      }
    }, 120_000);

    for (const [apparaat, viewport] of [
      ['smal', SMAL],
      ['telefoon', TELEFOON],
      ['tablet', TABLET],
      ['desktop', DESKTOP],
    ] as const) {
      it(`${apparaat} (${viewport.width}×${viewport.height}): CLS ≤ 0,1 op elk scherm, en de pagina schuift niet opzij`, async () => {
        const metingen: ({ scherm: string; cls: number; verschuivingen: Verschuiving[] } & Awaited<
          ReturnType<typeof breedte>
        >)[] = [];
        for (const scherm of SCHERMEN) {
          await nieuweContext(viewport, { storageState: sessies.get(scherm.gebruiker) });
          const pad = typeof scherm.pad === 'string' ? scherm.pad : await scherm.pad(page);
          await meetLayoutverschuiving(page);
          await trageApi(page);
          await page.goto(`${basisUrl()}${pad}`);
          await scherm.klaar(page);
          await page.waitForLoadState('networkidle');
          const { cls, verschuivingen } = await layoutverschuiving(page);
          metingen.push({ scherm: `${apparaat} ${scherm.naam}`, cls, verschuivingen, ...(await breedte(page)) });
          await screenshot(page, `65-${apparaat}-${scherm.naam}`);
          await context.close();
        }
        console.log(
          `CLS per scherm:\n${metingen.map((m) => `${m.scherm.padEnd(24)} ${m.cls.toFixed(3)}  breedte ${m.scrollWidth}/${m.innerWidth}`).join('\n')}`,
        );
        expect(metingen.filter((m) => m.cls > 0.1)).toEqual([]);
        expect(
          metingen
            .filter((m) => m.scrollWidth > m.innerWidth)
            .map((m) => `${m.scherm}: ${m.scrollWidth} > ${m.innerWidth} (${m.uitstekend.join('; ')})`),
        ).toEqual([]);
      }, 180_000);
    }
  });
});
