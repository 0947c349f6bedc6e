#!/usr/bin/env node
// Benchmark of the werkvoorraad (not part of `npm test`): `npm run bench:werkvoorraad`. See docs/performance.md.
//
// 1. For each organisatie size (default 5,000 and 50,000 clients, ~150 per klantmanager) it generates a synthetic
//    organisatie in its own database, server-side (INSERT … SELECT generate_series with a seeded random()), in
//    realistic proportions; the measured klantmanager (bench-km001) has exactly 150 clients and the same dossier at
//    every size, so only the organisatie around him grows.
// 2. It starts the built product (`node dist/api/apps/api/src/main.js`) per database and logs in once as him.
// 3. It measures GET /api/werkvoorraad with autocannon and the same SQL (the statement WerkvoorraadService sends,
//    built from the compiled werkvoorraadCte) directly with pg: 16 connections, then 1, each size and each of API/SQL
//    in turn over several rounds so that background load on the machine hits all of them alike.
// 4. It prints p50/p95/p99, requests/s, the API/SQL and 50k/5k ratios, PASS/FAIL per target, the CPU other
//    processes used meanwhile, and EXPLAIN (ANALYZE, BUFFERS) of the SQL at the largest size.
// Exit code: 0 all targets met, 1 a target missed, 2 error, 130 interrupted.
//
// Requires a build (`npx nx run-many -t build -p api web`); pass --build to let the benchmark build first.
// Options: --sizes=5000,50000  --duration=15 (seconds per measurement)  --warmup=3  --connections=16  --serial=6
//          --rounds=5          number of alternating rounds the duration is split into
//          --migration=<file>  a migration (.ts or .js) whose up() is applied to each database after loading, e.g. a
//                              proposed index not yet in migrations/index.ts; then VACUUM ANALYZE
//          --extra-sql=<file>  SQL applied the same way
//          --dist=<dir>        another build of dist/api to measure (e.g. a patched copy, to try a code change)
//          --vergelijk=<dir>   a checkout of an earlier version, built, with its own node_modules: its API is
//                              measured in the same rounds against the same databases ("before"), as the owner of
//                              the tables, and the ratio now/before is a target (the cost of row-level security)
//          --hold              keep the databases running at the end until Ctrl-C (prints their URLs)
// Everything runs on loopback: an embedded PostgreSQL in a fresh temp folder on a free port, removed at the end
// (also on error or Ctrl-C), and a copy of dist/api in that folder, so a rebuild meanwhile does not disturb it.

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { GEMETEN, genereer, WACHTWOORD } from './synthetische-organisatie.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// ---------------------------------------------------------------------------------------------- options
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : 'true'];
  }),
);
const GROOTTES = (args.sizes ?? '5000,50000')
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const DUUR_S = Number(args.duration ?? 15);
const OPWARMEN_S = Number(args.warmup ?? 3);
const VERBINDINGEN = Number(args.connections ?? 16);
const SERIEEL_S = Number(args.serial ?? 6); // one connection, for the latency without queueing
const RONDES = Number(args.rounds ?? 5); // API and SQL alternate in this many rounds
const EXTRA_SQL = args['extra-sql'] ? readFileSync(resolve(args['extra-sql']), 'utf8') : undefined;
// Another build of the API to measure (e.g. a patched copy, to try a code change); default dist/api.
const DIST_API = resolve(args.dist ?? join(ROOT, 'dist/api'));

// Targets from the issue.
const DOEL_P95_API_MS = 25;
const DOEL_API_SQL = 2;
const DOEL_GROOT_KLEIN = 1.3;
const DOEL_NU_VOOR = 1.1;
// An earlier version to measure beside this one (see --vergelijk).
const VERGELIJK = args.vergelijk ? resolve(args.vergelijk) : undefined;

const log = (regel = '') => process.stdout.write(regel + '\n');
const belasting = () => loadavg()[0].toFixed(2);

/**
 * Other processes on the machine skew every figure. CPU ticks of the whole machine and of this benchmark's own
 * process tree (server, PostgreSQL and its backends), from /proc on Linux, tell how much CPU others used meanwhile.
 */
function cpuTellers() {
  try {
    const velden = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const totaal = velden.reduce((a, b) => a + b, 0);
    const bezig = totaal - velden[3] - (velden[4] ?? 0); // minus idle and iowait
    const ouders = new Map();
    const tikken = new Map();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ouders.set(Number(pid), Number(f[1]));
        tikken.set(Number(pid), Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
      } catch {
        // gone meanwhile
      }
    }
    const eigen = new Set([process.pid]);
    for (let groeit = true; groeit;) {
      groeit = false;
      for (const [pid, ouder] of ouders)
        if (!eigen.has(pid) && eigen.has(ouder)) {
          eigen.add(pid);
          groeit = true;
        }
    }
    let eigenTikken = 0;
    for (const pid of eigen) eigenTikken += tikken.get(pid) ?? 0;
    return { totaal, bezig, eigen: eigenTikken };
  } catch {
    return undefined;
  }
}
/** Share of the machine's CPU used by other processes between two cpuTellers() readings, in %. */
function anderenCpu(voor, na) {
  if (!voor || !na || na.totaal === voor.totaal) return undefined;
  return Math.max(0, (100 * (na.bezig - voor.bezig - (na.eigen - voor.eigen))) / (na.totaal - voor.totaal));
}
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------- cleanup
const opruimen = [];
let opruimenBezig;
let afgebroken = false;
/** Stops what was started, last first; every caller waits for the same run. */
function ruimOp() {
  opruimenBezig ??= (async () => {
    while (opruimen.length) {
      const stap = opruimen.pop();
      try {
        await stap();
      } catch (fout) {
        process.stderr.write(`opruimen: ${fout instanceof Error ? fout.message : fout}\n`);
      }
    }
  })();
  return opruimenBezig;
}
for (const signaal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signaal, () => {
    if (afgebroken) return;
    afgebroken = true;
    process.stderr.write(`\n${signaal}: benchmark afgebroken, opruimen…\n`);
    void ruimOp().finally(() => process.exit(130));
  });
}

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

// ---------------------------------------------------------------------------------------------- statistics
function percentiel(gesorteerd, p) {
  if (gesorteerd.length === 0) return NaN;
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil(p * gesorteerd.length) - 1))];
}
function samenvatting(latenties, duurMs, fouten = 0) {
  const s = Float64Array.from(latenties).sort();
  return {
    n: s.length,
    fouten,
    p50: percentiel(s, 0.5),
    p95: percentiel(s, 0.95),
    p99: percentiel(s, 0.99),
    max: s[s.length - 1],
    perSeconde: s.length / (duurMs / 1000),
  };
}
const ms = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');

/**
 * Runs up() of one migration file that is not (yet) registered, e.g. a proposed index; a .ts file is transpiled
 * on the fly with the TypeScript compiler.
 */
async function voerMigratieUit(bestand, client) {
  const pad = resolve(bestand);
  const require = createRequire(join(ROOT, 'package.json'));
  let exports;
  if (pad.endsWith('.ts')) {
    const ts = require('typescript');
    const { outputText } = ts.transpileModule(readFileSync(pad, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    });
    const module = { exports: {} };
    new Function('module', 'exports', 'require', outputText)(module, module.exports, require);
    exports = module.exports;
  } else {
    exports = require(pad);
  }
  const Migratie = Object.values(exports).find(
    (waarde) => typeof waarde === 'function' && typeof waarde.prototype?.up === 'function',
  );
  if (!Migratie) throw new Error(`${bestand} bevat geen migratieklasse`);
  await new Migratie().up({ query: (sql, params) => client.query(sql, params).then((r) => r.rows) });
}

// ---------------------------------------------------------------------------------------------- the SQL under test
/** The query exactly as WerkvoorraadService.werkvoorraad() sends it (final SELECT copied from the service). */
function werkvoorraadQuery(sqlModule, bereik, peildatum, pageSize = 50, offset = 0, soort = null) {
  const { werkvoorraadCte, WERKVOORRAAD_VOLGORDE } = sqlModule;
  const cte = werkvoorraadCte(bereik, peildatum);
  return {
    text: `${cte.sql},
       gefilterd AS (SELECT * FROM zichtbaar WHERE $6::text IS NULL OR soort = $6)
       SELECT (SELECT coalesce(json_object_agg(soort, n), '{}') FROM (SELECT soort, count(*) AS n FROM zichtbaar GROUP BY soort) s) AS "perSoort",
              (SELECT count(*) FROM gefilterd) AS totaal,
              (SELECT coalesce(json_agg(p ORDER BY ${WERKVOORRAAD_VOLGORDE}), '[]')
                 FROM (SELECT * FROM gefilterd ORDER BY ${WERKVOORRAAD_VOLGORDE} LIMIT $7 OFFSET $8) p) AS items`,
    values: [...cte.params, soort, pageSize, offset],
  };
}

/** Warns when the service's final SELECT no longer matches the copy above. */
function controleerKopie(serviceJs) {
  const bron = readFileSync(serviceJs, 'utf8').replace(/werkvoorraad_sql_1\./g, '');
  const kopie = `gefilterd AS (SELECT * FROM zichtbaar WHERE $6::text IS NULL OR soort = $6)
       SELECT (SELECT coalesce(json_object_agg(soort, n), '{}') FROM (SELECT soort, count(*) AS n FROM zichtbaar GROUP BY soort) s) AS "perSoort",
              (SELECT count(*) FROM gefilterd) AS totaal,
              (SELECT coalesce(json_agg(p ORDER BY \${WERKVOORRAAD_VOLGORDE}), '[]')
                 FROM (SELECT * FROM gefilterd ORDER BY \${WERKVOORRAAD_VOLGORDE} LIMIT $7 OFFSET $8) p) AS items\``;
  return bron.includes(kopie);
}

// ---------------------------------------------------------------------------------------------- measurements
async function startServer(main, env) {
  const port = await vrijePoort();
  let uitvoer = '';
  const nodeArgs = args['node-args'] ? args['node-args'].split(' ') : [];
  const proces = spawn(process.execPath, [...nodeArgs, main], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proces.stdout.on('data', (d) => (uitvoer += d));
  proces.stderr.on('data', (d) => (uitvoer += d));
  const stop = () =>
    new Promise((klaar) => {
      if (proces.exitCode !== null || proces.signalCode !== null) return klaar(proces.exitCode);
      const noodrem = setTimeout(() => proces.kill('SIGKILL'), 20_000);
      proces.once('exit', (code) => {
        clearTimeout(noodrem);
        klaar(code);
      });
      proces.kill('SIGTERM');
    });
  const url = `http://127.0.0.1:${port}`;
  const tot = Date.now() + 90_000;
  while (Date.now() < tot) {
    if (proces.exitCode !== null) throw new Error(`De server stopte meteen (code ${proces.exitCode}):\n${uitvoer}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop, uitvoer: () => uitvoer };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`De server kwam niet op binnen 90 s:\n${uitvoer}`);
}

function autocannonRun(opties) {
  return new Promise((klaar, mis) => {
    const latenties = [];
    let fouten = 0;
    const begin = performance.now();
    const instantie = autocannon(opties, (fout, resultaat) => {
      if (fout) return mis(fout);
      klaar({
        latenties,
        fouten: fouten + resultaat.errors + resultaat.timeouts,
        duurMs: performance.now() - begin,
        resultaat,
      });
    });
    instantie.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latenties.push(responseTime);
      else fouten++;
    });
  });
}

/** Runs GET /api/werkvoorraad for `duurS` seconds over `verbindingen` keep-alive connections. */
async function apiRonde(server, token, verbindingen, duurS) {
  const { latenties, fouten, duurMs } = await autocannonRun({
    url: `${server.url}/api/werkvoorraad`,
    connections: verbindingen,
    headers: { authorization: `Bearer ${token}` },
    duration: duurS,
  });
  if (fouten > 0) throw new Error(`${fouten} mislukte API-verzoeken tijdens de meting`);
  return { latenties, duurMs };
}

/** Runs the query for `duurS` seconds on each client, back to back (a closed loop, like autocannon). */
async function sqlRonde(clients, query, duurS) {
  const latenties = [];
  const begin = performance.now();
  const einde = begin + duurS * 1000;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < einde) {
        const t0 = performance.now();
        await c.query(query.text, query.values);
        latenties.push(performance.now() - t0);
      }
    }),
  );
  return { latenties, duurMs: performance.now() - begin };
}

/**
 * Every size, API and SQL, in alternating rounds (RONDES × duurS/RONDES seconds each), so that background load on
 * the machine hits all of them alike; first OPWARMEN_S seconds of each to warm caches and connection pools.
 */
async function meetAlles(omgevingen, verbindingen, duurS) {
  const clients = await Promise.all(
    omgevingen.map((o) =>
      Promise.all(
        Array.from({ length: verbindingen }, async () => {
          const c = new pg.Client({ connectionString: o.url, application_name: 'kib-bench' });
          await c.connect();
          return c;
        }),
      ),
    ),
  );
  try {
    const metingen = omgevingen.map(() => ({
      api: { latenties: [], duurMs: 0 },
      voor: { latenties: [], duurMs: 0 },
      sql: { latenties: [], duurMs: 0 },
      anderen: [],
    }));
    const voegToe = (doel, { latenties, duurMs }) => {
      for (const l of latenties) doel.latenties.push(l);
      doel.duurMs += duurMs;
    };
    for (const [i, o] of omgevingen.entries()) {
      await apiRonde(o.server, o.token, verbindingen, OPWARMEN_S);
      if (o.voor) await apiRonde(o.voor.server, o.voor.token, verbindingen, OPWARMEN_S);
      await sqlRonde(clients[i], o.query, OPWARMEN_S);
    }
    for (let r = 0; r < RONDES; r++) {
      for (const [i, o] of omgevingen.entries()) {
        let voor = cpuTellers();
        voegToe(metingen[i].api, await apiRonde(o.server, o.token, verbindingen, duurS / RONDES));
        if (o.voor)
          voegToe(metingen[i].voor, await apiRonde(o.voor.server, o.voor.token, verbindingen, duurS / RONDES));
        let na = cpuTellers();
        metingen[i].anderen.push(anderenCpu(voor, na));
        voor = na;
        voegToe(metingen[i].sql, await sqlRonde(clients[i], o.query, duurS / RONDES));
        metingen[i].anderen.push(anderenCpu(voor, cpuTellers()));
      }
    }
    return metingen.map((m) => ({
      api: samenvatting(m.api.latenties, m.api.duurMs),
      voor: m.voor.latenties.length ? samenvatting(m.voor.latenties, m.voor.duurMs) : undefined,
      sql: samenvatting(m.sql.latenties, m.sql.duurMs),
      // CPU used by other processes during these rounds: mean and worst round, in % of the machine.
      anderen: m.anderen.every((a) => a !== undefined)
        ? `${(m.anderen.reduce((a, b) => a + b, 0) / m.anderen.length).toFixed(0)}% (max ${Math.max(...m.anderen).toFixed(0)}%)`
        : '?',
    }));
  } finally {
    await Promise.all(clients.flat().map((c) => c.end().catch(() => undefined)));
  }
}

/** Logs in once (the login is rate limited); a second step is not needed for the measured klantmanager. */
async function loginBij(server) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: GEMETEN, wachtwoord: WACHTWOORD }),
  });
  if (login.status !== 200) throw new Error(`Inloggen als ${GEMETEN} mislukt: ${login.status} ${await login.text()}`);
  return login.json();
}

// ---------------------------------------------------------------------------------------------- main
async function hoofd() {
  const totaalBegin = performance.now();
  log(
    `Werkvoorraad-benchmark — ${GROOTTES.join(' en ')} klanten, ${VERBINDINGEN} verbindingen, ${DUUR_S} s per meting (+${OPWARMEN_S} s opwarmen)`,
  );

  if (args.build === 'true' || (!args.dist && !existsSync(join(DIST_API, 'apps/api/src/main.js')))) {
    log('Bouwen: npx nx run-many -t build -p api web');
    const bouw = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (bouw.status !== 0) throw new Error('De build is mislukt.');
  }

  // Fresh temp folder: the database, and a snapshot of dist/api (others may rebuild dist/ while we run).
  const tmp = mkdtempSync(join(tmpdir(), 'kib-bench-'));
  chmodSync(tmp, 0o755); // initdb runs as the postgres user when we are root
  opruimen.push(async () => rmSync(tmp, { recursive: true, force: true }));
  cpSync(DIST_API, join(tmp, 'dist/api'), { recursive: true });
  if (existsSync(join(ROOT, 'dist/web'))) cpSync(join(ROOT, 'dist/web'), join(tmp, 'dist/web'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  const api = (pad) => join(tmp, 'dist/api/apps/api/src', pad);
  const require = createRequire(api('main.js'));
  const { startEmbeddedPostgres } = require(api('database/embedded-postgres.js'));
  const { migreer } = require(api('database/voorbereiden.js'));
  const sqlModule = require(api('werkvoorraad/werkvoorraad.sql.js'));
  // The application's own login under row-level security, as in production (builds from before it had none).
  const rollen = existsSync(api('database/rollen.js')) ? require(api('database/rollen.js')) : undefined;
  let vorigeMain;
  if (VERGELIJK) {
    if (!existsSync(join(VERGELIJK, 'dist/api/apps/api/src/main.js')))
      throw new Error(`--vergelijk: ${VERGELIJK} heeft geen build (npx nx run-many -t build -p api)`);
    cpSync(join(VERGELIJK, 'dist/api'), join(tmp, 'voor/dist/api'), { recursive: true });
    symlinkSync(join(VERGELIJK, 'node_modules'), join(tmp, 'voor/node_modules'), 'dir');
    vorigeMain = join(tmp, 'voor/dist/api/apps/api/src/main.js');
    const commit = spawnSync('git', ['-C', VERGELIJK, 'log', '-1', '--format=%h %s'], {
      encoding: 'utf8',
    }).stdout.trim();
    log(`Vergelijken met de build in ${VERGELIJK} (${commit.slice(0, 90)})`);
  }
  const { vandaag } = require('@klant-in-beeld/domain');
  if (!controleerKopie(api('werkvoorraad/werkvoorraad.service.js'))) {
    log('⚠ De laatste SELECT in werkvoorraad.service.ts wijkt af van de kopie in deze benchmark: werk de kopie bij.');
  }

  const pgPort = await vrijePoort();
  const db = await startEmbeddedPostgres({ dataDir: join(tmp, 'data'), port: pgPort, persistent: false, snel: true });
  opruimen.push(() => db.stop());
  const basisUrl = db.url.replace(/\/klant_in_beeld$/, '');
  const { rows: versie } = await (async () => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return await c.query(
        `SELECT current_setting('server_version') AS versie, current_setting('shared_buffers') AS sb, current_setting('jit') AS jit`,
      );
    } finally {
      await c.end();
    }
  })();
  log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GB; load ${belasting()}`,
  );
  log(
    `PostgreSQL ${versie[0].versie} (ingebouwd, poort ${pgPort}, shared_buffers ${versie[0].sb}, jit ${versie[0].jit}, fsync=off); Node ${process.version}`,
  );

  // Prepare every size first (database, data, server, login), so the measurements can alternate between them.
  const omgevingen = [];
  for (const grootte of GROOTTES) {
    log(`\n=== ${grootte.toLocaleString('en')} klanten ===`);
    const naam = `kib_bench_${grootte}`;
    const beheer = new pg.Client({ connectionString: `${basisUrl}/postgres` });
    await beheer.connect();
    await beheer.query(`DROP DATABASE IF EXISTS ${naam}`);
    await beheer.query(`CREATE DATABASE ${naam}`);
    await beheer.end();
    const url = `${basisUrl}/${naam}`;
    await migreer(url);

    const data = await genereer(url, grootte);
    log(
      `Gegenereerd in ${sec(data.tijden.totaal)} (staging ${sec(data.tijden.staging)}, laden ${sec(data.tijden.laden)}, VACUUM ANALYZE ${sec(data.tijden.vacuum)}); database ${data.omvang}`,
    );
    log(
      `  ${data.K} klantmanagers in ${data.T} teams; ${data.tellingen.map((r) => `${r.tabel} ${r.n.toLocaleString('en')}`).join(', ')}`,
    );
    log(
      `  niet gesproken in 12 maanden ${data.profiel.niet_gesproken_12m}%, vrijgesteld ${data.profiel.vrijgesteld}%, caseload gemiddeld ${data.profiel.caseload_gem} (${data.profiel.caseload_min}–${data.profiel.caseload_max})`,
    );
    if (EXTRA_SQL || args.migration) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const t0 = performance.now();
      if (args.migration) await voerMigratieUit(args.migration, c);
      if (EXTRA_SQL) await c.query(EXTRA_SQL);
      await c.query('VACUUM (ANALYZE)');
      await c.end();
      log(
        `  toegepast: ${[args.migration, args['extra-sql']].filter(Boolean).join(', ')} (${sec(performance.now() - t0)})`,
      );
    }

    const appUrl = rollen
      ? await rollen.zorgVoorToepassingsLogin(url, 'kib_bench_toepassing', 'bench-toepassing-wachtwoord')
      : url;
    const server = await startServer(api('main.js'), {
      DATABASE_URL: appUrl,
      ...(rollen ? { DATABASE_EIGENAAR_URL: url } : {}),
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'bench-' + 'x'.repeat(42),
      DATABASE_POOL_MAX: '20',
    });
    opruimen.push(() => server.stop());
    const { accessToken, medewerker } = await loginBij(server);
    let voor;
    if (vorigeMain) {
      // The earlier version on the same database: as the application role when it has one, else as the owner.
      const heeftRollen = existsSync(join(dirname(vorigeMain), 'database/rollen.js'));
      const vorige = await startServer(vorigeMain, {
        DATABASE_URL: heeftRollen ? appUrl : url,
        ...(heeftRollen ? { DATABASE_EIGENAAR_URL: url } : {}),
        LOG_LEVEL: 'warn',
        JWT_SECRET: 'bench-' + 'x'.repeat(42),
        DATABASE_POOL_MAX: '20',
      });
      opruimen.push(() => vorige.stop());
      voor = { server: vorige, token: (await loginBij(vorige)).accessToken };
    }
    const proef = await fetch(`${server.url}/api/werkvoorraad`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (proef.status !== 200) throw new Error(`GET /api/werkvoorraad gaf ${proef.status}: ${await proef.text()}`);
    const werkvoorraad = await proef.json();
    log(
      `  werkvoorraad van ${GEMETEN}: ${werkvoorraad.totaal} items (${Object.entries(werkvoorraad.perSoort)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}), ${werkvoorraad.items.length} op de eerste pagina`,
    );

    // The same SQL, directly: WerkvoorraadService.werkvoorraad() for this klantmanager, page 1.
    const peildatum = vandaag();
    const query = werkvoorraadQuery(
      sqlModule,
      { organisatieId: medewerker.organisatieId, klantmanagerIds: [medewerker.id], metZonderKlantmanager: false },
      peildatum,
    );
    {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query(query.text, query.values);
      await c.end();
      const perSoort = (o) => JSON.stringify(Object.entries(o).sort());
      if (
        Number(rows[0].totaal) !== werkvoorraad.totaal ||
        perSoort(rows[0].perSoort) !== perSoort(werkvoorraad.perSoort)
      ) {
        throw new Error(`SQL en API verschillen: ${rows[0].totaal} tegen ${werkvoorraad.totaal} items`);
      }
    }
    omgevingen.push({ grootte, url, data, server, voor, token: accessToken, query, items: werkvoorraad.totaal });
  }

  log(
    `\nMeten: ${GROOTTES.join(' en ')} klanten, API en SQL om en om in ${RONDES} rondes; eerst ${VERBINDINGEN} verbindingen, dan 1`,
  );
  const parallel = await meetAlles(omgevingen, VERBINDINGEN, DUUR_S);
  const serieel = await meetAlles(omgevingen, 1, SERIEEL_S);
  const uitkomsten = omgevingen.map((o, i) => ({
    ...o,
    api: parallel[i].api,
    voor: parallel[i].voor,
    voorSerieel: serieel[i].voor,
    sql: parallel[i].sql,
    anderen: parallel[i].anderen,
    apiSerieel: serieel[i].api,
    sqlSerieel: serieel[i].sql,
    anderenSerieel: serieel[i].anderen,
  }));
  for (const o of omgevingen) {
    await o.server.stop();
    await o.voor?.server.stop();
  }

  // EXPLAIN of the SQL for the measured klantmanager at the largest size.
  {
    const groot = uitkomsten[uitkomsten.length - 1];
    const c = new pg.Client({ connectionString: groot.url });
    await c.connect();
    await c.query(groot.query.text, groot.query.values); // warm
    const { rows } = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${groot.query.text}`, groot.query.values);
    await c.end();
    groot.explain = rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  // ------------------------------------------------------------------------------------------ report
  const klein = uitkomsten[0];
  const groot = uitkomsten[uitkomsten.length - 1];
  log('\n=== Resultaat ===');
  log('| klanten | meting | p50 ms | p95 ms | p99 ms | req/s | API/SQL p95 | CPU van anderen |');
  log('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const u of uitkomsten) {
    const r = (soort, m) =>
      `| ${u.grootte.toLocaleString('en')} | ${soort} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${m.perSeconde.toFixed(0)} |`;
    log(`${r(`API, ${VERBINDINGEN} verbindingen`, u.api)} ${(u.api.p95 / u.sql.p95).toFixed(2)} | ${u.anderen} |`);
    if (u.voor)
      log(`${r(`API vóór, ${VERBINDINGEN} verbindingen`, u.voor)} ${(u.voor.p95 / u.sql.p95).toFixed(2)} | |`);
    log(`${r(`SQL, ${VERBINDINGEN} verbindingen`, u.sql)} | |`);
    log(
      `${r('API, 1 verbinding', u.apiSerieel)} ${(u.apiSerieel.p95 / u.sqlSerieel.p95).toFixed(2)} | ${u.anderenSerieel} |`,
    );
    if (u.voorSerieel)
      log(`${r('API vóór, 1 verbinding', u.voorSerieel)} ${(u.voorSerieel.p95 / u.sqlSerieel.p95).toFixed(2)} | |`);
    log(`${r('SQL, 1 verbinding', u.sqlSerieel)} | |`);
  }
  const doelen = [];
  const doel = (omschrijving, waarde, grens) => doelen.push({ omschrijving, waarde, grens, ok: waarde <= grens });
  doel(
    `p95 via de API bij ${groot.grootte.toLocaleString('en')} klanten ≤ ${DOEL_P95_API_MS} ms`,
    groot.api.p95,
    DOEL_P95_API_MS,
  );
  for (const u of uitkomsten)
    doel(
      `API/SQL p95 bij ${u.grootte.toLocaleString('en')} klanten ≤ ${DOEL_API_SQL}`,
      u.api.p95 / u.sql.p95,
      DOEL_API_SQL,
    );
  for (const u of uitkomsten.filter((x) => x.voor)) {
    doel(
      `API p95 nu/vóór bij ${u.grootte.toLocaleString('en')} klanten, ${VERBINDINGEN} verbindingen ≤ ${DOEL_NU_VOOR}`,
      u.api.p95 / u.voor.p95,
      DOEL_NU_VOOR,
    );
    doel(
      `API p95 nu/vóór bij ${u.grootte.toLocaleString('en')} klanten, 1 verbinding ≤ ${DOEL_NU_VOOR}`,
      u.apiSerieel.p95 / u.voorSerieel.p95,
      DOEL_NU_VOOR,
    );
  }
  if (uitkomsten.length > 1) {
    doel(
      `${groot.grootte / 1000}k/${klein.grootte / 1000}k p95 via de API ≤ ${DOEL_GROOT_KLEIN}`,
      groot.api.p95 / klein.api.p95,
      DOEL_GROOT_KLEIN,
    );
    doel(
      `${groot.grootte / 1000}k/${klein.grootte / 1000}k p95 van de SQL ≤ ${DOEL_GROOT_KLEIN}`,
      groot.sql.p95 / klein.sql.p95,
      DOEL_GROOT_KLEIN,
    );
  }
  log('');
  for (const d of doelen) log(`${d.ok ? 'PASS' : 'FAIL'}  ${d.omschrijving}: ${d.waarde.toFixed(2)}`);
  if (args.hold === 'true') {
    log(`\n--hold: de databases blijven draaien tot Ctrl-C:`);
    for (const u of uitkomsten) log(`  ${basisUrl}/kib_bench_${u.grootte}`);
  }
  if (groot.explain)
    log(
      `\nEXPLAIN (ANALYZE, BUFFERS) bij ${groot.grootte.toLocaleString('en')} klanten, ${GEMETEN} (150 klanten):\n${groot.explain}`,
    );
  log(`\nTotale duur ${sec(performance.now() - totaalBegin)}`);
  if (args.hold === 'true') await new Promise(() => undefined); // until SIGINT/SIGTERM, which cleans up
  return doelen.every((d) => d.ok);
}

let code;
try {
  code = (await hoofd()) ? 0 : 1;
} catch (fout) {
  if (!afgebroken)
    process.stderr.write(`\nBenchmark mislukt: ${fout instanceof Error ? (fout.stack ?? fout.message) : fout}\n`);
  code = afgebroken ? 130 : 2;
} finally {
  await ruimOp();
}
process.exit(code);
