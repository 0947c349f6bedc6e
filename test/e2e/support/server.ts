import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

export const MAIN = resolve(__dirname, '../../../dist/api/apps/api/src/main.js');

export function vrijePoort(): Promise<number> {
  return new Promise((klaar, mis) => {
    const server = createServer();
    server.once('error', mis);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      server.close(() => klaar(typeof adres === 'object' && adres ? adres.port : 0));
    });
  });
}

/** A fresh data folder in the OS temp dir that the postgres user can enter (initdb runs as postgres under root). */
export function nieuweDataMap(): string {
  const map = mkdtempSync(join(tmpdir(), 'kib-e2e-'));
  chmodSync(map, 0o755);
  return map;
}

export interface DraaiendeServer {
  url: string;
  proces: ChildProcess;
  uitvoer: () => string;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
  /** Sends `signaal` (e.g. SIGKILL to simulate a crash), then waits until the process has exited. */
  kill(signaal: NodeJS.Signals): Promise<{ code: number | null; signaal: NodeJS.Signals | null }>;
}

/** Runs the built product as a user would (`node main.js`), with its own env; resolves once /api/health is ok. */
export async function startServer(
  env: Record<string, string>,
  opties: { wachtMs?: number } = {},
): Promise<DraaiendeServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} ontbreekt: bouw eerst (npm run test:e2e bouwt zelf).`);
  const port = env.PORT ?? String(await vrijePoort());
  let uitvoer = '';
  const proces = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'warn', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proces.stdout!.on('data', (d) => (uitvoer += d));
  proces.stderr!.on('data', (d) => (uitvoer += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<number | null>((klaar) => {
      if (proces.exitCode !== null) return klaar(proces.exitCode);
      proces.once('exit', (code) => klaar(code));
      proces.kill('SIGTERM');
    });
  const kill = (signaal: NodeJS.Signals) =>
    new Promise<{ code: number | null; signaal: NodeJS.Signals | null }>((klaar) => {
      if (proces.exitCode !== null || proces.signalCode !== null)
        return klaar({ code: proces.exitCode, signaal: proces.signalCode });
      proces.once('exit', (code, gekregen) => klaar({ code, signaal: gekregen }));
      proces.kill(signaal);
    });
  const tot = Date.now() + (opties.wachtMs ?? 90_000);
  while (Date.now() < tot) {
    if (proces.exitCode !== null) throw new Error(`Server stopte meteen (code ${proces.exitCode}):\n${uitvoer}`);
    try {
      const antwoord = await fetch(`${url}/api/health`);
      if (antwoord.ok) return { url, proces, uitvoer: () => uitvoer, stop, kill };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`Server kwam niet op binnen de tijd:\n${uitvoer}`);
}

/** Runs main.js expecting it to refuse to start; returns exit code and output. */
export function startVerwachtFout(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((klaar) => {
    const proces = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proces.stdout.on('data', (d) => (stdout += d));
    proces.stderr.on('data', (d) => (stderr += d));
    const noodrem = setTimeout(() => proces.kill('SIGKILL'), 60_000);
    proces.on('exit', (code) => {
      clearTimeout(noodrem);
      klaar({ code, stderr, stdout });
    });
  });
}

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The postmaster PID of the embedded database in `dataDir` while it runs, else undefined. */
export function postmasterVan(dataDir: string): number | undefined {
  const pidBestand = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidBestand)) return undefined;
  const pid = Number(readFileSync(pidBestand, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 1 || !leeft(pid)) return undefined;
  const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
  return argv0.endsWith('/postgres') ? pid : undefined;
}

/** Test cleanup: stops a postgres that a test left running in `dataDir` (fast shutdown, immediate as a last resort). */
export async function ruimPostgresOp(dataDir: string): Promise<void> {
  const pid = postmasterVan(dataDir);
  if (pid === undefined) return;
  for (const [signaal, ms] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ] as const) {
    process.kill(pid, signaal);
    const tot = Date.now() + ms;
    while (Date.now() < tot && leeft(pid)) await new Promise((r) => setTimeout(r, 100));
    if (!leeft(pid)) return;
  }
}
