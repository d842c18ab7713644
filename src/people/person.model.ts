import { model } from '../db/mongoose';
import { ROLES, type Role } from '../shared/vocabulary';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export interface Person {
  name: string;
  email: string;
  role: Role;
  jobTitle: string | null;
  /** Decision-making staff without a committee seat (a procurement lead, "band 8d and above"), and why. */
  decisionMaking: boolean;
  decisionMakingReason: string | null;
  /** Told when the person's declaration is overdue. */
  lineManagerEmail: string | null;
  /** May approve or refuse others' hospitality above the gifts pack's threshold (governance leads always may). */
  seniorApprover: boolean;
}

const personSchema = versionedSchema<Person>(
  {
    name: { type: String, required: true },
    email: { type: String, required: true, lowercase: true, trim: true },
    role: { type: String, required: true, enum: ROLES.values },
    jobTitle: { type: String, default: null },
    decisionMaking: { type: Boolean, default: false },
    decisionMakingReason: { type: String, default: null },
    lineManagerEmail: { type: String, default: null, lowercase: true, trim: true },
    seniorApprover: { type: Boolean, default: false },
  },
  'people',
);
// One person per address is kept by a claim on the address (see people.service.ts), not by this index.
personSchema.index({ email: 1 });
personSchema.index({ name: 1 });

export const PersonModel = model<Person & VersionFields>('Person', personSchema);
