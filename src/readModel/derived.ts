/**
 * Results worked out from the register (a snapshot, a check's findings, the published register) kept for
 * the state of the store they were worked out from: a page asks for them after the store has caught up,
 * and gets the kept result unless some save has landed since, so a page costs the same however large the
 * register when nothing has changed.
 */
import { untracked } from '../shared/answerInputs';
import type { RecordStore } from './recordStore';
import { registerState } from './registerState';

/** Results kept per function, for its most recent keys (as-at days, meetings), the oldest dropped first. */
const KEPT = 32;

interface Kept<T> {
  store: RecordStore;
  seq: number;
  value: Promise<T>;
}

/**
 * `compute` once per state of the register and arguments; callers at the same state share one computation.
 * The result is shared too: callers must not change it.
 */
export function derived<A extends unknown[], T>(compute: (store: RecordStore, ...args: A) => T | Promise<T>): (...args: A) => Promise<T> {
  const kept = new Map<string, Kept<T>>();
  return async (...args: A) => {
    const store = await registerState();
    const key = JSON.stringify(args);
    const found = kept.get(key);
    if (found && found.store === store && found.seq === store.seq) return found.value;
    // Shared by every page at this state, which the register's version covers (shared/answerInputs.ts).
    const value = untracked(() => Promise.resolve().then(() => compute(store, ...args)));
    const entry = { store, seq: store.seq, value };
    kept.delete(key);
    kept.set(key, entry);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
    value.catch(() => kept.get(key) === entry && kept.delete(key));
    return value;
  };
}
