import { Schema, model } from '../db/mongoose';

/** One export: who made it and when, and its manifest (files, digests, rows, filters, audit-chain head). */
const exportRunSchema = new Schema(
  {
    exportedAt: { type: Date, required: true },
    exportedBy: { personId: { type: String, default: null }, name: { type: String, required: true } },
    asAt: { type: String, required: true },
    /** Web exports keep their files under the app's exports folder; command-line ones are written where asked. */
    filesKept: { type: Boolean, required: true },
    manifest: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'export_runs', versionKey: false, minimize: false },
);
exportRunSchema.index({ exportedAt: -1 });

export const ExportRunModel = model('ExportRun', exportRunSchema);
