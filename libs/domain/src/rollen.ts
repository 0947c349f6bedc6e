/** Roles of a medewerker. Every API endpoint declares which of these may call it. */
export const ROLLEN = ['klantmanager', 'teamleider', 'beleid', 'beheerder'] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_LABELS: Record<Rol, string> = {
  klantmanager: 'Klantmanager',
  teamleider: 'Teamleider',
  beleid: 'Beleid en management',
  beheerder: 'Functioneel beheerder',
};

export function isRol(waarde: unknown): waarde is Rol {
  return typeof waarde === 'string' && (ROLLEN as readonly string[]).includes(waarde);
}
