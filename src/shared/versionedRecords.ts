/**
 * Saving versioned records: one commit point per save.
 *
 * A save appends one audit event whose commit key is "type:id:version" (unique) and whose body holds the
 * record's new state. That insert is the commit: if it lands, the save happened; if another save of the
 * same version got there first, it is refused (409) and nothing is written. The record itself and its
 * history entry are projections of the event, written straight after it and, if the process or the
 * database stops in between, written later by the sweep in finishSaves.ts, which follows the chain. So
 * every acknowledged save ends with its record, its history and its audit event, and a save that was
 * refused or failed before its commit leaves nothing behind.
 */
import { Types, type Model } from 'mongoose';
import { appendAuditEvent, type Actor } from '../audit/auditLog';
import { insertOnce } from './claims';
import { ConcurrencyError, NotFoundError } from './errors';
import { logger } from './logger';
import { RecordVersionModel } from './recordVersion.model';
import { noteSaveFinished, rememberUnfinishedSave } from './unfinishedSaves';

/** Fields every versioned record carries besides its own. */
export interface Versioned {
  _id: { toString(): string };
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SaveOptions {
  /** The new record's id, when it is derived from its content (a breach from its finding). */
  id?: string;
  /** When the change happened, if not now (the demo's history is stamped on the days it happened). */
  at?: Date;
}

/** The key that claims one version of one record: the audit event's commit key and the history entry's id. */
export function versionKey(recordType: string, recordId: string, version: number): string {
  return `${recordType}:${recordId}:${version}`;
}

/** The record as plain JSON (ids as strings, dates as ISO strings): what history and audit keep. */
export function plainState(doc: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(doc));
}

/**
 * Writes the record and its history entry for a committed version. Safe to repeat: the history entry is
 * inserted once by its id, and the record is only replaced by a later version than it holds.
 */
export async function projectVersion<T>(
  model: Model<T>,
  recordType: string,
  state: Record<string, unknown>,
  recordedBy: string | null,
  recordedAt: Date,
): Promise<void> {
  const recordId = String(state._id);
  const version = Number(state.version);
  const target = model as unknown as Model<unknown>;
  // Cast the JSON state back to the stored types (ObjectId, Date) through the schema.
  const stored = new target(state).toObject({ depopulate: true }) as { _id: unknown };
  const writeRecord = async () => {
    if (version === 1) {
      await insertOnce(target, stored);
      return;
    }
    // The driver's own collection, not the model: the model's queries wait for unfinished saves, this among them.
    const current = await target.collection.findOne({ _id: stored._id as never }, { projection: { version: 1 } });
    if (!current || current.version < version) await target.collection.replaceOne({ _id: stored._id as never }, stored, { upsert: true });
  };
  await Promise.all([
    insertOnce(RecordVersionModel, { _id: versionKey(recordType, recordId, version), recordType, recordId, version, state, recordedAt, recordedBy }),
    writeRecord(),
  ]);
}

async function commitAndProject<T>(
  model: Model<T>,
  recordType: string,
  doc: { toObject(): unknown },
  before: Record<string, unknown> | null,
  actor: Actor,
  action: string,
  at: Date,
): Promise<T & Versioned> {
  const after = plainState(doc.toObject() as object);
  const recordId = String(after._id);
  const { seq } = await appendAuditEvent(
    { actor, action: `${recordType}.${action}`, recordType, recordId, before, after },
    { commitKey: versionKey(recordType, recordId, Number(after.version)), at },
  );
  const finish = () => projectVersion(model, recordType, after, actor.personId, at);
  try {
    await finish();
    noteSaveFinished(seq);
  } catch (error) {
    // Committed, so the person is told it was saved, because it was; the record is written as soon as the database allows.
    logger().warn(`Saved ${recordType} ${recordId} version ${after.version}; its record will be written when the database answers: ${(error as Error).message}`);
    rememberUnfinishedSave(model, recordId, finish);
  }
  return doc.toObject() as T & Versioned;
}

/** Creates version 1 of a record, keeps it in the history and audits it. */
export async function createVersioned<T extends object>(
  model: Model<T>,
  recordType: string,
  data: Partial<T>,
  actor: Actor,
  action = 'created',
  options: SaveOptions = {},
): Promise<T & Versioned> {
  const at = options.at ?? new Date();
  const doc = new model({ ...data, _id: options.id ?? new Types.ObjectId(), version: 1, createdAt: at, updatedAt: at });
  await doc.validate();
  return commitAndProject(model, recordType, doc, null, actor, action, at);
}

/**
 * Saves a new version of a record if nobody has saved it since `expectedVersion` was read. Two saves of
 * the same version both try to commit version n+1; the unique commit key lets exactly one through.
 */
export async function updateVersioned<T extends object>(
  model: Model<T>,
  recordType: string,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  actor: Actor,
  action = 'updated',
  options: Omit<SaveOptions, 'id'> = {},
): Promise<T & Versioned> {
  const before = (await model.findById(id).lean()) as (T & Versioned) | null;
  if (!before) throw new NotFoundError(`The ${recordType} ${id}`);
  if (before.version !== expectedVersion) throw new ConcurrencyError();
  const at = options.at ?? new Date();
  const doc = model.hydrate(before);
  doc.set({ ...changes, version: expectedVersion + 1, updatedAt: at });
  await doc.validate();
  return commitAndProject(model, recordType, doc, plainState(before), actor, action, at);
}

/** Refuses an edit started from an earlier version before anything is written (a multi-record save checks all first). */
export function assertVersion(record: { version: number }, expectedVersion: number | undefined): void {
  if (record.version !== expectedVersion) throw new ConcurrencyError();
}

/** Every version of a record, oldest first, looked up by id a few at a time. */
export async function versionHistory(recordType: string, recordId: string) {
  const versions = [];
  const STEP = 8;
  for (let first = 1; ; first += STEP) {
    const found = await Promise.all(
      Array.from({ length: STEP }, (_, i) => RecordVersionModel.findById(versionKey(recordType, recordId, first + i)).lean()),
    );
    const present = found.filter((v) => v !== null);
    versions.push(...present);
    if (present.length < STEP) return versions;
  }
}

type RecordVersionOf = Awaited<ReturnType<typeof versionHistory>>;
const keptHistories = new Map<string, RecordVersionOf>();
const KEPT_HISTORIES = 256;

/**
 * A record's versions 1 to `version` (its current one, from the register in memory), oldest first. Written
 * versions never change, so a complete history is kept and a page showing it reads nothing the next time.
 * One whose latest entry is not yet written (it follows its audit event) is not kept.
 */
export async function historyThrough(recordType: string, recordId: string, version: number): Promise<RecordVersionOf> {
  const key = versionKey(recordType, recordId, version);
  const kept = keptHistories.get(key);
  if (kept) return kept;
  const found = await Promise.all(Array.from({ length: version }, (_, i) => RecordVersionModel.findById(versionKey(recordType, recordId, i + 1)).lean()));
  const history = found.filter((v) => v !== null);
  if (history.length === version) {
    keptHistories.set(key, history);
    if (keptHistories.size > KEPT_HISTORIES) keptHistories.delete(keptHistories.keys().next().value as string);
  }
  return history;
}
