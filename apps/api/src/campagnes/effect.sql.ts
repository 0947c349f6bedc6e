import { DEELNEMERS_SQL } from './deelnemers.sql';

const NL = (kolom: string) => `(${kolom} AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * The effect of a campagne at one horizon: effectTellingen of libs/domain as SQL (a property test proves they agree),
 * over DEELNEMERS_SQL, whose first campagne gesprek per deelnemer (dl.gesprek_id, dl.gesprek_op) splits the cohort
 * group from the reference group. Parameters: $1 campagne, $2 peildatum, $3 horizon in months.
 * One row per group (`groep` 'cohort' | 'referentie').
 */
export const EFFECT_SQL = `
  ${DEELNEMERS_SQL},
  basis AS (
    SELECT dl.klant_id, dl.start_trede, dl.gesprek_id, dl.gesprek_id IS NOT NULL AS met_gesprek,
           CASE WHEN dl.gesprek_id IS NOT NULL THEN ${NL('dl.gesprek_op')} ELSE ${NL('c.gestart_op')} END AS start
      FROM dl JOIN campagne c ON c.id = $1
  ),
  telt AS (
    SELECT b.*, (b.start + make_interval(months => $3::int))::date AS horizon
      FROM basis b
     WHERE (b.start + make_interval(months => $3::int))::date <= $2::date
  ),
  ladder AS (
    SELECT t.met_gesprek, t.start_trede,
           (SELECT lm.trede FROM ladder_meting lm WHERE lm.klant_id = t.klant_id AND lm.gemeten_op <= t.horizon
             ORDER BY lm.gemeten_op DESC, lm.aangemaakt_op DESC, lm.id LIMIT 1) AS trede
      FROM telt t
  ),
  uitgestroomd AS (
    SELECT t.met_gesprek, k.uitstroomreden
      FROM telt t JOIN klant k ON k.id = t.klant_id
     WHERE k.uitstroomdatum IS NOT NULL AND k.uitstroomreden IS NOT NULL AND k.uitstroomdatum <= t.horizon
  ),
  scores AS (
    SELECT t.klant_id, t.met_gesprek, t.start, t.horizon, g.id AS gesprek_id, g.gevoerd_op, g.aangemaakt_op,
           ${NL('g.gevoerd_op')} AS dag, s.domein, s.niveau
      FROM telt t JOIN gesprek g ON g.klant_id = t.klant_id JOIN gesprek_score s ON s.gesprek_id = g.id
  ),
  begin_niveau AS (
    -- The cohort group starts from the campagne gesprek's own scores; the reference group from the niveau at the start.
    SELECT klant_id, domein, niveau FROM scores s
     WHERE s.met_gesprek AND s.gesprek_id = (SELECT t.gesprek_id FROM telt t WHERE t.klant_id = s.klant_id)
    UNION ALL
    (SELECT DISTINCT ON (klant_id, domein) klant_id, domein, niveau FROM scores
      WHERE NOT met_gesprek AND dag <= start
      ORDER BY klant_id, domein, gevoerd_op DESC, aangemaakt_op DESC, gesprek_id)
  ),
  eind_niveau AS (
    SELECT DISTINCT ON (klant_id, domein) klant_id, met_gesprek, start, domein, niveau, dag FROM scores
     WHERE dag <= horizon
     ORDER BY klant_id, domein, gevoerd_op DESC, aangemaakt_op DESC, gesprek_id
  ),
  beweging AS (
    SELECT e.met_gesprek, e.klant_id, e.domein,
           CASE WHEN e.niveau > b.niveau THEN 'omhoog' WHEN e.niveau < b.niveau THEN 'omlaag' ELSE 'gelijk' END AS richting
      FROM eind_niveau e JOIN begin_niveau b USING (klant_id, domein)
     WHERE e.dag > e.start
  )
  SELECT CASE WHEN grp.met_gesprek THEN 'cohort' ELSE 'referentie' END AS groep,
         (SELECT count(*) FROM basis WHERE met_gesprek = grp.met_gesprek)::int AS deelnemers,
         (SELECT count(*) FROM telt WHERE met_gesprek = grp.met_gesprek)::int AS telt,
         (SELECT json_build_object(
                   'omhoog', count(*) FILTER (WHERE trede > start_trede),
                   'gelijk', count(*) FILTER (WHERE trede = start_trede),
                   'omlaag', count(*) FILTER (WHERE trede < start_trede),
                   'onbekend', count(*) FILTER (WHERE trede IS NULL OR start_trede IS NULL))
            FROM ladder WHERE met_gesprek = grp.met_gesprek) AS ladder,
         (SELECT count(*) FROM uitgestroomd WHERE met_gesprek = grp.met_gesprek)::int AS uitgestroomd,
         (SELECT coalesce(json_object_agg(uitstroomreden, n), '{}') FROM (
            SELECT uitstroomreden, count(*)::int AS n FROM uitgestroomd WHERE met_gesprek = grp.met_gesprek
             GROUP BY uitstroomreden) u) AS uitstroom,
         (SELECT count(DISTINCT klant_id) FROM beweging WHERE met_gesprek = grp.met_gesprek)::int AS "leefgebiedenGemeten",
         (SELECT coalesce(json_agg(b ORDER BY b.domein COLLATE "C"), '[]') FROM (
            SELECT domein, count(*) FILTER (WHERE richting = 'omhoog')::int AS omhoog,
                   count(*) FILTER (WHERE richting = 'gelijk')::int AS gelijk,
                   count(*) FILTER (WHERE richting = 'omlaag')::int AS omlaag
              FROM beweging WHERE met_gesprek = grp.met_gesprek GROUP BY domein) b) AS beweging
    FROM (VALUES (true), (false)) AS grp (met_gesprek)`;
