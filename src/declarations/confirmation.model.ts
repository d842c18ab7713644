import type { InferSchemaType } from 'mongoose';
import { Schema, model } from '../db/mongoose';

/** "My declarations are complete and correct": append-only, one per annual confirmation. */
const confirmationSchema = new Schema(
  {
    personId: { type: String, required: true },
    confirmedOn: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'confirmations', versionKey: false },
);
confirmationSchema.index({ personId: 1, confirmedOn: 1 });

export type Confirmation = InferSchemaType<typeof confirmationSchema>;
export const ConfirmationModel = model('Confirmation', confirmationSchema);
