/** The human-readable `coi check` report: findings grouped by committee, then body-wide ones. */
import type { Finding, FindingsDocument, Severity, Snapshot } from '../engine';
import { longDate } from '../engine/dates';
import { compareStrings, plural } from '../engine/describe';
import { summarise } from '../engine/findings';

function counts(summary: Record<Severity, number>): string {
  return `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${summary.info} info`;
}

function section(title: string, findings: readonly Finding[]): string {
  const head = `${title}: ${findings.length === 0 ? 'no findings' : counts(summarise(findings))}\n`;
  const body = findings.map(
    (f) => `  ${f.severity.toUpperCase().padEnd(8)}${f.ruleId}\n          ${f.message}\n          Guidance: ${f.guidance}\n`,
  );
  return head + body.join('');
}

export function textReport(document: FindingsDocument, snapshot: Snapshot): string {
  const byCommittee = new Map<string | null, Finding[]>();
  for (const finding of document.findings) {
    const group = byCommittee.get(finding.committeeId) ?? [];
    group.push(finding);
    byCommittee.set(finding.committeeId, group);
  }
  const committees = [...snapshot.committees].sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
  const sections = [
    ...committees.map((c) => section(`${c.name} (${c.id})`, byCommittee.get(c.id) ?? [])),
    section('Body-wide (registers of interests, gifts and hospitality)', byCommittee.get(null) ?? []),
  ];
  const packs = document.rulePacks.map((p) => `${p.id} (version ${p.version})`).join(', ');
  return [
    `Compliance check as at ${longDate(document.asAt)}\nRule packs: ${packs || 'none'}\n`,
    ...sections,
    `Summary: ${counts(document.summary)}\n`,
  ].join('\n');
}
