import { model } from '../db/mongoose';
import { GIFT_KINDS } from '../shared/vocabulary';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export interface Gift {
  personId: string;
  kind: string;
  fromOrganisationId: string | null;
  fromName: string | null;
  description: string;
  valueGBP: number;
  cashOrVoucher: boolean;
  offeredOn: string;
  accepted: boolean;
  declaredOn: string | null;
  approvedBy: string | null;
}

/** A gift, hospitality or travel offered to a person, accepted or declined. */
const giftSchema = versionedSchema<Gift>(
  {
    personId: { type: String, required: true },
    kind: { type: String, required: true, enum: GIFT_KINDS.values },
    fromOrganisationId: { type: String, default: null },
    fromName: { type: String, default: null },
    description: { type: String, required: true },
    valueGBP: { type: Number, required: true, min: 0 },
    cashOrVoucher: { type: Boolean, required: true },
    offeredOn: { type: String, required: true },
    accepted: { type: Boolean, required: true },
    declaredOn: { type: String, default: null },
    approvedBy: { type: String, default: null },
  },
  'gifts',
);
giftSchema.index({ personId: 1 });

export const GiftModel = model<Gift & VersionFields>('Gift', giftSchema);
