import type { CampagneCriteria } from '@klant-in-beeld/domain';

/**
 * The cohort of a campagne's criteria on a date: inCohort of libs/domain as SQL (a property test proves they agree),
 * with what starten freezes of each client (category, latest ladder trede, last seen, gemeente, team).
 * Parameters: $1 organisatie, $2 peildatum, $3 nietGesprokenMaanden, $4 minUitkeringsduurMaanden, $5 categorieen,
 * $6 gemeenteIds, $7 teamIds (NULL: no filter) — see cohortParameters.
 */
export const COHORT_SQL = `
  SELECT k.id AS klant_id, k.klantmanager_id, km.team_id, k.gemeente_id, k.dienstverleningscategorie,
         k.laatst_gezien_op,
         (SELECT lm.trede FROM ladder_meting lm WHERE lm.klant_id = k.id
           ORDER BY lm.gemeten_op DESC, lm.aangemaakt_op DESC LIMIT 1) AS trede
    FROM klant k
    LEFT JOIN medewerker km ON km.id = k.klantmanager_id
   WHERE k.organisatie_id = $1 AND k.status = 'actief'
     AND ($3::int IS NULL OR k.laatst_gezien_op IS NULL
          OR (k.laatst_gezien_op AT TIME ZONE 'Europe/Amsterdam')::date < ($2::date - make_interval(months => $3::int))::date)
     AND ($4::int IS NULL OR k.startdatum_uitkering <= ($2::date - make_interval(months => $4::int))::date)
     AND ($5::text[] IS NULL OR k.dienstverleningscategorie = ANY ($5::text[]))
     AND ($6::uuid[] IS NULL OR k.gemeente_id = ANY ($6::uuid[]))
     AND ($7::uuid[] IS NULL OR km.team_id = ANY ($7::uuid[]))`;

export function cohortParameters(organisatieId: string, peildatum: string, c: CampagneCriteria): unknown[] {
  return [
    organisatieId,
    peildatum,
    c.nietGesprokenMaanden ?? null,
    c.minUitkeringsduurMaanden ?? null,
    c.categorieen ?? null,
    c.gemeenteIds ?? null,
    c.teamIds ?? null,
  ];
}
