#!/usr/bin/env node
// Benchmark of the campagne letters (not part of `npm test`): `npm run bench:brieven`. See docs/performance.md.
//
// Generates the synthetic organisatie of the other benches (default 5,000 clients), puts one running campagne in it
// with 500 invitations whose letters were sent today, starts the built product and times
// GET /api/campagnes/{id}/brieven.pdf?datum=<today> through HTTP as the teamleider who made the campagne.
// PASS when it makes at least 20 letters per second. Options: --size=5000 --brieven=500 --herhalingen=3
// Requires a build (`npx nx run-many -t build -p api web`).

import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { args, bereidVoor, draai, log, login, machine, opruimen, startApp } from './support.mjs';
import { genereer } from './synthetische-organisatie.mjs';

const GROOTTE = Number(args.size ?? 5000);
const BRIEVEN = Number(args.brieven ?? 500);
const HERHALINGEN = Number(args.herhalingen ?? 3);
const DOEL_PER_SECONDE = 20;

async function hoofd() {
  const { api, require, db } = await bereidVoor('brieven');
  const { migreer } = require(api('database/voorbereiden.js'));
  const { vandaag, plusDagen } = require('@klant-in-beeld/domain');
  log(`Brieven-benchmark — ${machine()}`);
  const url = db.url;
  await migreer(url);
  await genereer(url, GROOTTE);

  const server = await startApp(api, url);
  const { accessToken, medewerker } = await login(server.url);

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

await draai(hoofd);
