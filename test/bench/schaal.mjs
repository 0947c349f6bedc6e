#!/usr/bin/env node
// Benchmark at national scale (not part of `npm test`): `npm run bench:schaal`. See docs/performance.md.
//
// Two databases in one embedded PostgreSQL, each with the built server on it (as the application role, under
// row-level security):
//   A  the measured organisatie alone: genereer(…, 50,000), bench-km001 with his 150 clients;
//   B  the national set: a copy of A (CREATE DATABASE … TEMPLATE, so the measured organisatie is the very same rows)
//      plus 157 other organisaties (genereerLandelijk), 416,000 clients and ~10 million contactmomenten in all.
// After both servers have prepared their report months, it measures in interleaved rounds (A, B, A, B …):
//   GET /api/werkvoorraad of bench-km001, autocannon at 16 and at 1 connection   target B/A p95 ≤ 1.2 (both)
//   GET /api/rapportages/kerncijfers, whole organisatie, today (teamleider)       target B/A p50 ≤ 1.3
//   the bare aggregate pass in SQL (the least any correct kerncijfers reads)      target kerncijfers/pass ≤ 3 on B
//   GET /api/rapportages/trend over 24 months, warm                               target trend/kerncijfers ≤ 2 on B
// then walks EXPLAIN (FORMAT JSON) of every report query and the werkvoorraad on B (FAIL on a scan over other
// tenants' rows), and last the first trend right after a fresh start on data whose months are not prepared
// (target first trend/kerncijfers ≤ 3 on B). Prints the figures, the ratios and PASS/FAIL per target.
// Exit code: 0 all targets met, 1 a target missed, 2 error.
//
// Requires a build (`npx nx run-many -t build -p api web`).
// Options: --schaal=1       fraction of the other organisaties' sizes (0.05 for a quick run)
//          --rondes=5       interleaved rounds
//          --duur=4         seconds of werkvoorraad per connection count, per round and database
//          --kerncijfers=3  kerncijfers calls (and bare passes) per round and database
//          --alleen-plannen skip the timings: generate, then only check the plans
//          --voorbereiden=nee  the servers measured in the rounds run with RAPPORTAGES_VOORBEREIDEN=false (the
//                           national preparation of 158 organisaties takes ~30 min on 2 cores); the bench keeps the
//                           measured organisatie's months itself, the first trend after start still runs with it
//          --data=<dir>     keep the embedded PostgreSQL in this folder; a later run with the same --schaal reuses
//                           the generated databases (the national set takes long to make) instead of making them again

import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { args, bereidVoor, draai, log, login, machine, opruimen, percentiel, startServer } from './support.mjs';
import {
  GEMETEN,
  GEMETEN_GROOTTE,
  genereer,
  genereerLandelijk,
  vatOrganisatiesSamen,
} from './synthetische-organisatie.mjs';

const SCHAAL = Number(args.schaal ?? 1);
const RONDES = Number(args.rondes ?? 5);
const DUUR_S = Number(args.duur ?? 4);
const KERN_N = Number(args.kerncijfers ?? 3);
const ALLEEN_PLANNEN = args['alleen-plannen'] === 'true';
const DATA = args.data ? resolve(args.data) : undefined;
/** --voorbereiden=nee: measure without the background preparation (the bench keeps the measured months itself). */
const VOORBEREIDEN = args.voorbereiden !== 'nee';

const DOEL_WERKVOORRAAD = 1.2;
const DOEL_KERNCIJFERS = 1.3;
const DOEL_KERN_PASS = 3;
const DOEL_TREND_KERN = 2;
const DOEL_EERSTE_TREND_KERN = 3;
/** A scan over a tenant table that holds fewer rows than this reads a few pages at most: reported, not failed. */
const KLEINE_TABEL = 10_000;

const LOGIN = 'kib_bench_toepassing';
const LOGIN_WACHTWOORD = 'bench-toepassing-wachtwoord';
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '—');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');

function statistiek(tijden) {
  const s = [...tijden].sort((a, b) => a - b);
  return { n: s.length, p50: percentiel(s, 50), p95: percentiel(s, 95), max: s.at(-1) };
}

/** GET `url` `n` times one after the other; returns the latencies in ms. Any status but 200 aborts. */
async function tijden(url, token, n) {
  const uit = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const antwoord = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const tekst = await antwoord.text();
    if (antwoord.status !== 200) throw new Error(`${url}: ${antwoord.status} ${tekst.slice(0, 300)}`);
    uit.push(performance.now() - t0);
  }
  return uit;
}

/** One GET of the trend: its time and body (status 200 or an error). */
async function trendAntwoord(url, token) {
  const t0 = performance.now();
  const antwoord = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const tekst = await antwoord.text();
  if (antwoord.status !== 200) throw new Error(`${url}: ${antwoord.status} ${tekst.slice(0, 300)}`);
  return { ms: performance.now() - t0, body: JSON.parse(tekst) };
}

/** GET /api/werkvoorraad for `duurS` seconds over `verbindingen` keep-alive connections: the latencies. */
function werkvoorraadRonde(server, token, verbindingen, duurS) {
  return new Promise((klaar, mis) => {
    const latenties = [];
    let fouten = 0;
    const instantie = autocannon(
      {
        url: `${server.url}/api/werkvoorraad`,
        connections: verbindingen,
        headers: { authorization: `Bearer ${token}` },
        duration: duurS,
      },
      (fout, resultaat) => {
        if (fout) return mis(fout);
        fouten += resultaat.errors + resultaat.timeouts;
        if (fouten > 0) return mis(new Error(`${fouten} mislukte werkvoorraad-verzoeken tijdens de meting`));
        klaar(latenties);
      },
    );
    instantie.on('response', (_client, status, _bytes, tijd) => (status === 200 ? latenties.push(tijd) : fouten++));
  });
}

/** Runs `werk(client)` in a transaction of the application role with the organisatie set, as Db does. */
async function alsToepassing(client, organisatieId, werk) {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('kib.organisatie', $1, true)`, [organisatieId]);
    await client.query(`SET LOCAL work_mem = '64MB'`);
    return await werk();
  } finally {
    await client.query('ROLLBACK');
  }
}

/**
 * The bare aggregate pass: the organisatie's caseload at the peildatum and its conversations of the 12 months up to
 * it (the same predicate and index as the kerncijfers), counted and maxed per client, joined to the clients and
 * summed to a few numbers. Nothing less gives a correct kerncijfers.
 */
function kaleDoorloop(gesprekskanalen) {
  return `
    SELECT count(*)::int AS klanten, count(c.klant_id)::int AS met_gesprek, coalesce(sum(c.gepland), 0)::int AS gepland,
           coalesce(sum(c.gesproken), 0)::int AS gesproken, max(coalesce(c.laatst, k.laatst_gezien_op)) AS laatst
      FROM klant k
      LEFT JOIN (
        SELECT c.klant_id, count(*) AS gepland, count(*) FILTER (WHERE c.resultaat = 'gesproken') AS gesproken,
               max(c.plaatsgevonden_op) FILTER (WHERE c.resultaat = 'gesproken') AS laatst
          FROM contactmoment c
         WHERE c.organisatie_id = $1
           AND c.plaatsgevonden_op >= (($2::date - interval '12 months')::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'
           AND c.plaatsgevonden_op < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'
           AND c.kanaal IN (${gesprekskanalen.map((k) => `'${k}'`).join(', ')}) AND c.resultaat IN ('gesproken', 'no_show', 'afgezegd')
         GROUP BY c.klant_id
      ) c ON c.klant_id = k.id
     WHERE k.organisatie_id = $1 AND k.startdatum_uitkering <= $2::date AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > $2::date)`;
}

/** The werkvoorraad statement exactly as WerkvoorraadService.werkvoorraad() sends it (as in werkvoorraad.mjs). */
function werkvoorraadQuery(sqlModule, bereik, peildatum) {
  const { werkvoorraadCte, WERKVOORRAAD_VOLGORDE } = sqlModule;
  const cte = werkvoorraadCte(bereik, peildatum);
  return {
    text: `${cte.sql},
       gefilterd AS (SELECT * FROM zichtbaar WHERE $6::text IS NULL OR soort = $6)
       SELECT (SELECT coalesce(json_object_agg(soort, n), '{}') FROM (SELECT soort, count(*) AS n FROM zichtbaar GROUP BY soort) s) AS "perSoort",
              (SELECT count(*) FROM gefilterd) AS totaal,
              (SELECT coalesce(json_agg(p ORDER BY ${WERKVOORRAAD_VOLGORDE}), '[]')
                 FROM (SELECT * FROM gefilterd ORDER BY ${WERKVOORRAAD_VOLGORDE} LIMIT $7 OFFSET $8) p) AS items`,
    values: [...cte.params, null, 50, 0],
  };
}

/**
 * Walks a JSON plan: every scan of a relation with how it selects rows. A scan of a tenant table is 'eigen' when it
 * is bounded by the organisatie (an index condition on organisatie_id) or is a probe keyed by a column of an outer
 * row (an id or klant_id lookup reads only the rows asked for); otherwise it reads other tenants' rows too.
 */
function scans(plan, uit = []) {
  const type = plan['Node Type'];
  if (plan['Relation Name'] && type.includes('Scan')) {
    let voorwaarden = [plan['Index Cond'], plan['Recheck Cond']].filter(Boolean);
    if (type === 'Bitmap Heap Scan') {
      const indexen = [];
      const verzamel = (p) => {
        if (p['Node Type'] === 'Bitmap Index Scan') indexen.push(p);
        for (const kind of p.Plans ?? []) verzamel(kind);
      };
      for (const kind of plan.Plans ?? []) verzamel(kind);
      voorwaarden = indexen.map((i) => i['Index Cond'] ?? '');
      uit.push({
        tabel: plan['Relation Name'],
        type,
        index: indexen.map((i) => i['Index Name']).join('+'),
        voorwaarden,
      });
    } else {
      uit.push({ tabel: plan['Relation Name'], type, index: plan['Index Name'], voorwaarden, filter: plan.Filter });
    }
  }
  for (const kind of plan.Plans ?? []) scans(kind, uit);
  return uit;
}

/** Whether an index condition keeps to the organisatie's rows: organisatie_id, or a probe by an outer column. */
function begrensd(voorwaarde) {
  if (/\borganisatie_id\s*=/.test(voorwaarde)) return true;
  // An equality on one id (a campagne, a klantmanager): every row with it belongs to that id's organisatie.
  if (/\b[a-z_]+_id\s*=\s*'[0-9a-f-]{36}'::uuid/.test(voorwaarde)) return true;
  // (klant_id = k.id), (id = f.klant_id), (id = ANY (…)) from an outer row: equality against another alias.
  return /\b[a-z_]+\s*=\s*(ANY\s*\()?\(?[a-z_][a-z0-9_]*\.[a-z_]+/.test(voorwaarde);
}

async function hoofd() {
  const totaalBegin = performance.now();
  const { api, require, db } = await bereidVoor('schaal', DATA ? { dataDir: DATA } : {});
  const { migreer } = require(api('database/voorbereiden.js'));
  const { zorgVoorToepassingsLogin } = require(api('database/rollen.js'));
  const rapportSql = require(api('rapportages/rapportages.sql.js'));
  const werkvoorraadSql = require(api('werkvoorraad/werkvoorraad.sql.js'));
  const campagneSql = require(api('campagnes/deelnemers.sql.js'));
  const { vandaag, plusMaanden, trendPeildata, GESPREKSKANALEN } = require('@klant-in-beeld/domain');
  log(`Schaal-benchmark — ${machine()}`);
  log(
    `Opties: schaal ${SCHAAL}, ${RONDES} rondes, werkvoorraad ${DUUR_S} s per meting, ${KERN_N} kerncijfers per ronde`,
  );
  const basis = db.url.replace(/\/klant_in_beeld$/, '');
  const beheer = new pg.Client({ connectionString: `${basis}/postgres` });
  await beheer.connect();
  opruimen.push(() => beheer.end());
  const { rows: pgVersie } = await beheer.query(
    `SELECT current_setting('server_version') AS versie, current_setting('shared_buffers') AS sb`,
  );
  log(`PostgreSQL ${pgVersie[0].versie} (ingebouwd, shared_buffers ${pgVersie[0].sb}, fsync=off)`);

  // ---------------------------------------------------------------------------------------- data
  const urlA = `${basis}/kib_schaal_a`;
  const urlB = `${basis}/kib_schaal_b`;
  // With --data the databases of an earlier run with the same --schaal are reused; their generation report is
  // kept as the comment of database B.
  const { rows: bewaard } = await beheer.query(
    `SELECT shobj_description(oid, 'pg_database') AS verslag FROM pg_database WHERE datname = 'kib_schaal_b'`,
  );
  const vorige = bewaard[0]?.verslag ? JSON.parse(bewaard[0].verslag) : undefined;
  let dataA;
  let dataB;
  if (vorige?.schaal === SCHAAL) {
    ({ dataA, dataB } = vorige);
    log(`\nDe databases A en B van een eerdere run in ${DATA} worden hergebruikt (schaal ${SCHAAL}).`);
  } else {
    await beheer.query(`DROP DATABASE IF EXISTS kib_schaal_b`);
    await beheer.query(`DROP DATABASE IF EXISTS kib_schaal_a`);
    await beheer.query(`CREATE DATABASE kib_schaal_a`);
    await migreer(urlA);
    log(`\n=== A: de gemeten organisatie alleen (${GEMETEN_GROOTTE.toLocaleString('en')} klanten) ===`);
    dataA = await genereer(urlA, GEMETEN_GROOTTE);
    log(
      `Gegenereerd in ${sec(dataA.tijden.totaal)} (staging ${sec(dataA.tijden.staging)}, laden ${sec(dataA.tijden.laden)}, VACUUM ANALYZE ${sec(dataA.tijden.vacuum)}); database ${dataA.omvang}`,
    );
    log(`  ${dataA.tellingen.map((r) => `${r.tabel} ${r.n.toLocaleString('en')}`).join(', ')}`);

    log(`\n=== B: landelijk (schaal ${SCHAAL}) ===`);
    const t0 = performance.now();
    await beheer.query(`CREATE DATABASE kib_schaal_b TEMPLATE kib_schaal_a`);
    log(`  kopie van A (CREATE DATABASE … TEMPLATE): ${sec(performance.now() - t0)}`);
    dataB = await genereerLandelijk(urlB, { schaal: SCHAAL, gemetenAanwezig: true, voortgang: log });
    log(
      `Gegenereerd in ${sec(dataB.totaalMs)} bovenop A (totaal met A ${sec(dataA.tijden.totaal + dataB.totaalMs)}); database ${dataB.omvang}`,
    );
    log('  grootste tabellen (totaal = heap + indexen):');
    for (const t of dataB.tabellen) log(`    ${t.tabel}: ${t.totaal} (heap ${t.heap}, indexen ${t.indexen})`);
    await beheer.query(
      `COMMENT ON DATABASE kib_schaal_b IS ${(await beheer.query('SELECT quote_literal($1) AS v', [JSON.stringify({ schaal: SCHAAL, dataA, dataB })])).rows[0].v}`,
    );
  }
  const telB = Object.fromEntries(dataB.tellingen.map((r) => [r.tabel, r.n]));
  log(`\nA: ${dataA.omvang}, gegenereerd in ${sec(dataA.tijden.totaal)}`);
  log(
    `B: ${dataB.omvang}, ${sec(dataB.totaalMs)} bovenop A; ${dataB.tellingen.map((r) => `${r.tabel} ${r.n.toLocaleString('en')}`).join(', ')}`,
  );
  for (const regel of vatOrganisatiesSamen(dataB.orgs)) log(`  ${regel}`);
  log(
    `  contactmomenten per klant: ${f1(telB.contactmoment / telB.klant)} landelijk, ${f1(dataA.tellingen.find((r) => r.tabel === 'contactmoment').n / GEMETEN_GROOTTE)} in de gemeten organisatie`,
  );

  // ---------------------------------------------------------------------------------------- servers
  const omgevingen = [];
  for (const [naam, url] of [
    ['A', urlA],
    ['B', urlB],
  ]) {
    const appUrl = await zorgVoorToepassingsLogin(url, LOGIN, LOGIN_WACHTWOORD);
    const eigenaar = new pg.Client({ connectionString: url });
    await eigenaar.connect();
    opruimen.push(() => eigenaar.end());
    const app = new pg.Client({ connectionString: appUrl });
    await app.connect();
    opruimen.push(() => app.end());
    const o = { naam, url, appUrl, eigenaar, app };
    o.start = async (voorbereiden = true) => {
      const server = await startServer(api('main.js'), {
        ...(voorbereiden ? {} : { RAPPORTAGES_VOORBEREIDEN: 'false' }),
        DATABASE_URL: appUrl,
        DATABASE_EIGENAAR_URL: url,
        LOG_LEVEL: 'warn',
        JWT_SECRET: 'bench-' + 'x'.repeat(42),
        DATABASE_POOL_MAX: '20',
      });
      opruimen.push(() => server.stop());
      o.server = server;
      return server;
    };
    omgevingen.push(o);
  }
  const [A, B] = omgevingen;
  const peil = vandaag();
  const trendPad = `trend?van=${plusMaanden(peil, -23)}&tot=${peil}`;

  const serverStart = performance.now();
  for (const o of omgevingen) {
    await o.start(VOORBEREIDEN);
    o.km = await login(o.server.url, GEMETEN);
    o.tl = await login(o.server.url);
    o.organisatieId = o.km.medewerker.organisatieId;
  }
  if (A.organisatieId !== B.organisatieId) throw new Error('De gemeten organisatie verschilt tussen A en B');
  const organisatieId = A.organisatieId;

  // Both servers prepare the last 24 closed months of every organisatie in the background; measure after that and
  // after the autovacuum of what it wrote, as rapportages.mjs does.
  const maandenKlaar = async (o) =>
    (
      await o.eigenaar.query(
        `SELECT (SELECT count(*) FROM rapport_maand) >= 24 * (SELECT count(*) FROM organisatie) AS klaar`,
      )
    ).rows[0].klaar;
  for (const tot = Date.now() + 60 * 60_000; VOORBEREIDEN && (!(await maandenKlaar(A)) || !(await maandenKlaar(B)));) {
    if (Date.now() > tot) throw new Error('De voorbereiding van de rapportmaanden was na een uur niet klaar');
    await new Promise((klaar) => setTimeout(klaar, 500));
  }
  if (!VOORBEREIDEN) {
    // A trend keeps no months itself (the background preparation does): keep the measured organisatie's 24 closed
    // months here, with the preparation's own SQL, so the warm trend reads them as it would after the preparation.
    const begin = performance.now();
    const maanden = trendPeildata(plusMaanden(peil, -24), peil).filter((p) => p < peil);
    for (const o of omgevingen) {
      for (const p of maanden) {
        await o.eigenaar.query('BEGIN');
        await o.eigenaar.query(`DELETE FROM rapport_maandfeit WHERE organisatie_id = $1 AND peildatum = $2`, [
          organisatieId,
          p,
        ]);
        await o.eigenaar.query(`DELETE FROM rapport_maand WHERE organisatie_id = $1 AND peildatum = $2`, [
          organisatieId,
          p,
        ]);
        await o.eigenaar.query(`SET LOCAL work_mem = '64MB'`);
        await o.eigenaar.query(rapportSql.VUL_MAAND_SQL, [organisatieId, p, null]);
        await o.eigenaar.query(`INSERT INTO rapport_maand (organisatie_id, peildatum) VALUES ($1, $2)`, [
          organisatieId,
          p,
        ]);
        await o.eigenaar.query('COMMIT');
      }
      // …and counts them per klantmanager and gemeente, as the preparation's telMaanden does.
      await o.eigenaar.query('BEGIN');
      await o.eigenaar.query(`SET LOCAL work_mem = '64MB'`);
      await o.eigenaar.query(`DELETE FROM rapport_maandtelling WHERE organisatie_id = $1`, [organisatieId]);
      await o.eigenaar.query(rapportSql.TEL_MAANDEN_SQL, [organisatieId, maanden, null, null]);
      await o.eigenaar.query('COMMIT');
      await o.eigenaar.query('ANALYZE rapport_maandfeit');
      await o.eigenaar.query('ANALYZE rapport_maandtelling');
    }
    log(
      `\nZonder achtergrondvoorbereiding (RAPPORTAGES_VOORBEREIDEN=false): de ${maanden.length} afgesloten maanden van de gemeten organisatie bewaard in ${sec(performance.now() - begin)} (A en B)`,
    );
    // The steady state of a national installation: every organisatie's months kept and counted (the plan check of
    // the kept months sees the real share of own rows). Once kept they stay in the --data folder.
    const zonder = (
      await B.eigenaar.query(
        `SELECT o.id FROM organisatie o WHERE NOT EXISTS (SELECT 1 FROM rapport_maand m WHERE m.organisatie_id = o.id) ORDER BY o.id`,
      )
    ).rows.map((r) => r.id);
    if (zonder.length > 0) {
      const beginAndere = performance.now();
      for (const id of zonder) {
        await B.eigenaar.query('BEGIN');
        await B.eigenaar.query(`SET LOCAL work_mem = '64MB'`);
        for (const p of maanden) {
          await B.eigenaar.query(rapportSql.VUL_MAAND_SQL, [id, p, null]);
          await B.eigenaar.query(`INSERT INTO rapport_maand (organisatie_id, peildatum) VALUES ($1, $2)`, [id, p]);
        }
        await B.eigenaar.query(rapportSql.TEL_MAANDEN_SQL, [id, maanden, null, null]);
        await B.eigenaar.query('COMMIT');
      }
      await B.eigenaar.query('ANALYZE rapport_maandfeit');
      await B.eigenaar.query('ANALYZE rapport_maandtelling');
      log(
        `De ${maanden.length} maanden van de ${zonder.length} andere organisaties van B bewaard en geteld in ${sec(performance.now() - beginAndere)} (eenmalig)`,
      );
    }
  } else
    log(`\nVoorbereiding van 24 maanden (alle organisaties, A en B) klaar na ${sec(performance.now() - serverStart)}`);
  const rust = performance.now();
  while (
    (await beheer.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'`))
      .rows[0].n > 0
  )
    await new Promise((klaar) => setTimeout(klaar, 500));
  log(`Autovacuum klaar na nog ${sec(performance.now() - rust)}`);

  const rapport = (o, pad) => `${o.server.url}/api/rapportages/${pad}`;
  const pass = kaleDoorloop(GESPREKSKANALEN);
  const passTijden = async (o, n) => {
    const uit = [];
    for (let i = 0; i < n; i++)
      await alsToepassing(o.app, organisatieId, async () => {
        const t = performance.now();
        await o.app.query(pass, [organisatieId, peil]);
        uit.push(performance.now() - t);
      });
    return uit;
  };

  // ---------------------------------------------------------------------------------------- interleaved rounds
  const metingen = new Map(omgevingen.map((o) => [o.naam, { wv16: [], wv1: [], kern: [], pass: [], trend: [] }]));
  if (!ALLEEN_PLANNEN) {
    for (const o of omgevingen) {
      // Warm-up: caches, the saved werkvoorraad plan, the first trend after the preparation.
      await werkvoorraadRonde(o.server, o.km.accessToken, 16, 2);
      await werkvoorraadRonde(o.server, o.km.accessToken, 1, 1);
      await tijden(rapport(o, `kerncijfers?peildatum=${peil}`), o.tl.accessToken, 1);
      await tijden(rapport(o, trendPad), o.tl.accessToken, 1);
      await passTijden(o, 1);
    }
    for (let r = 0; r < RONDES; r++) {
      const rondeBegin = performance.now();
      for (const o of omgevingen) {
        const m = metingen.get(o.naam);
        m.wv16.push(...(await werkvoorraadRonde(o.server, o.km.accessToken, 16, DUUR_S)));
        m.wv1.push(...(await werkvoorraadRonde(o.server, o.km.accessToken, 1, DUUR_S)));
        m.kern.push(...(await tijden(rapport(o, `kerncijfers?peildatum=${peil}`), o.tl.accessToken, KERN_N)));
        m.pass.push(...(await passTijden(o, KERN_N)));
        m.trend.push(...(await tijden(rapport(o, trendPad), o.tl.accessToken, 1)));
      }
      log(`  ronde ${r + 1}/${RONDES}: ${sec(performance.now() - rondeBegin)}`);
    }
  }

  // ---------------------------------------------------------------------------------------- plans on B
  // An error here or in the first trend is reported as a failed target: the timings above are not lost.
  const planFouten = [];
  try {
    log(`\n=== Plannen op B (EXPLAIN (FORMAT JSON) als ${LOGIN} met de organisatie gezet) ===`);
    const { rows: tenantTabellen } = await B.eigenaar.query(
      `SELECT c.table_name AS tabel, coalesce(s.n_live_tup, 0)::bigint AS rijen
         FROM information_schema.columns c LEFT JOIN pg_stat_user_tables s ON s.relname = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'organisatie_id'`,
    );
    const eigenAandeel = new Map();
    for (const { tabel, rijen } of tenantTabellen) {
      const { rows } = await B.eigenaar.query(
        `SELECT count(*) FILTER (WHERE organisatie_id = $1)::float8 / greatest(count(*), 1) AS aandeel FROM ${tabel}`,
        [organisatieId],
      );
      eigenAandeel.set(tabel, { rijen: Number(rijen), aandeel: rows[0].aandeel });
    }
    const gesloten = trendPeildata(plusMaanden(peil, -23), peil).filter((p) => p < peil);
    const wv = werkvoorraadQuery(
      werkvoorraadSql,
      { organisatieId, klantmanagerIds: [A.km.medewerker.id], metZonderKlantmanager: false },
      peil,
    );
    const queries = [
      ['KERNCIJFERS_SQL', rapportSql.KERNCIJFERS_SQL, [organisatieId, peil, null, null]],
      // The trend's closed months: the counted ones from their counts, kept ones with stale counts from their facts,
      // the others computed live (two months here); and the look that decides which is which.
      ['MAAND_STAAT_SQL', rapportSql.MAAND_STAAT_SQL, [organisatieId, gesloten]],
      [
        'maandcijfersSql (getelde maanden)',
        rapportSql.maandcijfersSql(0),
        [organisatieId, [], null, null, [], gesloten],
      ],
      [
        'maandcijfersSql (bewaarde maanden)',
        rapportSql.maandcijfersSql(0),
        [organisatieId, gesloten, null, null, [], []],
      ],
      [
        'maandcijfersSql (2 maanden live)',
        rapportSql.maandcijfersSql(2),
        [organisatieId, [], null, null, gesloten.slice(-2), []],
      ],
      ['TEL_MAANDEN_SQL (voorbereiding)', rapportSql.TEL_MAANDEN_SQL, [organisatieId, gesloten, null, null]],
      ['VUL_MAAND_SQL (voorbereiding)', rapportSql.VUL_MAAND_SQL, [organisatieId, gesloten.at(-1), null]],
      ['DOORSTROOM_SQL', rapportSql.DOORSTROOM_SQL, [organisatieId, peil, null, null, plusMaanden(peil, -12)]],
      ['LEEFGEBIEDEN_SQL', rapportSql.LEEFGEBIEDEN_SQL, [organisatieId, peil, null, null]],
      [
        'LEEFGEBIEDEN_BEWEGING_SQL',
        rapportSql.LEEFGEBIEDEN_BEWEGING_SQL,
        [organisatieId, peil, null, null, plusMaanden(peil, -12)],
      ],
      ['werkvoorraad (bench-km001)', wv.text, wv.values],
      ['TRECHTER_SQL (campagne)', campagneSql.TRECHTER_SQL, ['00000000-0000-4000-8000-0000000ca000']],
    ];
    for (const [naam, sql, params] of queries) {
      const plan = await alsToepassing(
        B.app,
        organisatieId,
        async () => (await B.app.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)).rows[0]['QUERY PLAN'][0].Plan,
      );
      const regels = [];
      for (const s of scans(plan)) {
        const info = eigenAandeel.get(s.tabel);
        if (!info) {
          regels.push(`${s.tabel}: ${s.type}${s.index ? ` ${s.index}` : ''} (geen tenant-tabel)`);
          continue;
        }
        const eigen = s.type !== 'Seq Scan' && s.voorwaarden.length > 0 && s.voorwaarden.every(begrensd);
        const anderen = 1 - info.aandeel;
        const telt = !eigen && anderen > 0.5 && info.rijen >= KLEINE_TABEL;
        const oordeel = eigen
          ? 'eigen rijen'
          : telt
            ? `FOUT: leest ook de rijen van andere organisaties (${f0(100 * anderen)}% van ${info.rijen.toLocaleString('en')})`
            : anderen <= 0.5
              ? `leest alles, grotendeels eigen rijen (${f0(100 * anderen)}% van anderen)`
              : `kleine tabel (${info.rijen.toLocaleString('en')} rijen)`;
        regels.push(
          `${s.tabel}: ${s.type}${s.index ? ` ${s.index}` : ''}${s.voorwaarden.length ? ` [${s.voorwaarden.join(' | ').slice(0, 140)}]` : ''} — ${oordeel}`,
        );
        if (telt) planFouten.push(`${naam}: ${s.tabel} (${s.type}${s.index ? ` ${s.index}` : ''})`);
      }
      log(`${naam}:`);
      for (const r of [...new Set(regels)]) log(`    ${r}`);
    }
  } catch (fout) {
    planFouten.push(`de plannen konden niet worden bekeken: ${fout instanceof Error ? fout.message : fout}`);
  }

  // ---------------------------------------------------------------------------------------- first trend after start
  // A fresh server on data whose months are not prepared: the trend asked within a second of /api/health.
  const eersteTrend = new Map();
  if (!ALLEEN_PLANNEN) {
    for (const o of omgevingen) {
      try {
        await o.server.stop();
        for (const tabel of ['rapport_maandtelling', 'rapport_maandfeit', 'rapport_maand'])
          await o.eigenaar.query(`DELETE FROM ${tabel} WHERE organisatie_id = $1`, [organisatieId]);
        await o.eigenaar.query(`VACUUM (ANALYZE) rapport_maandfeit`);
        await o.start();
        const gezond = performance.now();
        const tl = await login(o.server.url);
        const vanaf = performance.now() - gezond;
        // The first answer holds what is ready (beyond the live budget the rest is left to the preparation, which
        // does this organisatie first); asked again every second until it is complete.
        const begin = performance.now();
        let trend = await trendAntwoord(rapport(o, trendPad), tl.accessToken);
        const ms = trend.ms;
        const klaar = trend.body.maanden.length;
        const totaal = klaar + trend.body.inVoorbereiding.length;
        for (const tot = Date.now() + 30 * 60_000; trend.body.inVoorbereiding.length > 0;) {
          if (Date.now() > tot) throw new Error('de trend was na 30 minuten nog niet compleet');
          await new Promise((r) => setTimeout(r, 1000));
          trend = await trendAntwoord(rapport(o, trendPad), tl.accessToken);
        }
        const compleet = performance.now() - begin;
        eersteTrend.set(o.naam, { ms, vanaf, klaar, totaal, compleet });
        log(
          `\n${o.naam}: eerste trend na een verse start ${f0(ms)} ms met ${klaar} van ${totaal} maanden (gevraagd ${f0(vanaf)} ms na /api/health, na het inloggen); compleet na ${sec(compleet)}`,
        );
      } catch (fout) {
        log(`\n${o.naam}: eerste trend na een verse start mislukt: ${fout instanceof Error ? fout.message : fout}`);
        eersteTrend.set(o.naam, { ms: NaN, vanaf: NaN });
      }
    }
  }

  // ---------------------------------------------------------------------------------------- report
  const doelen = [];
  const doel = (omschrijving, waarde, grens) =>
    doelen.push({ omschrijving: `${omschrijving} ≤ ${grens}`, waarde, ok: Number.isFinite(waarde) && waarde <= grens });
  if (!ALLEEN_PLANNEN) {
    const s = Object.fromEntries(
      omgevingen.map((o) => {
        const m = metingen.get(o.naam);
        return [o.naam, Object.fromEntries(Object.entries(m).map(([k, v]) => [k, statistiek(v)]))];
      }),
    );
    log(`\n| meting | A p50 ms | A p95 ms | B p50 ms | B p95 ms | B/A p50 | B/A p95 | n (A/B) |`);
    log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [sleutel, omschrijving] of [
      ['wv16', 'werkvoorraad bench-km001, 16 verbindingen'],
      ['wv1', 'werkvoorraad bench-km001, 1 verbinding'],
      ['kern', 'kerncijfers, hele organisatie, vandaag'],
      ['pass', 'kale doorloop (SQL, klanten + gesprekken 12 maanden)'],
      ['trend', 'trend 24 maanden, warm'],
    ]) {
      const a = s.A[sleutel];
      const b = s.B[sleutel];
      log(
        `| ${omschrijving} | ${f1(a.p50)} | ${f1(a.p95)} | ${f1(b.p50)} | ${f1(b.p95)} | ${f2(b.p50 / a.p50)} | ${f2(b.p95 / a.p95)} | ${a.n}/${b.n} |`,
      );
    }
    for (const o of omgevingen) {
      const e = eersteTrend.get(o.naam);
      log(
        `${o.naam}: kerncijfers/doorloop ${f2(s[o.naam].kern.p50 / s[o.naam].pass.p50)}, trend/kerncijfers ${f2(s[o.naam].trend.p50 / s[o.naam].kern.p50)}, eerste trend/kerncijfers ${f2(e.ms / s[o.naam].kern.p50)} (eerste trend ${f0(e.ms)} ms, ${e.klaar} van ${e.totaal} maanden; compleet na ${sec(e.compleet)})`,
      );
    }
    doel('werkvoorraad p95 landelijk/50k, 16 verbindingen', s.B.wv16.p95 / s.A.wv16.p95, DOEL_WERKVOORRAAD);
    doel('werkvoorraad p95 landelijk/50k, 1 verbinding', s.B.wv1.p95 / s.A.wv1.p95, DOEL_WERKVOORRAAD);
    doel('kerncijfers p50 landelijk/50k', s.B.kern.p50 / s.A.kern.p50, DOEL_KERNCIJFERS);
    doel('kerncijfers p50 / kale doorloop p50 (B)', s.B.kern.p50 / s.B.pass.p50, DOEL_KERN_PASS);
    doel('trend 24 maanden p50 / kerncijfers p50 (B)', s.B.trend.p50 / s.B.kern.p50, DOEL_TREND_KERN);
    doel('eerste trend na start / kerncijfers p50 (B)', eersteTrend.get('B').ms / s.B.kern.p50, DOEL_EERSTE_TREND_KERN);
  }
  doelen.push({
    omschrijving: `plannen: geen scan over rijen van andere organisaties${planFouten.length ? ` (${planFouten.join('; ')})` : ''}`,
    waarde: planFouten.length,
    ok: planFouten.length === 0,
  });

  log(`\nMachine: ${machine()}`);
  log(
    `Generatie: A ${sec(dataA.tijden.totaal)}, B ${sec(dataB.totaalMs)} erbovenop (${dataB.fasen.map((f) => `${f.fase} ${sec(f.ms)}`).join('; ')})`,
  );
  log(`Databases: A ${dataA.omvang}, B ${dataB.omvang}; totale duur ${sec(performance.now() - totaalBegin)}`);
  log('');
  for (const d of doelen) log(`${d.ok ? 'PASS' : 'FAIL'}  ${d.omschrijving}: ${f2(d.waarde)}`);
  return doelen.every((d) => d.ok);
}

await draai(hoofd);
