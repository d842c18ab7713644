import Joi from 'joi';
import { Types } from 'mongoose';
import type { Actor } from '../audit/auditLog';
import { CommitteeModel } from '../committees/committee.model';
import { MembershipModel } from '../committees/membership.model';
import { registerState } from '../readModel/registerState';
import { RETURN_STATUSES, RETURN_STATUS_LABELS, RETURN_STATUS_TAGS, roundFacts, type ReturnStatus } from '../rounds/roundFacts';
import { claim, claimHolder, releaseClaim } from '../shared/claims';
import { CommitOutcomeUnknownError, ForbiddenError, ValidationError, type FieldError } from '../shared/errors';
import { findRecord } from '../shared/records';
import { validate } from '../shared/validation';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import type { Role } from '../shared/vocabulary';
import { PersonModel } from './person.model';
import { personCrossChecks, personSchema, personUpdateSchema, type PersonInput } from './person.schemas';

const RECORD_TYPE = 'person';

export const EMAIL_TAKEN = 'A person with this email address already exists';

/** Administrators can do anything, so only an administrator may make someone one. */
export function roleGrantProblem(role: Role, actor: Actor): string | null {
  return role === 'admin' && actor.role !== 'admin' ? 'Only an administrator can make someone an administrator' : null;
}

async function registerChecks(value: PersonInput, actor: Actor, id: string | null): Promise<void> {
  const errors: FieldError[] = [];
  if (await PersonModel.exists({ email: value.email, ...(id ? { _id: { $ne: id } } : {}) })) errors.push({ field: 'email', message: EMAIL_TAKEN });
  const roleProblem = roleGrantProblem(value.role, actor);
  if (roleProblem) errors.push({ field: 'role', message: roleProblem });
  if (errors.length > 0) throw new ValidationError(errors);
}

const emailKey = (email: string) => `person-email:${email}`;
/** A claim younger than this may belong to a save still in progress, so it is never taken over. */
const CLAIM_GRACE_MS = 60_000;

/**
 * Claims the address for the person before the save commits, so two saves of one new address can't both
 * land. A claim left by a save that never committed, or by a person who has since changed address, is
 * stale: it is released and claimed again.
 */
async function claimEmail(email: string, personId: string): Promise<void> {
  const taken = new ValidationError([{ field: 'email', message: EMAIL_TAKEN }]);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await claim(emailKey(email), personId)) return;
    const holder = await claimHolder(emailKey(email));
    if (!holder) continue;
    if (holder.owner === personId) return;
    const owner = holder.owner ? await PersonModel.findById(holder.owner, { email: 1 }).lean() : null;
    if (owner?.email === email || Date.now() - holder.claimedAt.getTime() < CLAIM_GRACE_MS) throw taken;
    await releaseClaim(emailKey(email), holder.owner ?? '');
  }
  throw taken;
}

/** Runs a save holding the address's claim; gives the claim up again if the save did not commit. */
async function withEmailClaim<T>(email: string, personId: string, save: () => Promise<T>): Promise<T> {
  const held = (await claimHolder(emailKey(email)))?.owner === personId;
  await claimEmail(email, personId);
  try {
    return await save();
  } catch (error) {
    if (!held && !(error instanceof CommitOutcomeUnknownError)) await releaseClaim(emailKey(email), personId).catch(() => undefined);
    throw error;
  }
}

export async function addPerson(input: unknown, actor: Actor) {
  const value = validate(personSchema, input, personCrossChecks);
  await registerChecks(value, actor, null);
  const id = new Types.ObjectId().toString();
  return withEmailClaim(value.email, id, () => createVersioned(PersonModel, RECORD_TYPE, value, actor, 'created', { id }));
}

/** Saves the changes as a new version, provided nobody has saved the person since `version`. */
export async function updatePerson(id: string, input: unknown, actor: Actor) {
  const person = await getPerson(id);
  const { version, ...value } = validate(personUpdateSchema, input, personCrossChecks);
  // Sign-in goes to the recorded address, so whoever edits an administrator could take over their account.
  if (person.role === 'admin' && actor.role !== 'admin') throw new ForbiddenError("Only an administrator can change an administrator's details");
  await registerChecks(value, actor, id);
  const saved = await withEmailClaim(value.email, id, () => updateVersioned(PersonModel, RECORD_TYPE, id, version, value, actor));
  if (person.email !== value.email) await releaseClaim(emailKey(person.email), id);
  return saved;
}

export function getPerson(id: string) {
  return findRecord(PersonModel, id, 'The person');
}

/** The person, the committees they sit or sat on, and every version of their record. */
export async function personDetails(id: string) {
  const person = await getPerson(id);
  const [memberships, history] = await Promise.all([MembershipModel.find({ personId: id }).sort({ from: -1 }).lean(), versionHistory(RECORD_TYPE, id)]);
  const committees = await CommitteeModel.find({ _id: { $in: memberships.map((m) => m.committeeId) } }, { name: 1 }).lean();
  const committeeName = new Map(committees.map((c) => [String(c._id), c.name]));
  return { person, memberships: memberships.map((m) => ({ ...m, committeeName: committeeName.get(m.committeeId) ?? '' })), history };
}

export function listPeople() {
  return PersonModel.find().sort({ name: 1 }).lean();
}

const statusFilter = Joi.object<{ status: ReturnStatus | null }>({
  status: Joi.string().valid(...RETURN_STATUSES).empty('').default(null).messages({ 'any.only': 'Choose a status from the list' }),
});

/**
 * Everyone on the register, with how they stand in the round that is open (or, with none open, the
 * latest one), and filtered by that status when asked.
 */
export async function peopleWithReturns(query: unknown, today: string) {
  const { status } = validate(statusFilter, query);
  const facts = roundFacts(await registerState());
  const round = facts.rounds.find((r) => r.status === 'open') ?? facts.rounds.find((r) => r.status === 'closed') ?? null;
  const inRound = new Set(round?.people ?? []);
  const people = [...facts.people.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((person) => {
      const returnStatus = round && inRound.has(person._id) ? facts.status(round, person._id, today) : null;
      return { ...person, returnStatus, statusLabel: returnStatus && RETURN_STATUS_LABELS[returnStatus], statusTag: returnStatus && RETURN_STATUS_TAGS[returnStatus] };
    })
    .filter((person) => !status || person.returnStatus === status);
  return { round, status, people, statuses: RETURN_STATUSES.map((value) => ({ value, label: RETURN_STATUS_LABELS[value] })) };
}

/** Everyone as choices for a form's list: value is the id, label the name, in name order. */
export async function personChoices(): Promise<{ value: string; label: string }[]> {
  return (await PersonModel.find({}, { name: 1 }).sort({ name: 1 }).lean()).map((p) => ({ value: String(p._id), label: p.name }));
}
