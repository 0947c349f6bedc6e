import { bsnMetControlecijfer, plusDagen, TOTP_VERPLICHT_ROLLEN, vandaag, type Rol } from '@klant-in-beeld/domain';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { totpCode } from '../../apps/api/src/auth/totp';
import type { TestApp } from './app';

export const TEST_WACHTWOORD = 'Test-wachtwoord-2026';
/** The TOTP secret of test medewerkers with a second step (the roles that require it get it by default). */
export const TEST_TOTP_GEHEIM = 'KRSXG5CUN5ZHA2LQMFZXG53POJSA';
let hash: Promise<string> | undefined;
/** Hashing is deliberately slow; one hash serves every test medewerker of a file. */
function wachtwoordHash(): Promise<string> {
  hash ??= argon2.hash(TEST_WACHTWOORD, { type: argon2.argon2id });
  return hash;
}

const uniek = () => randomBytes(4).toString('hex');

export interface TestOrganisatie {
  id: string;
  naam: string;
  gemeenteId: string;
  teamId: string;
}

export async function maakOrganisatie(
  db: DataSource,
  opties: { naam?: string; cbsCode?: string } = {},
): Promise<TestOrganisatie> {
  const naam = opties.naam ?? `Testorganisatie ${uniek()}`;
  const [{ id }] = await db.query(`INSERT INTO organisatie (naam) VALUES ($1) RETURNING id`, [naam]);
  const [gemeente] = await db.query(
    `INSERT INTO gemeente (organisatie_id, cbs_code, naam) VALUES ($1, $2, 'Testgemeente') RETURNING id`,
    [id, opties.cbsCode ?? 'GM0363'],
  );
  const [team] = await db.query(`INSERT INTO team (organisatie_id, naam) VALUES ($1, 'Testteam') RETURNING id`, [id]);
  return { id, naam, gemeenteId: gemeente.id, teamId: team.id };
}

export interface TestMedewerker {
  id: string;
  gebruikersnaam: string;
  rol: Rol;
  organisatieId: string;
  teamId: string | null;
}

export async function maakMedewerker(
  db: DataSource,
  opties: {
    organisatieId: string;
    rol: Rol;
    teamId?: string | null;
    gebruikersnaam?: string;
    naam?: string;
    actief?: boolean;
    /** The encrypted TOTP secret (t.geheimen.versleutel(TEST_TOTP_GEHEIM)): the medewerker then logs in in two steps. */
    totpGeheim?: string;
  },
): Promise<TestMedewerker> {
  const gebruikersnaam = opties.gebruikersnaam ?? `${opties.rol}-${uniek()}`;
  const teamId = opties.teamId ?? null;
  const [{ id }] = await db.query(
    `INSERT INTO medewerker (organisatie_id, team_id, gebruikersnaam, naam, rol, wachtwoord_hash, actief, totp_geheim, totp_actief)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      opties.organisatieId,
      teamId,
      gebruikersnaam,
      opties.naam ?? `Test ${opties.rol}`,
      opties.rol,
      await wachtwoordHash(),
      opties.actief ?? true,
      opties.totpGeheim ?? null,
      opties.totpGeheim !== undefined,
    ],
  );
  return { id, gebruikersnaam, rol: opties.rol, organisatieId: opties.organisatieId, teamId };
}

/** A medewerker of a role that requires TOTP gets the test secret, so they can log in as in production. */
export function maakTestMedewerker(t: TestApp, opties: Parameters<typeof maakMedewerker>[1]): Promise<TestMedewerker> {
  const totp =
    TOTP_VERPLICHT_ROLLEN.includes(opties.rol) && opties.totpGeheim === undefined
      ? { totpGeheim: t.geheimen.versleutel(TEST_TOTP_GEHEIM) }
      : {};
  return maakMedewerker(t.db, { ...opties, ...totp });
}

/** The code of the test secret for the next time step nobody used yet (a used step is refused: no replay). */
const gebruikteStap = new Map<string, number>();
function volgendeCode(gebruikersnaam: string, geheim: string): Promise<string> {
  const nu = Math.floor(Date.now() / 30_000);
  const stap = Math.max(nu, (gebruikteStap.get(gebruikersnaam) ?? 0) + 1);
  if (stap > nu + 1)
    throw new Error(`Twee TOTP-logins van ${gebruikersnaam} binnen 30 seconden: wacht of gebruik één token.`);
  gebruikteStap.set(gebruikersnaam, stap);
  return totpCode(geheim, stap * 30_000 + 1_000);
}

/** Logs in through the API, with the TOTP step when the answer asks for it. Returns the access token. */
export async function inloggen(
  t: TestApp,
  gebruikersnaam: string,
  wachtwoord = TEST_WACHTWOORD,
  totpGeheim = TEST_TOTP_GEHEIM,
): Promise<string> {
  const antwoord = await t.http().post('/api/auth/login').send({ gebruikersnaam, wachtwoord });
  if (antwoord.status !== 200)
    throw new Error(`Inloggen als ${gebruikersnaam} mislukt: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
  if (antwoord.body.accessToken) return antwoord.body.accessToken;
  const code = await volgendeCode(
    gebruikersnaam,
    antwoord.body.tweedeStap === 'totp_instellen' ? antwoord.body.totp.geheim : totpGeheim,
  );
  const tweede = await t.http().post('/api/auth/login/totp').send({ tussenToken: antwoord.body.tussenToken, code });
  if (tweede.status !== 200)
    throw new Error(`Tweede stap van ${gebruikersnaam} mislukt: ${tweede.status} ${JSON.stringify(tweede.body)}`);
  return tweede.body.accessToken;
}

export interface Ingelogd extends TestMedewerker {
  token: string;
}

/** A complete organisatie with one medewerker per role, each logged in. */
export interface TestOmgeving {
  organisatie: TestOrganisatie;
  klantmanager: Ingelogd;
  teamleider: Ingelogd;
  beleid: Ingelogd;
  beheerder: Ingelogd;
  privacy: Ingelogd;
  extern: Ingelogd;
}

export async function maakOmgeving(t: TestApp): Promise<TestOmgeving> {
  const organisatie = await maakOrganisatie(t.db);
  const metToken = async (rol: Rol, teamId: string | null): Promise<Ingelogd> => {
    const medewerker = await maakTestMedewerker(t, { organisatieId: organisatie.id, rol, teamId });
    return { ...medewerker, token: await inloggen(t, medewerker.gebruikersnaam) };
  };
  return {
    organisatie,
    klantmanager: await metToken('klantmanager', organisatie.teamId),
    teamleider: await metToken('teamleider', organisatie.teamId),
    beleid: await metToken('beleid', null),
    beheerder: await metToken('beheerder', null),
    privacy: await metToken('privacy', null),
    extern: await metToken('extern', null),
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

let bsnTeller = 0;
/** A fresh valid BSN (elfproef) for this test process. */
export function nieuwBsn(): string {
  // Start from a random 8-digit base so parallel test files do not collide; walk until the elfproef fits.
  const basis = 10_000_000 + ((process.pid * 7919 + Date.now()) % 80_000_000);
  for (;;) {
    const eerste8 = String(basis + bsnTeller++ * 13)
      .slice(0, 8)
      .padStart(8, '0');
    const bsn = bsnMetControlecijfer(eerste8);
    if (bsn) return bsn;
  }
}

export interface KlantInvoer {
  bsn: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  gemeenteId: string;
  doelgroep: string;
  startdatumUitkering: string;
  dienstverleningscategorie: string;
  klantmanagerId?: string | null;
  adres?: { straat: string; huisnummer: string; postcode: string; woonplaats: string } | null;
  telefoon?: string | null;
  email?: string | null;
}

/** A complete, valid POST /api/klanten body; override what the test is about. */
export function klantInvoer(omgeving: TestOmgeving, velden: Partial<KlantInvoer> = {}): KlantInvoer {
  return {
    bsn: nieuwBsn(),
    voornamen: 'Johanna Maria',
    achternaam: `de Vries ${randomBytes(2).toString('hex')}`,
    geboortedatum: '1980-05-17',
    gemeenteId: omgeving.organisatie.gemeenteId,
    doelgroep: 'brede_doelgroep',
    startdatumUitkering: plusDagen(vandaag(), -400),
    dienstverleningscategorie: 'nog_niet_job_ready',
    klantmanagerId: omgeving.klantmanager.id,
    adres: { straat: 'Grote Markt', huisnummer: '12a', postcode: '8011 AB', woonplaats: 'Zwolle' },
    telefoon: '06-12345678',
    email: 'johanna@example.nl',
    ...velden,
  };
}

/** Creates a client through the API (as the omgeving's klantmanager unless a token is given). */
export async function maakKlant(
  t: TestApp,
  omgeving: TestOmgeving,
  velden: Partial<KlantInvoer> = {},
  token = omgeving.klantmanager.token,
) {
  const invoer = klantInvoer(omgeving, velden);
  const antwoord = await t.http().post('/api/klanten').set(bearer(token)).send(invoer);
  if (antwoord.status !== 201)
    throw new Error(`Klant maken mislukt: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
  // The answer carries only the masked BSN; the test knows the whole one it sent.
  return { ...antwoord.body, bsn: invoer.bsn } as { id: string; versie: number; bsn: string } & Record<string, unknown>;
}

/**
 * Test setup past the API's team rule: gives a client to any klantmanager of the organisatie (as the owner, with
 * the assignment history the trigger keeps), e.g. one of another team. Returns the new versie.
 */
export async function wijsToe(t: TestApp, klantId: string, klantmanagerId: string | null): Promise<number> {
  // (A CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
  const [{ versie }] = await t.db.query(
    `WITH u AS (UPDATE klant SET klantmanager_id = $2, versie = versie + 1 WHERE id = $1 RETURNING versie) SELECT versie FROM u`,
    [klantId, klantmanagerId],
  );
  return versie;
}

/** A client of another team's klantmanager: made without klantmanager, then given to them. */
export async function maakKlantVan(
  t: TestApp,
  omgeving: TestOmgeving,
  klantmanagerId: string,
  velden: Partial<KlantInvoer> = {},
) {
  const klant = await maakKlant(t, omgeving, { ...velden, klantmanagerId: null });
  return { ...klant, klantmanagerId, versie: await wijsToe(t, klant.id, klantmanagerId) };
}

/** A moment `dagen` days ago at 10:00 Dutch time (as ISO with offset), for contactmomenten. */
export function dagenGeleden(dagen: number): string {
  return `${plusDagen(vandaag(), -dagen)}T10:00:00+01:00`;
}

export function contactInvoer(velden: Record<string, unknown> = {}) {
  return {
    plaatsgevondenOp: new Date(Date.now() - 60_000).toISOString(),
    kanaal: 'gesprek_op_locatie',
    initiatief: 'gemeente',
    resultaat: 'gesproken',
    onderwerp: 'Voortgang plan van aanpak',
    samenvatting: 'Klant volgt de taalcursus; volgende stap vrijwilligerswerk.',
    ...velden,
  };
}
