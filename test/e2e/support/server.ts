import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
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
}

/** Runs the built product as a user would (`node main.js`), with its own env; resolves once /api/health is ok. */
export async function startServer(env: Record<string, string>, opties: { wachtMs?: number } = {}): Promise<DraaiendeServer> {
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
  const tot = Date.now() + (opties.wachtMs ?? 90_000);
  while (Date.now() < tot) {
    if (proces.exitCode !== null) throw new Error(`Server stopte meteen (code ${proces.exitCode}):\n${uitvoer}`);
    try {
      const antwoord = await fetch(`${url}/api/health`);
      if (antwoord.ok) return { url, proces, uitvoer: () => uitvoer, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`Server kwam niet op binnen de tijd:\n${uitvoer}`);
}

/** Runs main.js expecting it to refuse to start; returns exit code and output. */
export function startVerwachtFout(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
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
