import { Schema, model } from '../db/mongoose';
import { MEMBER_CATEGORIES, MEMBERSHIP_ROLES } from '../shared/vocabulary';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export interface Membership {
  committeeId: string;
  personId: string;
  category: string;
  role: string;
  voting: boolean;
  /** The office held beyond the category (`finance-director`), as rule packs count it; null: none. */
  office: string | null;
  from: string;
  to: string | null;
  /** When a governance lead saved this seat although it broke a constitution rule of the committee's pack: why, and which rules. */
  constitutionNote: { reason: string; ruleIds: string[] } | null;
}

/** A person's seat on a committee for a period; ending it sets `to`, nothing is deleted. */
const membershipSchema = versionedSchema<Membership>(
  {
    committeeId: { type: String, required: true },
    personId: { type: String, required: true },
    category: { type: String, required: true, enum: MEMBER_CATEGORIES.values },
    role: { type: String, required: true, enum: MEMBERSHIP_ROLES.values },
    voting: { type: Boolean, required: true },
    office: { type: String, default: null },
    from: { type: String, required: true },
    to: { type: String, default: null },
    constitutionNote: { type: Schema.Types.Mixed, default: null },
  },
  'memberships',
);
membershipSchema.index({ committeeId: 1 });
membershipSchema.index({ personId: 1 });

export const MembershipModel = model<Membership & VersionFields>('Membership', membershipSchema);
