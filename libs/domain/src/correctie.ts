import { datumInNederland, plusDagen, vandaag, type Datum } from './datum';
import type { Rol } from './rollen';

/**
 * Correcting a wrongly registered contactmoment (PATCH /api/contactmomenten/{id}). The old values and the reason stay
 * in the change audit; the record itself shows the corrected values.
 *
 * - who: the medewerker who registered it, or a teamleider of the client's team (the team of the client's
 *   klantmanager; a client without klantmanager counts as every team's, as for access and herverdelen);
 * - until when: through the 30th calendar day (Dutch time) after the day it was registered, so "registered on
 *   1 november" may be corrected all of 1 december, whatever the hour or a change of summer time;
 * - only the team roles work in dossiers: any other role may not, also not as the author.
 * Who is asked first: someone who may never correct it learns nothing about the term.
 */
export type Correctierecht = 'toegestaan' | 'niet_bevoegd' | 'termijn_verstreken';

export const CORRECTIE_TERMIJN_DAGEN = 30;

/** Minimum length of the reason for a correction: a real sentence, not "x" (as for doorbreken). */
export const CORRECTIE_MIN_REDEN = 10;

export interface Corrigeerder {
  medewerkerId: string;
  rol: Rol;
  teamId: string | null;
}

export interface TeCorrigerenContactmoment {
  /** Who registered it. */
  medewerkerId: string;
  /** When it was registered (not when it took place). */
  aangemaaktOp: Date | string;
  /** The client's klantmanager and that klantmanager's team, now. */
  klantmanagerId: string | null;
  klantTeamId: string | null;
}

/** The last day on which a contactmoment registered at this moment may still be corrected. */
export function laatsteCorrectiedag(aangemaaktOp: Date | string): Datum {
  return plusDagen(datumInNederland(new Date(aangemaaktOp)), CORRECTIE_TERMIJN_DAGEN);
}

export function contactmomentCorrectierecht(
  vrager: Corrigeerder,
  contactmoment: TeCorrigerenContactmoment,
  nu: Date,
): Correctierecht {
  if (vrager.rol !== 'klantmanager' && vrager.rol !== 'teamleider') return 'niet_bevoegd';
  const auteur = vrager.medewerkerId === contactmoment.medewerkerId;
  const teamleider =
    vrager.rol === 'teamleider' &&
    (contactmoment.klantmanagerId === null || (vrager.teamId !== null && contactmoment.klantTeamId === vrager.teamId));
  if (!auteur && !teamleider) return 'niet_bevoegd';
  return vandaag(nu) <= laatsteCorrectiedag(contactmoment.aangemaaktOp) ? 'toegestaan' : 'termijn_verstreken';
}
