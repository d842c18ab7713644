import { Schema, model } from '../db/mongoose';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export const REVIEW_OUTCOMES = ['still-correct', 'changed', 'ended'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/**
 * A person's progress through their return for a round: which current interests they have reviewed and
 * whether they have gone through their gifts and hospitality. The return itself is made by the
 * confirmation or nil declaration it ends with. Its id derives from the round and the person, so each
 * person has one. A governance lead may withhold the person's name from the published list of those who
 * did not declare, with a reason, as for interests.
 */
export interface DeclarationReturn {
  roundId: string;
  personId: string;
  interestReviews: { declarationId: string; outcome: ReviewOutcome; on: string }[];
  giftsReviewedOn: string | null;
  withheldReason: string | null;
}

const returnSchema = versionedSchema<DeclarationReturn>(
  {
    roundId: { type: String, required: true },
    personId: { type: String, required: true },
    interestReviews: { type: Schema.Types.Mixed, default: [] },
    giftsReviewedOn: { type: String, default: null },
    withheldReason: { type: String, default: null },
  },
  'returns',
);

export const ReturnModel = model<DeclarationReturn & VersionFields>('Return', returnSchema);
