/**
 * When a save is seen everywhere: the promise every instance keeps is that a read shows every save
 * acknowledged before the read arrived, through this instance or any other.
 *
 * The simple way keeps it by looking in the database after each request arrives, and under load that wait
 * was most of a page's time. Instead the two halves meet in the middle, with only durations measured (each
 * process on its own monotonic clock, so no clocks need agree):
 *
 * - a read may be served from a lookup that began at most the window before the read arrived;
 * - a save is acknowledged (its response sent, a command's exit) no sooner than the window after it
 *   committed.
 *
 * A save acknowledged before a read arrived therefore committed more than the window before it, so before
 * any lookup the read may use began: that lookup sees it. A process's next read after a save of its own
 * uses only a lookup begun after that save (readModel/recordStore.ts, `forget` below).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { spoilAnswer, untracked } from './answerInputs';

/**
 * By default long enough for a lookup under load to finish well inside it, and short enough that nobody
 * notices a save wait. Every instance, and the `coi` command, must use the same (VISIBILITY_WINDOW_MS).
 */
export const DEFAULT_VISIBILITY_WINDOW_MS = 50;
let windowMs = DEFAULT_VISIBILITY_WINDOW_MS;

export function setVisibilityWindow(ms: number): void {
  windowMs = ms;
}

/** Once a lookup is this much of the window old, the next caller it serves starts another in the background, so a steady stream of reads never waits. */
const REFRESH_AFTER = 1 / 4;

interface Commits {
  lastAt: number | undefined;
}

const commitsOfOneRequest = new AsyncLocalStorage<Commits>();
const commitsOfThisProcess: Commits = { lastAt: undefined };

/** Called once a write others must see has committed: its acknowledgement will wait for the window. */
export function noteCommit(): void {
  spoilAnswer('it saved something');
  const now = performance.now();
  commitsOfThisProcess.lastAt = now;
  const request = commitsOfOneRequest.getStore();
  if (request) request.lastAt = now;
}

/** How long an acknowledgement of these commits must still wait. */
function waitFor(commits: Commits): number {
  return commits.lastAt === undefined ? 0 : Math.max(0, commits.lastAt + windowMs - performance.now());
}

/**
 * Runs one request's work with its own note of commits, handing it that note's wait: what the request
 * acknowledges is its own saves, not those of others answered at the same time.
 */
export function withCommitsNoted(work: (wait: () => number) => void): void {
  const commits: Commits = { lastAt: undefined };
  commitsOfOneRequest.run(commits, () => work(() => waitFor(commits)));
}

/** Runs `then` once `wait` says nothing is left to wait for. */
export function whenVisible(wait: () => number, then: () => void): void {
  const ms = wait();
  if (ms <= 0) return then();
  // A timer can fire a fraction of a millisecond early by the monotonic clock: it looks again rather than trust it.
  setTimeout(() => whenVisible(wait, then), Math.ceil(ms));
}

/** Resolves once every save this process has committed is visible to every instance (a command, before it reports). */
export function untilCommitsVisible(): Promise<void> {
  return new Promise((resolve) => whenVisible(() => waitFor(commitsOfThisProcess), resolve));
}

export interface RecentLookups<T> {
  /**
   * The result of a lookup that began at or after `since` (by default, the window before now): the newest
   * finished one if it is recent enough, else one under way that is, else a new one. Callers arriving
   * together share it.
   */
  (key: string, since?: number): Promise<T>;
  /** After this process writes what `key` reads: lookups begun before the write are not used again. */
  forget(key: string): void;
}

interface Entry<T> {
  done?: { startedAt: number; value: T };
  running?: { startedAt: number; promise: Promise<T> };
  next?: Promise<T>;
}

/** Past this many keys, those with nothing recent enough to serve are swept out (sessions come and go). */
const SWEEP_ABOVE = 1_000;

/** Reads of the database that callers within one visibility window share (a session's, the failed emails'). */
export function recentLookups<T>(lookup: (key: string) => Promise<T>): RecentLookups<T> {
  const entries = new Map<string, Entry<T>>();

  const begin = (key: string, entry: Entry<T>): Promise<T> => {
    const startedAt = performance.now();
    // Shared by callers within the window: each notes the version it is given (shared/answerInputs.ts).
    const promise = untracked(() => lookup(key)).then((value) => {
      // A forgotten entry's lookup may have begun before this process wrote: its answer is not kept.
      if (entries.get(key) === entry && (!entry.done || entry.done.startedAt < startedAt)) entry.done = { startedAt, value };
      return value;
    });
    entry.running = { startedAt, promise };
    const finished = () => {
      if (entry.running?.promise === promise) entry.running = undefined;
    };
    promise.then(finished, finished);
    return promise;
  };

  const sweep = () => {
    const since = performance.now() - windowMs;
    for (const [key, entry] of entries) if (!entry.running && !entry.next && (entry.done?.startedAt ?? -Infinity) < since) entries.delete(key);
  };

  const recent = (key: string, since = performance.now() - windowMs): Promise<T> => {
    let entry = entries.get(key);
    if (!entry) {
      if (entries.size >= SWEEP_ABOVE) sweep();
      entries.set(key, (entry = {}));
    }
    const { done, running } = entry;
    if (done && done.startedAt >= since) {
      if (!running && performance.now() - done.startedAt > windowMs * REFRESH_AFTER) begin(key, entry).catch(() => undefined);
      return Promise.resolve(done.value);
    }
    if (running && running.startedAt >= since) return running.promise;
    if (!running) return begin(key, entry);
    // The one under way began too early for this caller: wait for the one after it, shared with everyone else who arrives meanwhile.
    // One begun by another caller in between began after this one asked, so it will do: a key never has two under way.
    const current = entry;
    current.next ??= running.promise
      .catch(() => undefined)
      .then(() => {
        current.next = undefined;
        return current.running ? current.running.promise : begin(key, current);
      });
    return current.next;
  };
  recent.forget = (key: string) => void entries.delete(key);
  return recent;
}
