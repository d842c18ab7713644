import { createHash } from 'node:crypto';
import { DatabaseUnavailableError, isDatabaseAvailable, isDatabaseUnavailableError } from '../db/connection';
import { isDuplicateKeyError } from '../shared/claims';
import { CommitOutcomeUnknownError, ConcurrencyError } from '../shared/errors';
import { noteCommit } from '../shared/visibility';
import { AuditEventModel, eventId, type AuditEvent } from './auditEvent.model';
import { canonicalJson } from './canonicalJson';

export interface Actor {
  personId: string | null;
  name: string;
  role: string;
}

export const SYSTEM_ACTOR: Actor = { personId: null, name: 'system', role: 'system' };

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actor: Actor;
  action: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

export interface AppendOptions {
  /** Unique across the chain: appending a second event with the same key is refused (ConcurrencyError). */
  commitKey?: string;
  /** When it happened, if not now (demo history is stamped on the days it happened). */
  at?: Date;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

export function chainHash(prevHash: string, body: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

const GENESIS: ChainHead = { seq: 0, hash: GENESIS_HASH };

async function eventExists(seq: number): Promise<boolean> {
  return (await AuditEventModel.exists({ _id: eventId(seq) })) !== null;
}

/**
 * The last event of the chain, found by looking events up by id (the only lookup the embedded database
 * answers from an index): forward from a head known to exist, doubling the step, then halving back.
 * Sequence numbers have no gaps, so this takes about 2·log2(n) lookups from nothing and one or two from
 * a recent head.
 */
async function findHead(from: ChainHead = GENESIS): Promise<ChainHead> {
  let low = from.seq;
  let step = 1;
  while (await eventExists(low + step)) {
    low += step;
    step *= 2;
  }
  let high = low + step;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await eventExists(middle)) low = middle;
    else high = middle;
  }
  if (low === from.seq) return from;
  const head = await AuditEventModel.findById(eventId(low), { hash: 1 }).lean();
  if (!head) return findHead(from);
  return { seq: low, hash: head.hash };
}

interface Pending {
  entry: AuditEntry;
  options: AppendOptions;
  resolve: (event: ChainHead) => void;
  reject: (error: unknown) => void;
}

function eventDocument(pending: Pending, previous: ChainHead): AuditEvent {
  const { entry, options } = pending;
  const seq = previous.seq + 1;
  const at = options.at ?? new Date();
  const commitKey = options.commitKey ?? `event:${eventId(seq)}`;
  const body = canonicalJson({ seq, at, commitKey, ...entry });
  return {
    _id: eventId(seq),
    seq,
    at,
    actorId: entry.actor.personId,
    actorName: entry.actor.name,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId,
    commitKey,
    body,
    prevHash: previous.hash,
    hash: chainHash(previous.hash, body),
  };
}

/** How many of an ordered insertMany landed before the first write error, and that error. */
function firstWriteError(error: unknown): { landed: number; code: number | undefined } | undefined {
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  if (writeErrors === undefined) return undefined;
  const list = (Array.isArray(writeErrors) ? writeErrors : [writeErrors]) as { index: number; code?: number }[];
  if (list.length === 0) return undefined;
  const first = list.reduce((a, b) => (b.index < a.index ? b : a));
  return { landed: first.index, code: first.code };
}

const MAX_BATCH = 64;

/**
 * Appends events to the chain for this process. Callers queue their events; one loop writes whatever has
 * queued as a single ordered insert, so many concurrent saves cost one round trip rather than a race for
 * the head. Another process appending at the same time takes a sequence number this one wanted: the
 * insert is refused by the unique id, the loop reads the new head and goes on. An event whose commit key
 * is already in the chain is refused to its caller alone (another save of that version won).
 */
class ChainWriter {
  private head: ChainHead | undefined;
  private queue: Pending[] = [];
  private writing = false;

  append(entry: AuditEntry, options: AppendOptions): Promise<ChainHead> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, options, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  /** A head known to be in the chain, though maybe not its end: where the search for the end starts. */
  private searchFrom: ChainHead | undefined;

  /** Forgets the cached head, so the next append looks it up (after tests empty the database). */
  forget(): void {
    this.head = undefined;
    this.searchFrom = undefined;
  }

  /** Another process appended after the cached head. */
  private headTaken(): void {
    this.searchFrom = this.head;
    this.head = undefined;
  }

  async currentHead(): Promise<ChainHead> {
    this.head = await findHead(this.head ?? this.searchFrom);
    this.searchFrom = undefined;
    return this.head;
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        // write() settles every caller; this is the backstop should it throw, so no caller waits forever.
        await this.write(batch).catch((error) => batch.forEach((pending) => pending.reject(error)));
      }
    } finally {
      this.writing = false;
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    let waiting = batch;
    while (waiting.length > 0) {
      let previous: ChainHead;
      try {
        // Fail at once rather than queue behind a database that has stalled.
        if (!isDatabaseAvailable()) throw new DatabaseUnavailableError();
        // A cached head is trusted: if another process has appended since, the insert is refused and the head looked up.
        previous = this.head ?? (await this.currentHead());
      } catch (error) {
        // Nothing was written: the callers can be told so.
        waiting.forEach((pending) => pending.reject(error));
        return;
      }
      const docs = waiting.map((pending) => {
        const doc = eventDocument(pending, previous);
        previous = { seq: doc.seq, hash: doc.hash };
        return doc;
      });
      try {
        await AuditEventModel.collection.insertMany(docs as never[], { ordered: true });
        this.head = previous;
        waiting.forEach((pending, i) => pending.resolve({ seq: docs[i].seq, hash: docs[i].hash }));
        return;
      } catch (error) {
        const failed = firstWriteError(error);
        if (!failed) {
          // The database stopped answering: the events may or may not have landed.
          this.head = undefined;
          const reason = isDatabaseUnavailableError(error) ? new CommitOutcomeUnknownError() : error;
          waiting.forEach((pending) => pending.reject(reason));
          return;
        }
        waiting.slice(0, failed.landed).forEach((pending, i) => pending.resolve({ seq: docs[i].seq, hash: docs[i].hash }));
        if (failed.landed > 0) this.head = { seq: docs[failed.landed - 1].seq, hash: docs[failed.landed - 1].hash };
        const refused = waiting[failed.landed];
        waiting = waiting.slice(failed.landed);
        if (!isDuplicateKeyError({ code: failed.code })) {
          refused.reject(error);
          waiting = waiting.slice(1);
          continue;
        }
        let seqTaken: boolean;
        try {
          seqTaken = await eventExists(docs[failed.landed].seq);
        } catch (lookupError) {
          // The refused event and those after it were not inserted: nothing of theirs was saved.
          waiting.forEach((pending) => pending.reject(lookupError));
          return;
        }
        if (!seqTaken) {
          // Its sequence number was free, so its commit key was taken: another save of that version won.
          refused.reject(new ConcurrencyError());
          waiting = waiting.slice(1);
        }
        // Otherwise another process appended first: the next round looks the new head up, from the old one.
        else this.headTaken();
      }
    }
  }
}

const writer = new ChainWriter();

/**
 * Appends an event at the head of the chain and resolves once it is stored: for a save, that insert is
 * the commit point, noted so its acknowledgement waits until every instance sees it (shared/visibility.ts).
 * Resolves with the event's sequence number and hash.
 */
export function appendAuditEvent(entry: AuditEntry, options: AppendOptions = {}): Promise<ChainHead> {
  return writer.append(entry, options).then((event) => {
    appendedHere = Math.max(appendedHere, event.seq);
    noteCommit();
    return event;
  });
}

let appendedHere = 0;

/** The newest event this process has appended: a read model that reflects it holds every save made here. */
export function lastSeqAppendedHere(): number {
  return appendedHere;
}

export function auditChainHead(): Promise<ChainHead> {
  return writer.currentHead();
}

/** Tests empty the database between cases; the writer must not chain onto an event that is gone. */
export function forgetAuditChainHead(): void {
  writer.forget();
  appendedHere = 0;
}
