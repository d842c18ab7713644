/**
 * Building findings with every subject key present, and ordering them so two runs on
 * the same input print the same bytes.
 */
import type { RuleId } from './catalogue';
import { compareStrings } from './describe';
import { SUBJECT_KEYS, type Finding, type FindingSubject, type Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What a rule module needs to know about the rule it reports for. */
export interface Reporter {
  id: RuleId;
  severity: Severity;
  guidance: string;
}

export class FindingList {
  readonly findings: Finding[] = [];

  /**
   * Records a finding; `severity` overrides the rule's own for a rule with two levels. A
   * `requirementId` is kept only where given, so other findings print as they always have.
   */
  add(rule: Reporter, subject: Partial<FindingSubject> & { requirementId?: string }, message: string, severity: Severity = rule.severity): void {
    // One literal for the usual case: a spread of a conditional object here cost more than the rest of the
    // rule it reports for (a body can have tens of thousands of findings).
    const finding: Finding = {
      ruleId: rule.id,
      severity,
      committeeId: subject.committeeId ?? null,
      personId: subject.personId ?? null,
      meetingId: subject.meetingId ?? null,
      decisionId: subject.decisionId ?? null,
      declarationId: subject.declarationId ?? null,
      giftId: subject.giftId ?? null,
      message,
      guidance: rule.guidance,
    };
    if (subject.requirementId === undefined) {
      this.findings.push(finding);
      return;
    }
    const { ruleId, ...rest } = finding;
    this.findings.push({ ruleId, requirementId: subject.requirementId, ...rest });
  }
}

/** Null sorts before any id. */
function compareIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareStrings(a, b);
}

/** Severity (error first), rule id, subject ids in SUBJECT_KEYS order (nulls first), requirement id, message. */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const byRule = compareStrings(a.ruleId, b.ruleId);
  if (byRule !== 0) return byRule;
  for (const key of SUBJECT_KEYS) {
    const bySubject = compareIds(a[key], b[key]);
    if (bySubject !== 0) return bySubject;
  }
  const byRequirement = compareIds(a.requirementId ?? null, b.requirementId ?? null);
  if (byRequirement !== 0) return byRequirement;
  return compareStrings(a.message, b.message);
}

export function summarise(findings: readonly Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return summary;
}
