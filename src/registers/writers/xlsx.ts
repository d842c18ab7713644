import { once, type EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { Column, Row } from '../register';

export interface Sheet {
  name: string;
  columns: readonly Column[];
  rows: AsyncIterable<Row>;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF005EB8' } }; // NHS blue
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const FORMATS: Record<Column['kind'], string | undefined> = { text: undefined, date: 'dd/mm/yyyy', money: '£#,##0.00' };
/** Rows between checks that the zip compressor has caught up. */
const ROWS_PER_CHECK = 200;

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

function cellValue(column: Column, value: Row[string]): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  return column.kind === 'date' && typeof value === 'string' ? asDate(value) : value;
}

/**
 * Writes a workbook: first an "About this export" sheet (`about` as label and value rows), then one
 * sheet per register with a bold, frozen header row and dates as real dates. Rows are committed as they
 * come, so the workbook streams. Ends `out`; returns the number of rows of each sheet.
 */
export async function writeXlsx(out: Writable, about: [string, string][], sheets: Sheet[]): Promise<number[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const aboutSheet = workbook.addWorksheet('About this export');
  aboutSheet.columns = [{ width: 16 }, { width: 90 }];
  for (const [label, value] of about) {
    const row = aboutSheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  aboutSheet.commit();

  const counts: number[] = [];
  for (const sheet of sheets) counts.push(await writeSheet(workbook, sheet));
  await workbook.commit();
  await finished(out);
  return counts;
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet): Promise<number> {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: FORMATS[c.kind] ? { numFmt: FORMATS[c.kind] } : {} }));
  const header = worksheet.getRow(1);
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();
  let count = 0;
  for await (const row of sheet.rows) {
    worksheet.addRow(sheet.columns.map((c) => cellValue(c, row[c.key]))).commit();
    count += 1;
    if (count % ROWS_PER_CHECK === 0) await zipCaughtUp(worksheet);
  }
  worksheet.commit();
  return count;
}

/**
 * exceljs hands a worksheet's XML to the zip without waiting for the compressor, so a fast source of
 * rows would pile the sheet up in memory. This waits until the zip entry's input stream has drained.
 * It reaches into exceljs internals (the worksheet's buffer and the stream it pipes to); if they ever
 * change shape the check does nothing and the export still completes.
 */
async function zipCaughtUp(worksheet: ExcelJS.Worksheet): Promise<void> {
  // The stream is readable-stream's PassThrough, which predates `writableNeedDrain`.
  type ZipEntryInput = EventEmitter & { _writableState?: { needDrain?: boolean } };
  const entry = (worksheet as unknown as { stream?: { pipes?: ZipEntryInput[] } }).stream?.pipes?.[0];
  if (entry?._writableState?.needDrain) await once(entry, 'drain');
}
