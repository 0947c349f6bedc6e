import type { Rol } from './rollen';

/**
 * Who may open which client within the organisatie (the organisatie boundary itself is checked before this, and
 * answers 404). The API's access helper and the SQL of every client list apply this one rule; a test proves the
 * SQL agrees with it.
 *
 * - klantmanager and teamleider: clients of their own team (the team of the client's klantmanager) and clients
 *   without a klantmanager; any other client only after doorbreken (a stated reason, valid for the rest of that day),
 *   or while they work on a running campagne that holds the client (the deelnemer is theirs, or they made it);
 * - extern: only the clients of a campagne they work on while it runs;
 * - every other role: no client data at all.
 */
export type KlantToegang = 'toegestaan' | 'buiten_team' | 'geen_toegang';

export interface Vrager {
  rol: Rol;
  teamId: string | null;
}

export interface KlantPositie {
  klantmanagerId: string | null;
  /** Team of the client's klantmanager (null without klantmanager, or when that medewerker has no team). */
  klantTeamId: string | null;
  /** The vrager opened this client of another team today, with a reason. */
  doorbrokenVandaag: boolean;
  /**
   * The client is a deelnemer of a running campagne the vrager works on: extern on that campagne, the medewerker the
   * deelnemer is assigned to, or the teamleider who made it (campagneLoopt; see inLopendeCampagneSql).
   */
  inLopendeCampagneVanVrager: boolean;
}

/** Roles that work in client dossiers at all. */
export const DOSSIER_ROLLEN: readonly Rol[] = ['klantmanager', 'teamleider', 'extern'];

/** Roles that may doorbreken: the team roles, never extern or the roles without client data. */
export const DOORBREKEN_ROLLEN: readonly Rol[] = ['klantmanager', 'teamleider'];

/** Minimum length of the reason for doorbreken: a real sentence, not "x". */
export const DOORBREKEN_MIN_REDEN = 10;

export function klantToegang(vrager: Vrager, klant: KlantPositie): KlantToegang {
  if (vrager.rol === 'extern') return klant.inLopendeCampagneVanVrager ? 'toegestaan' : 'geen_toegang';
  if (vrager.rol !== 'klantmanager' && vrager.rol !== 'teamleider') return 'geen_toegang';
  if (klant.klantmanagerId === null) return 'toegestaan';
  if (vrager.teamId !== null && klant.klantTeamId === vrager.teamId) return 'toegestaan';
  return klant.doorbrokenVandaag || klant.inLopendeCampagneVanVrager ? 'toegestaan' : 'buiten_team';
}
