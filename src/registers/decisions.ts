import { SnapshotProblemsError } from '../compliance/compliance.service';
import { shippedPacks } from '../compliance/rulePacks';
import { buildSnapshot } from '../compliance/snapshotBuilder';
import { runCheck, type Committee, type Decision, type Finding, type Meeting } from '../engine';
import { isActiveOn } from '../engine/dates';
import { DECISION_KINDS, labelOf } from '../shared/vocabulary';
import { label, PARTICIPATION_LABELS } from './labels';
import { iterate } from './recordSource';
import { filteredRows, type Register, type RegisterInput, type Row } from './register';

/** "Ann Example (voted), Dr Gail Price (left the room)": who was there and what each did on the item. */
function participants(decision: Decision, meeting: Meeting | undefined, committee: Committee | undefined, names: Map<string, string>): string {
  if (!meeting) return '';
  const item = meeting.items?.find((i) => i.decisionId === decision.id);
  const actions = new Map((item?.participation ?? []).map((p) => [p.personId, p.action]));
  const seats = committee?.members.filter((m) => isActiveOn(m, decision.date)) ?? [];
  return meeting.present
    .map((personId) => {
      // As the spec says: a present voting member with no entry on a decision item voted.
      const action = actions.get(personId) ?? (seats.some((s) => s.personId === personId && s.voting) ? 'voted' : null);
      return `${names.get(personId) ?? personId} (${action ? label(PARTICIPATION_LABELS, action) : 'not voting'})`;
    })
    .join(', ');
}

function affectedOrganisations(decision: Decision, names: Map<string, string>): string {
  const listed = decision.affectedOrganisationIds.map((id) => names.get(id) ?? id);
  const allPractices = decision.affectsAllPracticesOf ? [`every GP practice of ${names.get(decision.affectsAllPracticesOf) ?? decision.affectsAllPracticesOf}`] : [];
  return [...listed, ...allPractices].join('; ');
}

/**
 * The interests present members held in the organisations a decision affects, and how each conflict
 * was managed, are exactly what the compliance engine's conflict rules find: the register shows those
 * findings rather than judging conflicts a second way. The engine needs the whole body in memory; the
 * decisions register is small beside the registers of interests and gifts, which stream.
 */
async function* decisionRows({ asAt, source, filters }: RegisterInput): AsyncGenerator<Row> {
  const result = runCheck(await buildSnapshot(asAt, source), shippedPacks(), { asAt });
  if (!result.ok) throw new SnapshotProblemsError(result.errors);
  const { snapshot, document } = result;
  const conflictsOf = new Map<string, Finding[]>();
  for (const f of document.findings) {
    if (f.decisionId && f.ruleId.startsWith('conflict.')) conflictsOf.set(f.decisionId, [...(conflictsOf.get(f.decisionId) ?? []), f]);
  }
  const personNames = new Map(snapshot.people.map((p) => [p.id, p.name]));
  const organisationNames = new Map(snapshot.organisations.map((o) => [o.id, o.name]));
  const committees = new Map(snapshot.committees.map((c) => [c.id, c]));
  const meetings = new Map(snapshot.meetings.map((m) => [m.id, m]));

  yield* filteredRows(
    iterate(snapshot.decisions),
    filters,
    (d) => ({ personIds: meetings.get(d.meetingId)?.present ?? [], onCommittee: (committeeId) => d.committeeId === committeeId, date: d.date, type: d.kind }),
    (d) => ({
      date: d.date,
      committee: committees.get(d.committeeId)?.name ?? d.committeeId,
      title: d.title,
      kind: labelOf(DECISION_KINDS, d.kind),
      valueGBP: d.valueGBP ?? null,
      affected: affectedOrganisations(d, organisationNames),
      participants: participants(d, meetings.get(d.meetingId), committees.get(d.committeeId), personNames),
      conflicts: (conflictsOf.get(d.id) ?? []).map((f) => f.message).join(' ') || 'None found',
      id: d.id,
    }),
  );
}

/** Register 3: procurement decisions, who took part, their interests and how conflicts were managed. */
export const decisionsRegister: Register = {
  id: 'decisions',
  title: 'Register of procurement decisions',
  sheetName: 'Procurement decisions',
  columns: [
    { key: 'date', header: 'Date', kind: 'date', width: 11 },
    { key: 'committee', header: 'Committee', kind: 'text', width: 24 },
    { key: 'title', header: 'Decision', kind: 'text', width: 28 },
    { key: 'kind', header: 'Kind', kind: 'text', width: 16 },
    { key: 'valueGBP', header: 'Value (£)', kind: 'money', width: 13 },
    { key: 'affected', header: 'Organisations affected', kind: 'text', width: 28 },
    { key: 'participants', header: 'Members present and what they did', kind: 'text', width: 36 },
    { key: 'conflicts', header: 'Interests declared and how conflicts were managed', kind: 'text', width: 44 },
    { key: 'id', header: 'Record id', kind: 'text', width: 30 },
  ],
  rows: decisionRows,
};
