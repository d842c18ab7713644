import type { Actor } from '../audit/auditLog';
import { PersonModel } from '../people/person.model';
import { NotFoundError, ValidationError } from '../shared/errors';
import { findRecord, isObjectId } from '../shared/records';
import { validate } from '../shared/validation';
import { createVersioned, updateVersioned } from '../shared/versionedRecords';
import { getCommittee } from './committees.service';
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
  const seats = await MembershipModel.find({ committeeId, personId, ...(exceptId ? { _id: { $ne: exceptId } } : {}) }, { from: 1, to: 1 }).lean();
  if (seats.some((seat) => periodsOverlap(seat, period))) throw new ValidationError([{ field, message: SEAT_OVERLAP }]);
}

/** Gives a person a seat on a committee. */
export async function addMembership(committeeId: string, input: unknown, actor: Actor) {
  await getCommittee(committeeId);
  const value = validate(newMembershipSchema, input, membershipDateChecks);
  if (!isObjectId(value.personId) || !(await PersonModel.exists({ _id: value.personId }))) {
    throw new ValidationError([{ field: 'personId', message: 'Select a person on the register' }]);
  }
  await assertNoOverlap(committeeId, value.personId, value, null, 'personId');
  return createVersioned(MembershipModel, RECORD_TYPE, { ...value, committeeId }, actor);
}

/** Corrects a seat's terms as a new version; the person and the committee stay as they were. */
export async function updateMembership(id: string, input: unknown, actor: Actor) {
  const membership = await getMembership(id);
  const { version, ...value } = validate(membershipUpdateSchema, input, membershipDateChecks);
  await assertNoOverlap(membership.committeeId, membership.personId, value, id, 'from');
  return updateVersioned(MembershipModel, RECORD_TYPE, id, version, value, actor);
}

/** Ending a seat records its last day; the membership itself is never deleted. */
export async function endMembership(id: string, input: unknown, actor: Actor) {
  const membership = await getMembership(id);
  const { to, version } = validate(endMembershipSchema, input);
  if (to < membership.from) throw new ValidationError([{ field: 'to', message: 'End date must be the same as or after the date the membership started' }]);
  return updateVersioned(MembershipModel, RECORD_TYPE, id, version, { to }, actor, 'ended');
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
