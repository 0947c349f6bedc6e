#!/usr/bin/env node
// Benchmark of the rapportages (not part of `npm test`): `npm run bench:rapportages`. See docs/performance.md.
//
// Generates the same synthetic organisatie as the werkvoorraad benchmark (default 50,000 clients, ~1M
// contactmomenten), starts the built product on it and measures, one request at a time as a beleid user would:
//   GET /api/rapportages/kerncijfers (whole organisatie, and per team)       target p95 ≤ 500 ms
//   GET /api/rapportages/trend over 24 months                                target ≤ 2 s
//     (right after the server started, while the background preparation of the closed months runs; right after that
//     preparation; warm; once more without the kept months, computed live; then after a backdated contact)
//   GET /api/rapportages/doorstroom over 12 months
//   GET /api/rapportages/leefgebieden and /leefgebieden/beweging over 12 months (a third of the clients had a
//     klant-in-beeld-gesprek)                                                 target p95 ≤ 1 × kerncijfers p95
// and, in the same run, the bare aggregate pass (the least any correct kerncijfers must read: the clients in the
// caseload today and their conversations of the last 12 months, counted per client, directly in SQL), with the
// ratios of issue 17 as targets (p50 against p50):
//   kerncijfers ≤ 3 × the bare pass; warm trend over 24 months ≤ 2 × kerncijfers;
//   first trend right after the start ≤ 3 × kerncijfers.
// Prints EXPLAIN (ANALYZE, BUFFERS) of the kerncijfers SQL. Exit code 0 when the targets are met, 1 when not.
// Options: --sizes=50000  --herhalingen=15 (kerncijfers)  --trend-herhalingen=3
// Requires a build (`npx nx run-many -t build -p api web`).

import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { args, bereidVoor, draai, log, login, machine, meet, opruimen, percentiel, startApp } from './support.mjs';
import { genereer } from './synthetische-organisatie.mjs';

const GROOTTES = (args.sizes ?? '50000').split(',').map(Number);
const HERHALINGEN = Number(args.herhalingen ?? 15);
const TREND_HERHALINGEN = Number(args['trend-herhalingen'] ?? 3);
const DOEL_KERNCIJFERS_MS = 500;
/** How complete a trend answer (meet's last body) was: the months in it and those still being prepared. */
const maandenKlaar = (meting) => {
  const { maanden, inVoorbereiding } = JSON.parse(meting.laatste);
  return `${maanden.length} van ${maanden.length + inVoorbereiding.length} maanden in het antwoord`;
};
const DOEL_TREND_MS = 2000;
/** The leefgebieden reports read far fewer rows than the kerncijfers: no slower than one kerncijfers call. */
const DOEL_LEEFGEBIEDEN_RATIO = 1;
const DOEL_KERN_PASS_RATIO = 3;
const DOEL_TREND_KERN_RATIO = 2;
const DOEL_EERSTE_TREND_KERN_RATIO = 3;

/**
 * The bare aggregate pass: the organisatie's clients in the caseload at $2 and their conversations (the contacts a
 * figure counts, from the same partial index) of the 12 months up to it, count and latest per client, joined to the
 * clients and summed to a few numbers.
 */
const KALE_PASS_SQL = `
  SELECT count(*) AS caseload, count(c.klant_id) AS met_gesprek, coalesce(sum(c.n), 0) AS gesprekken, max(c.laatst) AS laatst
    FROM klant k
    LEFT JOIN (
      SELECT c.klant_id, count(*) AS n, max(c.plaatsgevonden_op) AS laatst FROM contactmoment c
       WHERE c.organisatie_id = $1
         AND c.plaatsgevonden_op >= (($2::date - interval '12 months')::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'
         AND c.plaatsgevonden_op < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'
         AND c.kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon') AND c.resultaat IN ('gesproken', 'no_show', 'afgezegd')
       GROUP BY c.klant_id
    ) c ON c.klant_id = k.id
   WHERE k.organisatie_id = $1 AND k.startdatum_uitkering <= $2::date AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > $2::date)`;

/** Times `n` runs of one SQL statement on connection `c` (with the report queries' work_mem), as meet() does. */
async function meetSql(c, sql, parameters, n) {
  await c.query(`SET work_mem = '64MB'`);
  const tijden = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await c.query(sql, parameters);
    tijden.push(performance.now() - t0);
  }
  tijden.sort((a, b) => a - b);
  return { p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), max: tijden.at(-1), n };
}

async function hoofd() {
  const { api, require, db } = await bereidVoor('rapport');
  const { migreer } = require(api('database/voorbereiden.js'));
  const { KERNCIJFERS_SQL } = require(api('rapportages/rapportages.sql.js'));
  const { vandaag, plusMaanden, plusDagen } = require('@klant-in-beeld/domain');
  log(`Rapportages-benchmark — ${machine()}`);
  const basis = db.url.replace(/\/klant_in_beeld$/, '');
  const doelen = [];
  for (const grootte of GROOTTES) {
    const naam = `kib_rapport_${grootte}`;
    const beheer = new pg.Client({ connectionString: `${basis}/postgres` });
    await beheer.connect();
    await beheer.query(`CREATE DATABASE ${naam}`);
    await beheer.end();
    const url = `${basis}/${naam}`;
    await migreer(url);
    const data = await genereer(url, grootte);
    log(
      `\n=== ${grootte.toLocaleString('en')} klanten === gegenereerd in ${(data.tijden.totaal / 1000).toFixed(1)} s; ${data.tellingen.map((r) => `${r.tabel} ${r.n.toLocaleString('en')}`).join(', ')}`,
    );

    const serverStart = performance.now();
    const server = await startApp(api, url);
    const { accessToken, medewerker } = await login(server.url);
    const peil = vandaag();
    const r = (pad) => `${server.url}/api/rapportages/${pad}`;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    opruimen.push(() => c.end());
    const trendUrl = r(`trend?van=${plusMaanden(peil, -23)}&tot=${peil}`);
    // Right after the start, while the background preparation fills the closed months: the trend must not wait for it.
    const trendNaStart = await meet(trendUrl, accessToken, 1);
    log(`Eerste trend na het starten: ${maandenKlaar(trendNaStart)}`);
    // The server prepares the last 24 closed months in the background from its start; measure before the figures.
    // Done when the 24 months are kept and the ANALYZE that follows them has run.
    const voorbereid = async () =>
      (
        await c.query(
          `SELECT (SELECT count(*) FROM rapport_maand WHERE organisatie_id = $1) = 24
                  AND (SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'rapport_maandfeit') AS klaar`,
          [medewerker.organisatieId],
        )
      ).rows[0].klaar;
    for (
      const tot = Date.now() + 10 * 60_000;
      !(await voorbereid());
      await new Promise((klaar) => setTimeout(klaar, 100))
    ) {
      if (Date.now() > tot) throw new Error('De voorbereiding van de rapportmaanden was na 10 minuten niet klaar');
    }
    const voorbereidingMs = performance.now() - serverStart;
    log(
      `Voorbereiding van 24 afgesloten maanden klaar ${(voorbereidingMs / 1000).toFixed(1)} s na het starten van de server`,
    );
    // Measure the steady state: autovacuum of the 1.2M facts just written would otherwise share the 2 cores.
    const autovacuum = async () =>
      (await c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'`))
        .rows[0].n;
    const rustStart = performance.now();
    while ((await autovacuum()) > 0) await new Promise((klaar) => setTimeout(klaar, 250));
    log(`Autovacuum klaar na nog ${((performance.now() - rustStart) / 1000).toFixed(1)} s`);

    await meet(r(`kerncijfers?peildatum=${peil}`), accessToken, 2); // warm-up
    const kern = await meet(r(`kerncijfers?peildatum=${peil}`), accessToken, HERHALINGEN);
    const kernTeam = await meet(
      r(`kerncijfers?peildatum=${peil}&teamId=${medewerker.teamId}`),
      accessToken,
      HERHALINGEN,
    );
    const kernVerleden = await meet(r(`kerncijfers?peildatum=${plusMaanden(peil, -9)}`), accessToken, HERHALINGEN);
    const trendNaVoorbereiding = await meet(trendUrl, accessToken, 1);
    const trend = await meet(trendUrl, accessToken, TREND_HERHALINGEN);
    // The bare pass and the kerncijfers SQL itself, directly, on the same data and indexes.
    const kalePass = await meetSql(c, KALE_PASS_SQL, [medewerker.organisatieId, peil], HERHALINGEN);
    const kernSql = await meetSql(c, KERNCIJFERS_SQL, [medewerker.organisatieId, peil, null, null], HERHALINGEN);
    if (process.env.BENCH_DIAG) {
      const d = new pg.Client({ connectionString: url });
      await d.connect();
      const { rows } =
        await d.query(`SELECT backend_type, state, left(query, 60) AS q FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                                      UNION ALL SELECT 'stat', relname, coalesce(last_autovacuum::text, '-') || ' / ' || coalesce(last_autoanalyze::text, '-') FROM pg_stat_user_tables WHERE relname = 'rapport_maandfeit'`);
      await d.end();
      log(JSON.stringify({ trend, rows }));
    }
    // A contact registered with hindsight in the last closed month: the next trend computes that month live.
    const vorigeMaand = plusDagen(`${peil.slice(0, 7)}-01`, -1);
    await c.query(
      `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
       SELECT organisatie_id, id, klantmanager_id, ($1::date + time '10:00') AT TIME ZONE 'Europe/Amsterdam', 'telefoon', 'gemeente', 'gesproken', 'bench'
         FROM klant WHERE organisatie_id = $2 AND klantmanager_id IS NOT NULL AND status = 'actief' LIMIT 1`,
      [vorigeMaand, medewerker.organisatieId],
    );
    const trendNaWijziging = await meet(trendUrl, accessToken, 1);
    // Nothing kept: beyond the live budget the first answer holds today and leaves the 23 closed months to the
    // preparation (which does this organisatie first).
    await c.query(`DELETE FROM rapport_maand WHERE organisatie_id = $1`, [medewerker.organisatieId]);
    const trendEerste = await meet(trendUrl, accessToken, 1);
    log(`Trend zonder bewaarde maanden: ${maandenKlaar(trendEerste)}`);
    const doorstroom = await meet(r(`doorstroom?van=${plusMaanden(peil, -12)}&tot=${peil}`), accessToken, HERHALINGEN);
    await meet(r(`leefgebieden?peildatum=${peil}`), accessToken, 2); // warm-up
    const leefgebieden = await meet(r(`leefgebieden?peildatum=${peil}`), accessToken, HERHALINGEN);
    const leefgebiedenTeam = await meet(
      r(`leefgebieden?peildatum=${peil}&teamId=${medewerker.teamId}`),
      accessToken,
      HERHALINGEN,
    );
    const beweging = await meet(
      r(`leefgebieden/beweging?van=${plusMaanden(peil, -12)}&tot=${peil}`),
      accessToken,
      HERHALINGEN,
    );

    log('| meting | p50 ms | p95 ms | max ms | n |');
    log('|---|---:|---:|---:|---:|');
    for (const [omschrijving, m] of [
      ['kerncijfers, hele organisatie, vandaag', kern],
      ['kerncijfers, één team', kernTeam],
      ['kerncijfers, peildatum 9 maanden terug', kernVerleden],
      ['kerncijfers, de SQL zelf (zonder HTTP)', kernSql],
      ['kale pass: caseload vandaag en gesprekken van 12 maanden (SQL)', kalePass],
      ['trend, 24 maanden, direct na het starten (tijdens de voorbereiding)', trendNaStart],
      ['trend, 24 maanden, eerste keer na de voorbereiding', trendNaVoorbereiding],
      ['trend, 24 maanden', trend],
      ['trend, 24 maanden, zonder bewaarde maanden (eerste antwoord)', trendEerste],
      ['trend, 24 maanden, na een contact met terugwerkende kracht (1 maand live)', trendNaWijziging],
      ['doorstroom, 12 maanden', doorstroom],
      ['leefgebieden, hele organisatie, vandaag', leefgebieden],
      ['leefgebieden, één team', leefgebiedenTeam],
      ['beweging per leefgebied, 12 maanden', beweging],
    ]) {
      log(`| ${omschrijving} | ${m.p50.toFixed(0)} | ${m.p95.toFixed(0)} | ${m.max.toFixed(0)} | ${m.n} |`);
    }
    if (grootte === Math.max(...GROOTTES)) {
      doelen.push({
        omschrijving: `kerncijfers p95 bij ${grootte.toLocaleString('en')} klanten ≤ ${DOEL_KERNCIJFERS_MS} ms`,
        waarde: kern.p95,
        ok: kern.p95 <= DOEL_KERNCIJFERS_MS,
      });
      for (const [naam, m] of [
        ['leefgebieden', leefgebieden],
        ['beweging per leefgebied', beweging],
      ]) {
        doelen.push({
          omschrijving: `${naam} p95 ≤ ${DOEL_LEEFGEBIEDEN_RATIO} × kerncijfers p95 (${kern.p95.toFixed(0)} ms)`,
          waarde: m.p95,
          ok: m.p95 <= DOEL_LEEFGEBIEDEN_RATIO * kern.p95,
        });
      }
      doelen.push({
        omschrijving: `trend over 24 maanden (p95) ≤ ${DOEL_TREND_MS} ms`,
        waarde: trend.p95,
        ok: trend.p95 <= DOEL_TREND_MS,
      });
      for (const [omschrijving, teller, noemer, doel] of [
        ['kerncijfers / kale pass', kern, kalePass, DOEL_KERN_PASS_RATIO],
        ['trend over 24 maanden (warm) / kerncijfers', trend, kern, DOEL_TREND_KERN_RATIO],
        ['eerste trend direct na het starten / kerncijfers', trendNaStart, kern, DOEL_EERSTE_TREND_KERN_RATIO],
      ]) {
        const ratio = teller.p50 / noemer.p50;
        doelen.push({
          omschrijving: `${omschrijving} (p50 ${teller.p50.toFixed(0)} / ${noemer.p50.toFixed(0)} ms) ≤ ${doel}`,
          waarde: ratio,
          decimalen: 2,
          ok: ratio <= doel,
        });
      }
      const { rows } = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${KERNCIJFERS_SQL}`, [
        medewerker.organisatieId,
        peil,
        null,
        null,
      ]);
      log(
        `\nEXPLAIN (ANALYZE, BUFFERS) kerncijfers, ${grootte.toLocaleString('en')} klanten:\n${rows.map((x) => x['QUERY PLAN']).join('\n')}`,
      );
    }
    await c.end();
    opruimen.pop();
    await server.stop();
    opruimen.pop();
  }
  log('');
  for (const d of doelen) log(`${d.ok ? 'PASS' : 'FAIL'}  ${d.omschrijving}: ${d.waarde.toFixed(d.decimalen ?? 0)}`);
  return doelen.every((d) => d.ok);
}

await draai(hoofd);
