import type { Model } from 'mongoose';
import { NotFoundError } from './errors';
import type { Versioned } from './versionedRecords';

const OBJECT_ID = /^[0-9a-f]{24}$/i;

export const isObjectId = (id: unknown): id is string => typeof id === 'string' && OBJECT_ID.test(id);

/** A stored record by id. A malformed id names no record, so it is "not found" too, never a fault. */
export async function findRecord<T extends object>(model: Model<T>, id: string, what: string): Promise<T & Versioned> {
  const record = isObjectId(id) ? await model.findById(id).lean<T & Versioned>() : null;
  if (!record) throw new NotFoundError(what);
  return record;
}

/** Each record's name (or another text `field`, such as a decision's title) by id, for naming what records refer to. */
export async function namesById<T extends object>(model: Model<T>, ids: readonly (string | null)[], field = 'name'): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter(isObjectId))];
  const records = wanted.length ? await model.find({ _id: { $in: wanted } }, { [field]: 1 }).lean<Record<string, unknown>[]>() : [];
  return new Map(records.map((r) => [String(r._id), String(r[field])]));
}
