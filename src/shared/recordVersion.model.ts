import { Schema, model } from '../db/mongoose';

/**
 * Every version of every versioned record, append-only. The unique (recordType, recordId, version)
 * index is what makes a save optimistic: two saves of version n both try to write n+1, one wins.
 */
const recordVersionSchema = new Schema(
  {
    recordType: { type: String, required: true },
    recordId: { type: String, required: true },
    version: { type: Number, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, default: null },
  },
  { collection: 'record_versions', versionKey: false, minimize: false },
);
recordVersionSchema.index({ recordType: 1, recordId: 1, version: 1 }, { unique: true });
recordVersionSchema.index({ recordType: 1, recordedAt: 1 });

export const RecordVersionModel = model('RecordVersion', recordVersionSchema);
