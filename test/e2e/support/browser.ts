import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { totpCode } from '../../../apps/api/src/auth/totp';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(__dirname, '../../../test-results/screenshots');

/** Debian's Chromium, headless, with nothing that reaches outside this machine. */
export function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export function basisUrl(): string {
  const url = process.env.KIB_E2E_URL;
  if (!url) throw new Error('KIB_E2E_URL ontbreekt: draai via npm run test:e2e');
  return url;
}

/** The demo accounts with a second step (beheer1, privacy1) share this secret (README, DEMO_TOTP_GEHEIM). */
export const DEMO_TOTP_GEHEIM = 'JBSWY3DPEHPK3PXP';
const TOTP_ROLLEN = new Set(['beheer1', 'privacy1']);

const wacht = (ms: number) => new Promise((klaar) => setTimeout(klaar, ms));

/**
 * A login with the demo secret takes a turn. The API accepts a TOTP time step once per medewerker, and only a step
 * after the last one used (no replay), while the test files run in parallel workers against one server. So: a lock
 * per user across the workers (a directory, created atomically), the next step after the last one used (waiting
 * until it is within the step the API still accepts ahead), and the lock held until `stap` has had its answer.
 */
export async function metTotpBeurt<T>(gebruikersnaam: string, stap: (code: string) => Promise<T>): Promise<T> {
  const map = join(tmpdir(), `kib-e2e-totp-${new URL(basisUrl()).port}`);
  mkdirSync(map, { recursive: true });
  const slot = join(map, `${gebruikersnaam}.slot`);
  const laatste = join(map, `${gebruikersnaam}.stap`);
  const begin = Date.now();
  for (;;) {
    try {
      mkdirSync(slot);
      break;
    } catch {
      if (Date.now() - begin > 180_000) throw new Error(`Geen TOTP-beurt voor ${gebruikersnaam} na 3 minuten`);
      await wacht(200);
    }
  }
  try {
    const vorige = existsSync(laatste) ? Number(readFileSync(laatste, 'utf8')) : 0;
    const volgende = Math.max(Math.floor(Date.now() / 30_000), vorige + 1);
    // The API accepts the step after the current one too: wait until `volgende` is at most that far ahead.
    const tot = (volgende - 1) * 30_000 + 1_000 - Date.now();
    if (tot > 0) await wacht(tot);
    writeFileSync(laatste, String(volgende));
    return await stap(await totpCode(DEMO_TOTP_GEHEIM, volgende * 30_000 + 1_000));
  } finally {
    rmSync(slot, { recursive: true, force: true });
  }
}

/** Password step, then for beheer1 and privacy1 the code from the authenticator app (made from the demo secret). */
export async function inloggen(page: Page, gebruikersnaam: string, wachtwoord = 'demo'): Promise<void> {
  await page.goto(`${basisUrl()}/inloggen`);
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (TOTP_ROLLEN.has(gebruikersnaam) && wachtwoord === 'demo') {
    await metTotpBeurt(gebruikersnaam, async (code) => {
      const veld = page.getByLabel('Code uit je authenticator-app');
      await veld.fill(code);
      await page.getByRole('button', { name: 'Code controleren' }).click();
      await veld.waitFor({ state: 'detached' });
    });
  }
}

/** What the web app sends on every request that changes something (the API's CSRF check). */
export const CSRF_KOP = { 'X-Requested-With': 'klant-in-beeld' };

export async function screenshot(page: Page, naam: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${naam}.png`), fullPage: true });
}

/** axe-core: WCAG 2.1 A/AA violations of impact serious or critical, as readable lines. */
export async function ernstigeToegankelijkheidsfouten(page: Page): Promise<string[]> {
  const resultaat = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return resultaat.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** One layout shift as the browser reported it, with what moved (for a readable failure). */
export interface Verschuiving {
  tijd: number;
  waarde: number;
  wat: string[];
}

/**
 * Installs a `layout-shift` observer before any script of the page runs (so call it before navigating): it keeps the
 * cumulative layout shift as Chromium reports it for Core Web Vitals, the largest session window (shifts less than
 * 1 s apart, at most 5 s long), ignoring shifts right after user input (hadRecentInput). Read it with `layoutverschuiving`.
 */
export async function meetLayoutverschuiving(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Bron = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Bron[] };
    const meting = { cls: 0, verschuivingen: [] as { tijd: number; waarde: number; wat: string[] }[] };
    let sessie = 0;
    let eerste = 0;
    let vorige = 0;
    const beschrijf = (b: Bron) => {
      const el = b.node instanceof Element ? b.node : b.node?.parentElement;
      const naam = el
        ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`
        : '?';
      return `${naam} ${Math.round(b.previousRect.y)}→${Math.round(b.currentRect.y)} (h ${Math.round(b.previousRect.height)}→${Math.round(b.currentRect.height)})`;
    };
    const verwerk = (entries: PerformanceEntry[]) => {
      for (const e of entries as Shift[]) {
        if (e.hadRecentInput) continue;
        if (sessie > 0 && e.startTime - vorige < 1000 && e.startTime - eerste < 5000) sessie += e.value;
        else {
          sessie = e.value;
          eerste = e.startTime;
        }
        vorige = e.startTime;
        meting.cls = Math.max(meting.cls, sessie);
        meting.verschuivingen.push({
          tijd: Math.round(e.startTime),
          waarde: e.value,
          wat: (e.sources ?? []).map(beschrijf),
        });
      }
    };
    const observer = new PerformanceObserver((lijst) => verwerk(lijst.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    (window as unknown as { __kibCls: () => typeof meting }).__kibCls = () => {
      verwerk(observer.takeRecords());
      return meting;
    };
  });
}

/** The CLS so far (see `meetLayoutverschuiving`), after two frames so the last shifts are reported. */
export async function layoutverschuiving(page: Page): Promise<{ cls: number; verschuivingen: Verschuiving[] }> {
  return page.evaluate(async () => {
    await new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar)));
    return (window as unknown as { __kibCls: () => { cls: number; verschuivingen: Verschuiving[] } }).__kibCls();
  });
}

/**
 * Holds every API answer back, as on a phone over a mobile network: the page paints before its data arrives, which
 * is what a layout-shift measurement must see (on loopback the data often beats the first paint). Each path waits its
 * own fixed time between `ms / 4` and `2 * ms`, so the answers of one page arrive one by one, the same way each run.
 */
export async function trageApi(page: Page, ms = 400): Promise<void> {
  await page.route(/\/api\//, async (route) => {
    let som = 0;
    for (const teken of new URL(route.request().url()).pathname) som = (som * 31 + teken.charCodeAt(0)) % 9973;
    await new Promise((klaar) => setTimeout(klaar, ms / 4 + (som % (ms * 1.75))));
    await route.continue();
  });
}
