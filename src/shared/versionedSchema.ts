import type { Schema as MongooseSchema, SchemaDefinition } from 'mongoose';
import { Schema } from '../db/mongoose';
import { finishUnfinishedSaves, hasUnfinishedSaves } from './unfinishedSaves';

/** Fields every versioned record carries: our own `version` counter (not mongoose's __v) and timestamps. */
export interface VersionFields {
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function versionedSchema<T>(definition: SchemaDefinition<T>, collection: string): MongooseSchema<T & VersionFields> {
  const schema = new Schema<T & VersionFields>(
    {
      ...definition,
      version: { type: Number, required: true, min: 1 },
      createdAt: { type: Date, required: true },
      updatedAt: { type: Date, required: true },
    } as SchemaDefinition<T & VersionFields>,
    { collection, versionKey: false, minimize: false },
  );
  // Read your own writes: a save this process acknowledged is finished before anything reads the collection.
  const finishFirst = async () => {
    if (hasUnfinishedSaves(collection)) await finishUnfinishedSaves(collection);
  };
  schema.pre(['find', 'findOne', 'countDocuments', 'distinct'], finishFirst);
  schema.pre('aggregate', finishFirst);
  return schema;
}
