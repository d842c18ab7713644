import { SUBJECT_KEYS, type Finding } from '../engine';

/** A finding's identity across runs: the rule and what it is about, not its wording. */
export function findingKey(finding: Finding): string {
  return [finding.ruleId, ...SUBJECT_KEYS.map((key) => finding[key] ?? '')].join('|');
}

export interface FindingsDiff {
  new: Finding[];
  resolved: Finding[];
  stillOpen: Finding[];
}

/** What changed since the previous run: findings that appeared, went away, or are still there. */
export function diffFindings(previous: readonly Finding[] | undefined, current: readonly Finding[]): FindingsDiff {
  const before = new Set((previous ?? []).map(findingKey));
  const now = new Set(current.map(findingKey));
  return {
    new: current.filter((f) => !before.has(findingKey(f))),
    resolved: (previous ?? []).filter((f) => !now.has(findingKey(f))),
    stillOpen: current.filter((f) => before.has(findingKey(f))),
  };
}
