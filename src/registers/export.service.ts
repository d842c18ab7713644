import { Types } from 'mongoose';
import { auditChainHead, type Actor } from '../audit/auditLog';
import { NotFoundError } from '../shared/errors';
import { isObjectId } from '../shared/records';
import { createVersioned } from '../shared/versionedRecords';
import { labelOf, ROLES } from '../shared/vocabulary';
import { validExportRequest } from './exportRequest';
import { ExportRunModel } from './exportRun.model';
import { writeExportFiles, type ExportedFile } from './exportWriter';
import { loadLookups } from './lookups';
import { endOfDay, recordsAsRecordedBy } from './recordSource';
import type { ExportFilters, RegisterId } from './register';
import type { ExportTarget } from './writers/fileTarget';

/** What an export is, for anyone who later needs to trust its files: shown on the page, kept as JSON. */
export interface Manifest {
  exportId: string;
  body: string;
  asAt: string;
  recordedUpTo: string;
  exportedAt: string;
  exportedBy: string;
  filters: ExportFilters & { described: string };
  rows: Partial<Record<RegisterId, number>>;
  withheldFromPublishedRegister: number | null;
  files: ExportedFile[];
  /** The last audit event when the export began: the trail the export can be checked against. */
  auditChainHead: { seq: number; hash: string };
}

export interface ExportOptions {
  actor: Actor;
  bodyName: string;
  /** Where the files of an export go; the web app gives each export a folder of its own. */
  targetFor: (exportId: string) => ExportTarget;
  filesKept: boolean;
}

/**
 * Exports registers as they stood at the end of the as-at day, rebuilt from the version history. Records
 * written after the export starts are left out even for today, so every file of one export agrees.
 */
export async function exportRegisters(input: unknown, options: ExportOptions): Promise<Manifest> {
  const request = await validExportRequest(input);
  const exportId = new Types.ObjectId().toString();
  const exportedAt = new Date();
  const recordedUpTo = new Date(Math.min(endOfDay(request.asAt).getTime(), exportedAt.getTime()));
  const chainHead = await auditChainHead();
  const source = recordsAsRecordedBy(recordedUpTo);
  const exportedBy = `${options.actor.name} (${labelOf(ROLES, options.actor.role)})`;
  const written = await writeExportFiles(
    {
      request,
      source,
      lookups: await loadLookups(source, request.asAt),
      provenance: { bodyName: options.bodyName, asAt: request.asAt, recordedUpTo, exportedAt, exportedBy, filters: request.filtersDescribed },
    },
    options.targetFor(exportId),
  );
  const manifest: Manifest = {
    exportId,
    body: options.bodyName,
    asAt: request.asAt,
    recordedUpTo: recordedUpTo.toISOString(),
    exportedAt: exportedAt.toISOString(),
    exportedBy,
    filters: { ...request.filters, described: request.filtersDescribed },
    rows: written.rows,
    withheldFromPublishedRegister: written.withheldFromPublished,
    files: written.files,
    auditChainHead: chainHead,
  };
  await recordExport(manifest, options);
  return manifest;
}

/** Keeps the manifest, and audits it: the files' digests join the hash chain. */
async function recordExport(manifest: Manifest, options: ExportOptions): Promise<void> {
  const { actor } = options;
  await createVersioned(
    ExportRunModel,
    'export',
    {
      exportedAt: new Date(manifest.exportedAt),
      exportedBy: { personId: actor.personId, name: actor.name },
      asAt: manifest.asAt,
      filesKept: options.filesKept,
      manifest,
    },
    actor,
    'created',
    { id: manifest.exportId },
  );
}

export async function getExport(id: string) {
  const run = isObjectId(id) ? await ExportRunModel.findById(id).lean() : null;
  if (!run) throw new NotFoundError('The export');
  return { ...run, manifest: run.manifest as Manifest };
}

export function recentExports(limit = 20) {
  return ExportRunModel.find({}, { exportedAt: 1, exportedBy: 1, asAt: 1, filesKept: 1, 'manifest.files': 1 }).sort({ exportedAt: -1 }).limit(limit).lean();
}
