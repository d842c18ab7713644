import type { Response } from 'express';

/** A stored record as the API shows it: `id` as a string in place of mongo's `_id`. */
export function toApiJson<T extends { _id: { toString(): string } }>(record: T): Omit<T, '_id'> & { id: string } {
  const { _id, ...fields } = record;
  return { id: String(_id), ...fields };
}

/** 201 with the new record and where to find it. */
export function sendCreated(res: Response, collectionPath: string, record: { _id: { toString(): string } }): void {
  res.status(201).location(`${collectionPath}/${String(record._id)}`).json(toApiJson(record));
}
