import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { totpCode } from '../../../apps/api/src/auth/totp';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(__dirname, '../../../test-results/screenshots');

/** Debian's Chromium, headless, with nothing that reaches outside this machine. */
export function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
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

/** A code of the demo secret for a time step not used before in this run (the API refuses a step twice). */
let laatsteStap = 0;
export function demoTotpCode(): Promise<string> {
  const stap = Math.max(Math.floor(Date.now() / 30_000), laatsteStap + 1);
  laatsteStap = stap;
  return totpCode(DEMO_TOTP_GEHEIM, stap * 30_000 + 1_000);
}

/** Password step, then for beheer1 and privacy1 the code from the authenticator app (made from the demo secret). */
export async function inloggen(page: Page, gebruikersnaam: string, wachtwoord = 'demo'): Promise<void> {
  await page.goto(`${basisUrl()}/inloggen`);
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (TOTP_ROLLEN.has(gebruikersnaam) && wachtwoord === 'demo') {
    await page.getByLabel('Code uit je authenticator-app').fill(await demoTotpCode());
    await page.getByRole('button', { name: 'Code controleren' }).click();
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
