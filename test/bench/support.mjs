// The start-up the HTTP benchmarks share (rapportages.mjs, brieven.mjs, campagne.mjs): a copy of the build in a
// scratch folder, an embedded PostgreSQL, the built server on a free loopback port, login, timing and clean-up.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { WACHTWOORD } from './synthetische-organisatie.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `--naam=waarde` options of the command line (a bare `--naam` is 'true'). */
export const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? 'true']),
);

export const log = (regel = '') => process.stdout.write(regel + '\n');

/** The machine, for the report: CPU model, cores, memory, Node. */
export const machine = () =>
  `${cpus()[0]?.model ?? 'onbekende CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;

/** Clean-up steps, run last-in first-out at the end or on Ctrl-C. */
export const opruimen = [];
export async function ruimOp() {
  while (opruimen.length)
    await opruimen
      .pop()()
      .catch((e) => process.stderr.write(`opruimen: ${e.message}\n`));
}
for (const signaal of ['SIGINT', 'SIGTERM']) process.on(signaal, () => void ruimOp().finally(() => process.exit(130)));

export function vrijePoort() {
  return new Promise((klaar, mis) => {
    const server = createServer();
    server.once('error', mis);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => klaar(port));
    });
  });
}

export async function startServer(main, env) {
  const port = await vrijePoort();
  let uitvoer = '';
  const proces = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proces.stdout.on('data', (d) => (uitvoer += d));
  proces.stderr.on('data', (d) => (uitvoer += d));
  const stop = () =>
    new Promise((klaar) => (proces.exitCode !== null ? klaar() : (proces.once('exit', klaar), proces.kill('SIGTERM'))));
  const url = `http://127.0.0.1:${port}`;
  for (const tot = Date.now() + 90_000; Date.now() < tot;) {
    if (proces.exitCode !== null) throw new Error(`De server stopte meteen:\n${uitvoer}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`De server kwam niet op:\n${uitvoer}`);
}

/**
 * The build copied into a scratch folder (so a rebuild during the run does not disturb it) with an embedded
 * PostgreSQL in it (or in `dataDir`, kept). Returns `api(pad)` (a file of the built API), its `require`, the database and the scratch folder.
 */
export async function bereidVoor(naam, { dataDir } = {}) {
  const dist = join(ROOT, 'dist/api');
  if (!existsSync(join(dist, 'apps/api/src/main.js')))
    throw new Error('Bouw eerst: npx nx run-many -t build -p api web');
  const tmp = mkdtempSync(join(tmpdir(), `kib-bench-${naam}-`));
  chmodSync(tmp, 0o755); // initdb runs as the postgres user when we are root
  opruimen.push(async () => rmSync(tmp, { recursive: true, force: true }));
  cpSync(dist, join(tmp, 'dist/api'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  const api = (pad) => join(tmp, 'dist/api/apps/api/src', pad);
  const require = createRequire(api('main.js'));
  const { startEmbeddedPostgres } = require(api('database/embedded-postgres.js'));
  // dataDir: a folder of the caller's that keeps the database between runs (e.g. a generated national set).
  const db = await startEmbeddedPostgres({
    dataDir: dataDir ?? join(tmp, 'data'),
    port: await vrijePoort(),
    persistent: dataDir !== undefined,
    snel: true,
  });
  opruimen.push(() => db.stop());
  return { api, require, db, tmp };
}

/** The built server on a database, as in production but quiet; stopped at the clean-up. */
export async function startApp(api, databaseUrl) {
  const server = await startServer(api('main.js'), {
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'bench-' + 'x'.repeat(42),
    DATABASE_POOL_MAX: '20',
  });
  opruimen.push(() => server.stop());
  return server;
}

/** Logs in a medewerker of the synthetic organisatie (default the teamleider of team 1). */
export async function login(serverUrl, gebruikersnaam = 'bench-tl001') {
  const antwoord = await fetch(`${serverUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam, wachtwoord: WACHTWOORD }),
  });
  if (antwoord.status !== 200) throw new Error(`Inloggen mislukt: ${antwoord.status}`);
  return antwoord.json();
}

export const percentiel = (gesorteerd, p) =>
  gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)];

/** Times `n` sequential requests (GET, or POST with `body`); any status but 200 aborts. `laatste`: the last body. */
export async function meet(url, token, n, body) {
  const tijden = [];
  let laatste;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const antwoord = await fetch(
      url,
      body === undefined
        ? { headers: { authorization: `Bearer ${token}` } }
        : {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          },
    );
    const tekst = await antwoord.text();
    if (antwoord.status !== 200) throw new Error(`${url}: ${antwoord.status} ${tekst}`);
    tijden.push(performance.now() - t0);
    laatste = tekst;
  }
  tijden.sort((a, b) => a - b);
  return { p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), max: tijden.at(-1), n, laatste };
}

/** Runs a benchmark's main function: exit 0 when its targets are met, 1 when not, 2 when it failed; cleans up. */
export async function draai(hoofd) {
  let code;
  try {
    code = (await hoofd()) ? 0 : 1;
  } catch (fout) {
    process.stderr.write(`\nBenchmark mislukt: ${fout instanceof Error ? fout.stack : fout}\n`);
    code = 2;
  } finally {
    await ruimOp();
  }
  process.exit(code);
}
