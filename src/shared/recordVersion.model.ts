import { Schema, model } from '../db/mongoose';

/**
 * Every version of every versioned record, append-only: a projection of the audit events that committed
 * them (see versionedRecords.ts). The id is "type:id:version", so each version is stored once and a
 * record's history is read by id, the lookup the embedded database answers from an index.
 */
const recordVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    recordType: { type: String, required: true },
    recordId: { type: String, required: true },
    version: { type: Number, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, default: null },
  },
  { collection: 'record_versions', versionKey: false, minimize: false },
);
recordVersionSchema.index({ recordType: 1, recordedAt: 1 });

export const RecordVersionModel = model('RecordVersion', recordVersionSchema);
