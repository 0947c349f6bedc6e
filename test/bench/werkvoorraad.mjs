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
import argon2 from 'argon2';
import pg from 'pg';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// ---------------------------------------------------------------------------------------------- options
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : 'true'];
  }),
);
const GROOTTES = (args.sizes ?? '5000,50000').split(',').map(Number).sort((a, b) => a - b);
const DUUR_S = Number(args.duration ?? 15);
const OPWARMEN_S = Number(args.warmup ?? 3);
const VERBINDINGEN = Number(args.connections ?? 16);
const SERIEEL_S = Number(args.serial ?? 6); // one connection, for the latency without queueing
const RONDES = Number(args.rounds ?? 5); // API and SQL alternate in this many rounds
const EXTRA_SQL = args['extra-sql'] ? readFileSync(resolve(args['extra-sql']), 'utf8') : undefined;
// Another build of the API to measure (e.g. a patched copy, to try a code change); default dist/api.
const DIST_API = resolve(args.dist ?? join(ROOT, 'dist/api'));
const PER_KLANTMANAGER = 150;
const WACHTWOORD = 'Bench-wachtwoord-2026';
const GEMETEN = 'bench-km001';

// Targets from the issue.
const DOEL_P95_API_MS = 25;
const DOEL_API_SQL = 2;
const DOEL_GROOT_KLEIN = 1.3;

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
    for (let groeit = true; groeit; ) {
      groeit = false;
      for (const [pid, ouder] of ouders) if (!eigen.has(pid) && eigen.has(ouder)) (eigen.add(pid), (groeit = true));
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

// ---------------------------------------------------------------------------------------------- data generator
/**
 * Stages one block of clients (nr van..tot) in temp tables. The measured klantmanager's 150 clients are their own
 * block with their own seed, so his dossier is identical at every organisatie size and only the rest grows.
 */
function stageBlok({ van, tot, seed, gemeten, K, zonderKm }) {
  const kmExpr = gemeten ? '1' : `CASE WHEN nr <= ${PER_KLANTMANAGER + zonderKm} THEN NULL ELSE 2 + floor(r_km * ${K - 1})::int END`;
  const statusExpr = gemeten ? `'actief'` : `CASE WHEN nr > ${PER_KLANTMANAGER + zonderKm} AND r_status < 0.03 THEN 'uitgestroomd' ELSE 'actief' END`;
  const bereik = `g.nr BETWEEN ${van} AND ${tot}`;
  return [
    `SELECT setseed(${seed})`,
    // Clients: ~2% new (intake pending), ~35% 'stil' (not spoken for 12–28 months), the rest seen regularly.
    `INSERT INTO gen_klant
     WITH r AS MATERIALIZED (
       SELECT nr, random() AS r_groep, random() AS r_cat, random() AS r_start, random() AS r_status, random() AS r_km,
              random() AS r_n, random() AS r_stil, random() AS r_vrij, random() AS r_hist, random() AS r_naam,
              random() AS r_naam2, random() AS r_geb, random() AS r_gem, random() AS r_doel, random() AS r_afspraak,
              random() AS r_ladder, random() AS r_uitstroom
         FROM generate_series(${van}, ${tot}) nr
     ), a AS MATERIALIZED (
       SELECT r.*,
              CASE WHEN r_groep < 0.02 THEN 'nieuw' WHEN r_groep < 0.37 THEN 'stil' ELSE 'gezien' END AS groep,
              ${kmExpr} AS km_nr, ${statusExpr} AS status
         FROM r
     ), b AS MATERIALIZED (
       SELECT a.*,
              CASE WHEN groep = 'nieuw' THEN current_date - floor(r_start * 45)::int
                   ELSE current_date - (60 + floor(power(r_start, 1.6) * 3600))::int END AS startdatum
         FROM a
     ), c AS MATERIALIZED (
       SELECT b.*,
              CASE WHEN status = 'uitgestroomd' THEN startdatum + greatest(1, floor(r_uitstroom * (current_date - startdatum))::int) END AS uitstroomdatum
         FROM b
     ), d AS MATERIALIZED (
       SELECT c.*,
              greatest(startdatum + time '09:00', now() - interval '3 years') AS van_t,
              CASE WHEN uitstroomdatum IS NULL THEN now() ELSE uitstroomdatum + time '17:00' END AS tot_t
         FROM c
     )
     SELECT nr, md5('klant-' || nr)::uuid, km_nr, status, groep,
            CASE WHEN r_cat < 0.08 THEN 'job_ready' WHEN r_cat < 0.25 THEN 'bijna_job_ready' WHEN r_cat < 0.50 THEN 'nog_niet_job_ready'
                 WHEN r_cat < 0.82 THEN 'niet_job_ready' ELSE 'beheer' END,
            startdatum, uitstroomdatum, van_t, greatest(van_t, tot_t),
            CASE WHEN groep = 'stil' THEN now() - (365 + floor(r_stil * 500)) * interval '1 day' END,
            CASE WHEN groep = 'nieuw' THEN 0
                 ELSE ceil((7 + r_n * 41) * least(1, extract(epoch FROM greatest(van_t, tot_t) - van_t) / (1095 * 86400)))::int END,
            CASE WHEN groep = 'nieuw' THEN floor(r_afspraak * 2)::int ELSE 1 + floor(r_afspraak * 5)::int END,
            CASE WHEN groep = 'nieuw' THEN floor(r_ladder * 2)::int ELSE 1 + floor(r_ladder * 3)::int END,
            r_vrij, r_hist, r_naam, r_naam2, r_geb, r_gem, r_doel
       FROM d`,
    // Contact attempts over the client's time on benefit (at most 3 years back), the first being the intake.
    `INSERT INTO gen_contact (klant_id, km_nr, t, kanaal, resultaat, initiatief, r_tekst)
     WITH c AS MATERIALIZED (
       SELECT g.id, coalesce(g.km_nr, 2) AS km_nr, g.groep, g.stil_sinds, s = 1 AS intake,
              CASE WHEN s = 1 THEN g.startdatum + 7 + floor(random() * 14)::int + time '10:00' ELSE g.van_t + random() * (g.tot_t - g.van_t) END AS t,
              random() AS r_kanaal, random() AS r_res, random() AS r_init, random() AS r_tekst
         FROM gen_klant g CROSS JOIN LATERAL generate_series(1, g.n_contact) s
        WHERE ${bereik}
     ), k AS MATERIALIZED (
       SELECT c.*,
              CASE WHEN intake THEN 'gesprek_op_locatie' WHEN r_kanaal < 0.26 THEN 'gesprek_op_locatie' WHEN r_kanaal < 0.50 THEN 'telefoon' WHEN r_kanaal < 0.58 THEN 'beeldbellen'
                   WHEN r_kanaal < 0.63 THEN 'huisbezoek' WHEN r_kanaal < 0.78 THEN 'email' WHEN r_kanaal < 0.90 THEN 'brief' ELSE 'bericht' END AS kanaal
         FROM c
     )
     SELECT id, km_nr, t, kanaal,
            CASE WHEN intake THEN 'gesproken'
                 WHEN kanaal IN ('email', 'brief', 'bericht') THEN 'verstuurd'
                 WHEN groep = 'stil' AND t > stil_sinds THEN
                   CASE WHEN kanaal = 'telefoon' THEN CASE WHEN r_res < 0.8 THEN 'niet_bereikt' ELSE 'afgezegd' END
                        ELSE CASE WHEN r_res < 0.6 THEN 'no_show' ELSE 'afgezegd' END END
                 WHEN kanaal = 'telefoon' THEN CASE WHEN r_res < 0.75 THEN 'gesproken' WHEN r_res < 0.95 THEN 'niet_bereikt' ELSE 'afgezegd' END
                 ELSE CASE WHEN r_res < 0.82 THEN 'gesproken' WHEN r_res < 0.92 THEN 'no_show' ELSE 'afgezegd' END END,
            CASE WHEN r_init < 0.8 THEN 'gemeente' ELSE 'klant' END,
            r_tekst
       FROM k`,
    // Afspraken: ~3 per client in the last two years; ~12% of the ended ones were never closed (still 'lopend').
    `INSERT INTO gen_afspraak (klant_id, km_nr, soort, startdatum, einddatum, status, r_tekst)
     WITH a AS MATERIALIZED (
       SELECT g.id, coalesce(g.km_nr, 2) AS km_nr, g.status AS klant_status,
              greatest(g.van_t, now() - interval '2 years')::date AS a_van, g.tot_t::date AS a_tot,
              random() AS r_start, random() AS r_duur, random() AS r_status, random() AS r_soort, random() AS r_tekst
         FROM gen_klant g CROSS JOIN LATERAL generate_series(1, g.n_afspraak) s
        WHERE ${bereik}
     ), b AS MATERIALIZED (
       SELECT a.*, a_van + floor(r_start * (a_tot - a_van + 1))::int AS startdatum FROM a
     ), c AS MATERIALIZED (
       SELECT b.*, startdatum + 14 + floor(r_duur * 166)::int AS einddatum FROM b
     )
     SELECT id, km_nr,
            (ARRAY['vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'werkervaringsplaats', 'solliciteren',
                   'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig'])[1 + floor(r_soort * 12)::int],
            startdatum, einddatum,
            CASE WHEN klant_status = 'uitgestroomd' THEN CASE WHEN r_status < 0.5 THEN 'nagekomen' ELSE 'vervallen' END
                 WHEN einddatum >= current_date THEN 'lopend'
                 WHEN r_status < 0.12 THEN 'lopend' WHEN r_status < 0.72 THEN 'nagekomen' WHEN r_status < 0.88 THEN 'niet_nagekomen' ELSE 'vervallen' END,
            r_tekst
       FROM c`,
    // Vrijstellingen: 27% of the active clients have a current one (half informeel; some formele and ~1/3 of the
    // informele are past their einddatum, so ~21% is exempted today), 6% more an older, withdrawn one.
    `INSERT INTO gen_vrijstelling (klant_id, km_nr, soort, reden, ingangsdatum, einddatum, herbeoordelingsdatum, ingetrokken_op, r_omvang)
     WITH v AS MATERIALIZED (
       SELECT g.id, coalesce(g.km_nr, 2) AS km_nr, g.r_vrij, g.startdatum, random() AS r_a, random() AS r_b, random() AS r_c, random() AS r_reden, random() AS r_omvang
         FROM gen_klant g
        WHERE ${bereik} AND g.status = 'actief' AND g.groep <> 'nieuw' AND g.r_vrij < 0.33
     ), w AS MATERIALIZED (
       SELECT v.*,
              CASE WHEN r_vrij < 0.135 THEN 'informeel' ELSE 'formeel' END AS soort,
              CASE WHEN r_vrij < 0.135 THEN current_date - floor(r_a * 220)::int
                   ELSE current_date - (21 + floor(r_a * 700))::int END AS ingangsdatum
         FROM v
     )
     SELECT id, km_nr, soort,
            (ARRAY['medisch_tijdelijk', 'medisch_tijdelijk', 'medisch_permanent', 'zorg_kind_onder_5', 'zorgtaken_overig', 'multiproblematiek',
                   'multiproblematiek', 'eerst_arbeidsfit', 'hoge_leeftijd', 'studie', 'overig'])[1 + floor(r_reden * 11)::int],
            ingangsdatum,
            CASE WHEN soort = 'informeel' THEN ingangsdatum + 90 + floor(r_b * 94)::int
                 WHEN r_b < 0.5 THEN NULL ELSE ingangsdatum + 365 + floor(r_b * 365)::int END,
            CASE WHEN soort = 'informeel' THEN ingangsdatum + 60 + floor(r_c * 30)::int
                 ELSE greatest(ingangsdatum, current_date - 20 + floor(r_c * 220)::int) END,
            CASE WHEN r_vrij >= 0.27 THEN least(current_date - 1, ingangsdatum + 30 + floor(r_c * 300)::int) END,
            r_omvang
       FROM w`,
    // Participatieladder: 1–3 metingen per client.
    `INSERT INTO gen_ladder (klant_id, km_nr, trede, doeltrede, gemeten_op)
     WITH l AS MATERIALIZED (
       SELECT g.id, coalesce(g.km_nr, 2) AS km_nr, g.van_t::date AS l_van, g.tot_t::date AS l_tot, random() AS r_trede, random() AS r_doel, random() AS r_datum
         FROM gen_klant g CROSS JOIN LATERAL generate_series(1, g.n_ladder) s
        WHERE ${bereik}
     ), t AS MATERIALIZED (
       SELECT l.*, CASE WHEN r_trede < 0.10 THEN 1 WHEN r_trede < 0.35 THEN 2 WHEN r_trede < 0.60 THEN 3 WHEN r_trede < 0.80 THEN 4 WHEN r_trede < 0.92 THEN 5 ELSE 6 END AS trede
         FROM l
     )
     SELECT id, km_nr, trede, CASE WHEN r_doel < 0.7 THEN least(6, trede + 1) END, l_van + floor(r_datum * (l_tot - l_van + 1))::int
       FROM t`,
    // Uitstel: ~1% of the clients have an 'uit_beeld' item postponed, ~1% an expired postponement.
    `INSERT INTO gen_uitstel (klant_id, km_nr, tot_datum)
     SELECT g.id, coalesce(g.km_nr, 2), CASE WHEN g.r_hist > 0.99 THEN current_date + 1 + floor(random() * 30)::int ELSE current_date - 1 - floor(random() * 60)::int END
       FROM gen_klant g
      WHERE ${bereik} AND g.status = 'actief' AND g.r_hist > 0.98`,
  ];
}

const STAGING = [
  `SET max_parallel_workers_per_gather = 0`,
  `CREATE TEMP TABLE gen_klant (nr int, id uuid, km_nr int, status text, groep text, categorie text, startdatum date, uitstroomdatum date,
     van_t timestamptz, tot_t timestamptz, stil_sinds timestamptz, n_contact int, n_afspraak int, n_ladder int,
     r_vrij float8, r_hist float8, r_naam float8, r_naam2 float8, r_geb float8, r_gem float8, r_doel float8)`,
  `CREATE TEMP TABLE gen_contact (klant_id uuid, km_nr int, t timestamptz, kanaal text, resultaat text, initiatief text, r_tekst float8)`,
  `CREATE TEMP TABLE gen_afspraak (klant_id uuid, km_nr int, soort text, startdatum date, einddatum date, status text, r_tekst float8)`,
  `CREATE TEMP TABLE gen_vrijstelling (klant_id uuid, km_nr int, soort text, reden text, ingangsdatum date, einddatum date,
     herbeoordelingsdatum date, ingetrokken_op date, r_omvang float8)`,
  `CREATE TEMP TABLE gen_ladder (klant_id uuid, km_nr int, trede int, doeltrede int, gemeten_op date)`,
  `CREATE TEMP TABLE gen_uitstel (klant_id uuid, km_nr int, tot_datum date)`,
];

const KM = (expr) => `md5('km-' || ${expr})::uuid`;

/** From the staging tables into the real ones, in time order (as production rows would have arrived). */
function laden({ org, K, T, hash }) {
  return [
    // The organisatie insert trigger creates its contactnormen and organisatie_instelling.
    `INSERT INTO organisatie (id, naam) VALUES ('${org}'::uuid, 'Sociale Dienst Benchmark')`,
    `INSERT INTO gemeente (id, organisatie_id, cbs_code, naam)
     VALUES (md5('gemeente-1')::uuid, '${org}'::uuid, 'GM0193', 'Zwolle'), (md5('gemeente-2')::uuid, '${org}'::uuid, 'GM0166', 'Kampen'),
            (md5('gemeente-3')::uuid, '${org}'::uuid, 'GM1708', 'Steenwijkerland')`,
    `INSERT INTO team (id, organisatie_id, naam) SELECT md5('team-' || t)::uuid, '${org}'::uuid, 'Team ' || t FROM generate_series(1, ${T}) t`,
    `INSERT INTO medewerker (id, organisatie_id, team_id, gebruikersnaam, naam, rol, wachtwoord_hash)
     SELECT ${KM('n')}, '${org}'::uuid, md5('team-' || (1 + (n - 1) % ${T}))::uuid, 'bench-km' || lpad(n::text, 3, '0'), 'Klantmanager ' || n, 'klantmanager', '${hash}'
       FROM generate_series(1, ${K}) n
     UNION ALL
     SELECT md5('tl-' || t)::uuid, '${org}'::uuid, md5('team-' || t)::uuid, 'bench-tl' || lpad(t::text, 3, '0'), 'Teamleider ' || t, 'teamleider', '${hash}'
       FROM generate_series(1, ${T}) t`,
    // Bulk load: the per-row triggers (klant_toewijzing, laatst_gezien_op) are replaced by set-based statements.
    `ALTER TABLE klant DISABLE TRIGGER USER`,
    `ALTER TABLE contactmoment DISABLE TRIGGER USER`,
    `INSERT INTO klant (id, organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, adres, telefoon, email, doelgroep,
                        startdatum_uitkering, dienstverleningscategorie, klantmanager_id, status, uitstroomdatum, uitstroomreden,
                        laatst_gezien_op, aangemaakt_op, gewijzigd_op)
     SELECT g.id, '${org}'::uuid, lpad((100000000 + g.nr * 7)::text, 9, '0'),
            (ARRAY['Anna', 'Mohamed', 'Fatima', 'Jan', 'Sanne', 'Ahmed', 'Eva', 'Pieter', 'Noor', 'Youssef', 'Lotte', 'Daan', 'Aisha', 'Kees',
                   'Mila', 'Samira', 'Thomas', 'Ilse', 'Mehmet', 'Wilma'])[1 + floor(g.r_naam * 20)::int],
            (ARRAY['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks',
                   'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yilmaz', 'El Amrani', 'Kaya', 'Boukhari', 'Tahiri', 'Postma',
                   'Kuipers', 'Veenstra', 'Kramer', 'van den Berg', 'Hoekstra', 'Koster'])[1 + floor(g.r_naam2 * 30)::int],
            date '1960-01-01' + floor(g.r_geb * 16000)::int,
            md5('gemeente-' || (1 + floor(g.r_gem * 3)::int))::uuid,
            jsonb_build_object('straat', 'Thorbeckegracht', 'huisnummer', (1 + g.nr % 180)::text, 'postcode', (8000 + g.nr % 100)::text || ' AB', 'woonplaats', 'Zwolle'),
            '06' || lpad((g.nr * 13 % 100000000)::text, 8, '0'), 'klant' || g.nr || '@example.nl',
            (ARRAY['brede_doelgroep', 'brede_doelgroep', 'brede_doelgroep', 'brede_doelgroep', 'statushouder', 'jongere_tot_27', 'doelgroepregister',
                   'beschut_werk', 'niet_uitkeringsgerechtigd'])[1 + floor(g.r_doel * 9)::int],
            g.startdatum, g.categorie, ${'CASE WHEN g.km_nr IS NULL THEN NULL ELSE ' + KM('g.km_nr') + ' END'},
            g.status, g.uitstroomdatum, CASE WHEN g.status = 'uitgestroomd' THEN 'werk_in_loondienst' END,
            c.laatst_gezien, g.startdatum + time '09:00', g.startdatum + time '09:00'
       FROM gen_klant g
       LEFT JOIN (SELECT klant_id, max(t) AS laatst_gezien FROM gen_contact
                   WHERE kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon') AND resultaat = 'gesproken'
                   GROUP BY klant_id) c ON c.klant_id = g.id
      ORDER BY g.startdatum, g.nr`,
    // Assignment history: the open row per client (as the trigger writes it), and for ~30% an earlier klantmanager.
    `INSERT INTO klant_toewijzing (organisatie_id, klant_id, klantmanager_id, van, tot)
     SELECT '${org}'::uuid, g.id, ${KM('2 + (g.nr % ' + (K - 1) + ')')}, g.startdatum + time '09:00', g.startdatum + time '09:00' + (now() - (g.startdatum + time '09:00')) / 2
       FROM gen_klant g WHERE g.r_hist < 0.3 AND g.km_nr IS NOT NULL AND g.startdatum < current_date - 30
     UNION ALL
     SELECT '${org}'::uuid, g.id, CASE WHEN g.km_nr IS NULL THEN NULL ELSE ${KM('g.km_nr')} END,
            CASE WHEN g.r_hist < 0.3 AND g.km_nr IS NOT NULL AND g.startdatum < current_date - 30
                 THEN g.startdatum + time '09:00' + (now() - (g.startdatum + time '09:00')) / 2 ELSE g.startdatum + time '09:00' END,
            NULL
       FROM gen_klant g`,
    `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, samenvatting, aangemaakt_op)
     SELECT '${org}'::uuid, c.klant_id, ${KM('c.km_nr')}, c.t, c.kanaal, c.initiatief, c.resultaat,
            (ARRAY['Voortgangsgesprek', 'Werk en re-integratie', 'Inkomen en uitkering', 'Gezondheid', 'Schulden', 'Taal', 'Zorg en gezin', 'Opleiding'])[1 + floor(c.r_tekst * 8)::int],
            CASE WHEN c.r_tekst < 0.85 THEN (ARRAY[
              'Besproken hoe het gaat met de zoektocht naar werk; klant solliciteert op twee vacatures en krijgt hulp bij het cv.',
              'Klant heeft last van de rug, huisarts is op de hoogte. Afgesproken over zes weken opnieuw te kijken naar vrijwilligerswerk.',
              'Taalcursus loopt goed, klant is naar niveau A2. Volgende stap: stage bij de kringloopwinkel bespreken.',
              'Brief verstuurd met uitnodiging voor een gesprek op locatie; klant gevraagd loonstroken mee te nemen.'])[1 + floor(c.r_tekst * 4.7)::int] END,
            c.t + interval '2 hours'
       FROM gen_contact c ORDER BY c.t`,
    `INSERT INTO afspraak (organisatie_id, klant_id, medewerker_id, soort, omschrijving, startdatum, einddatum, status, resultaat_toelichting, aangemaakt_op, gewijzigd_op)
     SELECT '${org}'::uuid, a.klant_id, ${KM('a.km_nr')}, a.soort, 'Afspraak ' || replace(a.soort, '_', ' ') || ' volgens plan van aanpak', a.startdatum, a.einddatum, a.status,
            CASE WHEN a.status <> 'lopend' THEN 'Afgerond en besproken met klant.' END, a.startdatum + time '10:00', a.startdatum + time '10:00'
       FROM gen_afspraak a ORDER BY a.startdatum`,
    `INSERT INTO vrijstelling (organisatie_id, klant_id, medewerker_id, soort, omvang, reden, ingangsdatum, einddatum, herbeoordelingsdatum,
                               beschikking_kenmerk, beschikking_datum, toelichting, ingetrokken_op, aangemaakt_op, gewijzigd_op)
     SELECT '${org}'::uuid, v.klant_id, ${KM('v.km_nr')}, v.soort,
            CASE WHEN v.r_omvang < 0.5 THEN ARRAY['arbeidsverplichtingen', 're_integratieverplichtingen']
                 WHEN v.r_omvang < 0.8 THEN ARRAY['arbeidsverplichtingen'] ELSE ARRAY['arbeidsverplichtingen', 're_integratieverplichtingen', 'tegenprestatie'] END,
            v.reden, v.ingangsdatum, v.einddatum, v.herbeoordelingsdatum,
            CASE WHEN v.soort = 'formeel' THEN 'BS-' || to_char(v.ingangsdatum, 'YYYY') || '-' || substr(md5(v.klant_id::text), 1, 6) END,
            CASE WHEN v.soort = 'formeel' THEN v.ingangsdatum END,
            'Rustperiode in overleg met klant.', v.ingetrokken_op, v.ingangsdatum + time '11:00', v.ingangsdatum + time '11:00'
       FROM gen_vrijstelling v ORDER BY v.ingangsdatum`,
    `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, doeltrede, gemeten_op, aangemaakt_op)
     SELECT '${org}'::uuid, l.klant_id, ${KM('l.km_nr')}, l.trede, l.doeltrede, l.gemeten_op, l.gemeten_op + time '12:00'
       FROM gen_ladder l ORDER BY l.gemeten_op`,
    `INSERT INTO werkvoorraad_uitstel (organisatie_id, klant_id, soort, tot_datum, reden, medewerker_id, aangemaakt_op)
     SELECT '${org}'::uuid, u.klant_id, 'uit_beeld', u.tot_datum, 'Klant verblijft tijdelijk in het buitenland', ${KM('u.km_nr')}, now() - interval '20 days'
       FROM gen_uitstel u`,
    `ALTER TABLE klant ENABLE TRIGGER USER`,
    `ALTER TABLE contactmoment ENABLE TRIGGER USER`,
  ];
}

async function genereer(url, grootte) {
  const K = Math.round(grootte / PER_KLANTMANAGER); // 333 at 50,000; 33 at 5,000
  const T = Math.ceil(K / 11);
  const zonderKm = Math.round(grootte * 0.01);
  const org = '00000000-0000-4000-8000-00000000b0b0';
  const hash = await argon2.hash(WACHTWOORD, { type: argon2.argon2id });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const begin = performance.now();
  try {
    await client.query(`SET temp_buffers = '2GB'`);
    for (const sql of STAGING) await client.query(sql);
    const blokken = [
      { van: 1, tot: PER_KLANTMANAGER, seed: 0.15, gemeten: true, K, zonderKm },
      { van: PER_KLANTMANAGER + 1, tot: grootte, seed: 0.35, gemeten: false, K, zonderKm },
    ];
    for (const blok of blokken) for (const sql of stageBlok(blok)) await client.query(sql);
    const staged = performance.now();
    for (const sql of laden({ org, K, T, hash })) await client.query(sql);
    const geladen = performance.now();
    await client.query('VACUUM (ANALYZE)');
    await client.query('CHECKPOINT');
    const klaar = performance.now();

    // The set-based laatst_gezien_op must equal what the trigger keeps.
    const [{ afwijkend }] = (
      await client.query(`SELECT count(*)::int AS afwijkend FROM klant k
        LEFT JOIN (SELECT klant_id, max(plaatsgevonden_op) AS m FROM contactmoment WHERE telt_als_gezien GROUP BY klant_id) c ON c.klant_id = k.id
        WHERE k.laatst_gezien_op IS DISTINCT FROM c.m`)
    ).rows;
    if (afwijkend !== 0) throw new Error(`${afwijkend} klanten hebben een onjuiste laatst_gezien_op na het laden`);

    const { rows: tellingen } = await client.query(`
      SELECT 'klant' AS tabel, count(*)::int AS n FROM klant UNION ALL SELECT 'klant (actief, zonder klantmanager)', count(*)::int FROM klant WHERE status = 'actief' AND klantmanager_id IS NULL
      UNION ALL SELECT 'klant (uitgestroomd)', count(*)::int FROM klant WHERE status = 'uitgestroomd'
      UNION ALL SELECT 'klant_toewijzing', count(*)::int FROM klant_toewijzing UNION ALL SELECT 'contactmoment', count(*)::int FROM contactmoment
      UNION ALL SELECT 'afspraak', count(*)::int FROM afspraak UNION ALL SELECT 'afspraak (lopend, einddatum verstreken)', count(*)::int FROM afspraak WHERE status = 'lopend' AND einddatum < current_date
      UNION ALL SELECT 'vrijstelling', count(*)::int FROM vrijstelling UNION ALL SELECT 'ladder_meting', count(*)::int FROM ladder_meting
      UNION ALL SELECT 'werkvoorraad_uitstel', count(*)::int FROM werkvoorraad_uitstel UNION ALL SELECT 'medewerker', count(*)::int FROM medewerker`);
    const { rows: profiel } = await client.query(`
      SELECT round(100.0 * count(*) FILTER (WHERE laatst_gezien_op IS NULL OR laatst_gezien_op < now() - interval '12 months') / count(*), 1) AS niet_gesproken_12m,
             round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM vrijstelling v WHERE v.klant_id = k.id
                   AND vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, current_date))) / count(*), 1) AS vrijgesteld,
             round(avg(n), 1) AS caseload_gem, min(n) AS caseload_min, max(n) AS caseload_max
        FROM klant k
        CROSS JOIN LATERAL (SELECT count(*) AS n FROM klant k2 WHERE k2.klantmanager_id = k.klantmanager_id AND k2.status = 'actief') c
       WHERE k.status = 'actief'`);
    const { rows: grootteRijen } = await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS omvang`);
    return {
      K,
      T,
      tellingen,
      profiel: profiel[0],
      omvang: grootteRijen[0].omvang,
      tijden: { staging: staged - begin, laden: geladen - staged, vacuum: klaar - geladen, totaal: klaar - begin },
    };
  } finally {
    await client.end();
  }
}

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
    const { outputText } = ts.transpileModule(readFileSync(pad, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    const module = { exports: {} };
    new Function('module', 'exports', 'require', outputText)(module, module.exports, require);
    exports = module.exports;
  } else {
    exports = require(pad);
  }
  const Migratie = Object.values(exports).find((waarde) => typeof waarde === 'function' && typeof waarde.prototype?.up === 'function');
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
      klaar({ latenties, fouten: fouten + resultaat.errors + resultaat.timeouts, duurMs: performance.now() - begin, resultaat });
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
    const metingen = omgevingen.map(() => ({ api: { latenties: [], duurMs: 0 }, sql: { latenties: [], duurMs: 0 }, anderen: [] }));
    const voegToe = (doel, { latenties, duurMs }) => {
      for (const l of latenties) doel.latenties.push(l);
      doel.duurMs += duurMs;
    };
    for (const [i, o] of omgevingen.entries()) {
      await apiRonde(o.server, o.token, verbindingen, OPWARMEN_S);
      await sqlRonde(clients[i], o.query, OPWARMEN_S);
    }
    for (let r = 0; r < RONDES; r++) {
      for (const [i, o] of omgevingen.entries()) {
        let voor = cpuTellers();
        voegToe(metingen[i].api, await apiRonde(o.server, o.token, verbindingen, duurS / RONDES));
        let na = cpuTellers();
        metingen[i].anderen.push(anderenCpu(voor, na));
        voor = na;
        voegToe(metingen[i].sql, await sqlRonde(clients[i], o.query, duurS / RONDES));
        metingen[i].anderen.push(anderenCpu(voor, cpuTellers()));
      }
    }
    return metingen.map((m) => ({
      api: samenvatting(m.api.latenties, m.api.duurMs),
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

// ---------------------------------------------------------------------------------------------- main
async function hoofd() {
  const totaalBegin = performance.now();
  log(`Werkvoorraad-benchmark — ${GROOTTES.join(' en ')} klanten, ${VERBINDINGEN} verbindingen, ${DUUR_S} s per meting (+${OPWARMEN_S} s opwarmen)`);

  if (args.build === 'true' || (!args.dist && !existsSync(join(DIST_API, 'apps/api/src/main.js')))) {
    log('Bouwen: npx nx run-many -t build -p api web');
    const bouw = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], { cwd: ROOT, stdio: 'inherit' });
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
      return await c.query(`SELECT current_setting('server_version') AS versie, current_setting('shared_buffers') AS sb, current_setting('jit') AS jit`);
    } finally {
      await c.end();
    }
  })();
  log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GB; load ${belasting()}`);
  log(`PostgreSQL ${versie[0].versie} (ingebouwd, poort ${pgPort}, shared_buffers ${versie[0].sb}, jit ${versie[0].jit}, fsync=off); Node ${process.version}`);

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
    log(`Gegenereerd in ${sec(data.tijden.totaal)} (staging ${sec(data.tijden.staging)}, laden ${sec(data.tijden.laden)}, VACUUM ANALYZE ${sec(data.tijden.vacuum)}); database ${data.omvang}`);
    log(`  ${data.K} klantmanagers in ${data.T} teams; ${data.tellingen.map((r) => `${r.tabel} ${r.n.toLocaleString('en')}`).join(', ')}`);
    log(`  niet gesproken in 12 maanden ${data.profiel.niet_gesproken_12m}%, vrijgesteld ${data.profiel.vrijgesteld}%, caseload gemiddeld ${data.profiel.caseload_gem} (${data.profiel.caseload_min}–${data.profiel.caseload_max})`);
    if (EXTRA_SQL || args.migration) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const t0 = performance.now();
      if (args.migration) await voerMigratieUit(args.migration, c);
      if (EXTRA_SQL) await c.query(EXTRA_SQL);
      await c.query('VACUUM (ANALYZE)');
      await c.end();
      log(`  toegepast: ${[args.migration, args['extra-sql']].filter(Boolean).join(', ')} (${sec(performance.now() - t0)})`);
    }

    const server = await startServer(api('main.js'), {
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'bench-' + 'x'.repeat(42),
      DATABASE_POOL_MAX: '20',
    });
    opruimen.push(() => server.stop());
    // Log in once (the login is rate limited).
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gebruikersnaam: GEMETEN, wachtwoord: WACHTWOORD }),
    });
    if (login.status !== 200) throw new Error(`Inloggen als ${GEMETEN} mislukt: ${login.status} ${await login.text()}`);
    const { accessToken, medewerker } = await login.json();
    const proef = await fetch(`${server.url}/api/werkvoorraad`, { headers: { authorization: `Bearer ${accessToken}` } });
    if (proef.status !== 200) throw new Error(`GET /api/werkvoorraad gaf ${proef.status}: ${await proef.text()}`);
    const werkvoorraad = await proef.json();
    log(`  werkvoorraad van ${GEMETEN}: ${werkvoorraad.totaal} items (${Object.entries(werkvoorraad.perSoort).map(([s, n]) => `${s} ${n}`).join(', ')}), ${werkvoorraad.items.length} op de eerste pagina`);

    // The same SQL, directly: WerkvoorraadService.werkvoorraad() for this klantmanager, page 1.
    const peildatum = vandaag();
    const query = werkvoorraadQuery(sqlModule, { organisatieId: medewerker.organisatieId, klantmanagerIds: [medewerker.id], metZonderKlantmanager: false }, peildatum);
    {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query(query.text, query.values);
      await c.end();
      const perSoort = (o) => JSON.stringify(Object.entries(o).sort());
      if (Number(rows[0].totaal) !== werkvoorraad.totaal || perSoort(rows[0].perSoort) !== perSoort(werkvoorraad.perSoort)) {
        throw new Error(`SQL en API verschillen: ${rows[0].totaal} tegen ${werkvoorraad.totaal} items`);
      }
    }
    omgevingen.push({ grootte, url, data, server, token: accessToken, query, items: werkvoorraad.totaal });
  }

  log(`\nMeten: ${GROOTTES.join(' en ')} klanten, API en SQL om en om in ${RONDES} rondes; eerst ${VERBINDINGEN} verbindingen, dan 1`);
  const parallel = await meetAlles(omgevingen, VERBINDINGEN, DUUR_S);
  const serieel = await meetAlles(omgevingen, 1, SERIEEL_S);
  const uitkomsten = omgevingen.map((o, i) => ({
    ...o,
    api: parallel[i].api,
    sql: parallel[i].sql,
    anderen: parallel[i].anderen,
    apiSerieel: serieel[i].api,
    sqlSerieel: serieel[i].sql,
    anderenSerieel: serieel[i].anderen,
  }));
  for (const o of omgevingen) await o.server.stop();

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
    const r = (soort, m) => `| ${u.grootte.toLocaleString('en')} | ${soort} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${m.perSeconde.toFixed(0)} |`;
    log(`${r(`API, ${VERBINDINGEN} verbindingen`, u.api)} ${(u.api.p95 / u.sql.p95).toFixed(2)} | ${u.anderen} |`);
    log(`${r(`SQL, ${VERBINDINGEN} verbindingen`, u.sql)} | |`);
    log(`${r('API, 1 verbinding', u.apiSerieel)} ${(u.apiSerieel.p95 / u.sqlSerieel.p95).toFixed(2)} | ${u.anderenSerieel} |`);
    log(`${r('SQL, 1 verbinding', u.sqlSerieel)} | |`);
  }
  const doelen = [];
  const doel = (omschrijving, waarde, grens) => doelen.push({ omschrijving, waarde, grens, ok: waarde <= grens });
  doel(`p95 via de API bij ${groot.grootte.toLocaleString('en')} klanten ≤ ${DOEL_P95_API_MS} ms`, groot.api.p95, DOEL_P95_API_MS);
  for (const u of uitkomsten) doel(`API/SQL p95 bij ${u.grootte.toLocaleString('en')} klanten ≤ ${DOEL_API_SQL}`, u.api.p95 / u.sql.p95, DOEL_API_SQL);
  if (uitkomsten.length > 1) {
    doel(`${groot.grootte / 1000}k/${klein.grootte / 1000}k p95 via de API ≤ ${DOEL_GROOT_KLEIN}`, groot.api.p95 / klein.api.p95, DOEL_GROOT_KLEIN);
    doel(`${groot.grootte / 1000}k/${klein.grootte / 1000}k p95 van de SQL ≤ ${DOEL_GROOT_KLEIN}`, groot.sql.p95 / klein.sql.p95, DOEL_GROOT_KLEIN);
  }
  log('');
  for (const d of doelen) log(`${d.ok ? 'PASS' : 'FAIL'}  ${d.omschrijving}: ${d.waarde.toFixed(2)}`);
  if (args.hold === 'true') {
    log(`\n--hold: de databases blijven draaien tot Ctrl-C:`);
    for (const u of uitkomsten) log(`  ${basisUrl}/kib_bench_${u.grootte}`);
  }
  if (groot.explain) log(`\nEXPLAIN (ANALYZE, BUFFERS) bij ${groot.grootte.toLocaleString('en')} klanten, ${GEMETEN} (150 klanten):\n${groot.explain}`);
  log(`\nTotale duur ${sec(performance.now() - totaalBegin)}`);
  if (args.hold === 'true') await new Promise(() => undefined); // until SIGINT/SIGTERM, which cleans up
  return doelen.every((d) => d.ok);
}

let code = 1;
try {
  code = (await hoofd()) ? 0 : 1;
} catch (fout) {
  if (!afgebroken) process.stderr.write(`\nBenchmark mislukt: ${fout instanceof Error ? fout.stack ?? fout.message : fout}\n`);
  code = afgebroken ? 130 : 2;
} finally {
  await ruimOp();
}
process.exit(code);
