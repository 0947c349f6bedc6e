/**
 * The client (row aliased \`k\`) is a deelnemer of a campagne that runs today (campagneLoopt) and the medewerker works
 * on it: extern on the campagne, the deelnemer's own medewerker, or the teamleider who made it.
 */
export function inLopendeCampagneSql(p: { medewerkerId: string; vandaag: string }): string {
  return `EXISTS (SELECT 1 FROM campagne_deelnemer cd JOIN campagne c ON c.id = cd.campagne_id
                   WHERE cd.klant_id = k.id AND c.status = 'lopend'
                     AND c.startdatum <= ${p.vandaag}::date AND c.einddatum >= ${p.vandaag}::date
                     AND (cd.medewerker_id = ${p.medewerkerId}::uuid OR c.aangemaakt_door = ${p.medewerkerId}::uuid
                          OR EXISTS (SELECT 1 FROM campagne_extern ce
                                      WHERE ce.campagne_id = c.id AND ce.medewerker_id = ${p.medewerkerId}::uuid)))`;
}

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
                                                   AND d.datum = ${p.vandaag}::date)
           OR ${inLopendeCampagneSql(p)})`;
}

/** Where the client stands for the access rule: its klantmanager's team and a doorbreking of the caller today. */
export const KLANT_POSITIE_SQL = `
  SELECT k.id, k.klantmanager_id AS "klantmanagerId", km.team_id AS "klantTeamId",
         EXISTS (SELECT 1 FROM doorbreking d WHERE d.medewerker_id = $3 AND d.klant_id = k.id AND d.datum = $4::date) AS "doorbrokenVandaag",
         ${inLopendeCampagneSql({ medewerkerId: '$3', vandaag: '$4' })} AS "inLopendeCampagneVanVrager"
    FROM klant k
    LEFT JOIN medewerker km ON km.id = k.klantmanager_id
   WHERE k.id = $1 AND k.organisatie_id = $2`;
