import { model } from '../db/mongoose';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';
import { BREACH_RULES, BREACH_STATUSES, type BreachRuleId, type BreachStatus } from '../shared/vocabulary';

/**
 * An entry of the register of breaches, made from a conflict finding. Keyed by the finding's identity,
 * so later runs update nothing they no longer find: a breach stays on the register once recorded.
 */
export interface Breach {
  findingKey: string;
  ruleId: BreachRuleId;
  committeeId: string | null;
  decisionId: string | null;
  meetingId: string | null;
  personId: string | null;
  declarationId: string | null;
  message: string;
  guidance: string;
  /** The day the breach happened (the decision's date). */
  occurredOn: string;
  /** The first check that found it. */
  firstFoundAt: Date;
  status: BreachStatus;
  /** Required to close: what was done about it. */
  actionTaken: string | null;
}

const breachSchema = versionedSchema<Breach>(
  {
    findingKey: { type: String, required: true },
    ruleId: { type: String, required: true, enum: BREACH_RULES.values },
    committeeId: { type: String, default: null },
    decisionId: { type: String, default: null },
    meetingId: { type: String, default: null },
    personId: { type: String, default: null },
    declarationId: { type: String, default: null },
    message: { type: String, required: true },
    guidance: { type: String, required: true },
    occurredOn: { type: String, required: true },
    firstFoundAt: { type: Date, required: true },
    status: { type: String, required: true, enum: BREACH_STATUSES.values },
    actionTaken: { type: String, default: null },
  },
  'breaches',
);
breachSchema.index({ findingKey: 1 }, { unique: true });
breachSchema.index({ status: 1 });

export const BreachModel = model<Breach & VersionFields>('Breach', breachSchema);
