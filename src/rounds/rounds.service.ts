/** Governance leads' declaration rounds: opening one, following its progress, closing it. */
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { addDays, longDate } from '../engine/dates';
import { registerState } from '../readModel/registerState';
import { NotFoundError, ValidationError, type FieldError } from '../shared/errors';
import { choose, expectedVersion, isoDate, objectId, validate } from '../shared/validation';
import { createVersioned, updateVersioned } from '../shared/versionedRecords';
import { RETURN_STATUS_LABELS, RETURN_STATUS_TAGS, reminderDays, roundFacts, type ReturnStatus, type RoundFacts, type StoredRound } from './roundFacts';
import { ROUND_SCOPES } from '../shared/vocabulary';
import { RoundModel, type Round } from './round.model';

const RECORD_TYPE = 'round';

export type RoundInput = Pick<Round, 'name' | 'opensOn' | 'dueOn' | 'scope' | 'committeeIds' | 'reminderDaysBefore' | 'overdueEvery' | 'maxReminders'>;

/** "14, 7, 1" as typed in the form, or [14, 7, 1] from the API. */
const dayList = Joi.alternatives()
  .try(Joi.array().items(Joi.number().integer().min(1).max(365)), Joi.string().allow(''))
  .custom((value: number[] | string, helpers) => {
    if (Array.isArray(value)) return value;
    const parts = value.split(/[\s,]+/).filter(Boolean);
    if (!parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) >= 1 && Number(p) <= 365)) return helpers.error('days.format');
    return parts.map(Number);
  })
  .default([])
  .messages({
    'days.format': 'Enter the days before the due date as whole numbers from 1 to 365, separated by commas, like 14, 7, 1',
    'alternatives.match': 'Enter the days before the due date as whole numbers from 1 to 365, separated by commas, like 14, 7, 1',
  });

const roundSchema = Joi.object<RoundInput>({
  name: Joi.string().trim().max(200).required().messages({
    'any.required': 'Enter a name for the round, like Annual declarations 2026/27',
    'string.empty': 'Enter a name for the round, like Annual declarations 2026/27',
    'string.max': 'The name must be 200 characters or fewer',
  }),
  opensOn: isoDate().required().label('The day it opens').messages({ 'any.required': 'Enter the day the round opens' }),
  dueOn: isoDate().required().label('The due date').messages({ 'any.required': 'Enter the day returns are due' }),
  scope: Joi.string().valid(...ROUND_SCOPES.values).required().messages(choose('who is asked')),
  committeeIds: Joi.array().items(objectId('Choose committees from the list')).single().default([]),
  reminderDaysBefore: dayList,
  overdueEvery: Joi.number().integer().min(1).max(90).required().messages({
    'any.required': 'Enter how often to remind people once they are overdue, in days',
    'number.base': 'Enter how often to remind people once they are overdue, as a whole number of days',
    'number.integer': 'Enter how often to remind people once they are overdue, as a whole number of days',
    'number.min': 'Remind overdue people at most once a day',
    'number.max': 'Remind overdue people at least every 90 days',
  }),
  maxReminders: Joi.number().integer().min(1).max(20).required().messages({
    'any.required': 'Enter the most reminders anyone is sent',
    'number.base': 'Enter the most reminders anyone is sent, as a whole number',
    'number.integer': 'Enter the most reminders anyone is sent, as a whole number',
    'number.min': 'Send at least one reminder: a round that never reminds anyone leaves people to forget',
    'number.max': 'Send at most 20 reminders',
  }),
});

/** Rules between fields: the dates in order, a scope that names someone, reminders that can all be sent. */
function roundChecks(today: string) {
  return (value: RoundInput): FieldError[] => {
    const errors: FieldError[] = [];
    if (value.opensOn < today) errors.push({ field: 'opensOn', message: `The round must open today (${longDate(today)}) or later` });
    if (value.dueOn <= value.opensOn) errors.push({ field: 'dueOn', message: 'The due date must be after the day the round opens' });
    if (value.scope === 'committees' && value.committeeIds.length === 0) {
      errors.push({ field: 'committeeIds', message: 'Choose at least one committee, or ask all decision-making staff' });
    }
    if (value.dueOn > value.opensOn) {
      const early = value.reminderDaysBefore.filter((days) => addDays(value.dueOn, -days) <= value.opensOn);
      if (early.length > 0) {
        errors.push({
          field: 'reminderDaysBefore',
          message: `A reminder ${early.join(', ')} days before the due date would come on or before the day the round opens: choose fewer days`,
        });
      }
    }
    if (value.reminderDaysBefore.length > value.maxReminders) {
      errors.push({ field: 'maxReminders', message: `There are ${value.reminderDaysBefore.length} reminders before the due date but at most ${value.maxReminders} in all: raise the most reminders or remove some` });
    }
    return errors;
  };
}

/** Opens a round: it asks everyone in scope on its opening day (the scheduler sends the emails then). */
export async function openRound(input: unknown, actor: Actor, today: string) {
  const value = validate(roundSchema, input, roundChecks(today));
  const facts = roundFacts(await registerState());
  const unknown = value.committeeIds.filter((id) => !facts.committeeNames.has(id));
  if (unknown.length > 0) throw new ValidationError([{ field: 'committeeIds', message: 'Choose committees from the list' }]);
  if (facts.scopeOn(value, value.opensOn).length === 0) {
    throw new ValidationError([{ field: value.scope === 'committees' ? 'committeeIds' : 'scope', message: `Nobody is in this scope on ${longDate(value.opensOn)}: nobody would be asked` }]);
  }
  return createVersioned(RoundModel, RECORD_TYPE, { ...value, status: 'scheduled', people: [], openedOn: null, closedOn: null }, actor, 'created');
}

/** Settles who a round asks and marks it open; the scheduler does this on the opening day. */
export async function startRound(round: StoredRound, facts: RoundFacts, actor: Actor) {
  return updateVersioned(RoundModel, RECORD_TYPE, round._id, round.version, { status: 'open', people: facts.scopeOn(round, round.opensOn), openedOn: round.opensOn }, actor, 'opened');
}

/** Closing a round stops everything it would still send. */
export async function closeRound(id: string, input: unknown, actor: Actor, today: string) {
  const round = await findRound(id);
  if (round.status === 'closed') throw new ValidationError([{ field: 'version', message: 'This round is already closed' }]);
  const { version } = validate(Joi.object({ version: expectedVersion() }), input);
  return updateVersioned(RoundModel, RECORD_TYPE, id, version, { status: 'closed', closedOn: today }, actor, 'closed');
}

async function findRound(id: string): Promise<StoredRound> {
  const round = (await registerState()).get('round', id) as StoredRound | undefined;
  if (!round) throw new NotFoundError('The round');
  return round;
}

const COUNTED: ReturnStatus[] = ['confirmed', 'nil', 'in-progress', 'not-started', 'overdue'];

export interface StatusCounts {
  total: number;
  returned: number;
  outstanding: number;
  byStatus: Record<ReturnStatus, number>;
}

function countStatuses(statuses: ReturnStatus[]): StatusCounts {
  const byStatus = Object.fromEntries(COUNTED.map((s) => [s, 0])) as Record<ReturnStatus, number>;
  for (const s of statuses) byStatus[s] += 1;
  const returned = byStatus.confirmed + byStatus.nil;
  return { total: statuses.length, returned, outstanding: statuses.length - returned, byStatus };
}

export const NO_SEAT = 'Decision-making staff without a seat';

/** A round's progress: each person's status, and the counts overall and by committee (a person counts under each of their committees). */
export function progressOf(round: StoredRound, facts: RoundFacts, today: string) {
  const people = facts.peopleOf(round, today).map((personId) => {
    const person = facts.people.get(personId);
    const committees = facts.seatsOn(personId, round.openedOn ?? today).map((m) => facts.committeeNames.get(m.committeeId) ?? 'A committee');
    const status = facts.status(round, personId, today);
    return {
      personId,
      name: person?.name ?? 'Unknown person',
      email: person?.email ?? '',
      committees: committees.length ? [...new Set(committees)].sort() : [NO_SEAT],
      status,
      statusLabel: RETURN_STATUS_LABELS[status],
      statusTag: RETURN_STATUS_TAGS[status],
    };
  });
  people.sort((a, b) => a.name.localeCompare(b.name));
  const committeeNames = [...new Set(people.flatMap((p) => p.committees))].sort((a, b) => (a === NO_SEAT ? 1 : b === NO_SEAT ? -1 : a.localeCompare(b)));
  return {
    overall: countStatuses(people.map((p) => p.status)),
    byCommittee: committeeNames.map((name) => ({ name, ...countStatuses(people.filter((p) => p.committees.includes(name)).map((p) => p.status)) })),
    people,
    overdue: people.filter((p) => p.status === 'overdue'),
  };
}

/** Every round, newest first, with its progress. */
export async function listRounds(today: string) {
  const facts = roundFacts(await registerState());
  return facts.rounds.map((round) => ({ round, progress: progressOf(round, facts, today).overall }));
}

export async function roundDetails(id: string, today: string) {
  const round = await findRound(id);
  const facts = roundFacts(await registerState());
  return { round, progress: progressOf(round, facts, today), reminders: reminderDays(round) };
}


/** The open round asking this person, and how they stand in it, for their own declarations page. */
export async function openRoundOf(personId: string, today: string) {
  const facts = roundFacts(await registerState());
  const round = facts.openRoundFor(personId);
  if (!round) return null;
  const status = facts.status(round, personId, today);
  return { round, status, statusLabel: RETURN_STATUS_LABELS[status], statusTag: RETURN_STATUS_TAGS[status], returned: status === 'confirmed' || status === 'nil' };
}
