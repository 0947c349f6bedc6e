import { dagenTussen, type Datum } from './datum';
import type { VeldFout } from './veldfout';

/** "Geen escape": every afspraak has an einddatum, and it cannot lie before the startdatum. */
export function controleerAfspraakPeriode(a: { startdatum: Datum; einddatum: Datum }): VeldFout[] {
  return dagenTussen(a.startdatum, a.einddatum) < 0
    ? [{ veld: 'einddatum', melding: 'mag niet voor de startdatum liggen' }]
    : [];
}
