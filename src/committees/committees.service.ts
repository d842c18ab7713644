import { todayUtc } from '../engine/dates';
import { compareStrings } from '../engine/describe';
import type { Actor } from '../audit/auditLog';
import { allOnRegister } from '../organisations/organisations.service';
import { NotFoundError, ValidationError, type FieldError } from '../shared/errors';
import { findRecord } from '../shared/records';
import { validate } from '../shared/validation';
import { createVersioned, historyThrough, updateVersioned } from '../shared/versionedRecords';
import { derived } from '../readModel/derived';
import { registerState } from '../readModel/registerState';
import { inStore, storedRecord, type StoredRecord } from '../registers/recordSource';
import { CommitteeModel } from './committee.model';
import { committeeSchema, committeeUpdateSchema, type CommitteeInput } from './committee.schemas';
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

/** Each committee's memberships, earliest first, worked out again only after a save. */
export const membershipsByCommittee = derived((store) => {
  const byCommittee = new Map<string, StoredRecord<'membership'>[]>();
  for (const m of inStore(store, 'membership')) byCommittee.set(m.committeeId, [...(byCommittee.get(m.committeeId) ?? []), m]);
  for (const list of byCommittee.values()) list.sort((a, b) => a.from.localeCompare(b.from));
  return { store, byCommittee };
});

/**
 * The committee with its organisations, every version it has had, and its memberships with each
 * member's name, split into current ones and those that ended before `today`. From the register in memory.
 */
export async function committeeDetails(id: string, today = todayUtc()) {
  const { store, byCommittee } = await membershipsByCommittee();
  // Ids are stored in lower case; an address may have them in capitals.
  const committee = store.get(RECORD_TYPE, id.toLowerCase()) as StoredRecord<'committee'> | undefined;
  if (!committee) throw new NotFoundError('The committee');
  id = String(committee._id);
  const organisations = committee.organisationIds
    .map((orgId) => storedRecord(store, 'organisation', orgId))
    .filter((o) => o !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  const history = await historyThrough(RECORD_TYPE, id, committee.version);
  const seats = (byCommittee.get(id) ?? []).map((m) => ({ ...m, person: storedRecord(store, 'person', m.personId) ?? null }));
  return {
    committee,
    organisations,
    current: seats.filter((m) => !m.to || m.to >= today),
    ended: seats.filter((m) => m.to && m.to < today),
    history,
  };
}

/** Every committee, in name order (as the database sorts: by code point). */
export async function listCommittees() {
  return inStore(await registerState(), RECORD_TYPE).sort((a, b) => compareStrings(a.name, b.name));
}

/** The committees as choices for a form: value is the id, label the name, in name order. */
export async function committeeChoices(): Promise<{ value: string; label: string }[]> {
  return (await listCommittees()).map((c) => ({ value: String(c._id), label: c.name }));
}
