import { SnapshotProblemsError } from '../compliance/compliance.service';
import { buildSnapshot, meetingSnapshot } from '../compliance/snapshotBuilder';
import {
  longDate,
  recordDecisions,
  validateSnapshot,
  type Committee,
  type Decision,
  type DecisionRecord,
  type Meeting,
  type RecordedConflict,
  type RecordedInterest,
  type Snapshot,
} from '../engine';
import { isActiveOn } from '../engine/dates';
import { DECISION_KINDS, labelOf } from '../shared/vocabulary';
import { label, PARTICIPATION_LABELS } from './labels';
import { derived } from '../readModel/derived';
import { currentRecords, iterate, storedRecord, type RecordSource } from './recordSource';
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

/** "a declared interest in Riverside Surgery ('Senior partner', declared 15 March 2015)". */
function interestText(interest: RecordedInterest): string {
  const kind = interest.match === 'organisation' ? 'a declared interest in' : 'a possible interest, by name only, in';
  const details = [
    ...(interest.description ? [`'${interest.description}'`] : []),
    ...(interest.heldThrough ? [`held through ${interest.heldThrough}`] : []),
    `declared ${longDate(interest.declaredOn)}${interest.declaredAfterDecision ? ', after the decision' : ''}`,
  ];
  const action = interest.actionTaken ? `action recorded on the declaration: ${interest.actionTaken}` : 'no action recorded on the declaration';
  return `${kind} ${interest.organisation ?? 'an unnamed organisation'} (${details.join(', ')}); ${action}`;
}

/** "Dr Gail Price (left the room): a declared interest in …" — who, how they took part, and each interest with its action. */
export function conflictText(conflict: RecordedConflict): string {
  const took = conflict.participation ? label(PARTICIPATION_LABELS, conflict.participation) : 'no vote';
  return `${conflict.name} (${took}): ${conflict.interests.map(interestText).join('; and ')}.`;
}

/**
 * The decision-makers, and each member present with a declared or possible conflict and how it was
 * managed, come from the engine's one matcher (the one the conflict rules and the briefing use), so the
 * register never judges conflicts a second way. The engine needs the whole body in memory; the decisions
 * register is small beside the registers of interests and gifts, which stream.
 */
/**
 * One decision's record on `asAt`, from its meeting's part of the register as it is now (snapshotBuilder.ts):
 * the record the whole body's gives, at a cost that does not grow with the register. Kept until the next save.
 */
export const decisionRecordOf = derived((store, decisionId: string, asAt: string): DecisionRecord | null => {
  const decision = storedRecord(store, 'decision', decisionId);
  const meeting = decision && storedRecord(store, 'meeting', decision.meetingId);
  if (!meeting) return null;
  const validation = validateSnapshot(meetingSnapshot(store, meeting, asAt));
  if (!validation.ok) throw new SnapshotProblemsError(validation.errors);
  return recordDecisions(validation.snapshot).get(decisionId) ?? null;
});

/** The body as it stood on `asAt` (as recorded by `source`), with each decision's record. */
export async function decisionRecordsAsAt(asAt: string, source: RecordSource = currentRecords): Promise<{ snapshot: Snapshot; records: Map<string, DecisionRecord> }> {
  const validation = validateSnapshot(await buildSnapshot(asAt, source));
  if (!validation.ok) throw new SnapshotProblemsError(validation.errors);
  return { snapshot: validation.snapshot, records: recordDecisions(validation.snapshot) };
}

async function* decisionRows({ asAt, source, filters }: RegisterInput): AsyncGenerator<Row> {
  const { snapshot, records } = await decisionRecordsAsAt(asAt, source);
  const personNames = new Map(snapshot.people.map((p) => [p.id, p.name]));
  const organisationNames = new Map(snapshot.organisations.map((o) => [o.id, o.name]));
  const committees = new Map(snapshot.committees.map((c) => [c.id, c]));
  const meetings = new Map(snapshot.meetings.map((m) => [m.id, m]));

  yield* filteredRows(
    iterate(snapshot.decisions),
    filters,
    (d) => ({ personIds: meetings.get(d.meetingId)?.present ?? [], onCommittee: (committeeId) => d.committeeId === committeeId, date: d.date, type: d.kind }),
    (d) => {
      const record = records.get(d.id);
      return {
        date: d.date,
        committee: committees.get(d.committeeId)?.name ?? d.committeeId,
        title: d.title,
        kind: labelOf(DECISION_KINDS, d.kind),
        valueGBP: d.valueGBP ?? null,
        affected: affectedOrganisations(d, organisationNames),
        participants: participants(d, meetings.get(d.meetingId), committees.get(d.committeeId), personNames),
        decisionMakers: record?.decisionMakers.map((m) => m.name).join(', ') || 'Nobody recorded',
        conflicts: record?.conflicts.map(conflictText).join('\n') || 'None declared or found',
        id: d.id,
      };
    },
  );
}

/**
 * Register 3: procurement decisions as the Provider Selection Regime (2024, regulations 21 and 24) asks:
 * who made each decision, the conflicts declared or possible, and how each was managed.
 */
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
    { key: 'participants', header: 'Members present and what they did', kind: 'text', width: 32 },
    { key: 'decisionMakers', header: 'Decision-makers (voting members who voted)', kind: 'text', width: 26 },
    { key: 'conflicts', header: 'Declared or possible conflicts and how each was managed', kind: 'text', width: 48 },
    { key: 'id', header: 'Record id', kind: 'text', width: 30 },
  ],
  rows: decisionRows,
};
