import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { CellValue, Column, Row } from '../register';

/**
 * A spreadsheet opening the CSV would run a cell starting with one of these as a formula, so such
 * text gets a leading apostrophe (the OWASP advice for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
/** Rows are gathered into chunks of about this many characters before each write. */
const CHUNK_SIZE = 64 * 1024;

function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record of RFC 4180 CSV. */
export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * Writes rows as CSV (UTF-8 with a byte-order mark, so spreadsheets read "£" right), waiting whenever
 * the destination is full, so memory stays flat however many rows there are. The header row comes
 * first, so any tool reads the file; what was exported, by whom and when is in the export's manifest.
 * Ends `out`; returns the number of rows.
 */
export async function writeCsv(out: Writable, columns: readonly Column[], rows: AsyncIterable<Row>): Promise<number> {
  let chunk = `\uFEFF${csvLine(columns.map((c) => c.header))}`;
  let count = 0;
  try {
    for await (const row of rows) {
      chunk += csvLine(columns.map((c) => row[c.key]));
      count += 1;
      if (chunk.length >= CHUNK_SIZE) {
        const flowing = out.write(chunk);
        chunk = '';
        if (!flowing) await once(out, 'drain');
      }
    }
  } catch (error) {
    // Cut the file or download short, so nobody takes half a register for all of it.
    out.destroy();
    throw error;
  }
  out.end(chunk);
  await finished(out);
  return count;
}
