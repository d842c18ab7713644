/**
 * The register held in memory, kept current by following the audit trail.
 *
 * The embedded database reads about 7,000 documents a second and scans a whole collection for any filter
 * other than an id, so pages can't afford to read the register. Every save commits by appending an audit
 * event that carries the record's new state (see shared/versionedRecords.ts), and events are numbered
 * without gaps, so a process can hold every record in memory with the sequence number it reflects, and
 * bring itself up to date by looking up the events after that number by id.
 *
 * Staleness: `fresh()` resolves once the store reflects a lookup begun within the visibility window before
 * it was called, so a read that follows an acknowledged save (in this process or any other) sees it
 * (shared/visibility.ts). Concurrent callers share lookups; after a save made here, only a lookup begun
 * after it will do.
 *
 * The record and the event: the store takes each record's state from its event, never from the record's
 * collection after start-up, so it does not matter whether a save's record lands before or after others
 * read: the event is the commit, and the record is a projection that may lag. At start-up the store reads
 * the collections once, after noting how far the save sweep has got (every save up to there has its
 * record); the events after that point are then applied over what was read, an event only ever replacing
 * an older version of its record, so a save whose record was not yet written is still seen.
 */
import { performance } from 'node:perf_hooks';
import { AuditEventModel, eventId } from '../audit/auditEvent.model';
import { lastSeqAppendedHere } from '../audit/auditLog';
import { untracked } from '../shared/answerInputs';
import { savesFinishedThrough } from '../shared/finishSaves';
import { RECORD_MODELS } from '../shared/recordModels';
import { plainState, versionKey } from '../shared/versionedRecords';
import { recentLookups } from '../shared/visibility';

export interface StoredState {
  _id: string;
  version: number;
  [field: string]: unknown;
}

interface EventBody {
  commitKey: string;
  recordType: string;
  recordId: string;
  after: StoredState | null;
}

/** How many events one catch-up round looks up at once. */
const LOOKAHEAD = 8;

type Listener = (recordType: string, before: StoredState | undefined, after: StoredState) => void;

/** Fields of a record type the store does not hold: read from the database for the one record a page shows. */
export type LeftOut = Readonly<Record<string, readonly string[]>>;

export class RecordStore {
  /**
   * The record types it holds (all by default), without the fields `leftOut` names for a type: a stored
   * check's findings run to thousands, and a body keeps every check it stores.
   */
  constructor(
    private readonly types: readonly string[] = Object.keys(RECORD_MODELS),
    private readonly leftOut: LeftOut = {},
  ) {}

  private tables = new Map<string, Map<string, StoredState>>();
  /** For records with fields left out that were taken in from their event: that event's sequence number. */
  private eventOf = new Map<string, number>();
  private listeners: Listener[] = [];
  private appliedThrough = 0;
  private loaded: Promise<void> | undefined;
  /** Lookups of the events after the newest applied; one key, as the store follows one sequence. */
  private lookups = recentLookups(() => this.catchUp());

  /** The sequence number of the last audit event the store reflects. */
  get seq(): number {
    return this.appliedThrough;
  }

  /** Every record of a type, in no particular order. */
  all(recordType: string): StoredState[] {
    return [...(this.tables.get(recordType)?.values() ?? [])];
  }

  get(recordType: string, id: string): StoredState | undefined {
    return this.tables.get(recordType)?.get(id);
  }

  /** A record's name (or another text field, such as a decision's title); undefined for no record or no id. */
  text(recordType: string, id: string | null | undefined, field = 'name'): string | undefined {
    const value = id ? this.get(recordType, id)?.[field] : undefined;
    return typeof value === 'string' ? value : undefined;
  }

  /**
   * A record with the fields the store leaves out. One taken in from its event is read from that event, which
   * holds its whole state whether or not the record itself has been written yet; one loaded at start-up, from
   * its collection.
   */
  async complete(recordType: string, id: string): Promise<StoredState | undefined> {
    const held = this.get(recordType, id);
    if (!held || !this.leftOut[recordType]) return held;
    const seq = this.eventOf.get(`${recordType}:${id}`);
    if (seq !== undefined) {
      const event = await AuditEventModel.collection.findOne<{ body: string }>({ _id: eventId(seq) as never }, { projection: { body: 1 } });
      if (event) return (JSON.parse(event.body) as EventBody).after ?? undefined;
    }
    // The model, not the driver: it turns the id into the kind of id the collection keeps (an ObjectId for most).
    // What it reads is fixed by the version held, which the register's version covers (shared/answerInputs.ts).
    const doc = await untracked(() => RECORD_MODELS[recordType].findById(id).lean());
    return doc ? (plainState(doc) as StoredState) : undefined;
  }

  /** Called for every record the store takes in after loading, for indexes kept beside it. */
  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Loads the register once, then brings the store up to date (see "Staleness" above). */
  async fresh(): Promise<this> {
    this.loaded ??= this.load().catch((error) => {
      this.loaded = undefined;
      throw error;
    });
    await this.loaded;
    await this.lookups('', this.appliedThrough < lastSeqAppendedHere() ? performance.now() : undefined);
    return this;
  }

  private async load(): Promise<void> {
    // Saves up to the sweep's checkpoint have their records; those after it are applied from their events.
    const finished = await savesFinishedThrough();
    for (const recordType of this.types) {
      const table = new Map<string, StoredState>();
      const projection = Object.fromEntries((this.leftOut[recordType] ?? []).map((field) => [field, 0]));
      for (const doc of await RECORD_MODELS[recordType].collection.find({}, { projection }).toArray()) {
        const state = plainState(doc) as StoredState;
        table.set(state._id, state);
      }
      this.tables.set(recordType, table);
    }
    this.appliedThrough = finished;
  }

  /** One lookup when nothing has changed, the usual case; several at once while there are events to apply. */
  private async catchUp(): Promise<void> {
    for (let batch = 1; ; batch = LOOKAHEAD) {
      const from = this.appliedThrough + 1;
      // The driver itself, not a mongoose query: this runs for nearly every request, and mongoose's query building cost more than the lookup.
      const events = await Promise.all(
        Array.from({ length: batch }, (_, i) => AuditEventModel.collection.findOne<{ body: string }>({ _id: eventId(from + i) as never }, { projection: { body: 1 } })),
      );
      for (const [i, event] of events.entries()) {
        if (!event) return;
        // Should two lookups ever overlap, each event is still applied once.
        if (from + i <= this.appliedThrough) continue;
        this.apply(JSON.parse(event.body) as EventBody, from + i);
        this.appliedThrough = from + i;
      }
    }
  }

  private apply(body: EventBody, seq: number): void {
    const { recordType, recordId, after: state } = body;
    if (!state || !this.types.includes(recordType) || body.commitKey !== versionKey(recordType, recordId, state.version)) return;
    let table = this.tables.get(recordType);
    if (!table) this.tables.set(recordType, (table = new Map()));
    const before = table.get(recordId);
    if (before && before.version >= state.version) return;
    const leftOut = this.leftOut[recordType];
    const after = leftOut ? (Object.fromEntries(Object.entries(state).filter(([field]) => !leftOut.includes(field))) as StoredState) : state;
    if (leftOut) this.eventOf.set(`${recordType}:${recordId}`, seq);
    table.set(recordId, after);
    for (const listener of this.listeners) listener(recordType, before, after);
  }
}
