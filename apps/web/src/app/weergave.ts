import { datumInNederland } from '@klant-in-beeld/domain';

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** 2026-11-23 → "23 nov 2026". */
export function datumKort(datum: string | null | undefined): string {
  if (!datum) return '—';
  return `${Number(datum.slice(8, 10))} ${MAANDEN[Number(datum.slice(5, 7)) - 1]} ${datum.slice(0, 4)}`;
}

/** A timestamp as Dutch date and time in the Netherlands: "23 nov 2026, 10:30". */
export function tijdstipKort(tijdstip: string | null | undefined): string {
  if (!tijdstip) return '—';
  const moment = new Date(tijdstip);
  const tijd = moment.toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
  return `${datumKort(datumInNederland(moment))}, ${tijd}`;
}

/** Now as the value of an <input type="datetime-local"> in Dutch time. */
export function nuLokaal(nu = new Date()): string {
  const datum = datumInNederland(nu);
  const tijd = nu.toLocaleTimeString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return `${datum}T${tijd}`;
}

/** A datetime-local value (Dutch wall clock) as ISO 8601 with the right offset for that moment. */
export function lokaalNaarIso(waarde: string): string {
  // Try both Dutch offsets and keep the one whose wall clock matches (handles summer and winter time).
  for (const offset of ['+01:00', '+02:00']) {
    const kandidaat = `${waarde}:00${offset}`;
    if (nuLokaal(new Date(kandidaat)) === waarde) return kandidaat;
  }
  return `${waarde}:00+01:00`;
}
