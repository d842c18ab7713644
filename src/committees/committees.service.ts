import { todayUtc } from '../engine/dates';
import type { Actor } from '../audit/auditLog';
import { OrganisationModel } from '../organisations/organisation.model';
import { allOnRegister } from '../organisations/organisations.service';
import { PersonModel } from '../people/person.model';
import { ValidationError, type FieldError } from '../shared/errors';
import { findRecord } from '../shared/records';
import { validate } from '../shared/validation';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import { CommitteeModel } from './committee.model';
import { committeeSchema, committeeUpdateSchema, type CommitteeInput } from './committee.schemas';
import { MembershipModel } from './membership.model';
import type { QuorumSettings } from '../engine';
import { checksCommittees, packLibrary } from '../rulePacks/library';

const RECORD_TYPE = 'committee';

/**
 * Rules that need the register: its organisations are on it, its rule pack is one that checks committees,
 * and a counted majority is asked for only when that pack counts some categories.
 */
async function registerChecks(value: CommitteeInput): Promise<void> {
  const errors: FieldError[] = [];
  if (!(await allOnRegister(value.organisationIds))) errors.push({ field: 'organisationIds', message: 'Select organisations that are on the register' });
  const packs = (await packLibrary()).packs.filter(checksCommittees);
  const pack = packs.find((p) => p.id === value.rulePack);
  if (!pack) {
    errors.push({ field: 'rulePack', message: `Rule pack '${value.rulePack}' is not installed: choose one of ${packs.map((p) => p.id).join(', ')}` });
  } else if (value.quorum?.countedMajority === true && !pack.committee?.countedCategories?.length) {
    errors.push({ field: 'quorum.countedMajority', message: `Rule pack ${pack.id} counts no categories for a majority, so a counted majority cannot be required: leave it to the rule pack, or choose No` });
  }
  if (errors.length > 0) throw new ValidationError(errors);
}

/** Only the settings the committee sets itself are kept; none at all is no quorum of its own. */
function ownSettings(quorum: QuorumSettings | null): QuorumSettings | null {
  const set = Object.entries(quorum ?? {}).filter(([, setting]) => setting !== null && setting !== undefined);
  return set.length > 0 ? (Object.fromEntries(set) as QuorumSettings) : null;
}

export async function addCommittee(input: unknown, actor: Actor) {
  const value = validate(committeeSchema, input);
  await registerChecks(value);
  return createVersioned(CommitteeModel, RECORD_TYPE, { ...value, quorum: ownSettings(value.quorum) }, actor);
}

/** Saves the changes as a new version, provided nobody has saved the committee since `version`. */
export async function updateCommittee(id: string, input: unknown, actor: Actor) {
  await getCommittee(id);
  const { version, ...value } = validate(committeeUpdateSchema, input);
  await registerChecks(value);
  return updateVersioned(CommitteeModel, RECORD_TYPE, id, version, { ...value, quorum: ownSettings(value.quorum) }, actor);
}

export function getCommittee(id: string) {
  return findRecord(CommitteeModel, id, 'The committee');
}

/**
 * The committee with its organisations, every version it has had, and its memberships with each
 * member's name, split into current ones and those that ended before `today`.
 */
export async function committeeDetails(id: string, today = todayUtc()) {
  const committee = await getCommittee(id);
  const [organisations, memberships, history] = await Promise.all([
    OrganisationModel.find({ _id: { $in: committee.organisationIds } }, { name: 1 }).sort({ name: 1 }).lean(),
    MembershipModel.find({ committeeId: id }).sort({ from: 1 }).lean(),
    versionHistory(RECORD_TYPE, id),
  ]);
  const people = await PersonModel.find({ _id: { $in: memberships.map((m) => m.personId) } }, { name: 1, email: 1 }).lean();
  const personById = new Map(people.map((p) => [String(p._id), p]));
  const seats = memberships.map((m) => ({ ...m, person: personById.get(m.personId) ?? null }));
  return {
    committee,
    organisations,
    current: seats.filter((m) => !m.to || m.to >= today),
    ended: seats.filter((m) => m.to && m.to < today),
    history,
  };
}

export function listCommittees() {
  return CommitteeModel.find().sort({ name: 1 }).lean();
}

/** The committees as choices for a form: value is the id, label the name, in name order. */
export async function committeeChoices(): Promise<{ value: string; label: string }[]> {
  return (await listCommittees()).map((c) => ({ value: String(c._id), label: c.name }));
}
