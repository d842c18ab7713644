import { Schema, model } from '../db/mongoose';

/**
 * One append-only audit event. `body` is the canonical JSON of everything the event says, and
 * `hash` = SHA-256(prevHash + body), so altering, removing or reordering events breaks the chain.
 * The other fields repeat parts of the body so auditors can filter; verify checks they agree.
 *
 * The id is the sequence number as a fixed-width string: FerretDB answers a lookup by string `_id` from an
 * index and scans the collection for anything else, so the head of the chain is found by id.
 * `commitKey` is unique: for a versioned record it is "type:id:version", so inserting the event is what
 * claims that version (see shared/claims.ts). The sequence is the change feed read models follow.
 */
export interface AuditEvent {
  _id: string;
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  recordType: string;
  recordId: string;
  commitKey: string;
  body: string;
  prevHash: string;
  hash: string;
}

const auditEventSchema = new Schema<AuditEvent>(
  {
    _id: { type: String, required: true },
    seq: { type: Number, required: true },
    at: { type: Date, required: true },
    actorId: { type: String, default: null },
    actorName: { type: String, required: true },
    action: { type: String, required: true },
    recordType: { type: String, required: true },
    recordId: { type: String, required: true },
    commitKey: { type: String, required: true },
    body: { type: String, required: true },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  { collection: 'audit_events', versionKey: false },
);
auditEventSchema.index({ commitKey: 1 }, { unique: true });
auditEventSchema.index({ seq: 1 });
auditEventSchema.index({ recordType: 1, recordId: 1 });
auditEventSchema.index({ actorId: 1 });
auditEventSchema.index({ at: 1 });

export const AuditEventModel = model<AuditEvent>('AuditEvent', auditEventSchema);

const SEQ_DIGITS = 12;

/** The id of the event with sequence number `seq`. */
export function eventId(seq: number): string {
  return String(seq).padStart(SEQ_DIGITS, '0');
}
