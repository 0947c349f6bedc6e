/**
 * Formula injection (CSV injection): a spreadsheet program runs a cell that starts with =, +, - or @ (or a tab or
 * carriage return before one) as a formula. Every export with free text passes its cells through this: such a
 * cell gets a leading apostrophe, which Excel and LibreOffice show as text and do not print. Stored data is never
 * changed; this is only for files people open.
 */
export function neutraliseerFormule(tekst: string): string {
  return /^[=+\-@\t\r]/.test(tekst) ? `'${tekst}` : tekst;
}

/** One CSV field for a semicolon file: neutralised, and quoted when it holds a separator, quote or line end. */
export function csvVeld(waarde: string | number | null | undefined): string {
  if (waarde === null || waarde === undefined) return '';
  const tekst = typeof waarde === 'number' ? String(waarde) : neutraliseerFormule(waarde);
  return /[;,"\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/** A CSV line of fields, semicolon-separated, CRLF as Excel expects. */
export function csvRegel(velden: readonly (string | number | null | undefined)[]): string {
  return velden.map(csvVeld).join(';') + '\r\n';
}
