/**
 * Calendar dates travel as 'YYYY-MM-DD' strings (docs/api.md, "Conventions"). These helpers work on such strings
 * in UTC so that a date never shifts by a day because of the time zone of the server or the browser.
 */
export type Datum = string;

const DATUM_PATROON = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAG_MS = 86_400_000;

/** True for a real calendar date in the form YYYY-MM-DD (so 2024-02-30 is false). */
export function isGeldigeDatum(waarde: unknown): waarde is Datum {
  if (typeof waarde !== 'string') return false;
  const m = DATUM_PATROON.exec(waarde);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (jaar < 1900 || jaar > 2999) return false;
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  return d.getUTCFullYear() === jaar && d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag;
}

function naarDagnummer(datum: Datum): number {
  if (!isGeldigeDatum(datum)) throw new RangeError(`Ongeldige datum: ${String(datum)}`);
  return Date.UTC(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)) - 1, Number(datum.slice(8, 10))) / DAG_MS;
}

function vanDagnummer(dagnummer: number): Datum {
  return new Date(dagnummer * DAG_MS).toISOString().slice(0, 10);
}

/** Whole days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: Datum, tot: Datum): number {
  return naarDagnummer(tot) - naarDagnummer(van);
}

export function plusDagen(datum: Datum, dagen: number): Datum {
  return vanDagnummer(naarDagnummer(datum) + dagen);
}

/** Adds calendar months, clamping to the last day of the month (31 jan + 1 month = 28/29 feb). */
export function plusMaanden(datum: Datum, maanden: number): Datum {
  const jaar = Number(datum.slice(0, 4));
  const maand = Number(datum.slice(5, 7)) - 1 + maanden;
  const dag = Number(datum.slice(8, 10));
  const doelJaar = jaar + Math.floor(maand / 12);
  const doelMaand = ((maand % 12) + 12) % 12;
  const laatsteDag = new Date(Date.UTC(doelJaar, doelMaand + 1, 0)).getUTCDate();
  return vanDagnummer(Date.UTC(doelJaar, doelMaand, Math.min(dag, laatsteDag)) / DAG_MS);
}

/** The calendar date of a moment in the Netherlands, where every klantmanager works. */
// One formatter for the module: toLocaleDateString builds a new one on every call (~0.4 ms), which the import of
// 50,000 rows felt (docs/performance.md). 'sv-SE' formats as YYYY-MM-DD.
const NEDERLANDSE_DATUM = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

export function datumInNederland(moment: Date): Datum {
  return NEDERLANDSE_DATUM.format(moment);
}

/** Today's date in the Netherlands. */
export function vandaag(nu: Date = new Date()): Datum {
  return datumInNederland(nu);
}

/** Age in whole years on `peildatum`. */
export function leeftijd(geboortedatum: Datum, peildatum: Datum): number {
  const jaren = Number(peildatum.slice(0, 4)) - Number(geboortedatum.slice(0, 4));
  return peildatum.slice(5) < geboortedatum.slice(5) ? jaren - 1 : jaren;
}
