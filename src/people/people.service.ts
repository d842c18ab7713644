import type { Actor } from '../audit/auditLog';
import { CommitteeModel } from '../committees/committee.model';
import { MembershipModel } from '../committees/membership.model';
import { ForbiddenError, ValidationError, type FieldError } from '../shared/errors';
import { findRecord } from '../shared/records';
import { validate } from '../shared/validation';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import type { Role } from '../shared/vocabulary';
import { PersonModel } from './person.model';
import { personSchema, personUpdateSchema, type PersonInput } from './person.schemas';

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

/** Two saves of the same new address can both pass the check; the unique index refuses the second. */
async function refusingDuplicateEmail<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if ((error as { code?: number }).code === 11000) throw new ValidationError([{ field: 'email', message: EMAIL_TAKEN }]);
    throw error;
  }
}

export async function addPerson(input: unknown, actor: Actor) {
  const value = validate(personSchema, input);
  await registerChecks(value, actor, null);
  return refusingDuplicateEmail(() => createVersioned(PersonModel, RECORD_TYPE, value, actor));
}

/** Saves the changes as a new version, provided nobody has saved the person since `version`. */
export async function updatePerson(id: string, input: unknown, actor: Actor) {
  const person = await getPerson(id);
  const { version, ...value } = validate(personUpdateSchema, input);
  // Sign-in goes to the recorded address, so whoever edits an administrator could take over their account.
  if (person.role === 'admin' && actor.role !== 'admin') throw new ForbiddenError("Only an administrator can change an administrator's details");
  await registerChecks(value, actor, id);
  return refusingDuplicateEmail(() => updateVersioned(PersonModel, RECORD_TYPE, id, version, value, actor));
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
