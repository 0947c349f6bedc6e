#!/usr/bin/env node
// Benchmark of the import engine (not part of `npm test`): `npm run bench:import`. See docs/performance.md.
//
// 1. Generates a synthetic organisatie in a scratch database (synthetische-organisatie.mjs; default 50,000 clients)
//    and writes it out as the CSV files a gemeente would bring: klanten.csv (Dutch headers, dd-mm-jjjj dates, labels
//    as Excel shows them, semicolons, BOM) and contactmomenten.csv (default 1,000,000 rows: the generated contacts
//    in time order, repeated a day earlier when the generator made fewer), plus the same rows in COPY format.
// 2. Loads those rows with a bare COPY (as the owner, one transaction per table, the tables' own triggers and
//    indexes) into a fresh empty organisatie: the baseline, once before and once after the imports.
// 3. Starts the built product (`node dist/api/apps/api/src/main.js`) as a member of kib_app on an organisatie with
//    the same gemeenten, teams and medewerkers but no clients, logs in as its beheerder (TOTP set up on the way) and
//    imports klanten.csv, then contactmomenten.csv, through the API: upload, dry run, execution. Then the same two
//    files again into the now full organisatie: that must report 0 nieuw and 0 gewijzigd and write nothing.
// 4. Meanwhile it samples the server's memory (/proc/<pid>/status: VmHWM, reset per phase through clear_refs, and
//    VmRSS) and, every 250 ms, what the database is doing for it (pg_stat_activity), so the report says where the
//    time goes per phase.
// 5. Prints the figures, PASS/FAIL per target: import (upload + dry run + execution) ≤ 5× the bare COPY of the same
//    rows, peak RSS of the app ≤ 600 MB, the second import 0 nieuw / 0 gewijzigd.
// Exit code: 0 all targets met, 1 a target missed, 2 error, 130 interrupted.
//
// Requires a build (`npx nx run-many -t build -p api web`).
// Options: --klanten=50000  --contacten=1000000  --bron=bench-bron  --dist=<dir> (another build of dist/api)
//          --tijden=nl (contact moments as dd-mm-jjjj hh:mm, Dutch local time, as Excel writes them) or iso (UTC)
// Everything runs on loopback: an embedded PostgreSQL in a fresh temp folder on a free port, removed at the end
// (also on error or Ctrl-C), and a copy of dist/api in that folder, so a rebuild meanwhile does not disturb it.

import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openAsBlob,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { genereer, WACHTWOORD } from './synthetische-organisatie.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { from: copyFrom, to: copyTo } = copyStreams;

// ---------------------------------------------------------------------------------------------- options
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : 'true'];
  }),
);
const geheel = (naam, standaard, min) => {
  const waarde = Number(args[naam] ?? standaard);
  if (!Number.isInteger(waarde) || waarde < min) throw new Error(`--${naam} moet een geheel getal ≥ ${min} zijn`);
  return waarde;
};
const KLANTEN = geheel('klanten', 50_000, 300);
const CONTACTEN = geheel('contacten', 1_000_000, 1);
const BRON = args.bron ?? 'bench-bron';
// How the file writes a contact's moment: Dutch local time as Excel shows it, or ISO 8601 in UTC.
const TIJDEN = args.tijden ?? 'nl';
if (!['nl', 'iso'].includes(TIJDEN)) throw new Error('--tijden moet nl of iso zijn');
const DIST_API = resolve(args.dist ?? join(ROOT, 'dist/api'));
const ORG = '00000000-0000-4000-8000-00000000b0b0'; // the generator's organisatie
const BEHEERDER = 'bench-beheer';

// Targets from the issue.
const DOEL_IMPORT_COPY = 5;
const DOEL_RSS_MB = 600;

const PEILEN_MS = 250; // how often the job's status, pg_stat_activity and the app's memory are read

const log = (regel = '') => process.stdout.write(regel + '\n');
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const n = (x) => Number(x).toLocaleString('en');
const wacht = (ms) => new Promise((klaar) => setTimeout(klaar, ms));

// ---------------------------------------------------------------------------------------------- cleanup
const opruimen = [];
let opruimenBezig;
let afgebroken = false;
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

async function metClient(url, werk) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await werk(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------- the files
/** Digit sum of the elfproef; a BSN for client nr n: 8 digits from n, the ninth makes the sum divisible by 11. */
const BSN_FUNCTIE = `
  CREATE FUNCTION pg_temp.bench_bsn(nr int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    WITH p AS (SELECT lpad((10000000 + nr * 2 + o)::text, 8, '0') AS p, o FROM (VALUES (0), (1)) v (o)),
         s AS (SELECT p, o, (SELECT sum((10 - i) * substr(p, i, 1)::int) FROM generate_series(1, 8) i) % 11 AS r FROM p)
    SELECT p || r FROM s WHERE r < 10 ORDER BY o LIMIT 1
  $$`;

/** `CASE col WHEN 'code' THEN 'Label' … END`: the labels as a spreadsheet shows them. */
const alsLabel = (kolom, labels) =>
  `CASE ${kolom} ${Object.entries(labels)
    .map(([code, label]) => `WHEN '${code}' THEN '${label.replace(/'/g, "''")}'`)
    .join(' ')} ELSE ${kolom} END`;

/**
 * From the generated organisatie: the import CSVs and the same rows as COPY files for the baseline, and the
 * organisatie's setup (gemeenten, teams, medewerkers) to start the other databases with.
 */
async function schrijfBestanden(url, map, domein) {
  return metClient(url, async (c) => {
    await c.query(BSN_FUNCTIE);
    await c.query(`SET temp_buffers = '1GB'`);
    await c.query(`CREATE TEMP TABLE export_klant AS
      SELECT k.*, pg_temp.bench_bsn(((k.bsn::int - 100000000) / 7)::int) AS import_bsn FROM klant k`);
    // The contacts in time order; when the generator made fewer than asked, they come round again a day earlier.
    await c.query(`CREATE TEMP TABLE export_contact AS
      WITH c AS (SELECT row_number() OVER (ORDER BY c.plaatsgevonden_op, c.id) AS n, c.* FROM contactmoment c),
           t AS (SELECT count(*) AS aantal FROM contactmoment)
      SELECT g AS nr, c.klant_id, c.medewerker_id, c.kanaal, c.initiatief, c.resultaat, c.onderwerp, c.samenvatting,
             date_trunc('minute', (c.plaatsgevonden_op - ((g - 1) / t.aantal) * interval '1 day') AT TIME ZONE 'Europe/Amsterdam') AS lokaal
        FROM generate_series(1, ${CONTACTEN}) g CROSS JOIN t JOIN c ON c.n = 1 + (g - 1) % t.aantal`);
    const {
      rows: [{ herhaald }],
    } = await c.query(`SELECT count(*) FILTER (WHERE nr > (SELECT count(*) FROM contactmoment))::int AS herhaald
                         FROM export_contact`);

    const naarBestand = async (sql, pad, bom = false) => {
      const uit = createWriteStream(pad);
      if (bom) uit.write('\uFEFF');
      await pipeline(c.query(copyTo(sql)), uit);
      return statSync(pad).size;
    };
    const bestanden = {
      klanten: join(map, 'klanten.csv'),
      contactmomenten: join(map, 'contactmomenten.csv'),
      klantCopy: join(map, 'klant.copy'),
      contactCopy: join(map, 'contactmoment.copy'),
    };
    const grootte = {};
    grootte.klanten = await naarBestand(
      `COPY (SELECT k.import_bsn AS "BSN", k.voornamen AS "Voornamen", k.achternaam AS "Achternaam",
                    to_char(k.geboortedatum, 'DD-MM-YYYY') AS "Geboortedatum", g.cbs_code AS "Gemeente",
                    ${alsLabel('k.doelgroep', domein.DOELGROEP_LABELS)} AS "Doelgroep",
                    to_char(k.startdatum_uitkering, 'DD-MM-YYYY') AS "Startdatum uitkering",
                    k.dienstverleningscategorie AS "Dienstverleningscategorie", m.gebruikersnaam AS "Klantmanager",
                    k.adres->>'straat' AS "Straat", k.adres->>'huisnummer' AS "Huisnummer",
                    k.adres->>'postcode' AS "Postcode", k.adres->>'woonplaats' AS "Woonplaats",
                    k.telefoon AS "Telefoon", k.email AS "E-mail"
               FROM export_klant k JOIN gemeente g ON g.id = k.gemeente_id
               LEFT JOIN medewerker m ON m.id = k.klantmanager_id
              ORDER BY k.import_bsn) TO STDOUT (FORMAT csv, HEADER, DELIMITER ';')`,
      bestanden.klanten,
      true,
    );
    grootte.contactmomenten = await naarBestand(
      `COPY (SELECT k.import_bsn AS "BSN", 'CM' || lpad(e.nr::text, 8, '0') AS "Id", m.gebruikersnaam AS "Medewerker",
                    ${
                      TIJDEN === 'nl'
                        ? `to_char(e.lokaal, 'DD-MM-YYYY HH24:MI')`
                        : `to_char(e.lokaal AT TIME ZONE 'Europe/Amsterdam' AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`
                    } AS "Datum", ${alsLabel('e.kanaal', domein.KANAAL_LABELS)} AS "Kanaal",
                    ${alsLabel('e.initiatief', domein.INITIATIEF_LABELS)} AS "Initiatief",
                    ${alsLabel('e.resultaat', domein.RESULTAAT_LABELS)} AS "Resultaat", e.onderwerp AS "Onderwerp",
                    e.samenvatting AS "Samenvatting"
               FROM export_contact e JOIN export_klant k ON k.id = e.klant_id JOIN medewerker m ON m.id = e.medewerker_id
              ORDER BY e.nr) TO STDOUT (FORMAT csv, HEADER, DELIMITER ';')`,
      bestanden.contactmomenten,
      true,
    );
    grootte.klantCopy = await naarBestand(
      `COPY (SELECT id, organisatie_id, import_bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep,
                    startdatum_uitkering, dienstverleningscategorie, klantmanager_id, adres, telefoon, email
               FROM export_klant ORDER BY import_bsn) TO STDOUT`,
      bestanden.klantCopy,
    );
    grootte.contactCopy = await naarBestand(
      `COPY (SELECT '${ORG}'::uuid, klant_id, medewerker_id, lokaal AT TIME ZONE 'Europe/Amsterdam', kanaal, initiatief,
                    resultaat, onderwerp, samenvatting, '${BRON}', 'CM' || lpad(nr::text, 8, '0')
               FROM export_contact ORDER BY nr) TO STDOUT`,
      bestanden.contactCopy,
    );
    // The organisatie around the clients, as rows to insert elsewhere.
    const opzet = {};
    for (const [tabel, kolommen] of Object.entries(OPZET)) {
      opzet[tabel] = (
        await c.query(
          `SELECT ${kolommen.join(', ')} FROM ${tabel} WHERE ${tabel === 'organisatie' ? 'id' : 'organisatie_id'} = $1`,
          [ORG],
        )
      ).rows;
    }
    return { bestanden, grootte, opzet, herhaald };
  });
}

/** The organisatie without its clients: what a gemeente sets up before its first import. */
const OPZET = {
  organisatie: ['id', 'naam'],
  gemeente: ['id', 'organisatie_id', 'cbs_code', 'naam'],
  team: ['id', 'organisatie_id', 'naam'],
  medewerker: ['id', 'organisatie_id', 'team_id', 'gebruikersnaam', 'naam', 'rol', 'wachtwoord_hash'],
};

async function maakDatabase(basisUrl, naam, migreer, opzet) {
  await metClient(`${basisUrl}/postgres`, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${naam}`);
    await c.query(`CREATE DATABASE ${naam}`);
  });
  const url = `${basisUrl}/${naam}`;
  await migreer(url);
  await metClient(url, async (c) => {
    for (const [tabel, kolommen] of Object.entries(OPZET)) {
      const rijen = opzet[tabel];
      // One statement per table: the organisatie insert trigger makes its contactnormen, instelling and categories.
      await c.query(
        `INSERT INTO ${tabel} (${kolommen.join(', ')})
         SELECT ${kolommen.join(', ')} FROM jsonb_populate_recordset(NULL::${tabel}, $1::jsonb)`,
        [JSON.stringify(rijen)],
      );
    }
    await c.query(
      `INSERT INTO medewerker (organisatie_id, gebruikersnaam, naam, rol, wachtwoord_hash)
       SELECT organisatie_id, $1, 'Beheerder Benchmark', 'beheerder', wachtwoord_hash FROM medewerker
        WHERE organisatie_id = $2 AND gebruikersnaam = 'bench-km001'`,
      [BEHEERDER, ORG],
    );
    await c.query('VACUUM (ANALYZE)');
  });
  return url;
}

/** The baseline: the same rows with a bare COPY, as the owner, into a fresh organisatie with the same setup. */
async function kaleCopy(basisUrl, migreer, opzet, bestanden) {
  const url = await maakDatabase(basisUrl, 'kib_import_copy', migreer, opzet);
  const tijden = await metClient(url, async (c) => {
    const laad = async (sql, pad) => {
      const t0 = performance.now();
      await c.query('BEGIN');
      // As in the import's execution: the per-row laatst_gezien_op trigger leaves the work for later.
      await c.query(`SELECT set_config('kib.import', 'aan', true)`);
      await pipeline(createReadStream(pad, { highWaterMark: 256 * 1024 }), c.query(copyFrom(sql)));
      await c.query('COMMIT');
      return performance.now() - t0;
    };
    return {
      klanten: await laad(
        `COPY klant (id, organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep,
                     startdatum_uitkering, dienstverleningscategorie, klantmanager_id, adres, telefoon, email) FROM STDIN`,
        bestanden.klantCopy,
      ),
      contactmomenten: await laad(
        `COPY contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat,
                             onderwerp, samenvatting, bron, bron_id) FROM STDIN`,
        bestanden.contactCopy,
      ),
    };
  });
  await metClient(`${basisUrl}/postgres`, (c) => c.query(`DROP DATABASE kib_import_copy`));
  return tijden;
}

// ---------------------------------------------------------------------------------------------- the app
async function startServer(main, env) {
  const port = await vrijePoort();
  let uitvoer = '';
  const proces = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proces.stdout.on('data', (d) => (uitvoer = (uitvoer + d).slice(-20_000)));
  proces.stderr.on('data', (d) => (uitvoer = (uitvoer + d).slice(-20_000)));
  const stop = () =>
    new Promise((klaar) => (proces.exitCode !== null ? klaar() : (proces.once('exit', klaar), proces.kill('SIGTERM'))));
  const url = `http://127.0.0.1:${port}`;
  for (const tot = Date.now() + 90_000; Date.now() < tot;) {
    if (proces.exitCode !== null) throw new Error(`De server stopte meteen:\n${uitvoer}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop, pid: proces.pid, uitvoer: () => uitvoer };
    } catch {
      // not listening yet
    }
    await wacht(250);
  }
  await stop();
  throw new Error(`De server kwam niet op:\n${uitvoer}`);
}

const KOPPEN = { 'content-type': 'application/json', 'x-requested-with': 'klant-in-beeld' };

/** The beheerder's login: password, then TOTP (set up at this first login, as the app asks). */
async function loginBeheerder(server, totpCode) {
  const eerste = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: KOPPEN,
    body: JSON.stringify({ gebruikersnaam: BEHEERDER, wachtwoord: WACHTWOORD }),
  });
  const antwoord = await eerste.json();
  if (eerste.status !== 200 || antwoord.tweedeStap !== 'totp_instellen')
    throw new Error(`Inloggen als ${BEHEERDER}: ${eerste.status} ${JSON.stringify(antwoord)}`);
  const tweede = await fetch(`${server.url}/api/auth/login/totp`, {
    method: 'POST',
    headers: KOPPEN,
    body: JSON.stringify({ tussenToken: antwoord.tussenToken, code: await totpCode(antwoord.totp.geheim) }),
  });
  const sessie = await tweede.json();
  if (tweede.status !== 200) throw new Error(`TOTP-stap van ${BEHEERDER}: ${tweede.status} ${JSON.stringify(sessie)}`);
  return sessie.accessToken;
}

// ---------------------------------------------------------------------------------------------- sampling
function procStatus(pid) {
  try {
    const tekst = readFileSync(`/proc/${pid}/status`, 'utf8');
    const veld = (naam) => Number(new RegExp(`^${naam}:\\s+(\\d+) kB`, 'm').exec(tekst)?.[1] ?? NaN);
    return { rss: veld('VmRSS'), hwm: veld('VmHWM') };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

/**
 * One phase (upload, dry run, execution): the app's peak RSS (VmHWM reset at the start where the kernel allows it,
 * else the highest VmRSS seen) and what its database sessions were doing, tallied per statement from
 * pg_stat_activity every PEILEN_MS.
 */
function startMeting(pid, bewaker) {
  let hwmGereset = false;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    hwmGereset = true;
  } catch {
    // not allowed: fall back to the sampled VmRSS
  }
  let maxRss = procStatus(pid).rss;
  const statements = new Map();
  let peilingen = 0;
  let bezig = false;
  const timer = setInterval(async () => {
    maxRss = Math.max(maxRss, procStatus(pid).rss || 0);
    if (bezig) return;
    bezig = true;
    try {
      const { rows } = await bewaker.query(
        `SELECT state, wait_event, regexp_replace(left(query, 400), '\\s+', ' ', 'g') AS query FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
            AND state IN ('active', 'idle in transaction') AND query NOT LIKE '%FROM import_taak t%'
            AND query NOT LIKE '%kib_sessie_controleer%'`,
      );
      peilingen++;
      for (const r of rows) {
        const tekst = r.query.trim();
        const sleutel =
          r.state === 'idle in transaction'
            ? '(idle in transaction: een verzoek wacht op de bezette event loop van Node)'
            : `${tekst.slice(0, 110)}${r.wait_event === 'ClientRead' ? '  [wacht op Node]' : ''}`;
        statements.set(sleutel, (statements.get(sleutel) ?? 0) + 1);
      }
    } catch {
      // a sample lost is no error
    } finally {
      bezig = false;
    }
  }, PEILEN_MS);
  return () => {
    clearInterval(timer);
    const { rss, hwm } = procStatus(pid);
    const piek = Math.max(maxRss, rss || 0, hwmGereset ? hwm || 0 : 0);
    const top = [...statements.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    return { piekKb: piek, hwmGereset, peilingen, top };
  };
}

// ---------------------------------------------------------------------------------------------- one import
async function volgTaak(server, token, id, zolang) {
  for (;;) {
    const antwoord = await fetch(`${server.url}/api/importen/${id}`, { headers: { authorization: `Bearer ${token}` } });
    const taak = await antwoord.json();
    if (antwoord.status !== 200) throw new Error(`GET /api/importen/${id}: ${antwoord.status} ${JSON.stringify(taak)}`);
    if (taak.status !== zolang) return taak;
    await wacht(PEILEN_MS);
  }
}

async function importeer(server, token, bewaker, soort, pad) {
  const fase = async (werk) => {
    const stop = startMeting(server.pid, bewaker);
    const t0 = performance.now();
    const uitkomst = await werk();
    return { ...uitkomst, ms: performance.now() - t0, ...stop() };
  };
  const upload = await fase(async () => {
    const form = new FormData();
    form.set('soort', soort);
    form.set('bron', BRON);
    form.set('bestand', await openAsBlob(pad, { type: 'text/csv' }), `${soort}.csv`);
    const antwoord = await fetch(`${server.url}/api/importen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-requested-with': 'klant-in-beeld' },
      body: form,
    });
    const body = await antwoord.json();
    if (antwoord.status !== 202)
      throw new Error(`POST /api/importen (${soort}): ${antwoord.status} ${JSON.stringify(body)}`);
    return { id: body.id };
  });
  const proefrun = await fase(async () => ({ taak: await volgTaak(server, token, upload.id, 'controleren') }));
  if (proefrun.taak.status !== 'klaar')
    throw new Error(
      `Proefrun ${soort}: ${proefrun.taak.status}, ${JSON.stringify(proefrun.taak.rijen)}, ${JSON.stringify(proefrun.taak.fouten.slice(0, 5))}\n${server.uitvoer().slice(-3000)}`,
    );
  const uitvoering = await fase(async () => {
    const antwoord = await fetch(`${server.url}/api/importen/${upload.id}/uitvoeren`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-requested-with': 'klant-in-beeld' },
    });
    if (antwoord.status !== 202) throw new Error(`uitvoeren (${soort}): ${antwoord.status} ${await antwoord.text()}`);
    return { taak: await volgTaak(server, token, upload.id, 'uitvoeren') };
  });
  if (uitvoering.taak.status !== 'uitgevoerd')
    throw new Error(`Uitvoeren ${soort}: ${uitvoering.taak.status}\n${server.uitvoer().slice(-3000)}`);
  return { soort, upload, proefrun, uitvoering, totaalMs: upload.ms + proefrun.ms + uitvoering.ms };
}

// ---------------------------------------------------------------------------------------------- main
async function hoofd() {
  const totaalBegin = performance.now();
  if (!existsSync(join(DIST_API, 'apps/api/src/main.js')))
    throw new Error('Bouw eerst: npx nx run-many -t build -p api web');
  const tmp = mkdtempSync(join(tmpdir(), 'kib-bench-import-'));
  chmodSync(tmp, 0o755); // initdb runs as the postgres user when we are root
  opruimen.push(async () => rmSync(tmp, { recursive: true, force: true }));
  cpSync(DIST_API, join(tmp, 'dist/api'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  const api = (pad) => join(tmp, 'dist/api/apps/api/src', pad);
  const require = createRequire(api('main.js'));
  const { startEmbeddedPostgres } = require(api('database/embedded-postgres.js'));
  const { migreer } = require(api('database/voorbereiden.js'));
  const rollen = require(api('database/rollen.js'));
  const { totpCode } = require(api('auth/totp.js'));
  const domein = require('@klant-in-beeld/domain');
  const map = join(tmp, 'bestanden');
  mkdirSync(map);

  const db = await startEmbeddedPostgres({
    dataDir: join(tmp, 'data'),
    port: await vrijePoort(),
    persistent: false,
    snel: true,
  });
  opruimen.push(() => db.stop());
  const basisUrl = db.url.replace(/\/klant_in_beeld$/, '');
  const versie = await metClient(
    db.url,
    async (c) => (await c.query(`SELECT current_setting('server_version') AS v`)).rows[0].v,
  );
  log(
    `Import-benchmark (${n(KLANTEN)} klanten, ${n(CONTACTEN)} contactmomenten, tijden ${TIJDEN}) — ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadavg()[0].toFixed(2)}; PostgreSQL ${versie} (ingebouwd, fsync=off); Node ${process.version}`,
  );

  // 1. The files, from a generated organisatie in a scratch database.
  const bronUrl = `${basisUrl}/kib_import_bron`;
  await metClient(`${basisUrl}/postgres`, (c) => c.query(`CREATE DATABASE kib_import_bron`));
  await migreer(bronUrl);
  const data = await genereer(bronUrl, KLANTEN);
  log(
    `Gegenereerd in ${sec(data.tijden.totaal)}: ${data.tellingen
      .filter((r) => ['klant', 'contactmoment', 'medewerker'].includes(r.tabel))
      .map((r) => `${r.tabel} ${n(r.n)}`)
      .join(', ')}`,
  );
  const t0 = performance.now();
  const { bestanden, grootte, opzet, herhaald } = await schrijfBestanden(bronUrl, map, domein);
  await metClient(`${basisUrl}/postgres`, (c) => c.query(`DROP DATABASE kib_import_bron`));
  log(
    `Bestanden in ${sec(performance.now() - t0)}: klanten.csv ${n(KLANTEN)} rijen ${(grootte.klanten / 2 ** 20).toFixed(1)} MB, contactmomenten.csv ${n(CONTACTEN)} rijen ${(grootte.contactmomenten / 2 ** 20).toFixed(1)} MB${herhaald ? ` (${n(herhaald)} herhaald, een dag eerder)` : ''}; COPY-bestanden ${(grootte.klantCopy / 2 ** 20).toFixed(1)} + ${(grootte.contactCopy / 2 ** 20).toFixed(1)} MB`,
  );

  // 2. The baseline, before.
  const copyVoor = await kaleCopy(basisUrl, migreer, opzet, bestanden);
  log(`Kale COPY (vooraf): klant ${sec(copyVoor.klanten)}, contactmoment ${sec(copyVoor.contactmomenten)}`);

  // 3. The imports, through the built app.
  const doelUrl = await maakDatabase(basisUrl, 'kib_import_doel', migreer, opzet);
  const appUrl = await rollen.zorgVoorToepassingsLogin(doelUrl, 'kib_bench_toepassing', 'bench-toepassing-wachtwoord');
  const server = await startServer(api('main.js'), {
    DATABASE_URL: appUrl,
    DATABASE_EIGENAAR_URL: doelUrl,
    DATA_DIR: join(tmp, 'app'),
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'bench-' + 'x'.repeat(42),
    DATABASE_POOL_MAX: '20',
    RAPPORTAGES_VOORBEREIDEN: 'false',
    IMPORT_MAX_MB: String(Math.max(200, Math.ceil(grootte.contactmomenten / 2 ** 20) + 1)),
  });
  opruimen.push(() => server.stop());
  log(`App gestart (pid ${server.pid}), RSS na het starten ${mb(procStatus(server.pid).rss)}`);
  const token = await loginBeheerder(server, totpCode);
  const bewaker = new pg.Client({ connectionString: doelUrl });
  await bewaker.connect();
  opruimen.push(() => bewaker.end());
  const telDoel = async () =>
    (
      await bewaker.query(`SELECT (SELECT count(*) FROM klant)::int AS klant, (SELECT count(*) FROM contactmoment)::int AS contactmoment,
                                  (SELECT count(*) FROM wijziging WHERE resource <> 'import')::int AS wijziging, (SELECT count(*) FROM klant_toewijzing)::int AS toewijzing`)
    ).rows[0];

  const rondes = [];
  for (const ronde of ['leeg', 'vol']) {
    const voor = await telDoel();
    const imports = [];
    for (const soort of ['klanten', 'contactmomenten']) {
      const uitkomst = await importeer(server, token, bewaker, soort, bestanden[soort]);
      imports.push(uitkomst);
      const p = uitkomst.proefrun.taak.rijen;
      const u = uitkomst.uitvoering.taak.rijen;
      log(
        `Import ${soort} in de ${ronde === 'leeg' ? 'lege' : 'volle'} organisatie: upload ${sec(uitkomst.upload.ms)}, proefrun ${sec(uitkomst.proefrun.ms)} (nieuw ${n(p.nieuw)}, gewijzigd ${n(p.gewijzigd)}, ongewijzigd ${n(p.ongewijzigd)}, fout ${n(p.fout)}), uitvoeren ${sec(uitkomst.uitvoering.ms)} (nieuw ${n(u.nieuw)}, gewijzigd ${n(u.gewijzigd)}); piek-RSS ${mb(Math.max(uitkomst.upload.piekKb, uitkomst.proefrun.piekKb, uitkomst.uitvoering.piekKb))}`,
      );
    }
    const na = await telDoel();
    rondes.push({ ronde, imports, voor, na });
    // Autovacuum of the rows just written would otherwise run into the next round.
    await bewaker.query('VACUUM (ANALYZE)');
  }
  const { rows: laatstGezien } = await bewaker.query(`SELECT count(*)::int AS afwijkend FROM klant k
      LEFT JOIN (SELECT klant_id, max(plaatsgevonden_op) AS m FROM contactmoment WHERE telt_als_gezien GROUP BY klant_id) c ON c.klant_id = k.id
     WHERE k.laatst_gezien_op IS DISTINCT FROM c.m`);
  await bewaker.end();
  opruimen.pop();
  await server.stop();
  opruimen.pop();

  // 2b. The baseline, after (the machine is shared: both runs count, the ratio uses their mean).
  const copyNa = await kaleCopy(basisUrl, migreer, opzet, bestanden);
  log(`Kale COPY (achteraf): klant ${sec(copyNa.klanten)}, contactmoment ${sec(copyNa.contactmomenten)}`);
  const copy = {
    klanten: (copyVoor.klanten + copyNa.klanten) / 2,
    contactmomenten: (copyVoor.contactmomenten + copyNa.contactmomenten) / 2,
  };
  copy.totaal = copy.klanten + copy.contactmomenten;

  // ------------------------------------------------------------------------------------------ report
  log('\n=== Resultaat ===');
  log(`${n(KLANTEN)} klanten, ${n(CONTACTEN)} contactmomenten; tijden in seconden, RSS is de piek van de app per fase`);
  log(
    '| organisatie | soort | upload | proefrun | uitvoeren | import totaal | kale COPY | import/COPY | piek-RSS upload / proefrun / uitvoeren |',
  );
  log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rondes) {
    for (const i of r.imports) {
      log(
        `| ${r.ronde} | ${i.soort} | ${(i.upload.ms / 1000).toFixed(1)} | ${(i.proefrun.ms / 1000).toFixed(1)} | ${(i.uitvoering.ms / 1000).toFixed(1)} | ${(i.totaalMs / 1000).toFixed(1)} | ${(copy[i.soort] / 1000).toFixed(1)} | ${(i.totaalMs / copy[i.soort]).toFixed(2)} | ${mb(i.upload.piekKb)} / ${mb(i.proefrun.piekKb)} / ${mb(i.uitvoering.piekKb)} |`,
      );
    }
    const totaal = r.imports.reduce((s, i) => s + i.totaalMs, 0);
    log(
      `| ${r.ronde} | samen | | | | ${(totaal / 1000).toFixed(1)} | ${(copy.totaal / 1000).toFixed(1)} | ${(totaal / copy.totaal).toFixed(2)} | |`,
    );
  }
  log(
    `Kale COPY: vooraf klant ${sec(copyVoor.klanten)} + contactmoment ${sec(copyVoor.contactmomenten)}, achteraf ${sec(copyNa.klanten)} + ${sec(copyNa.contactmomenten)}`,
  );
  log(
    `Database na de eerste import: klant ${n(rondes[0].na.klant)}, contactmoment ${n(rondes[0].na.contactmoment)}, wijziging ${n(rondes[0].na.wijziging - rondes[0].voor.wijziging)} nieuw; na de tweede: wijziging +${n(rondes[1].na.wijziging - rondes[1].voor.wijziging)}, klant_toewijzing +${n(rondes[1].na.toewijzing - rondes[1].voor.toewijzing)}; laatst_gezien_op afwijkend ${laatstGezien[0].afwijkend}`,
  );
  const hwmGereset = rondes.every((r) => r.imports.every((i) => i.proefrun.hwmGereset));
  log(
    `RSS: ${hwmGereset ? 'VmHWM per fase (teruggezet via /proc/<pid>/clear_refs) en VmRSS elke 250 ms' : 'hoogste VmRSS, elke 250 ms gelezen (VmHWM kon niet worden teruggezet)'}`,
  );

  log('\nWaar de tijd heen gaat (pg_stat_activity elke 250 ms; per fase de statements met de meeste peilingen):');
  for (const r of rondes) {
    for (const i of r.imports) {
      for (const [naam, fase] of [
        ['proefrun', i.proefrun],
        ['uitvoeren', i.uitvoering],
      ]) {
        log(`  ${r.ronde}, ${i.soort}, ${naam} (${sec(fase.ms)}, ${fase.peilingen} peilingen):`);
        for (const [statement, aantal] of fase.top)
          log(`    ${((aantal * PEILEN_MS) / 1000).toFixed(1).padStart(6)} s  ${statement}`);
      }
    }
  }

  const doelen = [];
  const doel = (omschrijving, ok, waarde) => doelen.push({ omschrijving, ok, waarde });
  for (const r of rondes) {
    const totaal = r.imports.reduce((s, i) => s + i.totaalMs, 0);
    doel(
      `import in de ${r.ronde === 'leeg' ? 'lege' : 'volle'} organisatie ≤ ${DOEL_IMPORT_COPY}× kale COPY`,
      totaal / copy.totaal <= DOEL_IMPORT_COPY,
      `${(totaal / copy.totaal).toFixed(2)} (${sec(totaal)} tegen ${sec(copy.totaal)})`,
    );
  }
  const piek = Math.max(
    ...rondes.flatMap((r) => r.imports.flatMap((i) => [i.upload.piekKb, i.proefrun.piekKb, i.uitvoering.piekKb])),
  );
  doel(`piek-RSS van de app ≤ ${DOEL_RSS_MB} MB`, piek / 1024 <= DOEL_RSS_MB, mb(piek));
  const tweede = rondes[1].imports;
  const veranderd = tweede.reduce(
    (s, i) =>
      s +
      i.proefrun.taak.rijen.nieuw +
      i.proefrun.taak.rijen.gewijzigd +
      i.uitvoering.taak.rijen.nieuw +
      i.uitvoering.taak.rijen.gewijzigd,
    0,
  );
  const geschreven =
    rondes[1].na.wijziging - rondes[1].voor.wijziging + (rondes[1].na.toewijzing - rondes[1].voor.toewijzing);
  doel(
    'tweede import: 0 nieuw en 0 gewijzigd (proefrun en uitvoeren), niets in de audit',
    veranderd === 0 && geschreven === 0,
    `nieuw + gewijzigd ${veranderd}, auditregels ${geschreven}`,
  );
  const eerste = rondes[0];
  doel(
    'eerste import: alle rijen nieuw, laatst_gezien_op klopt',
    eerste.na.klant === KLANTEN && eerste.na.contactmoment === CONTACTEN && laatstGezien[0].afwijkend === 0,
    `klant ${n(eerste.na.klant)}, contactmoment ${n(eerste.na.contactmoment)}, afwijkend ${laatstGezien[0].afwijkend}`,
  );
  log('');
  for (const d of doelen) log(`${d.ok ? 'PASS' : 'FAIL'}  ${d.omschrijving}: ${d.waarde}`);
  log(`\nTotale duur ${sec(performance.now() - totaalBegin)}`);
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
