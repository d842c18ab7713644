import { model } from '../db/mongoose';
import { ORGANISATION_KINDS } from '../shared/vocabulary';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export interface Organisation {
  name: string;
  kind: string;
  odsCode: string | null;
  companiesHouseNumber: string | null;
  aliases: string[];
  memberOfId: string | null;
  supplier: boolean;
}

const organisationSchema = versionedSchema<Organisation>(
  {
    name: { type: String, required: true },
    kind: { type: String, required: true, enum: ORGANISATION_KINDS.values },
    odsCode: { type: String, default: null },
    companiesHouseNumber: { type: String, default: null },
    aliases: { type: [String], default: [] },
    memberOfId: { type: String, default: null },
    supplier: { type: Boolean, default: false },
  },
  'organisations',
);
organisationSchema.index({ name: 1 });
organisationSchema.index({ odsCode: 1 });
organisationSchema.index({ memberOfId: 1 });

export const OrganisationModel = model<Organisation & VersionFields>('Organisation', organisationSchema);
