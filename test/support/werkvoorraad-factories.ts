import { plusDagen, vandaag, type Rol } from '@klant-in-beeld/domain';
import type { DataSource } from 'typeorm';
import type { TestApp } from './app';
import { bearer, contactInvoer, dagenGeleden, inloggen, maakMedewerker, type Ingelogd } from './factories';

/** One worklist item as GET /api/werkvoorraad returns it. */
export interface Item {
  klantId: string;
  klantNaam: string;
  soort: string;
  vervaldatum: string;
  urgentie: 'verlopen' | 'vandaag' | 'binnenkort';
  reden: string;
  referentieId: string | null;
  klantmanagerId: string | null;
}

/** A date as the worklist's reasons write it: 23-11-2026 (no leading zeros). */
export function nlDatum(datum: string): string {
  return `${Number(datum.slice(8, 10))}-${Number(datum.slice(5, 7))}-${datum.slice(0, 4)}`;
}

/** `dagen` days from today (negative: in the past), as YYYY-MM-DD. */
export const over = (dagen: number) => plusDagen(vandaag(), dagen);

/** Monday of the current week (ISO week, Dutch calendar). */
export function maandagDezeWeek(): string {
  const vandaagNl = vandaag();
  const weekdag = new Date(`${vandaagNl}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return plusDagen(vandaagNl, -((weekdag + 6) % 7));
}

/** Every item of a werkvoorraad (all pages), with the `perSoort` and `totaal` of the first page. */
export async function alleItems(t: TestApp, token: string, query: Record<string, string | number> = {}) {
  const items: Item[] = [];
  let perSoort: Record<string, number> = {};
  let totaal = 0;
  for (let page = 1; ; page++) {
    const antwoord = await t
      .http()
      .get('/api/werkvoorraad')
      .query({ ...query, page, pageSize: 200 })
      .set(bearer(token));
    if (antwoord.status !== 200)
      throw new Error(`Werkvoorraad ophalen mislukt: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
    if (page === 1) ({ perSoort, totaal } = antwoord.body);
    items.push(...antwoord.body.items);
    if (antwoord.body.items.length < 200) return { items, perSoort, totaal };
  }
}

/** The items of one client in a werkvoorraad, as `soort` only (sorted) or in full. */
export async function itemsVan(
  t: TestApp,
  token: string,
  klantId: string,
  query: Record<string, string | number> = {},
): Promise<Item[]> {
  return (await alleItems(t, token, query)).items.filter((i) => i.klantId === klantId);
}

export async function soortenVan(t: TestApp, token: string, klantId: string): Promise<string[]> {
  return (await itemsVan(t, token, klantId)).map((i) => i.soort).sort();
}

/** Registers a contactmoment through the API; by default a gesprek a minute ago. */
export async function registreerContact(
  t: TestApp,
  token: string,
  klantId: string,
  velden: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const antwoord = await t
    .http()
    .post(`/api/klanten/${klantId}/contactmomenten`)
    .set(bearer(token))
    .send(contactInvoer(velden));
  if (antwoord.status !== 201)
    throw new Error(`Contactmoment mislukt: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
  return antwoord.body;
}

/** A gesprek (counts as gezien) `dagen` days ago at 10:00 Dutch time. */
export const gesprekGeleden = (t: TestApp, token: string, klantId: string, dagen: number) =>
  registreerContact(t, token, klantId, { plaatsgevondenOp: dagenGeleden(dagen) });

export async function maakAfspraak(
  t: TestApp,
  token: string,
  klantId: string,
  velden: Record<string, unknown> = {},
): Promise<{ id: string; versie: number }> {
  const antwoord = await t
    .http()
    .post(`/api/klanten/${klantId}/afspraken`)
    .set(bearer(token))
    .send({ soort: 'taal', omschrijving: 'Taalcursus NT2', startdatum: over(-30), einddatum: over(30), ...velden });
  if (antwoord.status !== 201) throw new Error(`Afspraak mislukt: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
  return antwoord.body;
}

export async function maakVrijstelling(
  t: TestApp,
  token: string,
  klantId: string,
  velden: Record<string, unknown> = {},
): Promise<{ id: string; versie: number }> {
  const antwoord = await t
    .http()
    .post(`/api/klanten/${klantId}/vrijstellingen`)
    .set(bearer(token))
    .send({
      soort: 'formeel',
      omvang: ['arbeidsverplichtingen'],
      reden: 'medisch_tijdelijk',
      ingangsdatum: over(-10),
      herbeoordelingsdatum: over(100),
      beschikkingKenmerk: 'PW-2026-000777',
      beschikkingDatum: over(-12),
      ...velden,
    });
  if (antwoord.status !== 201)
    throw new Error(`Vrijstelling mislukt: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
  return antwoord.body;
}

export async function maakTeam(db: DataSource, organisatieId: string, naam = 'Team Zuid'): Promise<string> {
  const [{ id }] = await db.query(`INSERT INTO team (organisatie_id, naam) VALUES ($1, $2) RETURNING id`, [
    organisatieId,
    naam,
  ]);
  return id;
}

/** An extra medewerker, logged in. */
export async function maakIngelogde(
  t: TestApp,
  opties: { organisatieId: string; rol: Rol; teamId?: string | null; naam?: string; actief?: boolean },
): Promise<Ingelogd> {
  const medewerker = await maakMedewerker(t.db, opties);
  return { ...medewerker, token: await inloggen(t, medewerker.gebruikersnaam) };
}
