import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';

/** Startup configuration, read once from the environment and validated before anything else happens. */
export interface StartConfig {
  port: number;
  /** Undefined: run an embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  /** The owner's connection for migrations and the demo seed; undefined: DATABASE_URL itself. */
  databaseEigenaarUrl?: string;
  dataDir: string;
  embeddedPostgresPort: number;
  seedDemo: boolean;
  demoWachtwoord: string;
  jwtGeheim?: string;
  logLevel: LogLevel;
  webDist: string;
  trustProxy: TrustProxy;
  hstsMaxAge: number;
  sessieInactiefMinuten: number;
  sessieMaxUren: number;
  /** Key for secrets stored encrypted (TOTP); undefined: kept in DATA_DIR, or derived from JWT_SECRET. */
  geheimenSleutel?: string;
  demoTotpGeheim: string;
  databasePoolMax: number;
  /** Keep the facts of recent closed months ready in the background, so a trend's first call is as fast as later ones. */
  rapportMaandenVoorbereiden: boolean;
  /** A trend computes missing closed months live up to this many months × caseload; beyond it the preparation does them. */
  trendLiveKlantmaanden: number;
  /** Run a demo OpenID provider on loopback and let the demo organisatie log in through it (docs/oidc.md). */
  demoOidc: boolean;
  demoOidcPort: number;
  /** The largest import file accepted (IMPORT_MAX_MB, default 200); a larger upload is 413. */
  importMaxMb: number;
  /** Streaming replicas the reports read from (docs/replica.md); empty: everything on DATABASE_URL. */
  databaseReplicaUrls: string[];
  /** A replica further behind than this many seconds is not read; reports fall back to the primary. */
  replicaMaxAchterstandS: number;
}

/** What the Nest application itself needs; tests build this directly. */
export interface AppConfig {
  databaseUrl: string;
  jwtGeheim: string;
  logLevel: LogLevel;
  /** Folder with the built web app; served at / when it exists. */
  webDist?: string;
  databasePoolMax?: number;
  /** Sessions end after this many minutes without a request, and after this many hours in all. */
  sessieInactiefMinuten?: number;
  sessieMaxUren?: number;
  /** Trend requests per medewerker per minute (default 20). */
  trendPerMinuut?: number;
  /** Client searches (GET /api/klanten?zoek=) per medewerker per minute (default 60). */
  zoekenPerMinuut?: number;
  /** Key for secrets stored encrypted in the database (TOTP secrets). */
  geheimenSleutel: string;
  /** How often the nightly bewaartermijn run checks whether it is night; undefined: never (tests call it). */
  bewaartermijnIntervalMs?: number;
  /** How often the last closed months' report facts are prepared in the background; undefined: only on request. */
  rapportMaandenIntervalMs?: number;
  /** Missing closed months × caseload a trend still computes live while a background preparation runs (default 100000). */
  trendLiveKlantmaanden?: number;
  /** Folder where an uploaded import file waits for its dry run (deleted after); default .data/importen. */
  importMap?: string;
  /** Largest import upload in MB (default 200). */
  importMaxMb?: number;
  /** Streaming replicas for the reports (docs/replica.md); without credentials they get those of databaseUrl. */
  databaseReplicaUrls?: string[];
  /** Largest replication lag in seconds a report may read with (default 60). */
  replicaMaxAchterstandS?: number;
  /** How often each replica is checked (default 5000 ms). */
  replicaControleIntervalMs?: number;
}

/** Which proxies to believe about the client's address (X-Forwarded-For): none, the nearest n hops, or these. */
export type TrustProxy = false | number | string[];

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

const PROXY_SLEUTELWOORDEN = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY: a hop count or a list of addresses/CIDR ranges, never "trust everyone" (that lets X-Forwarded-For be spoofed). */
export function leesTrustProxy(waarde: string | undefined): TrustProxy {
  if (waarde === undefined || waarde === '' || ['false', '0', 'nee'].includes(waarde.toLowerCase())) return false;
  if (/^\d+$/.test(waarde)) {
    const hops = Number(waarde);
    if (hops > 10)
      throw new ConfigFout(`TRUST_PROXY als aantal proxies moet tussen 0 en 10 liggen, maar is ${waarde}.`);
    return hops;
  }
  if (['true', 'ja', 'yes'].includes(waarde.toLowerCase())) {
    throw new ConfigFout(
      'TRUST_PROXY=true zou elke tussenschakel vertrouwen, zodat iedereen zijn adres kan vervalsen. Geef het aantal proxies voor de app (bijvoorbeeld 1) of hun adressen (bijvoorbeeld 10.0.0.0/8,192.168.1.5).',
    );
  }
  const lijst = waarde
    .split(',')
    .map((deel) => deel.trim())
    .filter(Boolean);
  for (const deel of lijst) {
    const [adres, prefix, ...rest] = deel.split('/');
    const versie = isIP(adres);
    const prefixKlopt = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (versie === 6 ? 128 : 32));
    if (!PROXY_SLEUTELWOORDEN.includes(deel) && (!versie || !prefixKlopt || rest.length > 0)) {
      throw new ConfigFout(
        `TRUST_PROXY bevat "${deel}": verwacht een aantal proxies of IP-adressen en CIDR-reeksen, gescheiden door komma's.`,
      );
    }
  }
  return lijst;
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
    throw new ConfigFout(
      `${naam} mist een host of databasenaam (verwacht: postgres://gebruiker:wachtwoord@host:5432/database).`,
    );
  }
  return waarde;
}

function positiefGetal(naam: string, waarde: string | undefined, standaard: number): number {
  if (waarde === undefined || waarde === '') return standaard;
  if (!/^\d+(\.\d+)?$/.test(waarde) || Number(waarde) <= 0) {
    throw new ConfigFout(`${naam} moet een positief getal (seconden) zijn, maar is "${waarde}".`);
  }
  return Number(waarde);
}

/** DATABASE_REPLICA_URLS: comma-separated, each checked like DATABASE_URL. */
function leesReplicaUrls(waarde: string | undefined, databaseUrl: string | undefined): string[] {
  const lijst = (waarde ?? '')
    .split(',')
    .map((deel) => deel.trim())
    .filter(Boolean);
  if (lijst.length > 0 && !databaseUrl)
    throw new ConfigFout('DATABASE_REPLICA_URLS werkt alleen samen met DATABASE_URL.');
  return lijst.map((url, i) => controleerDatabaseUrl(`DATABASE_REPLICA_URLS (nummer ${i + 1})`, url));
}

export function leesStartConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): StartConfig {
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigFout(`LOG_LEVEL moet een van ${LOG_LEVELS.join(', ')} zijn, maar is "${env.LOG_LEVEL}".`);
  }
  const databaseUrl = env.DATABASE_URL ? controleerDatabaseUrl('DATABASE_URL', env.DATABASE_URL) : undefined;
  if (env.DATABASE_EIGENAAR_URL && !databaseUrl)
    throw new ConfigFout('DATABASE_EIGENAAR_URL werkt alleen samen met DATABASE_URL.');
  const databaseEigenaarUrl = env.DATABASE_EIGENAAR_URL
    ? controleerDatabaseUrl('DATABASE_EIGENAAR_URL', env.DATABASE_EIGENAAR_URL)
    : undefined;
  if (env.GEHEIMEN_SLEUTEL !== undefined && env.GEHEIMEN_SLEUTEL.length < 32) {
    throw new ConfigFout('GEHEIMEN_SLEUTEL moet minstens 32 tekens lang zijn.');
  }
  const demoTotpGeheim = env.DEMO_TOTP_GEHEIM || 'JBSWY3DPEHPK3PXP';
  if (!/^[A-Z2-7]{16,}=*$/.test(demoTotpGeheim))
    throw new ConfigFout('DEMO_TOTP_GEHEIM moet base32 zijn (A–Z en 2–7), minstens 16 tekens.');
  const dataDir = env.DATA_DIR
    ? isAbsolute(env.DATA_DIR)
      ? env.DATA_DIR
      : resolve(cwd, env.DATA_DIR)
    : resolve(cwd, '.data');
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET.length < 32) {
    throw new ConfigFout('JWT_SECRET moet minstens 32 tekens lang zijn.');
  }
  return {
    port: geheelGetal('PORT', env.PORT, 3000, 1, 65535),
    databaseUrl,
    databaseEigenaarUrl,
    dataDir,
    embeddedPostgresPort: geheelGetal('EMBEDDED_POSTGRES_PORT', env.EMBEDDED_POSTGRES_PORT, 54329, 1024, 65535),
    // The embedded database is a demo installation: it always gets the demo data (once).
    seedDemo: databaseUrl ? jaNee('SEED_DEMO', env.SEED_DEMO, false) : true,
    demoWachtwoord: env.DEMO_WACHTWOORD || 'demo',
    jwtGeheim: env.JWT_SECRET || undefined,
    logLevel,
    webDist: env.WEB_DIST ? resolve(cwd, env.WEB_DIST) : resolve(__dirname, '../../../../web'),
    trustProxy: leesTrustProxy(env.TRUST_PROXY),
    hstsMaxAge: geheelGetal('HSTS_MAX_AGE', env.HSTS_MAX_AGE, 0, 0, 63_072_000),
    sessieInactiefMinuten: geheelGetal('SESSIE_INACTIEF_MINUTEN', env.SESSIE_INACTIEF_MINUTEN, 30, 1, 24 * 60),
    sessieMaxUren: geheelGetal('SESSIE_MAX_UREN', env.SESSIE_MAX_UREN, 9, 1, 24),
    geheimenSleutel: env.GEHEIMEN_SLEUTEL || undefined,
    demoTotpGeheim,
    databasePoolMax: geheelGetal('DATABASE_POOL_MAX', env.DATABASE_POOL_MAX, 20, 1, 500),
    rapportMaandenVoorbereiden: jaNee('RAPPORTAGES_VOORBEREIDEN', env.RAPPORTAGES_VOORBEREIDEN, true),
    trendLiveKlantmaanden: geheelGetal(
      'RAPPORT_TREND_LIVE_KLANTMAANDEN',
      env.RAPPORT_TREND_LIVE_KLANTMAANDEN,
      100_000,
      1,
      1_000_000_000,
    ),
    demoOidc: jaNee('DEMO_OIDC', env.DEMO_OIDC, false),
    demoOidcPort: geheelGetal('DEMO_OIDC_PORT', env.DEMO_OIDC_PORT, 3001, 1, 65535),
    importMaxMb: geheelGetal('IMPORT_MAX_MB', env.IMPORT_MAX_MB, 200, 1, 10_000),
    databaseReplicaUrls: leesReplicaUrls(env.DATABASE_REPLICA_URLS, databaseUrl),
    replicaMaxAchterstandS: positiefGetal('REPLICA_MAX_ACHTERSTAND_S', env.REPLICA_MAX_ACHTERSTAND_S, 60),
  };
}
