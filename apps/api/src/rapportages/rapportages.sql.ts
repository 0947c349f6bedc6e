/**
 * The kerncijfers as SQL, mirroring kerncijfers() in libs/domain (a property test proves they agree).
 * Parameters: $1 organisatie, $2 peildatum, $3 gemeente (or null), $4 team (or null).
 * "Up to and including the peildatum" is everything before the start of the next day in the Netherlands.
 */
const GRENZEN = `
  g AS (
    SELECT $2::date AS peil,
           (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS eind,
           ($2::date - interval '12 months')::date AS jaar_terug,
           ((($2::date - interval '12 months')::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS jaar_start
  )`;

/** The clients in the report at the peildatum, with their klantmanager at the end of that day. */
const POPULATIE = `
  populatie AS MATERIALIZED (
    SELECT k.id, k.dienstverleningscategorie, k.startdatum_uitkering, tw.klantmanager_id
      FROM klant k
      CROSS JOIN g
      LEFT JOIN LATERAL (
        SELECT t.klantmanager_id FROM klant_toewijzing t
         WHERE t.klant_id = k.id AND t.van < g.eind AND (t.tot IS NULL OR t.tot >= g.eind)
         ORDER BY t.van DESC LIMIT 1
      ) tw ON true
     WHERE k.organisatie_id = $1
       AND k.startdatum_uitkering <= g.peil
       AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > g.peil)
       AND ($3::uuid IS NULL OR k.gemeente_id = $3)
       AND ($4::uuid IS NULL OR tw.klantmanager_id IN (SELECT m.id FROM medewerker m WHERE m.organisatie_id = $1 AND m.team_id = $4))
  )`;

/** Trede at a date: the latest meting measured on or before it. */
const trede = (klant: string, datum: string) => `
  (SELECT l.trede FROM ladder_meting l WHERE l.klant_id = ${klant} AND l.gemeten_op <= ${datum}
    ORDER BY l.gemeten_op DESC, l.aangemaakt_op DESC LIMIT 1)`;

export const KERNCIJFERS_SQL = `
  WITH ${GRENZEN}, ${POPULATIE},
  per_klant AS MATERIALIZED (
    SELECT p.*,
           (SELECT nl_datum(c.plaatsgevonden_op) FROM contactmoment c
             WHERE c.klant_id = p.id AND c.telt_als_gezien AND c.plaatsgevonden_op < g.eind
             ORDER BY c.plaatsgevonden_op DESC LIMIT 1) AS laatst_gezien,
           (SELECT count(*) FROM contactmoment c
             WHERE c.klant_id = p.id AND c.telt_als_gezien AND c.plaatsgevonden_op >= g.jaar_start AND c.plaatsgevonden_op < g.eind) AS gesprekken,
           EXISTS (SELECT 1 FROM vrijstelling v WHERE v.klant_id = p.id AND vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, g.peil)) AS vrijgesteld,
           EXISTS (SELECT 1 FROM afspraak a
                    WHERE a.klant_id = p.id AND a.startdatum <= g.peil AND a.einddatum >= g.peil AND a.aangemaakt_op < g.eind
                      AND (a.status = 'lopend' OR a.gewijzigd_op >= g.eind)) AS lopende_afspraak,
           ${trede('p.id', 'g.peil')} AS trede
      FROM populatie p CROSS JOIN g
  ),
  met_status AS (
    SELECT in_beeld_status(pk.laatst_gezien, pk.startdatum_uitkering, n.max_dagen, n.waarschuwing_dagen, oi.intake_dagen, g.peil) AS status
      FROM per_klant pk
      CROSS JOIN g
      JOIN contactnorm n ON n.organisatie_id = $1 AND n.categorie = CASE WHEN pk.vrijgesteld THEN 'vrijgesteld' ELSE pk.dienstverleningscategorie END
      JOIN organisatie_instelling oi ON oi.organisatie_id = $1
  ),
  caseloads AS (SELECT klantmanager_id, count(*) AS n FROM populatie WHERE klantmanager_id IS NOT NULL GROUP BY klantmanager_id),
  actieve_vrijstellingen AS (
    SELECT v.* FROM vrijstelling v JOIN populatie p ON p.id = v.klant_id CROSS JOIN g
     WHERE vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, g.peil)
  ),
  gepland AS (
    SELECT c.resultaat FROM contactmoment c JOIN populatie p ON p.id = c.klant_id CROSS JOIN g
     WHERE c.kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon')
       AND c.resultaat IN ('gesproken', 'no_show', 'afgezegd')
       AND c.plaatsgevonden_op >= g.jaar_start AND c.plaatsgevonden_op < g.eind
  ),
  uitgestroomd AS (
    SELECT k.uitstroomreden FROM klant k CROSS JOIN g
     WHERE k.organisatie_id = $1 AND k.uitstroomdatum > g.jaar_terug AND k.uitstroomdatum <= g.peil
       AND ($3::uuid IS NULL OR k.gemeente_id = $3)
       AND ($4::uuid IS NULL OR $4 = (
             SELECT m.team_id FROM klant_toewijzing t LEFT JOIN medewerker m ON m.id = t.klantmanager_id
              WHERE t.klant_id = k.id
                AND t.van < ((k.uitstroomdatum + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
                AND (t.tot IS NULL OR t.tot >= ((k.uitstroomdatum + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))
              ORDER BY t.van DESC LIMIT 1))
  )
  SELECT
    (SELECT count(*) FROM populatie) AS caseload,
    (SELECT json_build_object('<50', count(*) FILTER (WHERE n < 50), '50-74', count(*) FILTER (WHERE n BETWEEN 50 AND 74),
                              '75-99', count(*) FILTER (WHERE n BETWEEN 75 AND 99), '100-150', count(*) FILTER (WHERE n BETWEEN 100 AND 150),
                              '>150', count(*) FILTER (WHERE n > 150)) FROM caseloads) AS banden,
    (SELECT json_build_object('in_beeld', count(*) FILTER (WHERE status = 'in_beeld'), 'bijna_uit_beeld', count(*) FILTER (WHERE status = 'bijna_uit_beeld'),
                              'uit_beeld', count(*) FILTER (WHERE status = 'uit_beeld')) FROM met_status) AS in_beeld,
    (SELECT json_build_object('0', count(*) FILTER (WHERE gesprekken = 0), '1', count(*) FILTER (WHERE gesprekken = 1),
                              '2', count(*) FILTER (WHERE gesprekken = 2), '3', count(*) FILTER (WHERE gesprekken = 3),
                              '>3', count(*) FILTER (WHERE gesprekken > 3)) FROM per_klant) AS verdeling,
    (SELECT count(*) FILTER (WHERE lopende_afspraak) FROM per_klant) AS met_lopende_afspraak,
    (SELECT json_object_agg(s.t, (SELECT count(*) FROM per_klant WHERE trede = s.t)) FROM generate_series(1, 6) AS s (t)) AS ladder,
    (SELECT count(*) FROM per_klant WHERE trede IS NULL) AS ladder_onbekend,
    (SELECT count(DISTINCT klant_id) FROM actieve_vrijstellingen WHERE soort = 'formeel') AS formeel,
    (SELECT count(DISTINCT klant_id) FROM actieve_vrijstellingen WHERE soort = 'informeel') AS informeel,
    (SELECT count(*) FROM vrijstelling v JOIN populatie p ON p.id = v.klant_id CROSS JOIN g
      WHERE v.soort = 'informeel' AND v.einddatum < g.peil AND (v.ingetrokken_op IS NULL OR v.ingetrokken_op > g.peil)) AS informeel_verlopen,
    (SELECT coalesce(json_object_agg(reden, per_soort), '{}') FROM (
       SELECT reden, json_build_object('formeel', count(*) FILTER (WHERE soort = 'formeel'), 'informeel', count(*) FILTER (WHERE soort = 'informeel')) AS per_soort
         FROM actieve_vrijstellingen GROUP BY reden) r) AS per_reden,
    (SELECT count(*) FILTER (WHERE resultaat = 'no_show') FROM gepland) AS no_shows,
    (SELECT count(*) FROM gepland) AS gepland,
    (SELECT coalesce(json_object_agg(uitstroomreden, n), '{}') FROM (SELECT uitstroomreden, count(*) AS n FROM uitgestroomd GROUP BY uitstroomreden) u) AS uitstroom,
    (SELECT jaar_terug FROM g) AS jaar_terug`;

/** Doorstroom: trede at $5 (van) → trede at $2 (tot) for the clients in the report at tot. */
export const DOORSTROOM_SQL = `
  WITH ${GRENZEN}, ${POPULATIE},
  treden AS (
    SELECT ${trede('p.id', '$5::date')} AS van, ${trede('p.id', 'g.peil')} AS tot FROM populatie p CROSS JOIN g
  )
  SELECT van, tot, count(*) AS n FROM treden WHERE van IS NOT NULL AND tot IS NOT NULL GROUP BY van, tot ORDER BY van, tot`;
