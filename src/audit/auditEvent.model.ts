import { Schema, model } from '../db/mongoose';

/**
 * One append-only audit event. `body` is the canonical JSON of everything the event says, and
 * `hash` = SHA-256(prevHash + body), so altering, removing or reordering events breaks the chain.
 * The other fields repeat parts of the body so auditors can filter; verify checks they agree.
 */
const auditEventSchema = new Schema(
  {
    seq: { type: Number, required: true, unique: true },
    at: { type: Date, required: true },
    actorId: { type: String, default: null },
    actorName: { type: String, required: true },
    action: { type: String, required: true },
    recordType: { type: String, required: true },
    recordId: { type: String, required: true },
    body: { type: String, required: true },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  { collection: 'audit_events', versionKey: false },
);
auditEventSchema.index({ recordType: 1, recordId: 1 });
auditEventSchema.index({ actorId: 1 });
auditEventSchema.index({ at: 1 });

export const AuditEventModel = model('AuditEvent', auditEventSchema);
