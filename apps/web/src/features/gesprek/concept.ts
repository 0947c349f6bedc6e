/**
 * A local draft of a form, against a lost connection: kept in localStorage under a key per medewerker and client,
 * so a colleague on the same computer never gets it, and removed once the form is saved.
 */
export interface Concept<T> {
  opgeslagenOp: string;
  waarden: T;
}

export const conceptSleutel = (soort: string, medewerkerId: string, klantId: string) =>
  `kib:concept:${soort}:${medewerkerId}:${klantId}`;

export function leesConcept<T>(sleutel: string): Concept<T> | null {
  try {
    const tekst = globalThis.localStorage?.getItem(sleutel);
    if (!tekst) return null;
    const concept = JSON.parse(tekst) as Concept<T>;
    return typeof concept?.opgeslagenOp === 'string' && concept.waarden ? concept : null;
  } catch {
    // A broken or unreadable entry is no draft.
    return null;
  }
}

export function bewaarConcept<T>(sleutel: string, waarden: T, nu = new Date()): void {
  try {
    globalThis.localStorage?.setItem(sleutel, JSON.stringify({ opgeslagenOp: nu.toISOString(), waarden }));
  } catch {
    // Storage full or blocked (private mode): the form still works, only without a draft.
  }
}

export function wisConcept(sleutel: string): void {
  try {
    globalThis.localStorage?.removeItem(sleutel);
  } catch {
    // Nothing to clear.
  }
}

/** On logging out: drafts hold personal data (scores, toelichting), so none stay behind on a shared computer. */
export function wisAlleConcepten(): void {
  try {
    const opslag = globalThis.localStorage;
    if (!opslag) return;
    const sleutels = Array.from({ length: opslag.length }, (_, i) => opslag.key(i)).filter(
      (s): s is string => !!s && s.startsWith('kib:concept:'),
    );
    for (const s of sleutels) opslag.removeItem(s);
  } catch {
    // Nothing to clear.
  }
}
