import type { Actor } from '../audit/auditLog';
import { longDate } from '../engine/dates';
import { allOnRegister, isCommissionerOnRegister } from '../organisations/organisations.service';
import { NotFoundError, ValidationError, type FieldError } from '../shared/errors';
import { findRecord } from '../shared/records';
import { validate } from '../shared/validation';
import { todayUtc } from '../engine/dates';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import type { DecisionRecord } from '../engine';
import { registerState } from '../readModel/registerState';
import { decisionRecordOf, decisionRecordsAsAt } from '../registers/decisions';
import { storedRecord, type StoredRecord } from '../registers/recordSource';
import { attendanceAt, participationOf } from './attendance';
import { DECISION_RECORD_TYPE, DecisionModel, type Decision } from './decision.model';
import { decisionUpdateSchema, newDecisionSchema, type DecisionContent } from './decision.schemas';
import { getMeeting, saveItem } from './meetings.service';

type StoredMeeting = Awaited<ReturnType<typeof getMeeting>>;
type StoredDecision = Awaited<ReturnType<typeof getDecision>>;

export const NOTHING_AFFECTED = 'Select the organisations the decision pays or contracts, or every practice of a clinical commissioning group or integrated care board';

/**
 * A decision affects named organisations on the register, or every practice of a CCG or ICB on it, or both.
 * `prefix` places the errors where the decision sits in the input ("decision." beside its agenda item).
 */
export async function assertDecisionContent(content: Pick<DecisionContent, 'affectedOrganisationIds' | 'affectsAllPracticesOf'>, prefix = ''): Promise<void> {
  const { affectedOrganisationIds: listed, affectsAllPracticesOf: ccg } = content;
  const errors: FieldError[] = [];
  if (listed.length === 0 && !ccg) errors.push({ field: `${prefix}affectedOrganisationIds`, message: NOTHING_AFFECTED });
  if (listed.length > 0 && !(await allOnRegister(listed))) errors.push({ field: `${prefix}affectedOrganisationIds`, message: 'Select organisations that are on the register' });
  if (ccg && !(await isCommissionerOnRegister(ccg))) errors.push({ field: `${prefix}affectsAllPracticesOf`, message: 'Select a clinical commissioning group or integrated care board on the register' });
  if (errors.length > 0) throw new ValidationError(errors);
}

/** Writes a checked decision as taken at the meeting: by its committee, on its date. */
export function takeDecision(meeting: StoredMeeting, content: DecisionContent, actor: Actor) {
  return createVersioned(DecisionModel, DECISION_RECORD_TYPE, { ...content, committeeId: meeting.committeeId, meetingId: String(meeting._id), date: meeting.date }, actor);
}

/** The meeting a new decision names, as a field error when it is not on the register. */
async function meetingOfDecision(meetingId: string) {
  try {
    return await getMeeting(meetingId);
  } catch (error) {
    if (error instanceof NotFoundError) throw new ValidationError([{ field: 'meetingId', message: 'Select a meeting on the register' }]);
    throw error;
  }
}

/** The agenda item a new decision is recorded from: on the meeting's agenda and not yet recording another. */
function itemProblem(meeting: StoredMeeting, itemId: string | null): FieldError | null {
  if (itemId === null) return null;
  const item = meeting.items.find((i) => i.itemId === itemId);
  if (!item) return { field: 'itemId', message: "Select an item on the meeting's agenda" };
  return item.decisionId ? { field: 'itemId', message: `Agenda item '${item.title}' already records a decision` } : null;
}

/**
 * Records a decision taken at a meeting: its committee and date are the meeting's. Recorded from an
 * agenda item, the item is linked to it, so what members did on the item is what they did on the decision.
 */
export async function recordDecision(input: unknown, actor: Actor) {
  const { meetingId, itemId, date, ...content } = validate(newDecisionSchema, input);
  const meeting = await meetingOfDecision(meetingId);
  const problems = [
    date && date !== meeting.date ? { field: 'date', message: `A decision is taken on the date of its meeting, ${longDate(meeting.date)}` } : null,
    itemProblem(meeting, itemId),
  ].filter((p): p is FieldError => p !== null);
  if (problems.length > 0) throw new ValidationError(problems);
  await assertDecisionContent(content);
  const decision = await takeDecision(meeting, content, actor);
  if (itemId) await linkItem(meetingId, itemId, String(decision._id), actor);
  return decision;
}

/** Links an item to its new decision on the meeting as it is now: a link changes nothing anyone else saved. */
async function linkItem(meetingId: string, itemId: string, decisionId: string, actor: Actor) {
  const meeting = await getMeeting(meetingId);
  const item = meeting.items.find((i) => i.itemId === itemId);
  if (item) await saveItem(meeting, meeting.version, itemId, { title: item.title, decisionId }, actor);
}

/** Saves what was decided as a new version; the committee, meeting and date stay as they were. */
export async function updateDecision(id: string, input: unknown, actor: Actor) {
  await getDecision(id);
  const { version, ...content } = validate(decisionUpdateSchema, input);
  await assertDecisionContent(content);
  return saveDecision(id, version, content, actor);
}

/** Saves checked content as a new version of the decision. */
export function saveDecision(id: string, version: number, content: DecisionContent, actor: Actor) {
  return updateVersioned(DecisionModel, DECISION_RECORD_TYPE, id, version, content, actor);
}

export function getDecision(id: string) {
  return findRecord(DecisionModel, id, 'The decision');
}

export function listDecisions() {
  return DecisionModel.find().sort({ date: -1, createdAt: -1 }).lean();
}

/** "Riverside Surgery; every GP practice of NHS Example CCG" */
function affectedText(decision: Decision, organisationName: (id: string) => string): string {
  const listed = decision.affectedOrganisationIds.map(organisationName);
  const practices = decision.affectsAllPracticesOf ? [`every GP practice of ${organisationName(decision.affectsAllPracticesOf)}`] : [];
  return [...listed, ...practices].join('; ');
}

/**
 * Decisions as the register of procurement decisions shows them: committee, organisations affected,
 * who took part, with what each member present did on the decision's agenda item, who made the
 * decision, and each member with a declared or possible conflict and how it was managed. `recordsToday`:
 * each decision's record in that register today, by id.
 */
export async function describeDecisions(decisions: readonly StoredDecision[], recordsToday: Promise<ReadonlyMap<string, DecisionRecord | null>>) {
  // Meetings and names from the register in memory: on the embedded database, a query for a list of ids reads every record of the kind.
  const [store, records] = await Promise.all([registerState(), recordsToday]);
  const meetings: StoredRecord<'meeting'>[] = [];
  // Where each meeting is in `meetings` (and so in the attendance): the register lists every decision.
  const position = new Map<string, number>();
  for (const id of new Set(decisions.map((d) => d.meetingId))) {
    const meeting = storedRecord(store, 'meeting', id);
    if (meeting) position.set(id, meetings.push(meeting) - 1);
  }
  const organisationName = (id: string) => store.text('organisation', id) ?? id;
  const attendance = await attendanceAt(meetings);
  return decisions.map((decision) => {
    const m = position.get(decision.meetingId) ?? -1;
    const item = meetings[m]?.items.find((i) => i.decisionId === String(decision._id));
    return {
      decision,
      committeeName: store.text('committee', decision.committeeId) ?? '',
      itemId: item?.itemId ?? null,
      affected: affectedText(decision, organisationName),
      participation: m < 0 ? [] : participationOf(item, attendance[m]),
      record: records.get(String(decision._id)) ?? null,
    };
  });
}

export async function decisionRegister() {
  return describeDecisions(await listDecisions(), decisionRecordsAsAt(todayUtc()).then(({ records }) => records));
}

/** One decision as the register shows it, with every version it has had. */
export async function decisionDetails(id: string) {
  const decision = await getDecision(id);
  const decisionId = String(decision._id);
  const [described] = await describeDecisions([decision], decisionRecordOf(decisionId, todayUtc()).then((record) => new Map([[decisionId, record]])));
  return { ...described, history: await versionHistory(DECISION_RECORD_TYPE, id) };
}
