import { isGeldigeDatum } from '@klant-in-beeld/domain';
import { createHash } from 'node:crypto';

/*
 * Cell values as spreadsheets hold them, to the forms the API uses. Each returns undefined when the text is not
 * of the kind; the soort then reports the field.
 */

/** A column header compared loosely: case, accents, spaces, dashes and underscores do not matter. */
export function kopSleutel(kop: string): string {
  return kop
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** `dd-mm-jjjj`, `d-m-jjjj` (also with / or .) and ISO `jjjj-mm-dd`; an ISO timestamp's date part is not a date. */
export function leesDatum(tekst: string): string | undefined {
  const t = tekst.trim();
  let datum: string | undefined;
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (nl) datum = `${nl[3]}-${nl[2].padStart(2, '0')}-${nl[1].padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) datum = t;
  return datum && isGeldigeDatum(datum) ? datum : undefined;
}

// Made once: constructing a DateTimeFormat costs about a millisecond, 2 per timestamp (docs/performance.md, import).
const NL_TIJDZONE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });
/** Offsets by UTC hour: the Dutch clocks change on a whole UTC hour (01:00), so one hour has one offset. */
const offsetPerUur = new Map<number, number>();

/** The offset of Dutch time from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function nlOffsetMinuten(utcMs: number): number {
  const uur = Math.floor(utcMs / 3_600_000);
  const bekend = offsetPerUur.get(uur);
  if (bekend !== undefined) return bekend;
  const deel = NL_TIJDZONE.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(deel ?? '');
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  if (offsetPerUur.size >= 200_000) offsetPerUur.clear(); // ~23 years of hours; never grows without bound
  offsetPerUur.set(uur, offset);
  return offset;
}

/**
 * A moment: ISO 8601 with offset as is; a date with a time (`dd-mm-jjjj hh:mm`, `jjjj-mm-dd hh:mm[:ss]`) or a date
 * alone (noon) as Dutch local time. Returned as ISO 8601 in UTC.
 */
export function leesTijdstip(tekst: string): string | undefined {
  const t = tekst.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return isGeldigeDatum(t.slice(0, 10)) && !Number.isNaN(ms) ? new Date(ms).toISOString() : undefined;
  }
  const m = /^(\S+)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!m) return undefined;
  const datum = leesDatum(m[1]);
  if (!datum) return undefined;
  const [uur, minuut, seconde] = m[2] === undefined ? [12, 0, 0] : [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (uur > 23 || minuut > 59 || seconde > 59) return undefined;
  const [j, mnd, d] = datum.split('-').map(Number);
  const alsUtc = Date.UTC(j, mnd - 1, d, uur, minuut, seconde);
  // Twice: the offset at the guessed instant can differ from the one at the real instant around a change of clocks.
  let ms = alsUtc - nlOffsetMinuten(alsUtc) * 60_000;
  ms = alsUtc - nlOffsetMinuten(ms) * 60_000;
  return new Date(ms).toISOString();
}

/** A whole number within bounds. */
export function leesGeheel(tekst: string, min: number, max: number): number | undefined {
  const t = tekst.trim();
  if (!/^-?\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
}

/**
 * A value of a code list, by its code or by its label ("Gesprek op locatie" for gesprek_op_locatie), loosely:
 * case, spaces and dashes do not matter.
 */
export function codeZoeker<C extends string>(
  codes: readonly C[],
  labels: Partial<Record<C, string>> = {},
): (tekst: string) => C | undefined {
  const index = new Map<string, C>();
  for (const code of codes) {
    index.set(kopSleutel(code), code);
    const label = labels[code];
    if (label) index.set(kopSleutel(label), code);
  }
  return (tekst) => index.get(kopSleutel(tekst));
}

/** Ja/nee as people write it in a sheet. */
export function leesJaNee(tekst: string): boolean | undefined {
  const t = tekst.trim().toLowerCase();
  if (['ja', 'j', 'true', 'waar', '1', 'yes', 'y'].includes(t)) return true;
  if (['nee', 'n', 'false', 'onwaar', '0', 'no'].includes(t)) return false;
  return undefined;
}

/** A stable key for a row without an id of its own: the hash of its normalised content. */
export function inhoudSleutel(gegevens: Record<string, unknown>): string {
  const geordend = Object.keys(gegevens)
    .sort()
    .map((k) => [k, gegevens[k] ?? null]);
  return 'h:' + createHash('sha256').update(JSON.stringify(geordend)).digest('base64url').slice(0, 32);
}

/** Text with its whitespace tidied; empty is null. */
export function tekstOfNull(tekst: string | undefined): string | null {
  const t = (tekst ?? '').trim();
  return t === '' ? null : t;
}
