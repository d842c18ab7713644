import { Schema, model } from '../db/mongoose';
import type { Finding } from '../engine';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

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

const complianceRunSchema = versionedSchema<ComplianceRun>(
  {
    ranAt: { type: Date, required: true },
    ranBy: { type: Schema.Types.Mixed, required: true },
    committeeId: { type: String, default: null },
    asAt: { type: String, required: true },
    rulePacks: { type: Schema.Types.Mixed, required: true },
    findings: { type: Schema.Types.Mixed, required: true },
    summary: { type: Schema.Types.Mixed, required: true },
  },
  'compliance_runs',
);
complianceRunSchema.index({ committeeId: 1, ranAt: -1 });

export const ComplianceRunModel = model<ComplianceRun & VersionFields>('ComplianceRun', complianceRunSchema);
