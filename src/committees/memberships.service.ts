import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { PersonModel } from '../people/person.model';
import { NotFoundError, ValidationError } from '../shared/errors';
import { findRecord, isObjectId } from '../shared/records';
import { validate } from '../shared/validation';
import { assertVersion, createVersioned, updateVersioned } from '../shared/versionedRecords';
import { addDays, todayUtc } from '../engine/dates';
import { getCommittee, membershipsByCommittee } from './committees.service';
import { constitutionEffect, type ConstitutionEffect, type SeatChange } from './constitutionPreview';
import { endMembershipSchema, membershipDateChecks, membershipUpdateSchema, newMembershipSchema } from './committee.schemas';
import { MembershipModel } from './membership.model';

const RECORD_TYPE = 'membership';

export const SEAT_OVERLAP = 'This person already has a seat on this committee for some of these dates: end that membership first, or change the dates';

interface Period {
  from: string;
  to: string | null;
}

/** Whether two periods share a day; `to` is the last day of a seat, and no `to` means it goes on. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
}

/** One seat per person per committee at a time, so nobody is counted twice towards a quorum or majority. */
async function assertNoOverlap(committeeId: string, personId: string, period: Period, exceptId: string | null, field: string) {
  // From the register in memory: on the embedded database, a query by committee and person reads every seat of the body.
  const { byCommittee } = await membershipsByCommittee();
  const seats = (byCommittee.get(committeeId) ?? []).filter((seat) => seat.personId === personId && String(seat._id) !== exceptId);
  if (seats.some((seat) => periodsOverlap(seat, period))) throw new ValidationError([{ field, message: SEAT_OVERLAP }]);
}

/** The checked seat a change would leave, and the constitution effect it would have, without saving anything. */
async function checkedNewSeat(committeeId: string, input: unknown) {
  await getCommittee(committeeId);
  const value = validate(newMembershipSchema, input, membershipDateChecks);
  if (!isObjectId(value.personId) || !(await PersonModel.exists({ _id: value.personId }))) {
    throw new ValidationError([{ field: 'personId', message: 'Select a person on the register' }]);
  }
  await assertNoOverlap(committeeId, value.personId, value, null, 'personId');
  const { personId, ...seat } = value;
  return { value, change: { committeeId, personId, seat } };
}

async function checkedSeatChange(id: string, input: unknown) {
  const membership = await getMembership(id);
  const { version, ...seat } = validate(membershipUpdateSchema, input, membershipDateChecks);
  assertVersion(membership, version);
  await assertNoOverlap(membership.committeeId, membership.personId, seat, String(membership._id), 'from');
  return { version, seat, change: { committeeId: membership.committeeId, personId: membership.personId, replacing: { from: membership.from }, seat } };
}

async function checkedSeatEnd(id: string, input: unknown) {
  const membership = await getMembership(id);
  const { to, version } = validate(endMembershipSchema, input);
  assertVersion(membership, version);
  if (to < membership.from) throw new ValidationError([{ field: 'to', message: 'End date must be the same as or after the date the membership started' }]);
  const { committeeId, personId, category, role, voting, from } = membership;
  return { to, version, change: { committeeId, personId, replacing: { from }, seat: { category, role, voting, office: membership.office ?? null, from, to } } };
}

/** The day a change matters to the committee: when it takes effect, or today for one in the past. */
function effectDay(change: SeatChange, today: string): string {
  const { from, to } = change.seat;
  const takesEffect = change.replacing && to ? addDays(to, 1) : from;
  return takesEffect > today ? takesEffect : today;
}

export type SeatAction = 'add' | 'change' | 'end';

/** Which constitution rules the change would break, for the governance lead to see before it is saved. */
export async function previewSeat(action: SeatAction, target: string, input: unknown, today: string): Promise<ConstitutionEffect> {
  const { change } = action === 'add' ? await checkedNewSeat(target, input) : action === 'change' ? await checkedSeatChange(target, input) : await checkedSeatEnd(target, input);
  return constitutionEffect(change, effectDay(change, today));
}

const noteInput = Joi.object<{ constitutionReason: string | null }>({
  constitutionReason: Joi.string().trim().max(1000).empty('').allow(null).default(null).messages({ 'string.max': 'The reason must be 1,000 characters or fewer' }),
}).unknown(true);

/**
 * Why the seat is saved although it breaks a rule, kept on the seat so the audit trail records it. A form
 * that has shown the broken rules sends `acknowledged`; then a reason is required.
 */
async function constitutionNote(change: SeatChange, input: unknown, today: string) {
  const { constitutionReason } = validate(noteInput, input);
  const acknowledged = (input as { acknowledged?: unknown } | null)?.acknowledged === 'yes';
  if (!acknowledged && !constitutionReason) return null;
  const effect = await constitutionEffect(change, effectDay(change, today));
  if (effect.newlyFailing.length === 0) return null;
  if (!constitutionReason) throw new ValidationError([{ field: 'constitutionReason', message: 'Say why this change should be saved although the committee would break its constitution' }]);
  return { reason: constitutionReason, ruleIds: [...new Set(effect.newlyFailing.map((f) => f.ruleId))] };
}

/** Gives a person a seat on a committee. */
export async function addMembership(committeeId: string, input: unknown, actor: Actor, today = todayUtc()) {
  const { value, change } = await checkedNewSeat(committeeId, input);
  const note = await constitutionNote(change, input, today);
  return createVersioned(MembershipModel, RECORD_TYPE, { ...value, committeeId, constitutionNote: note }, actor);
}

/** Corrects a seat's terms as a new version; the person and the committee stay as they were. */
export async function updateMembership(id: string, input: unknown, actor: Actor, today = todayUtc()) {
  const { version, seat, change } = await checkedSeatChange(id, input);
  const note = await constitutionNote(change, input, today);
  return updateVersioned(MembershipModel, RECORD_TYPE, id, version, { ...seat, constitutionNote: note }, actor);
}

/** Ending a seat records its last day; the membership itself is never deleted. */
export async function endMembership(id: string, input: unknown, actor: Actor, today = todayUtc()) {
  const { to, version, change } = await checkedSeatEnd(id, input);
  const note = await constitutionNote(change, input, today);
  return updateVersioned(MembershipModel, RECORD_TYPE, id, version, { to, constitutionNote: note }, actor, 'ended');
}

export function getMembership(id: string) {
  return findRecord(MembershipModel, id, 'The membership');
}

export async function membershipsOf(committeeId: string) {
  await getCommittee(committeeId);
  return MembershipModel.find({ committeeId }).sort({ from: 1 }).lean();
}

/** A membership as reached through its committee's pages: one on another committee is not found there. */
export async function membershipOn(committeeId: string, id: string) {
  const membership = await getMembership(id);
  if (membership.committeeId !== committeeId) throw new NotFoundError('The membership');
  return membership;
}
