import type { Page } from 'playwright-core';
import { bsnMetControlecijfer } from '../../../libs/domain/src/bsn';
import { basisUrl, CSRF_KOP } from './browser';

/** A call to the API with the page's session (cookie and CSRF header); anything but 2xx fails the test. */
export async function apiVerzoek<T>(page: Page, methode: string, pad: string, body?: unknown): Promise<T> {
  const antwoord = await page.request.fetch(`${basisUrl()}/api${pad}`, {
    method: methode,
    data: body,
    headers: CSRF_KOP,
  });
  if (!antwoord.ok()) throw new Error(`${methode} ${pad}: ${antwoord.status()} ${await antwoord.text()}`);
  return (await antwoord.json()) as T;
}

export interface WerkvoorraadPagina {
  items: { klantId: string; soort: string }[];
  totaal: number;
}

/** Every item of the caller's werkvoorraad, all pages. */
export async function alleWerkvoorraadItems(page: Page): Promise<WerkvoorraadPagina['items']> {
  const items: WerkvoorraadPagina['items'] = [];
  for (let pagina = 1; ; pagina++) {
    const antwoord = await apiVerzoek<WerkvoorraadPagina>(page, 'GET', `/werkvoorraad?pageSize=200&page=${pagina}`);
    items.push(...antwoord.items);
    if (items.length >= antwoord.totaal || antwoord.items.length === 0) return items;
  }
}

/** The kinds of werkvoorraad item the caller has for one client. */
export async function werkVoorKlant(page: Page, klantId: string): Promise<string[]> {
  return (await alleWerkvoorraadItems(page)).filter((i) => i.klantId === klantId).map((i) => i.soort);
}

export interface NieuweKlant {
  klantmanagerId: string;
  gemeenteId: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  startdatumUitkering: string;
  dienstverleningscategorie: string;
  telefoon?: string;
}

/** A client made through the API with a random valid BSN (another test may hold one: then the next). */
export async function nieuweKlant(page: Page, klant: NieuweKlant): Promise<{ id: string }> {
  for (let poging = 0; poging < 20; poging++) {
    const bsn = bsnMetControlecijfer(String(10_000_000 + Math.floor(Math.random() * 89_999_999)));
    if (!bsn) continue;
    const antwoord = await page.request.post(`${basisUrl()}/api/klanten`, {
      headers: CSRF_KOP,
      data: { bsn, doelgroep: 'brede_doelgroep', ...klant },
    });
    if (antwoord.status() === 409) continue;
    if (!antwoord.ok()) throw new Error(`POST /klanten: ${antwoord.status()} ${await antwoord.text()}`);
    return (await antwoord.json()) as { id: string };
  }
  throw new Error('Geen vrij BSN gevonden');
}
