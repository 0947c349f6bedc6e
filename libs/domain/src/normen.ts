import type { Dienstverleningscategorie, StandaardCategorie } from './codelijsten';

export interface Norm {
  /** Maximum days between two conversations. */
  maxDagen: number;
  /** The last days of that period in which the client is "bijna uit beeld". */
  waarschuwingDagen: number;
}

export interface Contactnormen {
  /** Per category code of the organisatie (any code, not only the standard five). */
  normen: Record<Dienstverleningscategorie, Norm>;
  /** For a client with an active vrijstelling, whatever the category. */
  vrijgesteld: Norm;
  /** A new client must have had an intake within this many days of the startdatum uitkering. */
  intakeDagen: number;
  maxDuurInformeleVrijstellingDagen: number;
}

/** Defaults from docs/ontwerp.md ("Contactnorm"; RSD Kromme Rijn Heuvelrug). Informal exemptions: at most 6 months. */
export const STANDAARD_CONTACTNORMEN: Contactnormen & { normen: Record<StandaardCategorie, Norm> } = {
  normen: {
    job_ready: { maxDagen: 30, waarschuwingDagen: 7 },
    bijna_job_ready: { maxDagen: 60, waarschuwingDagen: 14 },
    nog_niet_job_ready: { maxDagen: 90, waarschuwingDagen: 21 },
    niet_job_ready: { maxDagen: 180, waarschuwingDagen: 30 },
    beheer: { maxDagen: 365, waarschuwingDagen: 60 },
  },
  vrijgesteld: { maxDagen: 365, waarschuwingDagen: 60 },
  intakeDagen: 28,
  maxDuurInformeleVrijstellingDagen: 183,
};

/** The norm that applies to a client: the vrijgesteld norm while a vrijstelling is active, else the category's. */
export function normVoor(
  klant: { dienstverleningscategorie: Dienstverleningscategorie; vrijgesteld: boolean },
  normen: Contactnormen,
): Norm {
  if (klant.vrijgesteld) return normen.vrijgesteld;
  // Own keys only: a code such as `constructor` is valid and must not find Object's prototype.
  const norm = Object.hasOwn(normen.normen, klant.dienstverleningscategorie)
    ? normen.normen[klant.dienstverleningscategorie]
    : undefined;
  // The database guarantees a norm for every category of the organisatie; a missing one is a programming error.
  if (!norm) throw new Error(`Geen contactnorm voor categorie ${klant.dienstverleningscategorie}`);
  return norm;
}

/** Positive whole days, warning window smaller than the norm. Returns Dutch messages per offending field. */
export function controleerNorm(norm: Norm, veld: string): { veld: string; melding: string }[] {
  const fouten: { veld: string; melding: string }[] = [];
  if (!Number.isInteger(norm.maxDagen) || norm.maxDagen < 1)
    fouten.push({ veld: `${veld}.maxDagen`, melding: 'moet een heel aantal dagen van minstens 1 zijn' });
  if (!Number.isInteger(norm.waarschuwingDagen) || norm.waarschuwingDagen < 0) {
    fouten.push({ veld: `${veld}.waarschuwingDagen`, melding: 'moet een heel aantal dagen van 0 of meer zijn' });
  } else if (norm.waarschuwingDagen >= norm.maxDagen) {
    fouten.push({ veld: `${veld}.waarschuwingDagen`, melding: 'moet kleiner zijn dan het maximum aantal dagen' });
  }
  return fouten;
}
