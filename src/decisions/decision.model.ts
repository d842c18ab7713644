import { model } from '../db/mongoose';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';
import { DECISION_KINDS, type DecisionKind } from '../shared/vocabulary';

export const DECISION_RECORD_TYPE = 'decision';

/** An entry of the register of procurement decisions. */
export interface Decision {
  committeeId: string;
  meetingId: string;
  date: string;
  title: string;
  kind: DecisionKind;
  valueGBP: number | null;
  /** The practices or providers the decision pays or contracts. */
  affectedOrganisationIds: string[];
  /** Every GP practice of this CCG, for schemes such as a local incentive scheme replacing QOF. */
  affectsAllPracticesOf: string | null;
}

const decisionSchema = versionedSchema<Decision>(
  {
    committeeId: { type: String, required: true },
    meetingId: { type: String, required: true },
    date: { type: String, required: true },
    title: { type: String, required: true },
    kind: { type: String, required: true, enum: DECISION_KINDS.values },
    valueGBP: { type: Number, default: null, min: 0 },
    affectedOrganisationIds: { type: [String], default: [] },
    affectsAllPracticesOf: { type: String, default: null },
  },
  'decisions',
);
decisionSchema.index({ committeeId: 1, date: 1 });
decisionSchema.index({ meetingId: 1 });

export const DecisionModel = model<Decision & VersionFields>('Decision', decisionSchema);
