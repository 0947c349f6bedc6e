/** Roles of a medewerker. Every API endpoint declares which of these may call it. */
export const ROLLEN = ['klantmanager', 'teamleider', 'beleid', 'beheerder', 'privacy', 'extern'] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_LABELS: Record<Rol, string> = {
  klantmanager: 'Klantmanager',
  teamleider: 'Teamleider',
  beleid: 'Beleid en management',
  beheerder: 'Functioneel beheerder',
  privacy: 'Privacyfunctionaris',
  extern: 'Externe medewerker',
};

/** Roles that reach sensitive settings or the logs: a second step (TOTP) is required for local accounts. */
export const TOTP_VERPLICHT_ROLLEN: readonly Rol[] = ['beheerder', 'privacy'];

export function isRol(waarde: unknown): waarde is Rol {
  return typeof waarde === 'string' && (ROLLEN as readonly string[]).includes(waarde);
}

/** Local passwords: at least this long (and not a common password; the API checks the list). */
export const WACHTWOORD_MIN_LENGTE = 12;
