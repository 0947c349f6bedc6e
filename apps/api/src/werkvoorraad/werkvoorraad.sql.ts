import {
  GESPREK_KANALEN,
  HERBEOORDELING_VOORUIT_DAGEN,
  NO_SHOW_OPVOLGTERMIJN_DAGEN,
  PLAN_EVALUATIE_VOORUIT_DAGEN,
  PLAN_NODIG_NA_DAGEN,
} from '@klant-in-beeld/domain';
import { inBeeldSql } from '../klanten/in-beeld.sql';

/**
 * The scope as a predicate. Unused parameters still get a type. One klantmanager (the everyday case) gets a
 * predicate whose generic plan equals the custom one, so the prepared statement's plan can be cached.
 */
function bereikSql(bereik: WerkvoorraadBereik): string {
  if (bereik.klantId) return 'k.id = $5::uuid AND $3::uuid[] IS NOT NULL AND $4::boolean IS NOT NULL';
  if (isEnkeleKlantmanager(bereik))
    return 'k.klantmanager_id = ($3::uuid[])[1] AND NOT $4::boolean AND $5::uuid IS NULL';
  return '(k.klantmanager_id = ANY ($3::uuid[]) OR ($4 AND k.klantmanager_id IS NULL)) AND $5::uuid IS NULL';
}

/** Campagne items by who does them; the escalated no-show is the maker's (docs/ontwerp.md, "Werkvoorraad"). */
function campagneBereikSql(bereik: WerkvoorraadBereik): string {
  if (bereik.klantId) return 'd.klant_id = $5::uuid';
  return `(d.medewerker_id = ANY ($3::uuid[]) OR c.aangemaakt_door = ANY ($3::uuid[])
           OR (d.medewerker_id IS NULL AND (k.klantmanager_id = ANY ($3::uuid[]) OR ($4 AND k.klantmanager_id IS NULL))))
         AND (x.toegewezen_aan = ANY ($3::uuid[]) OR ($4 AND x.toegewezen_aan IS NULL))`;
}

export function isEnkeleKlantmanager(bereik: WerkvoorraadBereik): boolean {
  return !bereik.klantId && !bereik.metZonderKlantmanager && bereik.klantmanagerIds.length === 1;
}

/** Whose clients: klantmanagers, optionally the unassigned ones, or one client. */
export interface WerkvoorraadBereik {
  organisatieId: string;
  klantmanagerIds: string[];
  metZonderKlantmanager: boolean;
  klantId?: string;
  /** An extern medewerker: only their campagne items, none of the regular caseload. */
  alleenCampagne?: boolean;
}

/**
 * The werkvoorraad as SQL: CTEs `beeld` (one row per client in scope, with the in-beeld status) and `zichtbaar`
 * (every open item of the clients in scope on the peildatum,
 * derived from the dossier at query time (mirrors werkvoorraadItems() in libs/domain; a test proves they agree).
 * Parameters: $1 organisatie, $2 peildatum, $3 klantmanager ids, $4 with unassigned, $5 one klant (or null).
 */
export function werkvoorraadCte(bereik: WerkvoorraadBereik, peildatum: string): { sql: string; params: unknown[] } {
  const inBeeld = inBeeldSql('$2::date');
  // Every branch is a per-client LATERAL lookup on an index keyed by klant_id: the cost follows the caseload,
  // not the organisatie. `beeld` holds one row per client in scope with what the items and the list show.
  const sql = `
    WITH beeld AS MATERIALIZED (
      SELECT k.id AS klant_id, k.voornamen || ' ' || k.achternaam AS klant_naam, k.klantmanager_id,
             k.startdatum_uitkering, nl_datum(k.laatst_gezien_op) AS laatst_gezien,
             ${inBeeld.status} AS in_beeld_status, n.max_dagen AS norm_dagen, oi.intake_dagen
        FROM klant k ${inBeeld.joins}
       WHERE k.organisatie_id = $1 AND k.status = 'actief'
         AND ${bereikSql(bereik)}
    ),
    items AS (
      SELECT b.*, CASE WHEN b.laatst_gezien IS NULL THEN 'intake_nodig' ELSE b.in_beeld_status END AS soort,
             CASE WHEN b.laatst_gezien IS NULL THEN b.startdatum_uitkering + b.intake_dagen ELSE b.laatst_gezien + b.norm_dagen END AS vervaldatum,
             NULL::uuid AS referentie_id, NULL::text AS omschrijving
        FROM beeld b
       WHERE b.laatst_gezien IS NULL OR b.in_beeld_status <> 'in_beeld'
      UNION ALL
      SELECT b.*, 'geen_klantmanager',
             coalesce((SELECT nl_datum(t.van) FROM klant_toewijzing t WHERE t.klant_id = b.klant_id AND t.tot IS NULL), $2::date), NULL, NULL
        FROM beeld b
       WHERE b.klantmanager_id IS NULL
      UNION ALL
      SELECT b.*, 'no_show_opvolgen', nl_datum(c.plaatsgevonden_op) + ${NO_SHOW_OPVOLGTERMIJN_DAGEN}, c.id, NULL
        FROM beeld b
        CROSS JOIN LATERAL (
          SELECT c.id, c.plaatsgevonden_op, c.resultaat, c.uitnodiging_id FROM contactmoment c
           WHERE c.klant_id = b.klant_id ORDER BY c.plaatsgevonden_op DESC, c.aangemaakt_op DESC LIMIT 1
        ) c
       -- A no-show at a campagne invitation is campagne_no_show: one piece of work, not two.
       WHERE c.resultaat = 'no_show' AND c.uitnodiging_id IS NULL
      UNION ALL
      SELECT b.*, 'afspraak_verlopen', a.einddatum, a.id, a.omschrijving
        FROM beeld b
        CROSS JOIN LATERAL (
          SELECT a.id, a.einddatum, a.omschrijving FROM afspraak a
           WHERE a.klant_id = b.klant_id AND a.status = 'lopend' AND a.einddatum < $2::date
        ) a
      UNION ALL
      SELECT b.*, v.soort, v.vervaldatum, v.id, v.vrijstelling_soort
        FROM beeld b
        CROSS JOIN LATERAL (
          SELECT v.id, v.soort AS vrijstelling_soort,
                 CASE WHEN v.einddatum < $2::date THEN 'vrijstelling_verlopen' ELSE 'vrijstelling_herbeoordelen' END AS soort,
                 CASE WHEN v.einddatum < $2::date THEN v.einddatum ELSE v.herbeoordelingsdatum END AS vervaldatum
            FROM vrijstelling v
           WHERE v.klant_id = b.klant_id AND v.ingetrokken_op IS NULL
             AND (v.einddatum < $2::date OR v.herbeoordelingsdatum - $2::date <= ${HERBEOORDELING_VOORUIT_DAGEN})
        ) v
      UNION ALL
      -- The plan's evaluatiedatum, and each lopend doel past its streefdatum (its omschrijving tells the reason
      -- apart); the doelen are only looked up for a client that has a plan. LIMIT 1 (there is one plan per client)
      -- keeps the planner from flattening the lookup into a hash join over every plan of the organisatie.
      SELECT b.*, 'plan_evalueren', x.vervaldatum, x.id, x.omschrijving
        FROM beeld b
        CROSS JOIN LATERAL (SELECT p.id, p.evaluatiedatum FROM plan p WHERE p.klant_id = b.klant_id LIMIT 1) p
        CROSS JOIN LATERAL (
          SELECT p.id, p.evaluatiedatum AS vervaldatum, NULL::text AS omschrijving
           WHERE p.evaluatiedatum - $2::date <= ${PLAN_EVALUATIE_VOORUIT_DAGEN}
          UNION ALL
          SELECT d.id, d.streefdatum, d.omschrijving FROM plan_doel d
           WHERE d.klant_id = b.klant_id AND d.status = 'lopend' AND d.streefdatum < $2::date
        ) x
      UNION ALL
      SELECT b.*, 'plan_nodig', g.datum + ${PLAN_NODIG_NA_DAGEN}, g.id, NULL
        FROM beeld b
        CROSS JOIN LATERAL (
          SELECT g.id, nl_datum(g.gevoerd_op) AS datum FROM gesprek g
           WHERE g.klant_id = b.klant_id ORDER BY g.gevoerd_op DESC, g.aangemaakt_op DESC LIMIT 1
        ) g
       WHERE g.datum + ${PLAN_NODIG_NA_DAGEN} <= $2::date
         -- A scalar subquery, not NOT EXISTS: that became a hash anti-join over every plan of the organisatie.
         AND coalesce((SELECT nl_datum(p.gewijzigd_op) FROM plan p WHERE p.klant_id = b.klant_id) < g.datum, true)
    ),
    -- Campagne items belong to whoever does the work (the deelnemer's medewerker, an extern too, or after the
    -- last no-show the teamleider who made the campagne), not to the client's klantmanager: their own scope.
    campagne_items AS (
      SELECT k.id AS klant_id, k.voornamen || ' ' || k.achternaam AS klant_naam, k.klantmanager_id,
             x.soort, x.vervaldatum, x.referentie_id, c.naam AS omschrijving,
             ${inBeeld.status} AS in_beeld_status, nl_datum(k.laatst_gezien_op) AS laatst_gezien, n.max_dagen AS norm_dagen,
             c.id AS campagne_id, x.toegewezen_aan, x.uitnodiging_op
        FROM campagne_deelnemer d
        JOIN campagne c ON c.id = d.campagne_id
        JOIN klant k ON k.id = d.klant_id ${inBeeld.joins}
        CROSS JOIN LATERAL (
          SELECT coalesce(d.medewerker_id, k.klantmanager_id) AS medewerker,
                 c.status = 'lopend' AND c.startdatum <= $2::date AND $2::date <= c.einddatum AS loopt,
                 EXISTS (SELECT 1 FROM gesprek g WHERE g.klant_id = d.klant_id AND g.campagne_id = c.id) AS heeft_gesprek
        ) m
        LEFT JOIN LATERAL (
          SELECT u.id, u.datum_tijd, u.poging, nl_datum(u.datum_tijd) AS dag FROM uitnodiging u
           WHERE u.campagne_id = d.campagne_id AND u.klant_id = d.klant_id ORDER BY u.poging DESC LIMIT 1
        ) u ON true
        LEFT JOIN LATERAL (
          SELECT o.resultaat, o.plaatsgevonden_op FROM contactmoment o
           WHERE o.uitnodiging_id = u.id AND o.kanaal IN (${GESPREK_KANALEN.map((k) => `'${k}'`).join(', ')})
             AND o.resultaat IN ('gesproken', 'no_show', 'afgezegd')
           ORDER BY o.plaatsgevonden_op DESC, o.aangemaakt_op DESC LIMIT 1
        ) o ON true
        CROSS JOIN LATERAL (
          SELECT 'campagne_uitnodigen' AS soort, c.startdatum AS vervaldatum, c.id AS referentie_id,
                 m.medewerker AS toegewezen_aan, NULL::timestamptz AS uitnodiging_op
           WHERE u.id IS NULL AND m.loopt AND NOT m.heeft_gesprek
          UNION ALL
          -- The working day before the invitation's Dutch date (Monday → Friday, Sunday → Friday).
          SELECT 'nabellen', nb.nabel, u.id, m.medewerker, u.datum_tijd
            FROM (SELECT u.dag - CASE extract(isodow FROM u.dag) WHEN 1 THEN 3 WHEN 7 THEN 2 ELSE 1 END AS nabel) nb
           WHERE u.id IS NOT NULL AND o.resultaat IS NULL AND nb.nabel <= $2::date AND $2::date <= u.dag
             AND NOT EXISTS (SELECT 1 FROM contactmoment t WHERE t.uitnodiging_id = u.id AND t.kanaal = 'telefoon')
          UNION ALL
          SELECT 'campagne_no_show', nl_datum(o.plaatsgevonden_op) + ${NO_SHOW_OPVOLGTERMIJN_DAGEN}, c.id,
                 CASE WHEN u.poging < c.max_uitnodigingen THEN m.medewerker ELSE c.aangemaakt_door END, NULL
           WHERE o.resultaat IN ('no_show', 'afgezegd') AND m.loopt AND NOT m.heeft_gesprek
        ) x
       WHERE d.organisatie_id = $1 AND k.status = 'actief'
         AND ${campagneBereikSql(bereik)}
    ),
    zichtbaar AS (
      SELECT i.klant_id, i.klant_naam, i.klantmanager_id, i.soort, i.vervaldatum, i.referentie_id, i.omschrijving,
             CASE WHEN i.vervaldatum < $2::date THEN 'verlopen' WHEN i.vervaldatum = $2::date THEN 'vandaag' ELSE 'binnenkort' END AS urgentie,
             i.in_beeld_status, i.laatst_gezien, i.norm_dagen, i.campagne_id, i.toegewezen_aan, i.uitnodiging_op
        FROM (
          SELECT klant_id, klant_naam, klantmanager_id, soort, vervaldatum, referentie_id, omschrijving,
                 in_beeld_status, laatst_gezien, norm_dagen,
                 NULL::uuid AS campagne_id, NULL::uuid AS toegewezen_aan, NULL::timestamptz AS uitnodiging_op
            FROM items
           WHERE ${bereik.alleenCampagne ? 'false' : 'true'}
          UNION ALL
          SELECT * FROM campagne_items
        ) i
       WHERE NOT EXISTS (
               SELECT 1 FROM werkvoorraad_uitstel u
                WHERE u.klant_id = i.klant_id AND u.soort = i.soort
                  AND u.referentie_id IS NOT DISTINCT FROM i.referentie_id AND u.tot_datum > $2::date)
    )`;
  return {
    sql,
    params: [
      bereik.organisatieId,
      peildatum,
      bereik.klantmanagerIds,
      bereik.metZonderKlantmanager,
      bereik.klantId ?? null,
    ],
  };
}

/** The order of the worklist: overdue first, then by due date (ties: kind, client). */
export const WERKVOORRAAD_VOLGORDE = 'vervaldatum, soort, klant_naam, klant_id, referentie_id';
