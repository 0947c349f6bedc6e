import type { Rol } from '@klant-in-beeld/domain';

export interface NavigatieItem {
  pad: string;
  label: string;
  rollen: readonly Rol[];
}

/** The main menu; each page is offered only to the roles the API lets in. */
export const NAVIGATIE: NavigatieItem[] = [{ pad: '/', label: 'Start', rollen: ['klantmanager', 'teamleider', 'beleid', 'beheerder'] }];

export function navigatieVoor(rol: Rol): NavigatieItem[] {
  return NAVIGATIE.filter((item) => item.rollen.includes(rol));
}
