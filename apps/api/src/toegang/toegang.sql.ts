/**
 * The access rule of libs/domain (klantToegang) as SQL, for lists that must show exactly the clients the caller may
 * open. For a klant row aliased `k`; the parameters name the caller's medewerker id, team id and today's date.
 * Only for the team roles (klantmanager, teamleider): other roles never list clients. A test proves it agrees with
 * klantToegang for every combination.
 */
export function zichtbaarVoorTeamSql(p: { medewerkerId: string; teamId: string; vandaag: string }): string {
  return `(k.klantmanager_id IS NULL
           OR EXISTS (SELECT 1 FROM medewerker km WHERE km.id = k.klantmanager_id AND km.team_id = ${p.teamId}::uuid)
           OR EXISTS (SELECT 1 FROM doorbreking d WHERE d.medewerker_id = ${p.medewerkerId}::uuid AND d.klant_id = k.id
                                                   AND d.datum = ${p.vandaag}::date))`;
}

/** Where the client stands for the access rule: its klantmanager's team and a doorbreking of the caller today. */
export const KLANT_POSITIE_SQL = `
  SELECT k.id, k.klantmanager_id AS "klantmanagerId", km.team_id AS "klantTeamId",
         EXISTS (SELECT 1 FROM doorbreking d WHERE d.medewerker_id = $3 AND d.klant_id = k.id AND d.datum = $4::date) AS "doorbrokenVandaag",
         false AS "inLopendeCampagneVanVrager"
    FROM klant k
    LEFT JOIN medewerker km ON km.id = k.klantmanager_id
   WHERE k.id = $1 AND k.organisatie_id = $2`;
