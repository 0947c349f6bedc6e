import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFout } from './client';

/**
 * Puts the API's `fouten` next to the matching form fields. Returns the message for the top of the form:
 * the API's message, plus any fout for a field the form does not show.
 */
export function toonApiFouten<T extends FieldValues>(
  fout: unknown,
  setError: UseFormSetError<T>,
  velden: readonly string[],
  /** API field → form field where they differ (e.g. 'adres.postcode' → 'postcode'). */
  hernoem: Record<string, string> = {},
): string {
  if (!(fout instanceof ApiFout)) return 'Er ging iets mis. Probeer het opnieuw.';
  const overig: string[] = [];
  for (const { veld: apiVeld, melding } of fout.fouten) {
    const veld = hernoem[apiVeld] ?? apiVeld;
    const naam = velden.find((v) => v === veld || veld.startsWith(`${v}.`));
    if (naam)
      setError(naam as Path<T>, { type: 'server', message: `${melding.charAt(0).toUpperCase()}${melding.slice(1)}.` });
    else overig.push(`${veld}: ${melding}`);
  }
  return [fout.message, ...overig].join(' ');
}

/** 409 from optimistic locking: someone else saved first. */
export function isVersieConflict(fout: unknown): boolean {
  return fout instanceof ApiFout && fout.status === 409 && fout.code === 'VERSIE_CONFLICT';
}

export const CONFLICT_MELDING =
  'Iemand anders heeft dit intussen gewijzigd. De nieuwste versie is geladen; controleer je wijziging en sla opnieuw op.';
