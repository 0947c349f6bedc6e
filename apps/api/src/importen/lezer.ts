import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** One line of the sheet: its number as the spreadsheet shows it (the header is 1) and its cells as text. */
export interface Regel {
  rij: number;
  cellen: string[];
}

/** A problem with the file as a whole: the job is afgekeurd with this one melding. */
export class BestandFout extends Error {}

export type Formaat = 'csv' | 'xlsx';

const PEEK = 64 * 1024;

/** What the file is, from its first bytes (never from its name: a renamed file is still what it is). */
export async function herkenFormaat(pad: string): Promise<{ formaat: Formaat; scheiding: ';' | ',' }> {
  const grootte = (await stat(pad)).size;
  if (grootte === 0) throw new BestandFout('Het bestand is leeg.');
  const bestand = await open(pad, 'r');
  const begin = Buffer.alloc(Math.min(PEEK, grootte));
  try {
    await bestand.read(begin, 0, begin.length, 0);
  } finally {
    await bestand.close();
  }
  if (begin.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return { formaat: 'xlsx', scheiding: ';' };
  // Text files only: no NUL bytes, valid UTF-8 (the last bytes may be a character cut off by the peek).
  const tekstDeel = grootte > PEEK ? begin.subarray(0, PEEK - 4) : begin;
  let tekst: string;
  try {
    if (tekstDeel.includes(0)) throw new Error('NUL');
    tekst = new TextDecoder('utf-8', { fatal: true }).decode(tekstDeel);
  } catch {
    throw new BestandFout(
      'Het bestand is geen CSV-bestand (UTF-8) of Excel-bestand (.xlsx). Sla het in Excel op als "CSV UTF-8" of als .xlsx.',
    );
  }
  const eerste = tekst.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // Separators inside quotes do not count.
  const buiten = eerste.replace(/"[^"]*"/g, '');
  const puntkomma = (buiten.match(/;/g) ?? []).length;
  const komma = (buiten.match(/,/g) ?? []).length;
  if (eerste.trim() === '') throw new BestandFout('Het bestand is leeg of begint met een lege regel.');
  return { formaat: 'csv', scheiding: puntkomma >= komma ? ';' : ',' };
}

/** The lines of a CSV file, streamed (the file is never held whole). */
async function* csvRegels(bron: ReadStream, scheiding: ';' | ','): AsyncGenerator<Regel> {
  const parser = bron.pipe(
    parse({
      delimiter: scheiding,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    // Excel writes ";;;" for a row it considers used but empty.
    if (record.every((cel) => cel.trim() === '')) continue;
    yield { rij: info.lines, cellen: record };
  }
}

function tweeCijfers(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell as text the way the sheet shows it: formulas by their result, dates as ISO, rich text as its text. */
export function celTekst(waarde: unknown): string {
  if (waarde === null || waarde === undefined) return '';
  if (typeof waarde === 'string') return waarde;
  if (typeof waarde === 'number') return String(waarde);
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (waarde instanceof Date) {
    // Excel has no time zones: exceljs reads the serial as UTC, so the UTC parts are what the sheet shows.
    const datum = `${waarde.getUTCFullYear()}-${tweeCijfers(waarde.getUTCMonth() + 1)}-${tweeCijfers(waarde.getUTCDate())}`;
    const tijd = waarde.getUTCHours() * 60 + waarde.getUTCMinutes();
    return tijd === 0 ? datum : `${datum} ${tweeCijfers(waarde.getUTCHours())}:${tweeCijfers(waarde.getUTCMinutes())}`;
  }
  if (typeof waarde === 'object') {
    const w = waarde as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ('formula' in w || 'sharedFormula' in w) return celTekst(w.result);
    if (Array.isArray(w.richText)) return w.richText.map((deel) => deel.text).join('');
    if (w.text !== undefined) return celTekst(w.text);
    if (w.error !== undefined) return '';
  }
  return String(waarde);
}

/** The rows of the first sheet of a workbook, streamed with exceljs' reader. */
async function* xlsxRegels(bron: ReadStream): AsyncGenerator<Regel> {
  const boek = new ExcelJS.stream.xlsx.WorkbookReader(bron, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const blad of boek) {
      for await (const rij of blad) {
        const waarden = Array.isArray(rij.values) ? rij.values.slice(1) : [];
        const cellen = Array.from(waarden, celTekst);
        if (cellen.every((cel) => cel.trim() === '')) continue;
        yield { rij: rij.number, cellen };
      }
      // Only the first sheet is the import; further sheets (notes, lists) are not read.
      break;
    }
  } catch (fout) {
    if (fout instanceof BestandFout) throw fout;
    throw new BestandFout('Het Excel-bestand kan niet worden gelezen: het is beschadigd of geen .xlsx-bestand.');
  } finally {
    bron.destroy();
  }
}

/** The file being read: its lines (header first, empty ones skipped) and how far reading has come (0–1). */
export interface Bestand {
  regels: AsyncGenerator<Regel>;
  voortgang(): number;
}

export async function openBestand(pad: string): Promise<Bestand> {
  const { formaat, scheiding } = await herkenFormaat(pad);
  const grootte = (await stat(pad)).size;
  const bron = createReadStream(pad, { highWaterMark: 256 * 1024 });
  const voortgang = () => Math.min(1, bron.bytesRead / grootte);
  if (formaat === 'xlsx') return { regels: xlsxRegels(bron), voortgang };
  return { regels: csvMetFouten(bron, scheiding), voortgang };
}

async function* csvMetFouten(bron: ReadStream, scheiding: ';' | ','): AsyncGenerator<Regel> {
  try {
    yield* csvRegels(bron, scheiding);
  } catch (fout) {
    if (fout instanceof BestandFout) throw fout;
    const regel = (fout as { lines?: number }).lines;
    throw new BestandFout(
      `Het CSV-bestand kan niet worden gelezen${regel ? ` (regel ${regel})` : ''}: controleer de aanhalingstekens.`,
    );
  } finally {
    bron.destroy();
  }
}
