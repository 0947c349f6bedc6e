// Synthetic organisaties for the benchmarks (werkvoorraad.mjs, rapportages.mjs, brieven.mjs, campagne.mjs): generated server-side with
// INSERT … SELECT generate_series and a seeded random(), in the proportions of docs/performance.md.
import { performance } from 'node:perf_hooks';
import argon2 from 'argon2';
import pg from 'pg';

export const PER_KLANTMANAGER = 150;
export const WACHTWOORD = 'Bench-wachtwoord-2026';
export const GEMETEN = 'bench-km001';

/**
 * VACUUM (ANALYZE) until every table is all-visible, as in a database long in use: a VACUUM cannot mark rows
 * visible to all while a concurrent autovacuum ANALYZE still holds an older snapshot (seen after a 50k generation:
 * ladder_meting and afspraak had no all-visible page, so their index-only scans fetched every row from the heap).
 */
async function vacuumTotAllesZichtbaar(client) {
  await client.query('VACUUM (ANALYZE)');
  for (let poging = 0; poging < 5; poging++) {
    const { rows } = await client.query(
      `SELECT c.oid::regclass::text AS tabel FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relpages > 0 AND c.relallvisible < c.relpages`,
    );
    if (rows.length === 0) return;
    await new Promise((klaar) => setTimeout(klaar, 1000));
    await client.query(`VACUUM ${rows.map((r) => r.tabel).join(', ')}`);
  }
}

// ---------------------------------------------------------------------------------------------- data generator
/**
 * Stages one block of clients (nr van..tot) in temp tables. The measured klantmanager's 150 clients are their own
 * block with their own seed, so his dossier is identical at every organisatie size and only the rest grows.
 */
function stageBlok({ van, tot, seed, gemeten, K, zonderKm }) {
  const kmExpr = gemeten
    ? '1'
    : `CASE WHEN nr <= ${PER_KLANTMANAGER + zonderKm} THEN NULL ELSE 2 + floor(r_km * ${K - 1})::int END`;
  const statusExpr = gemeten
    ? `'actief'`
    : `CASE WHEN nr > ${PER_KLANTMANAGER + zonderKm} AND r_status < 0.03 THEN 'uitgestroomd' ELSE 'actief' END`;
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
    // Klant-in-beeld-gesprekken for about a third of the clients: their last one or two conversations on location
    // in two years become a gesprek (the contactmoment it also is), with the paths in Zwolle's proportions
    // (13/24/25/38%), a score on each of the 13 ZRM domains, and a plan for ~70% of them.
    `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, berekend_categorie,
                          berekend_pad, advies_categorie, dienstverleningspad, aangemaakt_op)
     SELECT c.organisatie_id, c.klant_id, c.medewerker_id, c.id, i.id, c.plaatsgevonden_op, p.categorie, p.pad, p.categorie, p.pad, c.aangemaakt_op
       FROM (SELECT c.*, row_number() OVER (PARTITION BY c.klant_id ORDER BY c.plaatsgevonden_op DESC) AS volgnr, abs(hashtext(c.id::text)) % 100 AS r_pad
               FROM contactmoment c
              WHERE c.organisatie_id = '${org}'::uuid AND c.kanaal = 'gesprek_op_locatie' AND c.resultaat = 'gesproken'
                AND c.plaatsgevonden_op > now() - interval '2 years' AND abs(hashtext(c.klant_id::text)) % 3 = 0) c
       JOIN leefgebieden_instrument i ON i.organisatie_id = '${org}'::uuid AND i.versie = 1
       CROSS JOIN LATERAL (SELECT CASE WHEN c.r_pad < 13 THEN 'intensief_naar_werk' WHEN c.r_pad < 37 THEN 'een_leefgebied'
                                       WHEN c.r_pad < 62 THEN 'taal_opleiding_medisch' ELSE 'sociaal_wijkteam' END AS pad,
                                  CASE WHEN c.r_pad < 13 THEN 'job_ready' WHEN c.r_pad < 37 THEN 'bijna_job_ready'
                                       WHEN c.r_pad < 62 THEN 'nog_niet_job_ready' ELSE 'niet_job_ready' END AS categorie) p
      WHERE c.volgnr <= 2
      ORDER BY c.plaatsgevonden_op`,
    `INSERT INTO gesprek_score (gesprek_id, organisatie_id, domein, niveau)
     SELECT g.id, g.organisatie_id, d.code, 1 + abs(hashtext(g.id::text || d.code)) % 5
       FROM gesprek g CROSS JOIN (SELECT jsonb_array_elements(domeinen) ->> 'code' AS code FROM leefgebieden_instrument
                                   WHERE organisatie_id = '${org}'::uuid AND versie = 1) d
      WHERE g.organisatie_id = '${org}'::uuid`,
    `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op, gewijzigd_op)
     SELECT DISTINCT ON (g.klant_id) g.organisatie_id, g.klant_id, g.medewerker_id, (g.gevoerd_op + interval '6 months')::date,
            g.gevoerd_op + interval '3 days', g.gevoerd_op + interval '3 days'
       FROM gesprek g WHERE g.organisatie_id = '${org}'::uuid AND abs(hashtext(g.klant_id::text || 'plan')) % 10 < 7
      ORDER BY g.klant_id, g.gevoerd_op DESC`,
    `ALTER TABLE klant ENABLE TRIGGER USER`,
    `ALTER TABLE contactmoment ENABLE TRIGGER USER`,
  ];
}

export const BENCH_CAMPAGNE = '00000000-0000-4000-8000-0000000ca000';

/**
 * An optional running herscreening campagne (docs/campagne.md) of `n` deelnemers: the long-unseen active clients
 * (not spoken for 12 months), started 8 weeks ago. ~75% are invited (over the last 7 weeks and the coming 2), each
 * with its letter; the invitations of the past were called the working day before by ~70% and have an outcome,
 * about half of the no-shows got a second invitation; most who came had the klant-in-beeld-gesprek recorded with
 * the campagne, and most of those a plan. Deterministic: every choice is a hash of the client's id. Run after the
 * load, with the triggers on (they keep laatst_gezien_op for the calls and conversations).
 */
function campagne({ org, n }) {
  const cid = `'${BENCH_CAMPAGNE}'::uuid`;
  const h = (expr, zout) => `abs(hashtext(${expr}::text || '${zout}'))`;
  const tijd = (dag, slot) =>
    `((${dag})::date + time '09:00' + (${slot}) * interval '30 minutes')::timestamp AT TIME ZONE 'Europe/Amsterdam'`;
  return [
    `INSERT INTO campagne (id, organisatie_id, naam, doel, criteria, startdatum, einddatum, status, max_uitnodigingen, aangemaakt_door,
                           gestart_op, aangemaakt_op, gewijzigd_op)
     VALUES (${cid}, '${org}'::uuid, 'Herscreening benchmark', 'Iedereen die een jaar niet gesproken is weer in beeld',
             '{"nietGesprokenMaanden": 12}', current_date - 56, current_date + 120, 'lopend', 2, md5('tl-1')::uuid,
             now() - interval '56 days', now() - interval '60 days', now() - interval '56 days')`,
    `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie, start_trede,
                                     start_laatst_gezien_op, start_gemeente_id, start_team_id, start_klantmanager_id)
     SELECT ${cid}, k.organisatie_id, k.id, k.klantmanager_id, k.dienstverleningscategorie, l.trede, k.laatst_gezien_op,
            k.gemeente_id, m.team_id, k.klantmanager_id
       FROM klant k
       LEFT JOIN medewerker m ON m.id = k.klantmanager_id
       LEFT JOIN LATERAL (SELECT trede FROM ladder_meting lm WHERE lm.klant_id = k.id ORDER BY gemeten_op DESC LIMIT 1) l ON true
      WHERE k.organisatie_id = '${org}'::uuid AND k.status = 'actief'
        AND (k.laatst_gezien_op IS NULL OR k.laatst_gezien_op < now() - interval '12 months')
      ORDER BY k.id LIMIT ${n}`,
    // The invitations and what happened around them, first as facts per attempt.
    `CREATE TEMP TABLE gen_uitnodiging AS
     WITH eerste AS (
       SELECT d.klant_id, coalesce(d.medewerker_id, md5('tl-1')::uuid) AS medewerker_id, 1 AS poging,
              ${tijd(`current_date - 49 + ${h('d.klant_id', 'dag')} % 63`, `${h('d.klant_id', 'slot')} % 14`)} AS datum_tijd,
              ${h('d.klant_id', 'kans')} AS r
         FROM campagne_deelnemer d WHERE d.campagne_id = ${cid} AND ${h('d.klant_id', 'uitgenodigd')} % 100 < 75
     ), feiten AS (
       SELECT e.*, e.datum_tijd < now() AS verleden,
              CASE WHEN e.datum_tijd - interval '1 day' >= now() THEN NULL WHEN e.r % 10 < 7 THEN
                CASE WHEN (e.r / 10) % 10 < 7 THEN 'gesproken' ELSE 'niet_bereikt' END END AS bel
         FROM eerste e
     ), met_uitkomst AS (
       SELECT f.*, CASE WHEN NOT f.verleden THEN NULL
                        WHEN f.bel = 'gesproken' THEN CASE WHEN (f.r / 100) % 100 < 93 THEN 'gesproken' ELSE 'no_show' END
                        ELSE CASE WHEN (f.r / 100) % 100 < 62 THEN 'gesproken' WHEN (f.r / 100) % 100 < 90 THEN 'no_show' ELSE 'afgezegd' END END AS uitkomst
         FROM feiten f
     ), tweede AS (
       SELECT m.klant_id, m.medewerker_id, 2 AS poging, m.datum_tijd + interval '14 days' AS datum_tijd, m.r / 7 AS r
         FROM met_uitkomst m WHERE m.uitkomst IN ('no_show', 'afgezegd') AND (m.r / 10000) % 2 = 0
     )
     SELECT klant_id, medewerker_id, poging, datum_tijd, verleden, bel, uitkomst FROM met_uitkomst
     UNION ALL
     SELECT t.klant_id, t.medewerker_id, t.poging, t.datum_tijd, t.datum_tijd < now(),
            CASE WHEN t.datum_tijd - interval '1 day' >= now() THEN NULL WHEN t.r % 10 < 7 THEN
              CASE WHEN (t.r / 10) % 10 < 7 THEN 'gesproken' ELSE 'niet_bereikt' END END,
            CASE WHEN t.datum_tijd >= now() THEN NULL WHEN (t.r / 100) % 100 < 75 THEN 'gesproken' ELSE 'no_show' END
       FROM tweede t`,
    `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, duur_minuten, locatie, poging, aangemaakt_door, aangemaakt_op)
     SELECT '${org}'::uuid, ${cid}, g.klant_id, g.medewerker_id, g.datum_tijd, 60, 'Stadskantoor, Grote Markt 1', g.poging, g.medewerker_id,
            least(now(), g.datum_tijd - interval '14 days')
       FROM gen_uitnodiging g ORDER BY g.datum_tijd`,
    // The letter, the call the day before and the conversation itself: ordinary contactmomenten of the invitation.
    `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, uitnodiging_id, aangemaakt_op)
     SELECT u.organisatie_id, u.klant_id, u.medewerker_id, f.t, f.kanaal, 'gemeente', f.resultaat, f.onderwerp, u.id, f.t
       FROM gen_uitnodiging g
       JOIN uitnodiging u ON u.campagne_id = ${cid} AND u.klant_id = g.klant_id AND u.poging = g.poging
       CROSS JOIN LATERAL (
         SELECT least(now() - interval '1 minute', g.datum_tijd - interval '14 days') AS t, 'brief' AS kanaal, 'verstuurd' AS resultaat,
                'Uitnodiging klant-in-beeld-gesprek' AS onderwerp
         UNION ALL
         SELECT g.datum_tijd - interval '1 day', 'telefoon', g.bel, 'Herinnering klant-in-beeld-gesprek' WHERE g.bel IS NOT NULL
         UNION ALL
         SELECT g.datum_tijd, 'gesprek_op_locatie', g.uitkomst, 'Klant-in-beeld-gesprek' WHERE g.uitkomst IS NOT NULL
       ) f
      ORDER BY f.t`,
    // Nine in ten who came had the gesprek recorded with the campagne (the outcome is its contactmoment).
    `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, berekend_categorie,
                          berekend_pad, advies_categorie, dienstverleningspad, campagne_id, aangemaakt_op)
     SELECT c.organisatie_id, c.klant_id, c.medewerker_id, c.id, i.id, c.plaatsgevonden_op, p.categorie, p.pad, p.categorie, p.pad, ${cid},
            c.plaatsgevonden_op + interval '1 hour'
       FROM uitnodiging u
       JOIN contactmoment c ON c.uitnodiging_id = u.id AND c.kanaal = 'gesprek_op_locatie' AND c.resultaat = 'gesproken'
       JOIN leefgebieden_instrument i ON i.organisatie_id = '${org}'::uuid AND i.versie = 1
       CROSS JOIN LATERAL (SELECT ${h('c.klant_id', 'pad')} % 100 AS r_pad) r
       CROSS JOIN LATERAL (SELECT CASE WHEN r.r_pad < 13 THEN 'intensief_naar_werk' WHEN r.r_pad < 37 THEN 'een_leefgebied'
                                       WHEN r.r_pad < 62 THEN 'taal_opleiding_medisch' ELSE 'sociaal_wijkteam' END AS pad,
                                  CASE WHEN r.r_pad < 13 THEN 'job_ready' WHEN r.r_pad < 37 THEN 'bijna_job_ready'
                                       WHEN r.r_pad < 62 THEN 'nog_niet_job_ready' ELSE 'niet_job_ready' END AS categorie) p
      WHERE u.campagne_id = ${cid} AND ${h('c.klant_id', 'gesprek')} % 10 < 9
      ORDER BY c.plaatsgevonden_op`,
    `INSERT INTO gesprek_score (gesprek_id, organisatie_id, domein, niveau)
     SELECT g.id, g.organisatie_id, d.code, 1 + abs(hashtext(g.id::text || d.code)) % 5
       FROM gesprek g CROSS JOIN (SELECT jsonb_array_elements(domeinen) ->> 'code' AS code FROM leefgebieden_instrument
                                   WHERE organisatie_id = '${org}'::uuid AND versie = 1) d
      WHERE g.campagne_id = ${cid}`,
    // Four in five of them got their plan (new, or the existing one changed) a few days later.
    `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op, gewijzigd_op)
     SELECT g.organisatie_id, g.klant_id, g.medewerker_id, (g.gevoerd_op + interval '6 months')::date,
            least(now(), g.gevoerd_op + interval '3 days'), least(now(), g.gevoerd_op + interval '3 days')
       FROM gesprek g WHERE g.campagne_id = ${cid} AND ${h('g.klant_id', 'plan')} % 10 < 8
     ON CONFLICT (klant_id) DO UPDATE SET medewerker_id = EXCLUDED.medewerker_id, evaluatiedatum = EXCLUDED.evaluatiedatum,
                                          gewijzigd_op = EXCLUDED.gewijzigd_op`,
  ];
}

/**
 * Options: `campagneDeelnemers` adds the running campagne of campagne() with that many deelnemers (off by default:
 * the other benches get exactly the data they always had).
 */
export async function genereer(url, grootte, { campagneDeelnemers = 0 } = {}) {
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
    if (campagneDeelnemers > 0) for (const sql of campagne({ org, n: campagneDeelnemers })) await client.query(sql);
    const geladen = performance.now();
    await vacuumTotAllesZichtbaar(client);
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
      UNION ALL SELECT 'werkvoorraad_uitstel', count(*)::int FROM werkvoorraad_uitstel UNION ALL SELECT 'medewerker', count(*)::int FROM medewerker
      UNION ALL SELECT 'gesprek', count(*)::int FROM gesprek UNION ALL SELECT 'gesprek (klanten)', count(DISTINCT klant_id)::int FROM gesprek
      UNION ALL SELECT 'gesprek_score', count(*)::int FROM gesprek_score UNION ALL SELECT 'plan', count(*)::int FROM plan
      ${
        campagneDeelnemers > 0
          ? `UNION ALL SELECT 'campagne_deelnemer', count(*)::int FROM campagne_deelnemer UNION ALL SELECT 'uitnodiging', count(*)::int FROM uitnodiging
             UNION ALL SELECT 'contactmoment (van een uitnodiging)', count(*)::int FROM contactmoment WHERE uitnodiging_id IS NOT NULL
             UNION ALL SELECT 'gesprek (campagne)', count(*)::int FROM gesprek WHERE campagne_id IS NOT NULL`
          : ''
      }`);
    const { rows: profiel } = await client.query(`
      SELECT round(100.0 * count(*) FILTER (WHERE laatst_gezien_op IS NULL OR laatst_gezien_op < now() - interval '12 months') / count(*), 1) AS niet_gesproken_12m,
             round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM vrijstelling v WHERE v.klant_id = k.id
                   AND vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, current_date))) / count(*), 1) AS vrijgesteld,
             round(avg(n), 1) AS caseload_gem, min(n) AS caseload_min, max(n) AS caseload_max
        FROM klant k
        CROSS JOIN LATERAL (SELECT count(*) AS n FROM klant k2 WHERE k2.klantmanager_id = k.klantmanager_id AND k2.status = 'actief') c
       WHERE k.status = 'actief'`);
    const { rows: grootteRijen } = await client.query(
      `SELECT pg_size_pretty(pg_database_size(current_database())) AS omvang`,
    );
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

// ---------------------------------------------------------------------------------------------- national scale
/** The measured organisatie of the national set: exactly what genereer() makes for 50,000 clients alone. */
export const GEMETEN_GROOTTE = 50_000;
export const LANDELIJK_KLANTEN = 416_000;
export const LANDELIJK_GEMEENTEN = 342;
/** Clients per klantmanager in the other organisaties (~5,000 klantmanagers over 416,000 clients). */
export const LANDELIJK_PER_KLANTMANAGER = 75;
/**
 * The measured proportions give ~20 contactmomenten per client; the other organisaties get a quarter more
 * contact attempts each, so the national set holds the ~10 million of the issue (the other tenants weigh more).
 */
export const LANDELIJK_CONTACTFACTOR = 1.25;

/** A small seeded PRNG (mulberry32), so the national size list is the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The organisaties of the national set besides the measured one, deterministic: one of 35,000 (Amsterdam), six
 * large cities of 10–20k, then RSDs and gemeenten of 1–5k (1–8 gemeenten each) and small ones of 200–900, summing
 * with the measured 50,000 to 416,000 clients in 342 gemeenten. `schaal` multiplies every other organisatie's size
 * (same number of tenants, fewer clients) for a quick run.
 */
export function landelijkeOrganisaties({ schaal = 1 } = {}) {
  const r = prng(17);
  const orgs = [
    { naam: 'Amsterdam', grootte: 35_000, gemeenten: 1 },
    ...[
      ['Rotterdam', 20_000, 1],
      ['Den Haag', 17_500, 1],
      ['Utrecht', 14_000, 1],
      ['Eindhoven en Kempen', 12_000, 3],
      ['Groningen', 11_000, 1],
      ['Tilburg en Hart van Brabant', 10_000, 4],
    ].map(([naam, grootte, gemeenten]) => ({ naam, grootte, gemeenten })),
  ];
  const klein = Array.from({ length: 80 }, (_, i) => ({
    naam: `Gemeente ${i + 1}`,
    grootte: 200 + Math.floor(r() * 700),
    gemeenten: 1,
  }));
  let rest = LANDELIJK_KLANTEN - GEMETEN_GROOTTE - [...orgs, ...klein].reduce((s, o) => s + o.grootte, 0);
  const middel = [];
  while (rest > 0) {
    const grootte = rest < 6000 ? rest : 1000 + Math.floor(r() * 4000);
    middel.push({ naam: `Sociale Dienst ${middel.length + 1}`, grootte, gemeenten: 1 });
    rest -= grootte;
  }
  // The gemeenten left over go to the RSDs, more to the larger ones (an RSD has at most 8).
  let gemeentenOver = LANDELIJK_GEMEENTEN - 3 - [...orgs, ...klein, ...middel].reduce((s, o) => s + o.gemeenten, 0);
  while (gemeentenOver > 0) {
    const o = middel[Math.floor(r() * middel.length)];
    if (o.gemeenten < 8 && r() < o.grootte / 5000) {
      o.gemeenten++;
      gemeentenOver--;
    }
  }
  let van = 1;
  let gemeente = 0;
  return [...orgs, ...middel, ...klein].map((o, i) => {
    const grootte = Math.max(20, Math.round(o.grootte * schaal));
    const k = Math.max(1, Math.round(grootte / LANDELIJK_PER_KLANTMANAGER));
    const rij = {
      org_nr: i + 1,
      naam: o.naam,
      grootte,
      van,
      k,
      t: Math.ceil(k / 11),
      zonder_km: Math.round(grootte * 0.01),
      gemeenten: o.gemeenten,
      gem_van: gemeente,
    };
    van += grootte;
    gemeente += o.gemeenten;
    return rij;
  });
}

/** The size list in a few lines: the large ones by name, the tail as counts per size band. */
export function vatOrganisatiesSamen(orgs) {
  const banden = [
    ['≥ 10.000', 10_000, Infinity],
    ['5.000–9.999', 5000, 10_000],
    ['1.000–4.999', 1000, 5000],
    ['< 1.000', 0, 1000],
  ];
  const som = (lijst, veld) => lijst.reduce((s, o) => s + o[veld], 0);
  const regels = banden
    .map(([naam, min, max]) => {
      const lijst = orgs.filter((o) => o.grootte >= min && o.grootte < max);
      return lijst.length
        ? `${naam}: ${lijst.length} organisaties, ${som(lijst, 'grootte').toLocaleString('en')} klanten, ${som(lijst, 'gemeenten')} gemeenten, ${som(lijst, 'k')} klantmanagers`
        : undefined;
    })
    .filter(Boolean);
  const groot = orgs
    .filter((o) => o.grootte >= 10_000)
    .map((o) => `${o.naam} ${o.grootte.toLocaleString('en')}`)
    .join(', ');
  return [
    `gemeten organisatie ${GEMETEN_GROOTTE.toLocaleString('en')} klanten (3 gemeenten); daarnaast ${orgs.length} organisaties met ${som(orgs, 'grootte').toLocaleString('en')} klanten, ${som(orgs, 'gemeenten')} gemeenten, ${som(orgs, 'k')} klantmanagers in ${som(orgs, 't')} teams`,
    ...(groot ? [`grootste: ${groot}`] : []),
    ...regels,
  ];
}

const ORG_ID = (nr) => `md5('organisatie-' || ${nr})::uuid`;
const KM_O = (org, n) => `md5('km-' || ${org} || '-' || ${n})::uuid`;

/**
 * The staging and loading of all other organisaties at once, in the proportions of stageBlok() and laden(), with an
 * organisatie number column: ids, user names ('bench-o012-km0001'), BSNs and gemeente codes are their own, so none
 * collides with the measured organisatie's (which keeps exactly the ids genereer() gives it).
 */
function landelijkeStappen({ n, hash }) {
  return [
    [
      'staging klanten',
      [
        `SELECT setseed(0.55)`,
        `INSERT INTO gen_klant
       WITH r AS MATERIALIZED (
         SELECT o.org_nr, o.org_id, o.k, o.zonder_km, o.gemeenten, o.van - 1 + nr AS gnr, nr,
                random() AS r_groep, random() AS r_cat, random() AS r_start, random() AS r_status, random() AS r_km,
                random() AS r_n, random() AS r_stil, random() AS r_vrij, random() AS r_hist, random() AS r_naam,
                random() AS r_naam2, random() AS r_geb, random() AS r_gem, random() AS r_doel, random() AS r_afspraak,
                random() AS r_ladder, random() AS r_uitstroom
           FROM gen_org o CROSS JOIN LATERAL generate_series(1, o.grootte) nr
       ), a AS MATERIALIZED (
         SELECT r.*,
                CASE WHEN r_groep < 0.02 THEN 'nieuw' WHEN r_groep < 0.37 THEN 'stil' ELSE 'gezien' END AS groep,
                CASE WHEN nr <= zonder_km THEN NULL ELSE 1 + floor(r_km * k)::int END AS km_nr,
                CASE WHEN nr > zonder_km AND r_status < 0.03 THEN 'uitgestroomd' ELSE 'actief' END AS status
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
       SELECT org_nr, org_id, nr, gnr, md5('klant-' || org_nr || '-' || nr)::uuid,
              CASE WHEN km_nr IS NOT NULL THEN ${KM_O('org_nr', 'km_nr')} END, ${KM_O('org_nr', '1')}, k, km_nr, status, groep,
              CASE WHEN r_cat < 0.08 THEN 'job_ready' WHEN r_cat < 0.25 THEN 'bijna_job_ready' WHEN r_cat < 0.50 THEN 'nog_niet_job_ready'
                   WHEN r_cat < 0.82 THEN 'niet_job_ready' ELSE 'beheer' END,
              startdatum, uitstroomdatum, van_t, greatest(van_t, tot_t),
              CASE WHEN groep = 'stil' THEN now() - (365 + floor(r_stil * 500)) * interval '1 day' END,
              CASE WHEN groep = 'nieuw' THEN 0
                   ELSE ceil((7 + r_n * 41) * ${LANDELIJK_CONTACTFACTOR} * least(1, extract(epoch FROM greatest(van_t, tot_t) - van_t) / (1095 * 86400)))::int END,
              CASE WHEN groep = 'nieuw' THEN floor(r_afspraak * 2)::int ELSE 1 + floor(r_afspraak * 5)::int END,
              CASE WHEN groep = 'nieuw' THEN floor(r_ladder * 2)::int ELSE 1 + floor(r_ladder * 3)::int END,
              r_vrij, r_hist, r_naam, r_naam2, r_geb, md5('gemeente-' || org_nr || '-' || (1 + floor(r_gem * gemeenten)::int))::uuid, r_doel
         FROM d`,
      ],
    ],
    [
      'staging contacten, afspraken, vrijstellingen, ladder',
      [
        `INSERT INTO gen_contact (org_id, klant_id, km_id, t, kanaal, resultaat, initiatief, r_tekst)
       WITH c AS MATERIALIZED (
         SELECT g.org_id, g.id, coalesce(g.km_id, g.km1) AS km_id, g.groep, g.stil_sinds, s = 1 AS intake,
                CASE WHEN s = 1 THEN g.startdatum + 7 + floor(random() * 14)::int + time '10:00' ELSE g.van_t + random() * (g.tot_t - g.van_t) END AS t,
                random() AS r_kanaal, random() AS r_res, random() AS r_init, random() AS r_tekst
           FROM gen_klant g CROSS JOIN LATERAL generate_series(1, g.n_contact) s
       ), k AS MATERIALIZED (
         SELECT c.*,
                CASE WHEN intake THEN 'gesprek_op_locatie' WHEN r_kanaal < 0.26 THEN 'gesprek_op_locatie' WHEN r_kanaal < 0.50 THEN 'telefoon' WHEN r_kanaal < 0.58 THEN 'beeldbellen'
                     WHEN r_kanaal < 0.63 THEN 'huisbezoek' WHEN r_kanaal < 0.78 THEN 'email' WHEN r_kanaal < 0.90 THEN 'brief' ELSE 'bericht' END AS kanaal
           FROM c
       )
       SELECT org_id, id, km_id, t, kanaal,
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
        `INSERT INTO gen_afspraak (org_id, klant_id, km_id, soort, startdatum, einddatum, status, r_tekst)
       WITH a AS MATERIALIZED (
         SELECT g.org_id, g.id, coalesce(g.km_id, g.km1) AS km_id, g.status AS klant_status,
                greatest(g.van_t, now() - interval '2 years')::date AS a_van, g.tot_t::date AS a_tot,
                random() AS r_start, random() AS r_duur, random() AS r_status, random() AS r_soort, random() AS r_tekst
           FROM gen_klant g CROSS JOIN LATERAL generate_series(1, g.n_afspraak) s
       ), b AS MATERIALIZED (
         SELECT a.*, a_van + floor(r_start * (a_tot - a_van + 1))::int AS startdatum FROM a
       ), c AS MATERIALIZED (
         SELECT b.*, startdatum + 14 + floor(r_duur * 166)::int AS einddatum FROM b
       )
       SELECT org_id, id, km_id,
              (ARRAY['vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'werkervaringsplaats', 'solliciteren',
                     'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig'])[1 + floor(r_soort * 12)::int],
              startdatum, einddatum,
              CASE WHEN klant_status = 'uitgestroomd' THEN CASE WHEN r_status < 0.5 THEN 'nagekomen' ELSE 'vervallen' END
                   WHEN einddatum >= current_date THEN 'lopend'
                   WHEN r_status < 0.12 THEN 'lopend' WHEN r_status < 0.72 THEN 'nagekomen' WHEN r_status < 0.88 THEN 'niet_nagekomen' ELSE 'vervallen' END,
              r_tekst
         FROM c`,
        `INSERT INTO gen_vrijstelling (org_id, klant_id, km_id, soort, reden, ingangsdatum, einddatum, herbeoordelingsdatum, ingetrokken_op, r_omvang)
       WITH v AS MATERIALIZED (
         SELECT g.org_id, g.id, coalesce(g.km_id, g.km1) AS km_id, g.r_vrij, g.startdatum, random() AS r_a, random() AS r_b, random() AS r_c, random() AS r_reden, random() AS r_omvang
           FROM gen_klant g
          WHERE g.status = 'actief' AND g.groep <> 'nieuw' AND g.r_vrij < 0.33
       ), w AS MATERIALIZED (
         SELECT v.*,
                CASE WHEN r_vrij < 0.135 THEN 'informeel' ELSE 'formeel' END AS soort,
                CASE WHEN r_vrij < 0.135 THEN current_date - floor(r_a * 220)::int
                     ELSE current_date - (21 + floor(r_a * 700))::int END AS ingangsdatum
           FROM v
       )
       SELECT org_id, id, km_id, soort,
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
        `INSERT INTO gen_ladder (org_id, klant_id, km_id, trede, doeltrede, gemeten_op)
       WITH l AS MATERIALIZED (
         SELECT g.org_id, g.id, coalesce(g.km_id, g.km1) AS km_id, g.van_t::date AS l_van, g.tot_t::date AS l_tot, random() AS r_trede, random() AS r_doel, random() AS r_datum
           FROM gen_klant g CROSS JOIN LATERAL generate_series(1, g.n_ladder) s
       ), t AS MATERIALIZED (
         SELECT l.*, CASE WHEN r_trede < 0.10 THEN 1 WHEN r_trede < 0.35 THEN 2 WHEN r_trede < 0.60 THEN 3 WHEN r_trede < 0.80 THEN 4 WHEN r_trede < 0.92 THEN 5 ELSE 6 END AS trede
           FROM l
       )
       SELECT org_id, id, km_id, trede, CASE WHEN r_doel < 0.7 THEN least(6, trede + 1) END, l_van + floor(r_datum * (l_tot - l_van + 1))::int
         FROM t`,
        `INSERT INTO gen_uitstel (org_id, klant_id, km_id, tot_datum)
       SELECT g.org_id, g.id, coalesce(g.km_id, g.km1), CASE WHEN g.r_hist > 0.99 THEN current_date + 1 + floor(random() * 30)::int ELSE current_date - 1 - floor(random() * 60)::int END
         FROM gen_klant g
        WHERE g.status = 'actief' AND g.r_hist > 0.98`,
      ],
    ],
    [
      'organisaties, gemeenten, teams, medewerkers',
      [
        `INSERT INTO organisatie (id, naam) SELECT org_id, 'Sociale Dienst ' || naam || ' (' || org_nr || ')' FROM gen_org ORDER BY org_nr`,
        `INSERT INTO gemeente (id, organisatie_id, cbs_code, naam)
       SELECT md5('gemeente-' || o.org_nr || '-' || g)::uuid, o.org_id, 'GM' || lpad((2000 + o.gem_van + g)::text, 4, '0'),
              CASE WHEN o.gemeenten = 1 THEN o.naam ELSE o.naam || ' ' || g END
         FROM gen_org o CROSS JOIN LATERAL generate_series(1, o.gemeenten) g`,
        `INSERT INTO team (id, organisatie_id, naam)
       SELECT md5('team-' || o.org_nr || '-' || tn)::uuid, o.org_id, 'Team ' || tn FROM gen_org o CROSS JOIN LATERAL generate_series(1, o.t) tn`,
        `INSERT INTO medewerker (id, organisatie_id, team_id, gebruikersnaam, naam, rol, wachtwoord_hash)
       SELECT ${KM_O('o.org_nr', 'n')}, o.org_id, md5('team-' || o.org_nr || '-' || (1 + (n - 1) % o.t))::uuid,
              'bench-o' || lpad(o.org_nr::text, 3, '0') || '-km' || lpad(n::text, 4, '0'), 'Klantmanager ' || n, 'klantmanager', '${hash}'
         FROM gen_org o CROSS JOIN LATERAL generate_series(1, o.k) n
       UNION ALL
       SELECT md5('tl-' || o.org_nr || '-' || tn)::uuid, o.org_id, md5('team-' || o.org_nr || '-' || tn)::uuid,
              'bench-o' || lpad(o.org_nr::text, 3, '0') || '-tl' || lpad(tn::text, 3, '0'), 'Teamleider ' || tn, 'teamleider', '${hash}'
         FROM gen_org o CROSS JOIN LATERAL generate_series(1, o.t) tn`,
      ],
    ],
    [
      'laden klanten en toewijzingen',
      [
        `ALTER TABLE klant DISABLE TRIGGER USER`,
        `ALTER TABLE contactmoment DISABLE TRIGGER USER`,
        `INSERT INTO klant (id, organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, adres, telefoon, email, doelgroep,
                          startdatum_uitkering, dienstverleningscategorie, klantmanager_id, status, uitstroomdatum, uitstroomreden,
                          laatst_gezien_op, aangemaakt_op, gewijzigd_op)
       SELECT g.id, g.org_id, lpad((100000000 + (${n} + g.gnr) * 7)::text, 9, '0'),
              (ARRAY['Anna', 'Mohamed', 'Fatima', 'Jan', 'Sanne', 'Ahmed', 'Eva', 'Pieter', 'Noor', 'Youssef', 'Lotte', 'Daan', 'Aisha', 'Kees',
                     'Mila', 'Samira', 'Thomas', 'Ilse', 'Mehmet', 'Wilma'])[1 + floor(g.r_naam * 20)::int],
              (ARRAY['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks',
                     'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yilmaz', 'El Amrani', 'Kaya', 'Boukhari', 'Tahiri', 'Postma',
                     'Kuipers', 'Veenstra', 'Kramer', 'van den Berg', 'Hoekstra', 'Koster'])[1 + floor(g.r_naam2 * 30)::int],
              date '1960-01-01' + floor(g.r_geb * 16000)::int, g.gemeente_id,
              jsonb_build_object('straat', 'Dorpsstraat', 'huisnummer', (1 + g.nr % 180)::text, 'postcode', (1000 + g.gnr % 8000)::text || ' AB', 'woonplaats', 'Nederland'),
              '06' || lpad((g.gnr * 13 % 100000000)::text, 8, '0'), 'klant' || g.org_nr || '-' || g.nr || '@example.nl',
              (ARRAY['brede_doelgroep', 'brede_doelgroep', 'brede_doelgroep', 'brede_doelgroep', 'statushouder', 'jongere_tot_27', 'doelgroepregister',
                     'beschut_werk', 'niet_uitkeringsgerechtigd'])[1 + floor(g.r_doel * 9)::int],
              g.startdatum, g.categorie, g.km_id, g.status, g.uitstroomdatum, CASE WHEN g.status = 'uitgestroomd' THEN 'werk_in_loondienst' END,
              c.laatst_gezien, g.startdatum + time '09:00', g.startdatum + time '09:00'
         FROM gen_klant g
         LEFT JOIN (SELECT klant_id, max(t) AS laatst_gezien FROM gen_contact
                     WHERE kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon') AND resultaat = 'gesproken'
                     GROUP BY klant_id) c ON c.klant_id = g.id
        ORDER BY g.startdatum, g.gnr`,
        `INSERT INTO klant_toewijzing (organisatie_id, klant_id, klantmanager_id, van, tot)
       SELECT g.org_id, g.id, ${KM_O('g.org_nr', '(1 + g.nr % g.k)')}, g.startdatum + time '09:00', g.startdatum + time '09:00' + (now() - (g.startdatum + time '09:00')) / 2
         FROM gen_klant g WHERE g.r_hist < 0.3 AND g.km_id IS NOT NULL AND g.startdatum < current_date - 30
       UNION ALL
       SELECT g.org_id, g.id, g.km_id,
              CASE WHEN g.r_hist < 0.3 AND g.km_id IS NOT NULL AND g.startdatum < current_date - 30
                   THEN g.startdatum + time '09:00' + (now() - (g.startdatum + time '09:00')) / 2 ELSE g.startdatum + time '09:00' END,
              NULL
         FROM gen_klant g`,
      ],
    ],
    [
      'laden contactmomenten',
      [
        `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, samenvatting, aangemaakt_op)
       SELECT c.org_id, c.klant_id, c.km_id, c.t, c.kanaal, c.initiatief, c.resultaat,
              (ARRAY['Voortgangsgesprek', 'Werk en re-integratie', 'Inkomen en uitkering', 'Gezondheid', 'Schulden', 'Taal', 'Zorg en gezin', 'Opleiding'])[1 + floor(c.r_tekst * 8)::int],
              CASE WHEN c.r_tekst < 0.85 THEN (ARRAY[
                'Besproken hoe het gaat met de zoektocht naar werk; klant solliciteert op twee vacatures en krijgt hulp bij het cv.',
                'Klant heeft last van de rug, huisarts is op de hoogte. Afgesproken over zes weken opnieuw te kijken naar vrijwilligerswerk.',
                'Taalcursus loopt goed, klant is naar niveau A2. Volgende stap: stage bij de kringloopwinkel bespreken.',
                'Brief verstuurd met uitnodiging voor een gesprek op locatie; klant gevraagd loonstroken mee te nemen.'])[1 + floor(c.r_tekst * 4.7)::int] END,
              c.t + interval '2 hours'
         FROM gen_contact c ORDER BY c.t`,
      ],
    ],
    [
      'laden afspraken, vrijstellingen, ladder, uitstel',
      [
        `INSERT INTO afspraak (organisatie_id, klant_id, medewerker_id, soort, omschrijving, startdatum, einddatum, status, resultaat_toelichting, aangemaakt_op, gewijzigd_op)
       SELECT a.org_id, a.klant_id, a.km_id, a.soort, 'Afspraak ' || replace(a.soort, '_', ' ') || ' volgens plan van aanpak', a.startdatum, a.einddatum, a.status,
              CASE WHEN a.status <> 'lopend' THEN 'Afgerond en besproken met klant.' END, a.startdatum + time '10:00', a.startdatum + time '10:00'
         FROM gen_afspraak a ORDER BY a.startdatum`,
        `INSERT INTO vrijstelling (organisatie_id, klant_id, medewerker_id, soort, omvang, reden, ingangsdatum, einddatum, herbeoordelingsdatum,
                                 beschikking_kenmerk, beschikking_datum, toelichting, ingetrokken_op, aangemaakt_op, gewijzigd_op)
       SELECT v.org_id, v.klant_id, v.km_id, v.soort,
              CASE WHEN v.r_omvang < 0.5 THEN ARRAY['arbeidsverplichtingen', 're_integratieverplichtingen']
                   WHEN v.r_omvang < 0.8 THEN ARRAY['arbeidsverplichtingen'] ELSE ARRAY['arbeidsverplichtingen', 're_integratieverplichtingen', 'tegenprestatie'] END,
              v.reden, v.ingangsdatum, v.einddatum, v.herbeoordelingsdatum,
              CASE WHEN v.soort = 'formeel' THEN 'BS-' || to_char(v.ingangsdatum, 'YYYY') || '-' || substr(md5(v.klant_id::text), 1, 6) END,
              CASE WHEN v.soort = 'formeel' THEN v.ingangsdatum END,
              'Rustperiode in overleg met klant.', v.ingetrokken_op, v.ingangsdatum + time '11:00', v.ingangsdatum + time '11:00'
         FROM gen_vrijstelling v ORDER BY v.ingangsdatum`,
        `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, doeltrede, gemeten_op, aangemaakt_op)
       SELECT l.org_id, l.klant_id, l.km_id, l.trede, l.doeltrede, l.gemeten_op, l.gemeten_op + time '12:00'
         FROM gen_ladder l ORDER BY l.gemeten_op`,
        `INSERT INTO werkvoorraad_uitstel (organisatie_id, klant_id, soort, tot_datum, reden, medewerker_id, aangemaakt_op)
       SELECT u.org_id, u.klant_id, 'uit_beeld', u.tot_datum, 'Klant verblijft tijdelijk in het buitenland', u.km_id, now() - interval '20 days'
         FROM gen_uitstel u`,
      ],
    ],
    [
      'gesprekken en plannen',
      [
        `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, berekend_categorie,
                            berekend_pad, advies_categorie, dienstverleningspad, aangemaakt_op)
       SELECT c.organisatie_id, c.klant_id, c.medewerker_id, c.id, i.id, c.plaatsgevonden_op, p.categorie, p.pad, p.categorie, p.pad, c.aangemaakt_op
         FROM (SELECT c.*, row_number() OVER (PARTITION BY c.klant_id ORDER BY c.plaatsgevonden_op DESC) AS volgnr, abs(hashtext(c.id::text)) % 100 AS r_pad
                 FROM contactmoment c
                WHERE c.organisatie_id IN (SELECT org_id FROM gen_org) AND c.kanaal = 'gesprek_op_locatie' AND c.resultaat = 'gesproken'
                  AND c.plaatsgevonden_op > now() - interval '2 years' AND abs(hashtext(c.klant_id::text)) % 3 = 0) c
         JOIN leefgebieden_instrument i ON i.organisatie_id = c.organisatie_id AND i.versie = 1
         CROSS JOIN LATERAL (SELECT CASE WHEN c.r_pad < 13 THEN 'intensief_naar_werk' WHEN c.r_pad < 37 THEN 'een_leefgebied'
                                         WHEN c.r_pad < 62 THEN 'taal_opleiding_medisch' ELSE 'sociaal_wijkteam' END AS pad,
                                    CASE WHEN c.r_pad < 13 THEN 'job_ready' WHEN c.r_pad < 37 THEN 'bijna_job_ready'
                                         WHEN c.r_pad < 62 THEN 'nog_niet_job_ready' ELSE 'niet_job_ready' END AS categorie) p
        WHERE c.volgnr <= 2
        ORDER BY c.plaatsgevonden_op`,
        `INSERT INTO gesprek_score (gesprek_id, organisatie_id, domein, niveau)
       SELECT g.id, g.organisatie_id, d.code, 1 + abs(hashtext(g.id::text || d.code)) % 5
         FROM gesprek g
         JOIN (SELECT organisatie_id, jsonb_array_elements(domeinen) ->> 'code' AS code FROM leefgebieden_instrument WHERE versie = 1) d
           ON d.organisatie_id = g.organisatie_id
        WHERE g.organisatie_id IN (SELECT org_id FROM gen_org)`,
        `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op, gewijzigd_op)
       SELECT DISTINCT ON (g.klant_id) g.organisatie_id, g.klant_id, g.medewerker_id, (g.gevoerd_op + interval '6 months')::date,
              g.gevoerd_op + interval '3 days', g.gevoerd_op + interval '3 days'
         FROM gesprek g WHERE g.organisatie_id IN (SELECT org_id FROM gen_org) AND abs(hashtext(g.klant_id::text || 'plan')) % 10 < 7
        ORDER BY g.klant_id, g.gevoerd_op DESC`,
        `ALTER TABLE klant ENABLE TRIGGER USER`,
        `ALTER TABLE contactmoment ENABLE TRIGGER USER`,
      ],
    ],
  ];
}

const LANDELIJK_STAGING = [
  `SET max_parallel_workers_per_gather = 0`,
  `CREATE TEMP TABLE gen_org (org_nr int, org_id uuid, naam text, grootte int, van int, k int, t int, zonder_km int, gemeenten int, gem_van int)`,
  `CREATE TEMP TABLE gen_klant (org_nr int, org_id uuid, nr int, gnr int, id uuid, km_id uuid, km1 uuid, k int, km_nr int, status text, groep text,
     categorie text, startdatum date, uitstroomdatum date, van_t timestamptz, tot_t timestamptz, stil_sinds timestamptz, n_contact int,
     n_afspraak int, n_ladder int, r_vrij float8, r_hist float8, r_naam float8, r_naam2 float8, r_geb float8, gemeente_id uuid, r_doel float8)`,
  `CREATE TEMP TABLE gen_contact (org_id uuid, klant_id uuid, km_id uuid, t timestamptz, kanaal text, resultaat text, initiatief text, r_tekst float8)`,
  `CREATE TEMP TABLE gen_afspraak (org_id uuid, klant_id uuid, km_id uuid, soort text, startdatum date, einddatum date, status text, r_tekst float8)`,
  `CREATE TEMP TABLE gen_vrijstelling (org_id uuid, klant_id uuid, km_id uuid, soort text, reden text, ingangsdatum date, einddatum date,
     herbeoordelingsdatum date, ingetrokken_op date, r_omvang float8)`,
  `CREATE TEMP TABLE gen_ladder (org_id uuid, klant_id uuid, km_id uuid, trede int, doeltrede int, gemeten_op date)`,
  `CREATE TEMP TABLE gen_uitstel (org_id uuid, klant_id uuid, km_id uuid, tot_datum date)`,
];

/**
 * The national set in one database: first the measured organisatie through genereer() exactly as for 50,000 alone
 * (same ids, seeds and rows; skipped with `gemetenAanwezig`), then every other organisatie of landelijkeOrganisaties() in one set-based pass per
 * table, then one VACUUM (ANALYZE). `voortgang(regel)` is told each phase as it ends. Returns the times per phase,
 * the size list, counts, and the database size with its largest tables.
 */
export async function genereerLandelijk(
  url,
  { schaal = 1, voortgang = () => undefined, gemetenAanwezig = false } = {},
) {
  const orgs = landelijkeOrganisaties({ schaal });
  const fasen = [];
  const begin = performance.now();
  // gemetenAanwezig: the database already is a copy of genereer(…, 50,000) (CREATE DATABASE … TEMPLATE): the same
  // rows, ids included, without generating them twice.
  if (!gemetenAanwezig) {
    const gemeten = await genereer(url, GEMETEN_GROOTTE);
    fasen.push({
      fase: `gemeten organisatie (genereer ${GEMETEN_GROOTTE.toLocaleString('en')})`,
      ms: gemeten.tijden.totaal,
    });
    voortgang(`  ${fasen.at(-1).fase}: ${(fasen.at(-1).ms / 1000).toFixed(1)} s`);
  }
  const hash = await argon2.hash(WACHTWOORD, { type: argon2.argon2id });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET temp_buffers = '4GB'`);
    await client.query(`SET work_mem = '256MB'`);
    for (const sql of LANDELIJK_STAGING) await client.query(sql);
    await client.query(
      `INSERT INTO gen_org SELECT x.org_nr, ${ORG_ID('x.org_nr')}, x.naam, x.grootte, x.van, x.k, x.t, x.zonder_km, x.gemeenten, x.gem_van
         FROM json_to_recordset($1::json) AS x(org_nr int, naam text, grootte int, van int, k int, t int, zonder_km int, gemeenten int, gem_van int)
        ORDER BY x.org_nr`,
      [JSON.stringify(orgs)],
    );
    for (const [fase, statements] of landelijkeStappen({ n: GEMETEN_GROOTTE, hash })) {
      const t0 = performance.now();
      for (const sql of statements) await client.query(sql);
      fasen.push({ fase, ms: performance.now() - t0 });
      voortgang(`  ${fase}: ${(fasen.at(-1).ms / 1000).toFixed(1)} s`);
    }
    for (const tabel of ['gen_contact', 'gen_afspraak', 'gen_vrijstelling', 'gen_ladder', 'gen_uitstel', 'gen_klant'])
      await client.query(`DROP TABLE ${tabel}`);
    let t0 = performance.now();
    await vacuumTotAllesZichtbaar(client);
    await client.query('CHECKPOINT');
    fasen.push({ fase: 'VACUUM (ANALYZE) en CHECKPOINT', ms: performance.now() - t0 });
    voortgang(`  ${fasen.at(-1).fase}: ${(fasen.at(-1).ms / 1000).toFixed(1)} s`);

    t0 = performance.now();
    const [{ afwijkend }] = (
      await client.query(`SELECT count(*)::int AS afwijkend FROM klant k
        LEFT JOIN (SELECT klant_id, max(plaatsgevonden_op) AS m FROM contactmoment WHERE telt_als_gezien GROUP BY klant_id) c ON c.klant_id = k.id
        WHERE k.laatst_gezien_op IS DISTINCT FROM c.m`)
    ).rows;
    if (afwijkend !== 0) throw new Error(`${afwijkend} klanten hebben een onjuiste laatst_gezien_op na het laden`);
    const { rows: tellingen } = await client.query(`
      SELECT 'organisatie' AS tabel, count(*)::int AS n FROM organisatie UNION ALL SELECT 'gemeente', count(*)::int FROM gemeente
      UNION ALL SELECT 'klant', count(*)::int FROM klant UNION ALL SELECT 'medewerker (klantmanager)', count(*)::int FROM medewerker WHERE rol = 'klantmanager'
      UNION ALL SELECT 'team', count(*)::int FROM team UNION ALL SELECT 'contactmoment', count(*)::int FROM contactmoment
      UNION ALL SELECT 'afspraak', count(*)::int FROM afspraak UNION ALL SELECT 'vrijstelling', count(*)::int FROM vrijstelling
      UNION ALL SELECT 'ladder_meting', count(*)::int FROM ladder_meting UNION ALL SELECT 'gesprek', count(*)::int FROM gesprek
      UNION ALL SELECT 'gesprek_score', count(*)::int FROM gesprek_score UNION ALL SELECT 'plan', count(*)::int FROM plan`);
    const { rows: omvang } = await client.query(
      `SELECT pg_database_size(current_database())::bigint AS bytes, pg_size_pretty(pg_database_size(current_database())) AS omvang`,
    );
    const { rows: tabellen } = await client.query(
      `SELECT c.relname AS tabel, pg_size_pretty(pg_total_relation_size(c.oid)) AS totaal, pg_size_pretty(pg_relation_size(c.oid)) AS heap,
              pg_size_pretty(pg_indexes_size(c.oid)) AS indexen
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 8`,
    );
    fasen.push({ fase: 'controle en tellingen', ms: performance.now() - t0 });
    return {
      orgs,
      fasen,
      tellingen,
      omvang: omvang[0].omvang,
      bytes: Number(omvang[0].bytes),
      tabellen,
      totaalMs: performance.now() - begin,
    };
  } finally {
    await client.end();
  }
}
