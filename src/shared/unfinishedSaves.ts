/**
 * Saves this process committed but could not finish (the database went away between the commit and the
 * record's write). The person was told it was saved, so this process must not show them the record as it
 * was: every query on a versioned collection first finishes that collection's unfinished saves (see
 * versionedSchema.ts), and a timer keeps trying meanwhile. Other processes rely on the sweep
 * (finishSaves.ts), which finishes them within seconds.
 */
import type { Collection } from 'mongoose';
import { isDatabaseAvailable } from '../db/connection';

interface Unfinished {
  finish: () => Promise<void>;
}

const byCollection = new Map<string, Map<string, Unfinished>>();
let retrying: NodeJS.Timeout | undefined;
const RETRY_EVERY_MS = 250;

export function rememberUnfinishedSave(model: { collection: Collection }, recordId: string, finish: () => Promise<void>): void {
  const name = model.collection.collectionName;
  if (!byCollection.has(name)) byCollection.set(name, new Map());
  byCollection.get(name)!.set(recordId, { finish });
  retrying ??= setInterval(() => {
    if (isDatabaseAvailable()) void finishUnfinishedSaves().catch(() => undefined);
  }, RETRY_EVERY_MS).unref();
}

/** Finishes the unfinished saves of one collection (or all); throws if the database still refuses. */
export async function finishUnfinishedSaves(collectionName?: string): Promise<void> {
  const names = collectionName === undefined ? [...byCollection.keys()] : [collectionName];
  for (const name of names) {
    const pending = byCollection.get(name);
    if (!pending) continue;
    for (const [recordId, save] of pending) {
      await save.finish();
      pending.delete(recordId);
    }
    if (pending.size === 0) byCollection.delete(name);
  }
  if (byCollection.size === 0 && retrying) {
    clearInterval(retrying);
    retrying = undefined;
  }
}

/** Events whose saves this process finished itself, so the sweep need not look at them. */
const finishedHere = new Set<number>();

export function noteSaveFinished(seq: number): void {
  finishedHere.add(seq);
}

/** True (once) when this process finished the save of event `seq`. */
export function takeFinishedHere(seq: number): boolean {
  return finishedHere.delete(seq);
}

/**
 * Tests empty the database between cases, and its sequence numbers start again: saves noted or left
 * unfinished against the old contents must not be taken for the new ones.
 */
export function forgetUnfinishedSaves(): void {
  finishedHere.clear();
  byCollection.clear();
  if (retrying) clearInterval(retrying);
  retrying = undefined;
}

export function hasUnfinishedSaves(collectionName: string): boolean {
  return byCollection.has(collectionName);
}
