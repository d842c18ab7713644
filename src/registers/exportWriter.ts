/** Writes the files of one export: each chosen format, for each chosen register. */
import { buildSnapshot } from '../compliance/snapshotBuilder';
import { registerNamed } from './catalogue';
import type { ExportFormat, ExportRequest } from './exportRequest';
import type { Lookups } from './lookups';
import { provenanceLines, type Provenance } from './provenance';
import type { RecordSource } from './recordSource';
import type { Register, RegisterId, RegisterTally, Row } from './register';
import { writeCsv } from './writers/csv';
import { writeFile, type ExportTarget, type WrittenFile } from './writers/fileTarget';
import { writePdf } from './writers/pdf';
import { writeXlsx } from './writers/xlsx';

export interface ExportContext {
  request: ExportRequest;
  source: RecordSource;
  lookups: Lookups;
  provenance: Provenance;
}

export interface ExportedFile extends WrittenFile {
  format: ExportFormat;
  registers: RegisterId[];
}

export interface ExportResult {
  files: ExportedFile[];
  rows: Partial<Record<RegisterId, number>>;
  /** Entries of the published register left out because a governance lead withheld them. */
  withheldFromPublished: number | null;
}

type FormatWriter = (context: ExportContext, target: ExportTarget, result: ExportResult) => Promise<void>;

const fileName = (what: string, asAt: string, extension: string) => `${what}-as-at-${asAt}.${extension}`;

/** A register's rows for this export, and what reading them counted. */
class RegisterPass {
  private tally: RegisterTally = { withheld: 0 };

  constructor(
    private readonly context: ExportContext,
    readonly register: Register,
  ) {}

  /** A fresh pass over the records; a PDF reads its rows twice. */
  rows(): AsyncIterable<Row> {
    this.tally = { withheld: 0 };
    const { request, source, lookups } = this.context;
    return this.register.rows({ asAt: request.asAt, source, lookups, filters: request.filters, tally: this.tally });
  }

  /** Records the counts of the last pass, once its rows have all been read. */
  countInto(result: ExportResult, rows: number): void {
    result.rows[this.register.id] = rows;
    if (this.register.id === 'published') result.withheldFromPublished = this.tally.withheld;
  }
}

const passesOf = (context: ExportContext) => context.request.registers.map((id) => new RegisterPass(context, registerNamed(id)));
const header = (context: ExportContext, what: string) => provenanceLines(context.provenance, what);

const writeCsvFiles: FormatWriter = async (context, target, result) => {
  for (const pass of passesOf(context)) {
    const { register } = pass;
    const { file, result: rows } = await writeFile(target, fileName(register.id, context.request.asAt, 'csv'), (out) => writeCsv(out, register.columns, pass.rows()));
    pass.countInto(result, rows);
    result.files.push({ ...file, format: 'csv', registers: [register.id] });
  }
};

/** One workbook, one sheet per register after the sheet that says what was exported. */
const writeWorkbook: FormatWriter = async (context, target, result) => {
  const passes = passesOf(context);
  const about = header(context, passes.map((p) => p.register.title).join(', '));
  const { file, result: counts } = await writeFile(target, fileName('registers', context.request.asAt, 'xlsx'), (out) =>
    writeXlsx(out, about, passes.map((pass) => ({ name: pass.register.sheetName, columns: pass.register.columns, rows: pass.rows() }))),
  );
  passes.forEach((pass, i) => pass.countInto(result, counts[i]));
  result.files.push({ ...file, format: 'xlsx', registers: passes.map((p) => p.register.id) });
};

const writePdfFiles: FormatWriter = async (context, target, result) => {
  for (const pass of passesOf(context)) {
    const { register } = pass;
    const report = {
      title: register.title,
      bodyName: context.provenance.bodyName,
      asAt: context.request.asAt,
      about: header(context, register.title).filter(([label]) => label !== 'Export' && label !== 'Body'),
      columns: register.columns,
      rows: () => pass.rows(),
    };
    const { file, result: rows } = await writeFile(target, fileName(register.id, context.request.asAt, 'pdf'), (out) => writePdf(out, report));
    pass.countInto(result, rows);
    result.files.push({ ...file, format: 'pdf', registers: [register.id] });
  }
};

/** The whole governance snapshot as it stood, so `coi check` can re-run the checks: filters do not apply. */
const writeSnapshot: FormatWriter = async (context, target, result) => {
  const snapshot = await buildSnapshot(context.request.asAt, context.source);
  const { file } = await writeFile(target, fileName('snapshot', context.request.asAt, 'json'), async (out) => {
    out.end(`${JSON.stringify(snapshot, null, 2)}\n`);
  });
  result.files.push({ ...file, format: 'json', registers: [] });
};

const WRITERS: Record<ExportFormat, FormatWriter> = { csv: writeCsvFiles, xlsx: writeWorkbook, pdf: writePdfFiles, json: writeSnapshot };

export async function writeExportFiles(context: ExportContext, target: ExportTarget): Promise<ExportResult> {
  const result: ExportResult = { files: [], rows: {}, withheldFromPublished: null };
  for (const format of context.request.formats) await WRITERS[format](context, target, result);
  return result;
}
