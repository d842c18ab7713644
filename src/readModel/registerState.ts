/**
 * This process's copy of the register, for pages and the scheduler to read instead of the database. Each
 * call brings it up to the newest saved change first (one lookup by id; see recordStore.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { lastSeqAppendedHere } from '../audit/auditLog';
import { inputSource, noteInput } from '../shared/answerInputs';
import { RecordStore } from './recordStore';

/** Everything pages read; exports are read from the database when asked for. */
const REGISTER_TYPES = [
  'organisation',
  'person',
  'committee',
  'membership',
  'declaration',
  'confirmation',
  'gift',
  'meeting',
  'decision',
  'breach',
  'round',
  'return',
  'email-template',
  'rule-pack',
  'api-token',
  'compliance-run',
] as const;

/** A stored check's findings are read for the check a page shows (compliance.service.ts), not held. */
const LEFT_OUT = { 'compliance-run': ['findings'] };

let store = new RecordStore(REGISTER_TYPES, LEFT_OUT);
/** Which store: tests start a new one, whose sequence numbers count again from the start. */
let generation = 0;

/** A page made from the register is sent again only while no save has landed (web/answersKept.ts). */
const REGISTER_INPUT = inputSource('the register', async () => versionOf(await store.fresh()));
const versionOf = (state: RecordStore) => `${generation}.${state.seq}`;

interface RequestReads {
  store?: RecordStore;
  lookup?: Promise<RecordStore>;
}

const requestReads = new AsyncLocalStorage<RequestReads>();

/**
 * Runs one request's work so that its reads share one lookup, begun when it first asks: the register as it
 * stood when the request arrived, which holds every save acknowledged before then, in any instance. A save
 * the request makes itself (or any other made in this process since) is not in it, so the next read after
 * one looks again.
 */
export function readsOfOneRequest(work: () => void): void {
  requestReads.run({}, work);
}

export function registerState(): Promise<RecordStore> {
  const reads = requestReads.getStore();
  if (!reads) return store.fresh().then(noted);
  if (!reads.lookup || reads.store !== store || store.seq < lastSeqAppendedHere()) {
    reads.store = store;
    reads.lookup = store.fresh().then(noted);
  }
  return reads.lookup;
}

function noted(state: RecordStore): RecordStore {
  noteInput(REGISTER_INPUT, '', versionOf(state));
  return state;
}

/** Tests empty the database between cases. */
export function forgetRegisterState(): void {
  store = new RecordStore(REGISTER_TYPES, LEFT_OUT);
  generation++;
}
