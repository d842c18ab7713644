import { model } from '../db/mongoose';
import { HELD_BY, INTEREST_CATEGORIES, INTEREST_TYPES } from '../shared/vocabulary';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export interface Declaration {
  personId: string;
  type: string;
  category: string | null;
  organisationId: string | null;
  organisationName: string | null;
  description: string;
  heldBy: string;
  from: string | null;
  to: string | null;
  declaredOn: string;
  actionTaken: string | null;
  /** Set by a governance lead to keep the entry off the published register (for the person's safety). */
  withheldReason: string | null;
  /** The member's reason for declaring it more than 28 days after it began, shown to governance leads. */
  lateReason: string | null;
}

/** An interest, or a nil declaration (type "nil", no dates), as the snapshot spec defines it. */
const declarationSchema = versionedSchema<Declaration>(
  {
    personId: { type: String, required: true },
    type: { type: String, required: true, enum: [...INTEREST_TYPES.values, 'nil'] },
    category: { type: String, default: null, enum: [...INTEREST_CATEGORIES.values, null] },
    organisationId: { type: String, default: null },
    organisationName: { type: String, default: null },
    description: { type: String, default: '' },
    heldBy: { type: String, default: 'self', enum: HELD_BY.values },
    from: { type: String, default: null },
    to: { type: String, default: null },
    declaredOn: { type: String, required: true },
    actionTaken: { type: String, default: null },
    withheldReason: { type: String, default: null },
    lateReason: { type: String, default: null },
  },
  'declarations',
);
declarationSchema.index({ personId: 1 });
declarationSchema.index({ organisationId: 1 });

export const DeclarationModel = model<Declaration & VersionFields>('Declaration', declarationSchema);
