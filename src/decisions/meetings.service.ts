import type { Actor } from '../audit/auditLog';
import type { Committee } from '../committees/committee.model';
import { getCommittee } from '../committees/committees.service';
import { longDate } from '../engine/dates';
import { PersonModel } from '../people/person.model';
import { NotFoundError, ValidationError, type FieldError } from '../shared/errors';
import { findRecord, namesById } from '../shared/records';
import { validate } from '../shared/validation';
import { assertVersion, createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import { enterBreachesOfDecisions } from '../compliance/compliance.service';
import { snapshotItemId } from '../compliance/snapshotBuilder';
import { attendeesOf, membersOn, participationOf, type Attendee } from './attendance';
import { affectedText, quorumStatus } from './briefing.document';
import { briefedItem, meetingBriefing } from './briefing.service';
import { DECISION_RECORD_TYPE, DecisionModel } from './decision.model';
import { MeetingModel, type AgendaItem, type Meeting } from './meeting.model';
import { meetingUpdateSchema, newMeetingSchema, participationSchema, type AgendaItemInput, type MeetingInput, type ParticipationInput } from './meeting.schemas';

const RECORD_TYPE = 'meeting';

type StoredMeeting = Awaited<ReturnType<typeof getMeeting>>;

export function getMeeting(id: string) {
  return findRecord(MeetingModel, id, 'The meeting');
}

export function itemOn(meeting: Meeting, itemId: string): AgendaItem {
  const item = meeting.items.find((i) => i.itemId === itemId);
  if (!item) throw new NotFoundError('The agenda item');
  return item;
}

/** Everyone present held a seat on the committee that day; returns them with their seats, or names each who did not. */
async function presentMembers(committee: Committee & { _id: unknown }, { date, present }: MeetingInput): Promise<Attendee[]> {
  const members = await membersOn(String(committee._id), date);
  const outsiders = present.filter((personId) => !members.some((m) => m.personId === personId));
  if (outsiders.length > 0) {
    const names = await namesById(PersonModel, outsiders);
    throw new ValidationError(
      outsiders.map((personId) => ({
        field: 'present',
        message: names.has(personId) ? `${names.get(personId)} was not a member of ${committee.name} on ${longDate(date)}` : 'Select the members present from the list',
      })),
    );
  }
  return members.filter((m) => present.includes(m.personId));
}

/** Participation is recorded on decision items only, for members present, and only a member with a vote voted. */
function participationProblems(item: { decisionId: string | null; participation: ParticipationInput[] }, attendees: Attendee[], path: string): FieldError[] {
  if (item.participation.length > 0 && !item.decisionId) return [{ field: path, message: 'Record what members did only on an item that leads to a decision' }];
  return item.participation.flatMap((entry, i): FieldError[] => {
    const member = attendees.find((a) => a.personId === entry.personId);
    if (!member) return [{ field: `${path}.${i}.personId`, message: 'Record what members did only for members present at the meeting' }];
    if (entry.action === 'voted' && !member.voting) return [{ field: `${path}.${i}.action`, message: `${member.name} has no vote on the committee` }];
    return [];
  });
}

/** The agenda with one item changed. */
function changingItem(items: readonly AgendaItem[], itemId: string, changes: Partial<AgendaItem>): AgendaItem[] {
  return items.map((item) => (item.itemId === itemId ? { ...item, ...changes } : item));
}

/** Items are numbered "item-1", "item-2"... within their meeting, the next after the highest. */
function nextItemId(items: readonly { itemId?: string }[]): string {
  const numbers = items.map((i) => Number(/^item-(\d+)$/.exec(i.itemId ?? '')?.[1] ?? 0));
  return `item-${Math.max(0, ...numbers) + 1}`;
}

/**
 * A whole agenda sent by a client: items link decisions taken at this meeting, each by one item, and an item
 * that records a decision stays on the agenda with it; participation is by the members present.
 */
async function checkedAgenda(meeting: StoredMeeting, items: AgendaItemInput[], attendees: Attendee[]): Promise<AgendaItem[]> {
  const decisionIds = new Set((await DecisionModel.find({ meetingId: String(meeting._id) }, { _id: 1 }).lean()).map((d) => String(d._id)));
  const errors: FieldError[] = [];
  items.forEach((item, i) => {
    if (item.decisionId && !decisionIds.has(item.decisionId)) errors.push({ field: `items.${i}.decisionId`, message: 'Link a decision taken at this meeting' });
    else if (item.decisionId && items.findIndex((other) => other.decisionId === item.decisionId) < i) {
      errors.push({ field: `items.${i}.decisionId`, message: 'Another item already records this decision' });
    }
    errors.push(...participationProblems(item, attendees, `items.${i}.participation`));
  });
  for (const kept of meeting.items.filter((i) => i.decisionId)) {
    if (!items.some((i) => i.itemId === kept.itemId && i.decisionId === kept.decisionId)) {
      errors.push({ field: 'items', message: `Agenda item '${kept.title}' records a decision on the register: keep it, linked to its decision` });
    }
  }
  if (errors.length > 0) throw new ValidationError(errors);
  const numbered: AgendaItem[] = [];
  for (const item of items) numbered.push({ ...item, itemId: item.itemId ?? nextItemId([...meeting.items, ...items, ...numbered]) });
  return numbered;
}

/** A decision is taken on its meeting's day, so a meeting moved to another date takes its decisions with it. */
async function moveDecisions(meetingId: string, date: string, actor: Actor): Promise<void> {
  for (const decision of await DecisionModel.find({ meetingId }, { version: 1 }).lean()) {
    await updateVersioned(DecisionModel, DECISION_RECORD_TYPE, String(decision._id), decision.version, { date }, actor, 'moved');
  }
}

/** A meeting of a committee: its date and who was present (nobody yet, for a meeting still to happen). */
export async function addMeeting(committeeId: string, input: unknown, actor: Actor) {
  const committee = await getCommittee(committeeId);
  const value = validate(newMeetingSchema, input);
  await presentMembers(committee, value);
  return createVersioned(MeetingModel, RECORD_TYPE, { ...value, committeeId, items: [] }, actor);
}

/**
 * Saves the meeting's date and who was present as a new version; given `items`, its whole agenda too.
 * Without them the agenda stays, less anything recorded for people no longer present.
 */
export async function updateMeeting(id: string, input: unknown, actor: Actor) {
  const meeting = await getMeeting(id);
  const committee = await getCommittee(meeting.committeeId);
  const { version, items, ...value } = validate(meetingUpdateSchema, input);
  const attendees = await presentMembers(committee, value);
  const agenda = items
    ? await checkedAgenda(meeting, items, attendees)
    : meeting.items.map((item) => ({ ...item, participation: item.participation.filter((p) => value.present.includes(p.personId)) }));
  const saved = await updateVersioned(MeetingModel, RECORD_TYPE, id, version, { ...value, items: agenda }, actor);
  if (value.date !== meeting.date) await moveDecisions(id, value.date, actor);
  await enterBreachesOfDecisions(agenda.flatMap((item) => (item.decisionId ? [item.decisionId] : [])), value.date, actor);
  return saved;
}

/** Adds an item to the agenda, linked to its decision when one was recorded for it. */
export async function addItem(meeting: StoredMeeting, version: number, fields: Pick<AgendaItem, 'title' | 'decisionId'>, actor: Actor) {
  const itemId = nextItemId(meeting.items);
  const saved = await updateVersioned(MeetingModel, RECORD_TYPE, String(meeting._id), version, { items: [...meeting.items, { itemId, ...fields, participation: [] }] }, actor);
  return { meeting: saved, itemId };
}

/** Changes an item's title or decision as a new version of the meeting; an unchanged item writes nothing. */
export async function saveItem(meeting: StoredMeeting, version: number, itemId: string, fields: Pick<AgendaItem, 'title' | 'decisionId'>, actor: Actor) {
  const item = itemOn(meeting, itemId);
  if (item.title === fields.title && item.decisionId === fields.decisionId) return meeting;
  return updateVersioned(MeetingModel, RECORD_TYPE, String(meeting._id), version, { items: changingItem(meeting.items, itemId, fields) }, actor);
}

/**
 * A member with an interest in what the decision affects who is recorded as voting needs a reason: the
 * record says they voted knowing it, and the breach goes on the register.
 */
async function conflictedVoterProblems(meetingId: string, itemId: string, participation: ParticipationInput[]): Promise<FieldError[]> {
  const conflicted = (await briefedItem(meetingId, itemId))?.conflicted ?? [];
  return participation.flatMap((entry, i): FieldError[] => {
    const member = conflicted.find((c) => c.personId === entry.personId);
    if (entry.action !== 'voted' || !member) return [];
    const problems: FieldError[] = [];
    if (!entry.confirmed) problems.push({ field: `participation.${i}.confirmed`, message: `Confirm that ${member.name} voted although they hold an interest in what the decision affects` });
    if (!entry.reason) {
      const organisations = [...new Set(member.interests.map((interest) => interest.organisation ?? 'an organisation it affects'))].join(' and ');
      problems.push({ field: `participation.${i}.reason`, message: `${member.name} holds an interest in ${organisations}: say why they voted, or record what they did instead` });
    }
    return problems;
  });
}

/**
 * Records what each member present did on a decision item, as a new version of the meeting, and enters any
 * breach it shows on the register of breaches at once.
 */
export async function recordParticipation(meetingId: string, itemId: string, input: unknown, actor: Actor) {
  const meeting = await getMeeting(meetingId);
  const item = itemOn(meeting, itemId);
  const { version, participation, everyonePresent } = validate(participationSchema, input);
  assertVersion(meeting, version);
  const attendees = await attendeesOf(meeting);
  const problems = participationProblems({ decisionId: item.decisionId, participation }, attendees, 'participation');
  if (everyonePresent) {
    for (const missing of attendees.filter((a) => !participation.some((p) => p.personId === a.personId))) {
      problems.push({ field: `present.${missing.personId}`, message: `Select what ${missing.name} did on this decision` });
    }
  }
  if (problems.length === 0) problems.push(...(await conflictedVoterProblems(meetingId, itemId, participation)));
  if (problems.length > 0) throw new ValidationError(problems);
  const recorded = participation.map(({ confirmed: _confirmed, ...entry }) => entry);
  const saved = await updateVersioned(MeetingModel, RECORD_TYPE, meetingId, version, { items: changingItem(meeting.items, itemId, { participation: recorded }) }, actor);
  if (item.decisionId) await enterBreachesOfDecisions([item.decisionId], meeting.date, actor);
  return saved;
}

export async function meetingsOf(committeeId: string) {
  await getCommittee(committeeId);
  return MeetingModel.find({ committeeId }).sort({ date: -1 }).lean();
}

/** The meeting, its committee, who was there, each item with its decision and what members did, and its history. */
export async function meetingDetails(id: string) {
  const meeting = await getMeeting(id);
  const [committee, attendees, decisions, history, { briefing }] = await Promise.all([
    getCommittee(meeting.committeeId),
    attendeesOf(meeting),
    DecisionModel.find({ meetingId: id }).sort({ createdAt: 1 }).lean(),
    versionHistory(RECORD_TYPE, id),
    meetingBriefing(id),
  ]);
  const items = meeting.items.map((item) => {
    const participation = item.decisionId ? participationOf(item, attendees) : [];
    const briefed = briefing.items.find((b) => b.itemId === snapshotItemId(id, item.itemId));
    return {
      ...item,
      decision: decisions.find((d) => String(d._id) === item.decisionId) ?? null,
      participation,
      // What the briefing reads in this item, with what each member with an interest then did.
      briefed: briefed && {
        affected: affectedText(briefed),
        conflicted: briefed.conflicted.map((member) => ({ ...member, took: participation.find((p) => p.personId === member.personId)?.action ?? null })),
        quorumStatus: briefed.quorum && quorumStatus(briefed.quorum),
        quorumReasons: briefed.quorum?.reasons ?? [],
      },
    };
  });
  const unlinkedDecisions = decisions.filter((d) => !meeting.items.some((i) => i.decisionId === String(d._id)));
  return { meeting, committee, attendees, items, unlinkedDecisions, history };
}
