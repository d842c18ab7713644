/** Arranging a body with a past, and reading export files back. */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { DeclarationModel, type Declaration } from '../../src/declarations/declaration.model';
import { RecordVersionModel } from '../../src/shared/recordVersion.model';
import { createVersioned, updateVersioned } from '../../src/shared/versionedRecords';
import type { VersionFields } from '../../src/shared/versionedSchema';
import { aCommittee, anOrganisation, aPerson } from '../support/factories';

/** Moves when a record's version was recorded, as if it had been saved then. */
export async function recordedAt(recordId: string, version: number, when: string): Promise<void> {
  await RecordVersionModel.updateOne({ recordId, version }, { $set: { recordedAt: new Date(when) } });
}

/** Moves every version recorded so far to a moment in the past. */
export async function everythingRecordedAt(when: string): Promise<void> {
  await RecordVersionModel.updateMany({}, { $set: { recordedAt: new Date(when) } });
}

export async function anInterest(personId: string, fields: Partial<Declaration> = {}) {
  const declaration = await createVersioned<Declaration & VersionFields>(
    DeclarationModel,
    'declaration',
    { personId, type: 'financial', category: null, organisationId: null, organisationName: null, description: 'An interest', heldBy: 'self', from: '2015-04-01', to: null, declaredOn: '2015-04-10', actionTaken: null, ...fields },
    SYSTEM_ACTOR,
  );
  return { ...declaration, id: String(declaration._id) };
}

export function changeInterest(id: string, version: number, changes: Partial<Declaration>, action = 'updated') {
  return updateVersioned<Declaration & VersionFields>(DeclarationModel, 'declaration', id, version, changes, SYSTEM_ACTOR, action);
}

/**
 * Dr Gail Price, a GP on the PCCC since April 2015, declared on 10 April 2015 that she is a partner at
 * Riverside Surgery. On 20 July 2015 that changed to "Senior partner", and today the interest was
 * ended as at 31 August 2015. Everything else was recorded on 1 April 2015.
 */
export async function aGpWhoseInterestChangedLater() {
  const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
  const surgery = await anOrganisation({ name: 'Riverside Surgery', kind: 'gp-practice', memberOfId: ccg.id });
  const gp = await aPerson({ name: 'Dr Gail Price' });
  const lay = await aPerson({ name: 'Lee Layman' });
  const committee = await aCommittee({
    name: 'Example PCCC',
    organisationIds: [ccg.id],
    members: [
      { personId: lay.id, category: 'lay', role: 'chair' },
      { personId: gp.id, category: 'gp', role: 'member' },
    ],
  });
  await everythingRecordedAt('2015-04-01T09:00:00Z');
  const interest = await anInterest(gp.id, { organisationId: surgery.id, description: 'Partner at Riverside Surgery', from: '2015-04-01', declaredOn: '2015-04-10' });
  await recordedAt(interest.id, 1, '2015-04-10T12:00:00Z');
  await changeInterest(interest.id, 1, { description: 'Senior partner at Riverside Surgery', declaredOn: '2015-07-20' });
  await recordedAt(interest.id, 2, '2015-07-20T12:00:00Z');
  await changeInterest(interest.id, 2, { to: '2015-08-31' }, 'ended');
  return { ccg, surgery, gp, lay, committee, interest };
}

export function tempFolder(prefix = 'coi-export-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface CsvFile {
  /** The first line, as written. */
  header: string;
  rows: Record<string, string>[];
}

/** A register CSV: its first line, which must be its header row, then its rows by that header. */
export function readCsv(content: string | Buffer): CsvFile {
  const text = content.toString().replace(/^\uFEFF/, '');
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return { header: text.split(/\r?\n/, 1)[0], rows };
}

export async function readWorkbook(file: string | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof file === 'string') await workbook.xlsx.readFile(file);
  else await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's data rows as objects by header, dates as Date and money as numbers. */
export function sheetRows(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

/** The text runs of a PDF written by pdfkit: its content streams inflated, each TJ array's hex joined. */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const runs: string[] = [];
  for (const stream of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      // A stream whose last byte is a carriage return loses it to the `\r?\n` before endstream: that byte is
      // the checksum's, so inflate what is there rather than fail on the checksum (1 export in 256 did).
      content = zlib.inflateSync(Buffer.from(stream[1], 'latin1'), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('latin1');
    } catch {
      continue; // fonts and other binary streams
    }
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...array[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      runs.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return runs.join('\n');
}

export function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type \/Page\b/g)].length;
}
