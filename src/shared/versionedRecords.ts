import type { Model } from 'mongoose';
import { appendAuditEvent, type Actor } from '../audit/auditLog';
import { RecordVersionModel } from './recordVersion.model';
import { ConcurrencyError, NotFoundError } from './errors';

/** Fields every versioned record carries besides its own. */
export interface Versioned {
  _id: { toString(): string };
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The record as plain JSON (ids as strings, dates as ISO strings): what history and audit keep. */
function plainState(doc: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(doc));
}

async function recordHistory(recordType: string, state: Record<string, unknown>, actor: Actor, at: Date) {
  await RecordVersionModel.create({
    recordType,
    recordId: String(state._id),
    version: state.version,
    state,
    recordedAt: at,
    recordedBy: actor.personId,
  });
}

/** Creates version 1 of a record, keeps it in the history and audits it. */
export async function createVersioned<T extends object>(
  model: Model<T>,
  recordType: string,
  data: Partial<T>,
  actor: Actor,
  action = 'created',
): Promise<T & Versioned> {
  const now = new Date();
  const doc = await model.create({ ...data, version: 1, createdAt: now, updatedAt: now });
  const state = plainState(doc.toObject());
  await recordHistory(recordType, state, actor, now);
  await appendAuditEvent({ actor, action: `${recordType}.${action}`, recordType, recordId: String(state._id), before: null, after: state });
  return doc.toObject() as unknown as T & Versioned;
}

/**
 * Saves a new version of a record if nobody has saved it since `expectedVersion` was read.
 * The compare-and-set on `version` is a single-document write, so it is atomic without transactions.
 */
export async function updateVersioned<T extends object>(
  model: Model<T>,
  recordType: string,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  actor: Actor,
  action = 'updated',
): Promise<T & Versioned> {
  const before = (await model.findById(id).lean()) as (T & Versioned) | null;
  if (!before) throw new NotFoundError(`The ${recordType} ${id}`);
  if (before.version !== expectedVersion) throw new ConcurrencyError();
  const now = new Date();
  const after = (await model
    .findOneAndUpdate(
      { _id: id, version: expectedVersion },
      { $set: { ...changes, version: expectedVersion + 1, updatedAt: now } },
      { new: true, runValidators: true },
    )
    .lean()) as (T & Versioned) | null;
  if (!after) throw new ConcurrencyError();
  const state = plainState(after);
  await recordHistory(recordType, state, actor, now);
  await appendAuditEvent({ actor, action: `${recordType}.${action}`, recordType, recordId: id, before: plainState(before), after: state });
  return after;
}

/** Refuses an edit started from an earlier version before anything is written (a multi-record save checks all first). */
export function assertVersion(record: { version: number }, expectedVersion: number | undefined): void {
  if (record.version !== expectedVersion) throw new ConcurrencyError();
}

export async function versionHistory(recordType: string, recordId: string) {
  return RecordVersionModel.find({ recordType, recordId }).sort({ version: 1 }).lean();
}
