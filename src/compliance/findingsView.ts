import type { Finding, Severity } from '../engine';
import type { RecordStore } from '../readModel/recordStore';
import { registerState } from '../readModel/registerState';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'For information' };

/** Links from a finding to the records it is about. */
function linksFor(finding: Finding, store: RecordStore) {
  const links: { href: string; text: string }[] = [];
  if (finding.committeeId) links.push({ href: `/committees/${finding.committeeId}`, text: store.text('committee', finding.committeeId) ?? 'Committee' });
  if (finding.personId) links.push({ href: `/people/${finding.personId}`, text: store.text('person', finding.personId) ?? 'Person' });
  if (finding.meetingId) links.push({ href: `/meetings/${finding.meetingId}`, text: 'Meeting' });
  if (finding.decisionId) links.push({ href: `/decisions/${finding.decisionId}`, text: 'Decision' });
  if (finding.declarationId) links.push({ href: `/declarations/interests/${finding.declarationId}`, text: 'Declaration' });
  if (finding.giftId) links.push({ href: `/declarations/gifts/${finding.giftId}`, text: 'Gift or hospitality' });
  return links;
}

/** Findings grouped by committee (body-wide ones last), then by severity, with links for the page. */
export async function groupFindings(findings: readonly Finding[], marks: Map<string, string> = new Map(), keyOf?: (f: Finding) => string) {
  const store = await registerState();
  const committeeName = (id: string) => store.text('committee', id) ?? id;
  const byCommittee = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.committeeId ?? '';
    byCommittee.set(key, [...(byCommittee.get(key) ?? []), finding]);
  }
  return [...byCommittee.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : committeeName(a).localeCompare(committeeName(b))))
    .map(([committeeId, list]) => ({
      title: committeeId ? committeeName(committeeId) : 'Registers, gifts and hospitality (body-wide)',
      committeeId: committeeId || null,
      severities: SEVERITY_ORDER.map((severity) => ({
        severity,
        title: SEVERITY_TITLES[severity],
        findings: list
          .filter((f) => f.severity === severity)
          .map((f) => ({ ...f, links: linksFor(f, store), mark: keyOf ? marks.get(keyOf(f)) : undefined })),
      })).filter((group) => group.findings.length > 0),
    }));
}
