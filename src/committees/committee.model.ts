import { model, Schema } from '../db/mongoose';
import type { QuorumSettings } from '../engine';
import { COMMISSIONING_LEVELS, COMMITTEE_TYPES } from '../shared/vocabulary';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export interface Committee {
  name: string;
  organisationIds: string[];
  type: string;
  commissioningLevel: string | null;
  rulePack: string;
  /** The quorum settings the committee sets itself; each overrides its rule pack's. */
  quorum: QuorumSettings | null;
}

const committeeSchema = versionedSchema<Committee>(
  {
    name: { type: String, required: true },
    organisationIds: { type: [String], required: true },
    type: { type: String, required: true, enum: COMMITTEE_TYPES.values },
    commissioningLevel: { type: String, default: null, enum: [...COMMISSIONING_LEVELS.values, null] },
    rulePack: { type: String, required: true },
    quorum: {
      type: new Schema(
        {
          minimumVoting: { type: Number, min: 1 },
          majorityOfVoting: Boolean,
          countedMajority: Boolean,
          chairOrViceChair: Boolean,
          present: { type: Schema.Types.Mixed },
        },
        { _id: false },
      ),
      default: null,
    },
  },
  'committees',
);
committeeSchema.index({ name: 1 });

export const CommitteeModel = model<Committee & VersionFields>('Committee', committeeSchema);
