/**
 * Where register data comes from: the records as they are now, or as they stood at a moment in the
 * past, rebuilt from the append-only version history. Registers, the published register and the
 * governance snapshot read through this one interface, so "as at a past date" is not a second code path.
 */
import type { Committee } from '../committees/committee.model';
import type { Membership } from '../committees/membership.model';
import type { Breach } from '../decisions/breach.model';
import type { Decision } from '../decisions/decision.model';
import type { Meeting } from '../decisions/meeting.model';
import { ConfirmationModel } from '../declarations/confirmation.model';
import type { Declaration } from '../declarations/declaration.model';
import type { Gift } from '../declarations/gift.model';
import type { Organisation } from '../organisations/organisation.model';
import type { Person } from '../people/person.model';
import { compareStrings } from '../engine/describe';
import type { RecordStore } from '../readModel/recordStore';
import { registerState } from '../readModel/registerState';
import { RecordVersionModel } from '../shared/recordVersion.model';

/** The versioned record types, by the name their history is kept under. */
export interface RecordTypes {
  organisation: Organisation;
  person: Person;
  committee: Committee;
  membership: Membership;
  declaration: Declaration;
  gift: Gift;
  meeting: Meeting;
  decision: Decision;
  breach: Breach;
}
export type RecordType = keyof RecordTypes;

/** A record as stored: its own fields, its id (an ObjectId now, a string in the history) and version. */
export type StoredRecord<K extends RecordType> = RecordTypes[K] & { _id: { toString(): string }; version: number };

export interface ConfirmationRecord {
  personId: string;
  confirmedOn: string;
}

export interface RecordSource {
  /** Every record of a type, one at a time, in the order they were first recorded. */
  each<K extends RecordType>(type: K): AsyncIterable<StoredRecord<K>>;
  confirmations(): AsyncIterable<ConfirmationRecord>;
}

const byId = (a: { _id: string }, b: { _id: string }) => compareStrings(a._id, b._id);

/**
 * The store's records of a type (those `keep` selects, if given) in the order they were first recorded (ids
 * begin with their creation time).
 */
export function inStore<K extends RecordType>(store: RecordStore, type: K, keep?: (record: StoredRecord<K>) => boolean): StoredRecord<K>[] {
  const records = store.all(type);
  return (keep ? records.filter((record) => keep(record as unknown as StoredRecord<K>)) : records).sort(byId) as unknown as StoredRecord<K>[];
}

/** The store's record of a type with this id, typed as the record it is; undefined if there is none. */
export function storedRecord<K extends RecordType>(store: RecordStore, type: K, id: string): StoredRecord<K> | undefined {
  return store.get(type, id) as StoredRecord<K> | undefined;
}

export function confirmationsInStore(store: RecordStore): ConfirmationRecord[] {
  return store.all('confirmation').sort(byId) as unknown as ConfirmationRecord[];
}

/** The records as they are now: this process's copy of the register, brought up to date (readModel/). */
export const currentRecords: RecordSource = {
  each: <K extends RecordType>(type: K) => iterateLater(async () => inStore(await registerState(), type)),
  confirmations: () => iterateLater(async () => confirmationsInStore(await registerState())),
};

async function* iterateLater<T>(items: () => Promise<T[]>): AsyncGenerator<T> {
  yield* await items();
}

/** The last moment of a day, UTC: "as at 30 June" means everything recorded by the end of 30 June. */
export function endOfDay(isoDate: string): Date {
  return new Date(`${isoDate}T23:59:59.999Z`);
}

/**
 * The records as they stood at `upTo`: for each record, its latest version recorded by then. Streams
 * the history sorted by (recordId, version), so only one record's versions are held at a time.
 */
export function recordsAsRecordedBy(upTo: Date): RecordSource {
  return {
    each: <K extends RecordType>(type: K) => latestVersions<StoredRecord<K>>(type, upTo),
    confirmations: () => ConfirmationModel.find({ recordedAt: { $lte: upTo } }, { personId: 1, confirmedOn: 1 }).sort({ _id: 1 }).lean().cursor(),
  };
}

async function* latestVersions<T>(recordType: string, upTo: Date): AsyncGenerator<T> {
  const versions = RecordVersionModel.find({ recordType, recordedAt: { $lte: upTo } }, { recordId: 1, state: 1 })
    .sort({ recordId: 1, version: 1 })
    .lean()
    .cursor();
  let latest: { recordId: string; state: unknown } | undefined;
  for await (const version of versions) {
    if (latest && latest.recordId !== version.recordId) yield latest.state as T;
    latest = version;
  }
  if (latest) yield latest.state as T;
}

/** Every record of a type in memory, for the small lists (people, committees) registers look names up in. */
export function allOf<K extends RecordType>(source: RecordSource, type: K): Promise<StoredRecord<K>[]> {
  return collect(source.each(type));
}

/** A list as a stream, for code that takes rows or records one at a time. */
export async function* iterate<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = [];
  for await (const item of items) list.push(item);
  return list;
}
