/**
 * The deelnemers of one campagne with everything the dossier says about them, in one pass: the SQL form of
 * uitnodigingFeiten, deelnemerStatus and trechterVan in libs/domain (a property test proves they agree). `$1` is the
 * campagne id; the caller adds its own WHERE on the result (aliased `dl`) and paging.
 *
 * Per invitation (uitnodiging_feit): the outcome is the latest contactmoment linked to it in a gesprek channel with
 * gesproken, no_show or afgezegd; nagebeld is a linked telephone contact with gesproken; the letter is the linked
 * brief. Per deelnemer: the latest invitation, the first gesprek recorded with this campagne, and the client's plan.
 * The redundant `uitnodiging_id IS NOT NULL` lets a hashed EXISTS read the partial index of linked contacts instead of
 * every contactmoment of the organisatie (docs/performance.md, the campagne funnel).
 */
export const UITNODIGING_FEITEN_SQL = `
  SELECT u.id, u.klant_id, u.poging, u.datum_tijd, u.duur_minuten, u.locatie, u.medewerker_id,
         (SELECT c.resultaat FROM contactmoment c
           WHERE c.uitnodiging_id = u.id AND c.kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen')
             AND c.resultaat IN ('gesproken', 'no_show', 'afgezegd')
           ORDER BY c.plaatsgevonden_op DESC, c.aangemaakt_op DESC LIMIT 1) AS uitkomst,
         EXISTS (SELECT 1 FROM contactmoment c
                  WHERE c.uitnodiging_id = u.id AND c.uitnodiging_id IS NOT NULL
                    AND c.kanaal = 'telefoon' AND c.resultaat = 'gesproken') AS nagebeld,
         EXISTS (SELECT 1 FROM contactmoment c
                  WHERE c.uitnodiging_id = u.id AND c.uitnodiging_id IS NOT NULL AND c.kanaal = 'telefoon') AS nabel_poging
    FROM uitnodiging u
   WHERE u.campagne_id = $1`;

export const DEELNEMERS_SQL = `
  WITH uf AS (${UITNODIGING_FEITEN_SQL}),
  per_klant AS (
    SELECT klant_id, count(*)::int AS pogingen,
           bool_or(nagebeld) AS ooit_nagebeld,
           bool_or(uitkomst = 'gesproken') AS ooit_verschenen,
           bool_or(uitkomst IN ('no_show', 'afgezegd')) AS ooit_no_show
      FROM uf GROUP BY klant_id
  ),
  laatste AS (SELECT DISTINCT ON (klant_id) * FROM uf ORDER BY klant_id, poging DESC),
  eerste_gesprek AS (
    SELECT DISTINCT ON (klant_id) klant_id, id, gevoerd_op, dienstverleningspad
      FROM gesprek WHERE campagne_id = $1
     ORDER BY klant_id, gevoerd_op, aangemaakt_op, id
  ),
  dl AS (
    SELECT d.klant_id, d.medewerker_id, d.start_categorie, d.start_trede, d.start_laatst_gezien_op,
           d.start_gemeente_id, d.start_team_id, d.start_klantmanager_id,
           CASE WHEN g.klant_id IS NOT NULL AND p.gewijzigd_op >= g.gevoerd_op THEN 'plan_gemaakt'
                WHEN g.klant_id IS NOT NULL THEN 'gesprek_gevoerd'
                WHEN l.klant_id IS NULL THEN 'te_plannen'
                WHEN l.uitkomst = 'gesproken' THEN 'verschenen'
                WHEN l.uitkomst IN ('no_show', 'afgezegd') THEN 'no_show'
                ELSE 'uitgenodigd' END AS status,
           coalesce(pk.pogingen, 0) AS pogingen,
           coalesce(pk.ooit_nagebeld, false) AS nagebeld,
           (g.klant_id IS NOT NULL OR coalesce(pk.ooit_verschenen, false)) AS verschenen,
           coalesce(pk.ooit_no_show, false) AS ooit_no_show,
           l.id AS uitnodiging_id, l.datum_tijd, l.duur_minuten, l.locatie, l.medewerker_id AS uitnodiging_medewerker_id,
           l.uitkomst, l.nabel_poging,
           g.id AS gesprek_id, g.gevoerd_op AS gesprek_op, g.dienstverleningspad
      FROM campagne_deelnemer d
      LEFT JOIN per_klant pk ON pk.klant_id = d.klant_id
      LEFT JOIN laatste l ON l.klant_id = d.klant_id
      LEFT JOIN eerste_gesprek g ON g.klant_id = d.klant_id
      LEFT JOIN plan p ON p.klant_id = d.klant_id
     WHERE d.campagne_id = $1
  ),
  uitnodiging_opkomst AS (SELECT nagebeld, uitkomst FROM uf WHERE uitkomst IS NOT NULL)`;

/** The funnel (trechterVan) over DEELNEMERS_SQL, and the opkomst over the invitations with an outcome. */
export const TRECHTER_SQL = `
  ${DEELNEMERS_SQL}
  SELECT count(*)::int AS cohort,
         count(*) FILTER (WHERE pogingen > 0)::int AS uitgenodigd,
         count(*) FILTER (WHERE nagebeld)::int AS nagebeld,
         count(*) FILTER (WHERE verschenen)::int AS verschenen,
         count(*) FILTER (WHERE NOT verschenen AND ooit_no_show)::int AS "noShow",
         count(*) FILTER (WHERE status IN ('gesprek_gevoerd', 'plan_gemaakt'))::int AS "gesprekGevoerd",
         count(*) FILTER (WHERE status = 'plan_gemaakt')::int AS "planGemaakt",
         (SELECT count(*) FROM uitnodiging_opkomst WHERE nagebeld)::int AS "metNabellenUitnodigingen",
         (SELECT count(*) FROM uitnodiging_opkomst WHERE nagebeld AND uitkomst = 'gesproken')::int AS "metNabellenVerschenen",
         (SELECT count(*) FROM uitnodiging_opkomst WHERE NOT nagebeld)::int AS "zonderNabellenUitnodigingen",
         (SELECT count(*) FROM uitnodiging_opkomst WHERE NOT nagebeld AND uitkomst = 'gesproken')::int AS "zonderNabellenVerschenen"
    FROM dl`;
