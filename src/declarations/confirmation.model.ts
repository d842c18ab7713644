import { model } from '../db/mongoose';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export interface Confirmation {
  personId: string;
  confirmedOn: string;
  recordedAt: Date;
}

/** "My declarations are complete and correct": one per annual confirmation, never changed. */
const confirmationSchema = versionedSchema<Confirmation>(
  {
    personId: { type: String, required: true },
    confirmedOn: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  'confirmations',
);
confirmationSchema.index({ personId: 1, confirmedOn: 1 });

export const ConfirmationModel = model<Confirmation & VersionFields>('Confirmation', confirmationSchema);
