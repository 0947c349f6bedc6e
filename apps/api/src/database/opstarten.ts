import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { StartConfig } from '../config';
import { seedDemo } from '../seed/demo-seed';
import { startEmbeddedPostgres } from './embedded-postgres';
import { controleerVerbinding, metDataSource, migreer } from './voorbereiden';

export interface Database {
  url: string;
  ingebouwd: boolean;
  stop(): Promise<void>;
}

/** The embedded database, or the one at DATABASE_URL; checked to be reachable. */
export async function verbindDatabase(config: StartConfig, log: Logger): Promise<Database> {
  if (config.databaseUrl) {
    await controleerVerbinding(config.databaseUrl);
    return { url: config.databaseUrl, ingebouwd: false, stop: async () => undefined };
  }
  log.info({ dataDir: config.dataDir, port: config.embeddedPostgresPort }, 'Ingebouwde PostgreSQL starten');
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    log: (regel) => log.debug({ postgres: regel }),
  });
  return { url: embedded.url, ingebouwd: true, stop: embedded.stop };
}

/** Migrations, then the demo data when asked for (idempotent). */
export async function maakDatabaseKlaar(database: Database, config: StartConfig, log: Logger): Promise<void> {
  const toegepast = await migreer(database.url);
  if (toegepast.length > 0) log.info({ migraties: toegepast }, `${toegepast.length} migratie(s) uitgevoerd`);
  if (config.seedDemo) {
    const aangemaakt = await metDataSource(database.url, (db) => seedDemo(db, { wachtwoord: config.demoWachtwoord }));
    if (aangemaakt.length > 0) log.info({ organisaties: aangemaakt }, 'Demodata aangemaakt');
  }
}

/**
 * The signing key for login tokens. From JWT_SECRET when set; for the embedded demo database it is kept in the
 * data folder so sessions survive a restart; otherwise a fresh one per start (everyone logs in again).
 */
export function jwtGeheim(config: StartConfig, database: Database, log: Logger): string {
  if (config.jwtGeheim) return config.jwtGeheim;
  if (database.ingebouwd) {
    const pad = join(config.dataDir, '.jwt-geheim');
    if (existsSync(pad)) return readFileSync(pad, 'utf8').trim();
    mkdirSync(config.dataDir, { recursive: true });
    const geheim = randomBytes(48).toString('base64url');
    writeFileSync(pad, geheim + '\n', { mode: 0o600 });
    return geheim;
  }
  log.warn('JWT_SECRET is niet gezet: er is een tijdelijke sleutel gemaakt; na een herstart moet iedereen opnieuw inloggen.');
  return randomBytes(48).toString('base64url');
}
