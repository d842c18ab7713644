import { Schema, model } from '../db/mongoose';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export interface ExportRun {
  exportedAt: Date;
  exportedBy: { personId: string | null; name: string };
  asAt: string;
  /** Web exports keep their files under the app's exports folder; command-line ones are written where asked. */
  filesKept: boolean;
  manifest: unknown;
}

/** One export: who made it and when, and its manifest (files, digests, rows, filters, audit-chain head). */
const exportRunSchema = versionedSchema<ExportRun>(
  {
    exportedAt: { type: Date, required: true },
    exportedBy: { personId: { type: String, default: null }, name: { type: String, required: true } },
    asAt: { type: String, required: true },
    filesKept: { type: Boolean, required: true },
    manifest: { type: Schema.Types.Mixed, required: true },
  },
  'export_runs',
);
exportRunSchema.index({ exportedAt: -1 });

export const ExportRunModel = model<ExportRun & VersionFields>('ExportRun', exportRunSchema);
