#!/usr/bin/env node
// Benchmark of the herscreening campagne (not part of `npm test`): `npm run bench:campagne`. See docs/performance.md.
//
// Generates the synthetic organisatie of the other benches (default 50,000 clients) with a running campagne of
// ~15,000 deelnemers (invitations, letters, calls, outcomes, campagne gesprekken and plans), starts the built
// product and times, interleaved round by round in one run, as the teamleider who made the campagne:
//   POST /api/campagnes/voorbeeld (whole organisatie: not spoken for 12 months)   target p50 ≤ 1 × kerncijfers p50
//   GET  /api/campagnes/{id} (the funnel)                                         target p50 ≤ 1 × kerncijfers p50
//   GET  /api/campagnes/{id}/deelnemers?page=1                                    (reported)
//   GET  /api/teams/{id}/weekstart (team 1, this week)                            (reported)
//   GET  /api/rapportages/kerncijfers (whole organisatie, as rapportages.mjs)     the yardstick
// and prints EXPLAIN (ANALYZE, BUFFERS) of the SQL behind a target that fails. Exit code 0 when the targets are
// met, 1 when not. Options: --size=50000 --deelnemers=15000 --herhalingen=15 --explain (always print the plans)
// Requires a build (`npx nx run-many -t build -p api web`).

import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { args, bereidVoor, draai, log, login, machine, meet, opruimen, startApp } from './support.mjs';
import { BENCH_CAMPAGNE, genereer } from './synthetische-organisatie.mjs';

const GROOTTE = Number(args.size ?? 50000);
const DEELNEMERS = Number(args.deelnemers ?? 15000);
const HERHALINGEN = Number(args.herhalingen ?? 15);
const DOEL_RATIO = 1;
const CRITERIA = { nietGesprokenMaanden: 12 };

async function hoofd() {
  const { api, require, db } = await bereidVoor('campagne');
  const { migreer } = require(api('database/voorbereiden.js'));
  const { KERNCIJFERS_SQL } = require(api('rapportages/rapportages.sql.js'));
  const { COHORT_SQL, cohortParameters } = require(api('campagnes/cohort.sql.js'));
  const { TRECHTER_SQL } = require(api('campagnes/deelnemers.sql.js'));
  const { vandaag } = require('@klant-in-beeld/domain');
  log(`Campagne-benchmark — ${machine()}`);
  const url = db.url;
  await migreer(url);
  const data = await genereer(url, GROOTTE, { campagneDeelnemers: DEELNEMERS });
  log(
    `${GROOTTE.toLocaleString('en')} klanten, gegenereerd in ${(data.tijden.totaal / 1000).toFixed(1)} s; ` +
      data.tellingen.map((r) => `${r.tabel} ${r.n.toLocaleString('en')}`).join(', '),
  );

  const server = await startApp(api, url);
  const { accessToken, medewerker } = await login(server.url);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  opruimen.push(() => c.end());
  // Steady state: the server prepares the closed report months in the background, and autovacuum follows the load.
  const rust = performance.now();
  const bezig = async () =>
    (
      await c.query(
        `SELECT (SELECT count(*) FROM rapport_maand WHERE organisatie_id = $1) < 24
                OR (SELECT last_analyze IS NULL FROM pg_stat_user_tables WHERE relname = 'rapport_maandfeit')
                OR EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker') AS bezig`,
        [medewerker.organisatieId],
      )
    ).rows[0].bezig;
  for (const tot = Date.now() + 10 * 60_000; await bezig(); await new Promise((klaar) => setTimeout(klaar, 250)))
    if (Date.now() > tot) throw new Error('Voorbereiding en autovacuum waren na 10 minuten niet klaar');
  log(`Voorbereiding van de rapportmaanden en autovacuum klaar na ${((performance.now() - rust) / 1000).toFixed(1)} s`);

  const peil = vandaag();
  const metingen = {
    kerncijfers: [`${server.url}/api/rapportages/kerncijfers?peildatum=${peil}`, undefined],
    voorbeeld: [`${server.url}/api/campagnes/voorbeeld`, { criteria: CRITERIA }],
    trechter: [`${server.url}/api/campagnes/${BENCH_CAMPAGNE}`, undefined],
    deelnemers: [`${server.url}/api/campagnes/${BENCH_CAMPAGNE}/deelnemers?page=1`, undefined],
    weekstart: [`${server.url}/api/teams/${medewerker.teamId}/weekstart`, undefined],
  };
  for (const [pad, body] of Object.values(metingen)) await meet(pad, accessToken, 2, body); // warm-up
  // Round by round, so a neighbour's load on the shared cores falls on all alike.
  const tijden = Object.fromEntries(Object.keys(metingen).map((k) => [k, []]));
  for (let i = 0; i < HERHALINGEN; i++)
    for (const [naam, [pad, body]] of Object.entries(metingen))
      tijden[naam].push((await meet(pad, accessToken, 1, body)).p50);
  const stat = (lijst) => {
    const s = [...lijst].sort((a, b) => a - b);
    const p = (q) => s[Math.min(s.length - 1, Math.ceil((q / 100) * s.length) - 1)];
    return { p50: p(50), p95: p(95), max: s.at(-1), n: s.length };
  };
  const r = Object.fromEntries(Object.entries(tijden).map(([k, v]) => [k, stat(v)]));
  const detail = await (
    await fetch(metingen.trechter[0], { headers: { authorization: `Bearer ${accessToken}` } })
  ).json();
  const voorbeeld = await (
    await fetch(metingen.voorbeeld[0], {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ criteria: CRITERIA }),
    })
  ).json();
  log(
    `Cohort van het voorbeeld: ${voorbeeld.aantal.toLocaleString('en')} klanten; trechter ${JSON.stringify(detail.trechter)}`,
  );

  log('| meting | p50 ms | p95 ms | max ms | n |');
  log('|---|---:|---:|---:|---:|');
  for (const [omschrijving, m] of [
    ['kerncijfers, hele organisatie, vandaag', r.kerncijfers],
    ['campagne voorbeeld, hele organisatie (12 maanden niet gesproken)', r.voorbeeld],
    [`campagne detail met trechter (${DEELNEMERS.toLocaleString('en')} deelnemers)`, r.trechter],
    ['campagne deelnemers, pagina 1', r.deelnemers],
    ['weekstart van team 1 (deze week)', r.weekstart],
  ])
    log(`| ${omschrijving} | ${m.p50.toFixed(0)} | ${m.p95.toFixed(0)} | ${m.max.toFixed(0)} | ${m.n} |`);

  const doelen = [
    ['voorbeeld', r.voorbeeld, COHORT_SQL, cohortParameters(medewerker.organisatieId, peil, CRITERIA)],
    ['trechter', r.trechter, TRECHTER_SQL, [BENCH_CAMPAGNE]],
  ].map(([naam, m, sql, params]) => ({
    omschrijving: `${naam} p50 ≤ ${DOEL_RATIO} × kerncijfers p50 (${r.kerncijfers.p50.toFixed(0)} ms)`,
    waarde: m.p50,
    ok: m.p50 <= DOEL_RATIO * r.kerncijfers.p50,
    sql,
    params,
  }));
  for (const d of doelen) {
    if (d.ok && args.explain !== 'true') continue;
    const { rows } = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${d.sql}`, d.params);
    log(`\nEXPLAIN (ANALYZE, BUFFERS) ${d.omschrijving}:\n${rows.map((x) => x['QUERY PLAN']).join('\n')}`);
  }
  if (args.explain === 'true') {
    const { rows } = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${KERNCIJFERS_SQL}`, [
      medewerker.organisatieId,
      peil,
      null,
      null,
    ]);
    log(`\nEXPLAIN (ANALYZE, BUFFERS) kerncijfers:\n${rows.map((x) => x['QUERY PLAN']).join('\n')}`);
  }
  log('');
  for (const d of doelen) log(`${d.ok ? 'PASS' : 'FAIL'}  ${d.omschrijving}: ${d.waarde.toFixed(0)}`);
  return doelen.every((d) => d.ok);
}

await draai(hoofd);
