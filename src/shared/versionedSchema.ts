import type { Schema as MongooseSchema, SchemaDefinition } from 'mongoose';
import { Schema } from '../db/mongoose';

/** Fields every versioned record carries: our own `version` counter (not mongoose's __v) and timestamps. */
export interface VersionFields {
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function versionedSchema<T>(definition: SchemaDefinition<T>, collection: string): MongooseSchema<T & VersionFields> {
  return new Schema<T & VersionFields>(
    {
      ...definition,
      version: { type: Number, required: true, min: 1 },
      createdAt: { type: Date, required: true },
      updatedAt: { type: Date, required: true },
    } as SchemaDefinition<T & VersionFields>,
    { collection, versionKey: false, minimize: false },
  );
}
