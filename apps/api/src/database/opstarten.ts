import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { Geheimen } from '../auth/geheimen';
import type { StartConfig } from '../config';
import { seedDemo } from '../seed/demo-seed';
import { startEmbeddedPostgres } from './embedded-postgres';
import { controleerToepassingsRechten, zorgVoorToepassingsLogin } from './rollen';
import { controleerVerbinding, metDataSource, migreer } from './voorbereiden';

export interface Database {
  /** How the application connects: a role without DDL rights, under row-level security. */
  url: string;
  /** How migrations and the demo seed connect: the owner of the tables. */
  eigenaarUrl: string;
  ingebouwd: boolean;
  stop(): Promise<void>;
}

/** The application's own login on the embedded database. */
const INGEBOUWDE_LOGIN = 'kib_toepassing';

/** The embedded database, or the one at DATABASE_URL (and DATABASE_EIGENAAR_URL); checked to be reachable. */
export async function verbindDatabase(config: StartConfig, log: Logger): Promise<Database> {
  if (config.databaseUrl) {
    await controleerVerbinding(config.databaseUrl);
    if (config.databaseEigenaarUrl) await controleerVerbinding(config.databaseEigenaarUrl);
    return {
      url: config.databaseUrl,
      eigenaarUrl: config.databaseEigenaarUrl ?? config.databaseUrl,
      ingebouwd: false,
      stop: async () => undefined,
    };
  }
  log.info({ dataDir: config.dataDir, port: config.embeddedPostgresPort }, 'Ingebouwde PostgreSQL starten');
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    // Stopping a database left behind by a crash is worth knowing; the rest of postgres' chatter is not.
    log: (regel) => (/^Achtergebleven/.test(regel) ? log.info(regel) : log.debug({ postgres: regel })),
  });
  // Until the migrations have made the application's role, only the owner can connect.
  return { url: embedded.url, eigenaarUrl: embedded.url, ingebouwd: true, stop: embedded.stop };
}

/**
 * Migrations and the demo data (as the owner), then the application's connection: on the embedded database its own
 * login; with DATABASE_URL the DBA's, checked for rights it should not have.
 */
export async function maakDatabaseKlaar(
  database: Database,
  config: StartConfig,
  log: Logger,
  geheimen: Geheimen,
): Promise<void> {
  const toegepast = await migreer(database.eigenaarUrl);
  if (toegepast.length > 0) log.info({ migraties: toegepast }, `${toegepast.length} migratie(s) uitgevoerd`);
  if (config.seedDemo) {
    const aangemaakt = await metDataSource(database.eigenaarUrl, (db) =>
      seedDemo(db, { wachtwoord: config.demoWachtwoord, totpGeheim: geheimen.versleutel(config.demoTotpGeheim) }),
    );
    if (aangemaakt.length > 0) log.info({ organisaties: aangemaakt }, 'Demodata aangemaakt');
  }
  if (database.ingebouwd) {
    const wachtwoord = bewaardGeheim(config.dataDir, '.toepassing-wachtwoord', 24);
    database.url = await zorgVoorToepassingsLogin(database.eigenaarUrl, INGEBOUWDE_LOGIN, wachtwoord);
  }
  for (const waarschuwing of await controleerToepassingsRechten(database.url)) log.warn(waarschuwing);
}

/** A random secret kept in the data folder: the same installation keeps it across restarts. */
function bewaardGeheim(dataDir: string, bestand: string, bytes: number): string {
  const pad = join(dataDir, bestand);
  if (existsSync(pad)) return readFileSync(pad, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const geheim = randomBytes(bytes).toString('base64url');
  writeFileSync(pad, geheim + '\n', { mode: 0o600 });
  return geheim;
}

/**
 * The signing key for login tokens. From JWT_SECRET when set; for the embedded demo database it is kept in the
 * data folder so sessions survive a restart; otherwise a fresh one per start (everyone logs in again).
 */
export function jwtGeheim(config: StartConfig, database: Pick<Database, 'ingebouwd'>, log: Logger): string {
  if (config.jwtGeheim) return config.jwtGeheim;
  if (database.ingebouwd) return bewaardGeheim(config.dataDir, '.jwt-geheim', 48);
  log.warn(
    'JWT_SECRET is niet gezet: er is een tijdelijke sleutel gemaakt; na een herstart moet iedereen opnieuw inloggen.',
  );
  return randomBytes(48).toString('base64url');
}

/**
 * The key for secrets kept encrypted in the database (TOTP). From GEHEIMEN_SLEUTEL; for the embedded database kept
 * in the data folder; otherwise derived from the JWT signing key (set GEHEIMEN_SLEUTEL to rotate that one freely).
 */
export function geheimenSleutel(
  config: StartConfig,
  database: Pick<Database, 'ingebouwd'>,
  jwt: string,
  log: Logger,
): string {
  if (config.geheimenSleutel) return config.geheimenSleutel;
  if (database.ingebouwd) return bewaardGeheim(config.dataDir, '.geheimen-sleutel', 48);
  if (!config.jwtGeheim) {
    log.warn(
      'GEHEIMEN_SLEUTEL en JWT_SECRET zijn niet gezet: ingestelde tweestapsverificatie werkt na een herstart niet meer. Zet GEHEIMEN_SLEUTEL.',
    );
  }
  return `afgeleid:${jwt}`;
}
