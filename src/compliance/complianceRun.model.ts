import { Schema, model } from '../db/mongoose';
import type { Finding } from '../engine';

/** One stored compliance check: who ran it, when, for what, with which packs, and what it found. */
export interface ComplianceRun {
  ranAt: Date;
  ranBy: { personId: string | null; name: string };
  committeeId: string | null;
  asAt: string;
  rulePacks: { id: string; version: string }[];
  findings: Finding[];
  summary: { error: number; warning: number; info: number };
}

const complianceRunSchema = new Schema<ComplianceRun>(
  {
    ranAt: { type: Date, required: true },
    ranBy: { type: Schema.Types.Mixed, required: true },
    committeeId: { type: String, default: null },
    asAt: { type: String, required: true },
    rulePacks: { type: Schema.Types.Mixed, required: true },
    findings: { type: Schema.Types.Mixed, required: true },
    summary: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'compliance_runs', versionKey: false, minimize: false },
);
complianceRunSchema.index({ committeeId: 1, ranAt: -1 });

export const ComplianceRunModel = model<ComplianceRun>('ComplianceRun', complianceRunSchema);
