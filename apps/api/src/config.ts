import { isAbsolute, resolve } from 'node:path';

/** Startup configuration, read once from the environment and validated before anything else happens. */
export interface StartConfig {
  port: number;
  /** Undefined: run an embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgresPort: number;
  seedDemo: boolean;
  demoWachtwoord: string;
  jwtGeheim?: string;
  logLevel: LogLevel;
  webDist: string;
  trustProxy: boolean;
  databasePoolMax: number;
  /** Keep the facts of recent closed months ready in the background, so a trend's first call is as fast as later ones. */
  rapportMaandenVoorbereiden: boolean;
}

/** What the Nest application itself needs; tests build this directly. */
export interface AppConfig {
  databaseUrl: string;
  jwtGeheim: string;
  logLevel: LogLevel;
  /** Folder with the built web app; served at / when it exists. */
  webDist?: string;
  databasePoolMax?: number;
  /** How often the last closed months' report facts are prepared in the background; undefined: only on request. */
  rapportMaandenIntervalMs?: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigFout extends Error {}

function geheelGetal(naam: string, waarde: string | undefined, standaard: number, min: number, max: number): number {
  if (waarde === undefined || waarde === '') return standaard;
  if (!/^\d+$/.test(waarde) || Number(waarde) < min || Number(waarde) > max) {
    throw new ConfigFout(`${naam} moet een geheel getal tussen ${min} en ${max} zijn, maar is "${waarde}".`);
  }
  return Number(waarde);
}

function jaNee(naam: string, waarde: string | undefined, standaard: boolean): boolean {
  if (waarde === undefined || waarde === '') return standaard;
  if (['true', '1', 'ja'].includes(waarde.toLowerCase())) return true;
  if (['false', '0', 'nee'].includes(waarde.toLowerCase())) return false;
  throw new ConfigFout(`${naam} moet true of false zijn, maar is "${waarde}".`);
}

export function controleerDatabaseUrl(naam: string, waarde: string): string {
  let url: URL;
  try {
    url = new URL(waarde);
  } catch {
    throw new ConfigFout(`${naam} is geen geldige URL (verwacht: postgres://gebruiker:wachtwoord@host:5432/database).`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigFout(`${naam} moet met postgres:// of postgresql:// beginnen, maar begint met ${url.protocol}//.`);
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigFout(`${naam} mist een host of databasenaam (verwacht: postgres://gebruiker:wachtwoord@host:5432/database).`);
  }
  return waarde;
}

export function leesStartConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): StartConfig {
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigFout(`LOG_LEVEL moet een van ${LOG_LEVELS.join(', ')} zijn, maar is "${env.LOG_LEVEL}".`);
  }
  const databaseUrl = env.DATABASE_URL ? controleerDatabaseUrl('DATABASE_URL', env.DATABASE_URL) : undefined;
  const dataDir = env.DATA_DIR ? (isAbsolute(env.DATA_DIR) ? env.DATA_DIR : resolve(cwd, env.DATA_DIR)) : resolve(cwd, '.data');
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET.length < 32) {
    throw new ConfigFout('JWT_SECRET moet minstens 32 tekens lang zijn.');
  }
  return {
    port: geheelGetal('PORT', env.PORT, 3000, 1, 65535),
    databaseUrl,
    dataDir,
    embeddedPostgresPort: geheelGetal('EMBEDDED_POSTGRES_PORT', env.EMBEDDED_POSTGRES_PORT, 54329, 1024, 65535),
    // The embedded database is a demo installation: it always gets the demo data (once).
    seedDemo: databaseUrl ? jaNee('SEED_DEMO', env.SEED_DEMO, false) : true,
    demoWachtwoord: env.DEMO_WACHTWOORD || 'demo',
    jwtGeheim: env.JWT_SECRET || undefined,
    logLevel,
    webDist: env.WEB_DIST ? resolve(cwd, env.WEB_DIST) : resolve(__dirname, '../../../../web'),
    trustProxy: jaNee('TRUST_PROXY', env.TRUST_PROXY, false),
    databasePoolMax: geheelGetal('DATABASE_POOL_MAX', env.DATABASE_POOL_MAX, 20, 1, 500),
    rapportMaandenVoorbereiden: jaNee('RAPPORTAGES_VOORBEREIDEN', env.RAPPORTAGES_VOORBEREIDEN, true),
  };
}
