import type { Gesprek } from './api';

export type Beweging = 'verbeterd' | 'gelijk' | 'verslechterd' | 'nieuw' | 'niet_gescoord';

export const BEWEGING_LABELS: Record<Beweging, string> = {
  verbeterd: 'Verbeterd',
  gelijk: 'Gelijk',
  verslechterd: 'Verslechterd',
  nieuw: 'Niet eerder gescoord',
  niet_gescoord: 'Nu niet gescoord',
};

export interface Vergelijking {
  domein: string;
  naam: string;
  vorige: { niveau: number; naam: string } | null;
  laatste: { niveau: number; naam: string } | null;
  beweging: Beweging;
}

/**
 * The latest gesprek against the previous one, per leefgebied: the latest's leefgebieden in its order, then those
 * only the previous one scored. Names and levels come from each gesprek's own instrument version; a higher niveau is
 * more zelfredzaam, so up is better.
 */
export function vergelijk(laatste: Gesprek, vorige: Gesprek | null): Vergelijking[] {
  const eerder = new Map((vorige?.scores ?? []).map((s) => [s.domein, s]));
  const rijen: Vergelijking[] = laatste.scores.map((s) => {
    const v = eerder.get(s.domein);
    const beweging: Beweging = !v
      ? 'nieuw'
      : s.niveau > v.niveau
        ? 'verbeterd'
        : s.niveau < v.niveau
          ? 'verslechterd'
          : 'gelijk';
    return {
      domein: s.domein,
      naam: s.domeinNaam,
      vorige: v ? { niveau: v.niveau, naam: v.niveauNaam } : null,
      laatste: { niveau: s.niveau, naam: s.niveauNaam },
      beweging,
    };
  });
  const nu = new Set(laatste.scores.map((s) => s.domein));
  for (const v of vorige?.scores ?? []) {
    if (!nu.has(v.domein))
      rijen.push({
        domein: v.domein,
        naam: v.domeinNaam,
        vorige: { niveau: v.niveau, naam: v.niveauNaam },
        laatste: null,
        beweging: 'niet_gescoord',
      });
  }
  return rijen;
}
