#!/usr/bin/env node
// Benchmark of the campagne letters (not part of `npm test`): `npm run bench:brieven`. See docs/performance.md.
//
// Generates the synthetic organisatie of the other benches (default 5,000 clients), puts one running campagne in it
// with 500 invitations whose letters were sent today, starts the built product and times
// GET /api/campagnes/{id}/brieven.pdf?datum=<today> through HTTP as the teamleider who made the campagne.
// PASS when it makes at least 20 letters per second. Options: --size=5000 --brieven=500 --herhalingen=3
// Requires a build (`npx nx run-many -t build -p api web`).

import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { genereer, WACHTWOORD } from './synthetische-organisatie.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? 'true']),
);
const GROOTTE = Number(args.size ?? 5000);
const BRIEVEN = Number(args.brieven ?? 500);
const HERHALINGEN = Number(args.herhalingen ?? 3);
const DOEL_PER_SECONDE = 20;
const log = (regel = '') => process.stdout.write(regel + '\n');

const opruimen = [];
async function ruimOp() {
  while (opruimen.length)
    await opruimen
      .pop()()
      .catch((e) => process.stderr.write(`opruimen: ${e.message}\n`));
}
for (const signaal of ['SIGINT', 'SIGTERM']) process.on(signaal, () => void ruimOp().finally(() => process.exit(130)));

function vrijePoort() {
  return new Promise((klaar, mis) => {
    const server = createServer();
    server.once('error', mis);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => klaar(port));
    });
  });
}

async function startServer(main, env) {
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

async function hoofd() {
  const dist = join(ROOT, 'dist/api');
  if (!existsSync(join(dist, 'apps/api/src/main.js')))
    throw new Error('Bouw eerst: npx nx run-many -t build -p api web');
  const tmp = mkdtempSync(join(tmpdir(), 'kib-bench-brieven-'));
  chmodSync(tmp, 0o755); // initdb runs as the postgres user when we are root
  opruimen.push(async () => rmSync(tmp, { recursive: true, force: true }));
  cpSync(dist, join(tmp, 'dist/api'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  const api = (pad) => join(tmp, 'dist/api/apps/api/src', pad);
  const require = createRequire(api('main.js'));
  const { startEmbeddedPostgres } = require(api('database/embedded-postgres.js'));
  const { migreer } = require(api('database/voorbereiden.js'));
  const { vandaag, plusDagen } = require('@klant-in-beeld/domain');

  const db = await startEmbeddedPostgres({
    dataDir: join(tmp, 'data'),
    port: await vrijePoort(),
    persistent: false,
    snel: true,
  });
  opruimen.push(() => db.stop());
  log(
    `Brieven-benchmark — ${cpus()[0]?.model ?? 'onbekende CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  );
  const url = db.url;
  await migreer(url);
  await genereer(url, GROOTTE);

  const server = await startServer(api('main.js'), {
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'bench-' + 'x'.repeat(42),
    DATABASE_POOL_MAX: '20',
  });
  opruimen.push(() => server.stop());
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: 'bench-tl001', wachtwoord: WACHTWOORD }),
  });
  if (login.status !== 200) throw new Error(`Inloggen mislukt: ${login.status}`);
  const { accessToken, medewerker } = await login.json();

  // One campagne day: BRIEVEN deelnemers, each with an invitation next week and its letter sent today.
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  opruimen.push(() => c.end());
  const dag = vandaag();
  const {
    rows: [campagne],
  } = await c.query(
    `INSERT INTO campagne (organisatie_id, naam, criteria, startdatum, einddatum, status, aangemaakt_door, gestart_op)
     VALUES ($1, 'Benchmark', '{}', $2, $3, 'lopend', $4, now()) RETURNING id`,
    [medewerker.organisatieId, plusDagen(dag, -7), plusDagen(dag, 60), medewerker.id],
  );
  await c.query(
    `WITH k AS (SELECT id, gemeente_id FROM klant WHERE organisatie_id = $2 ORDER BY id LIMIT $4),
          d AS (INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie, start_gemeente_id)
                SELECT $1, $2, k.id, $3, 'job_ready', k.gemeente_id FROM k RETURNING klant_id),
          u AS (INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging, aangemaakt_door)
                SELECT $2, $1, d.klant_id, $3, date_trunc('day', now()) + interval '7 days 9 hours' + (row_number() OVER () % 16) * interval '30 minutes',
                       'Stadskantoor, Grote Markt 1', 1, $3 FROM d RETURNING id, klant_id)
     INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, uitnodiging_id)
     SELECT $2, u.klant_id, $3, now(), 'brief', 'gemeente', 'verstuurd', 'Uitnodiging herscreening', u.id FROM u`,
    [campagne.id, medewerker.organisatieId, medewerker.id, BRIEVEN],
  );

  const pad = `${server.url}/api/campagnes/${campagne.id}/brieven.pdf?datum=${dag}`;
  const tijden = [];
  let grootte = 0;
  for (let i = 0; i <= HERHALINGEN; i++) {
    const t0 = performance.now();
    const antwoord = await fetch(pad, { headers: { authorization: `Bearer ${accessToken}` } });
    const inhoud = Buffer.from(await antwoord.arrayBuffer());
    if (antwoord.status !== 200) throw new Error(`${pad}: ${antwoord.status} ${inhoud.toString().slice(0, 300)}`);
    grootte = inhoud.length;
    if (i > 0) tijden.push(performance.now() - t0); // the first call warms up
  }
  tijden.sort((a, b) => a - b);
  const mediaan = tijden[Math.floor(tijden.length / 2)];
  const perSeconde = BRIEVEN / (mediaan / 1000);
  const gehaald = perSeconde >= DOEL_PER_SECONDE;
  log(
    `brieven.pdf met ${BRIEVEN} brieven: mediaan ${(mediaan / 1000).toFixed(2)} s (${HERHALINGEN}×), ${(grootte / 2 ** 20).toFixed(1)} MB, ` +
      `${perSeconde.toFixed(0)} brieven/s (doel ≥ ${DOEL_PER_SECONDE}) ${gehaald ? 'PASS' : 'FAIL'}`,
  );
  return gehaald;
}

hoofd()
  .then(async (gehaald) => {
    await ruimOp();
    process.exit(gehaald ? 0 : 1);
  })
  .catch(async (fout) => {
    process.stderr.write(`${fout.stack ?? fout}\n`);
    await ruimOp();
    process.exit(1);
  });
