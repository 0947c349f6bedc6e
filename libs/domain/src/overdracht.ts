/**
 * The leaver hand-over (docs/beheer.md): the active clients of a klantmanager who leaves go to one successor or are
 * spread over the team. Spreading is round-robin by caseload: each client in turn goes to the klantmanager with the
 * smallest caseload at that moment, ties by name (then id, so the outcome never depends on input order).
 */

/** Roles that belong to a team; every other role has none. */
export const ROLLEN_MET_TEAM = ['klantmanager', 'teamleider'] as const;

export interface Ontvanger {
  id: string;
  naam: string;
  /** Active clients the klantmanager has now. */
  caseload: number;
}

export interface Toewijzing<K> {
  klant: K;
  naarId: string;
}

export interface OntvangerVerdeling {
  id: string;
  naam: string;
  /** Clients this klantmanager receives. */
  aantal: number;
  /** Caseload after the hand-over. */
  caseloadNa: number;
}

function eerder(a: Ontvanger & { volgorde: number }, b: Ontvanger & { volgorde: number }): boolean {
  if (a.caseload !== b.caseload) return a.caseload < b.caseload;
  const naam = a.naam.localeCompare(b.naam, 'nl');
  if (naam !== 0) return naam < 0;
  return a.id < b.id;
}

/**
 * Spreads `klanten` (in the order given) over `ontvangers`. Throws when there are clients and nobody to receive
 * them: the caller must refuse, never leave a client without klantmanager.
 */
export function verdeelOverTeam<K>(klanten: readonly K[], ontvangers: readonly Ontvanger[]): Toewijzing<K>[] {
  if (klanten.length === 0) return [];
  if (ontvangers.length === 0) throw new Error('Er is geen klantmanager om de klanten aan toe te wijzen.');
  if (new Set(ontvangers.map((o) => o.id)).size !== ontvangers.length) throw new Error('Dubbele ontvanger.');
  const stand = ontvangers.map((o, volgorde) => ({ ...o, volgorde }));
  return klanten.map((klant) => {
    let kleinste = stand[0];
    for (const o of stand) if (eerder(o, kleinste)) kleinste = o;
    kleinste.caseload += 1;
    return { klant, naarId: kleinste.id };
  });
}

/** Who gets how many (every ontvanger listed, also with 0), ordered by name: the preview of a hand-over. */
export function overdrachtOverzicht(
  toewijzingen: readonly Toewijzing<unknown>[],
  ontvangers: readonly Ontvanger[],
): OntvangerVerdeling[] {
  const aantallen = new Map<string, number>();
  for (const t of toewijzingen) aantallen.set(t.naarId, (aantallen.get(t.naarId) ?? 0) + 1);
  return ontvangers
    .map((o) => ({
      id: o.id,
      naam: o.naam,
      aantal: aantallen.get(o.id) ?? 0,
      caseloadNa: o.caseload + (aantallen.get(o.id) ?? 0),
    }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
