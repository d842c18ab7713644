/**
 * Exactly-once decisions, on every database the app runs on.
 *
 * FerretDB applies a conditional update (`findOneAndUpdate({ _id, version: v })`, `updateOne` with
 * `modifiedCount`) for several concurrent callers at once, while MongoDB lets one through; both refuse the
 * second insert of a unique key (measured: 57–59 of 60 races let several updaters win, 60 of 60 had exactly
 * one inserter win). So every "only one of you" in the app is an insert under a unique index: a record's
 * next version (the audit event's commit key), a used sign-in link, a unique email address, a reminder
 * sent once, a breach entered once. Whoever's insert lands owns the thing; everyone else is told it is
 * taken. A claim is never updated; keys that move (an email address that changes owner) are released by
 * deleting the claim and claimed again by inserting.
 */
import type { Collection } from 'mongoose';
import { Schema, model } from '../db/mongoose';

export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}

/**
 * Inserts `doc` into `target`; true when this caller's insert created it, false when a document with the
 * same unique key was already there. Any other failure (the database is away) is thrown: the caller does
 * not know whether it holds the claim.
 */
export async function insertOnce(target: { collection: Collection }, doc: Record<string, unknown>): Promise<boolean> {
  try {
    await target.collection.insertOne(doc);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

export interface Claim {
  _id: string;
  /** Who holds it, for keys that can be released (the person an email address belongs to). */
  owner: string | null;
  claimedAt: Date;
}

/** Claims of their own: keys that are not records (used sign-in links, email addresses, sign-in limits). */
const claimSchema = new Schema<Claim>(
  { _id: { type: String, required: true }, owner: { type: String, default: null }, claimedAt: { type: Date, required: true } },
  { collection: 'claims', versionKey: false },
);
export const ClaimModel = model<Claim>('Claim', claimSchema);

/** Claims `key` for `owner`; true when this caller got it. */
export function claim(key: string, owner: string | null = null, at = new Date()): Promise<boolean> {
  return insertOnce(ClaimModel, { _id: key, owner, claimedAt: at });
}

export function claimHolder(key: string): Promise<Claim | null> {
  return ClaimModel.findById(key).lean<Claim>();
}

/**
 * Gives up a key `owner` holds, so another can claim it. Nobody else can take a held key, so reading the
 * holder and then deleting by id (the one lookup the embedded database answers from an index) is safe.
 */
export async function releaseClaim(key: string, owner: string): Promise<void> {
  if ((await claimHolder(key))?.owner === owner) await ClaimModel.deleteOne({ _id: key });
}
