import { Schema } from 'mongoose';
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
  /** A senior person's answer on hospitality above the approval threshold; none until one is given. */
  approval: GiftApproval | null;
}

export const APPROVAL_OUTCOMES = ['approved', 'refused'] as const;

export interface GiftApproval {
  outcome: (typeof APPROVAL_OUTCOMES)[number];
  /** The approver's person id. */
  by: string;
  on: string;
  note: string;
}

/** The snapshot's `approvedBy`: the approver, once they have approved (a refusal leaves it unapproved). */
export function approverOf(gift: { approval?: GiftApproval | null }): string | null {
  return gift.approval?.outcome === 'approved' ? gift.approval.by : null;
}

const approvalSchema = new Schema<GiftApproval>(
  {
    outcome: { type: String, required: true, enum: APPROVAL_OUTCOMES },
    by: { type: String, required: true },
    on: { type: String, required: true },
    note: { type: String, required: true },
  },
  { _id: false },
);

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
    approval: { type: approvalSchema, default: null },
  },
  'gifts',
);
giftSchema.index({ personId: 1 });

export const GiftModel = model<Gift & VersionFields>('Gift', giftSchema);
