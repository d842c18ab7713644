import Joi from 'joi';
import { annualConfirmationMonths, declareWithinDays } from '../compliance/rulePacks';
import { addDays, addMonths, todayUtc } from '../engine/dates';
import type { CurrentUser } from '../accounts/access';
import type { Actor } from '../audit/auditLog';
import { OrganisationModel } from '../organisations/organisation.model';
import { PersonModel } from '../people/person.model';
import { NotFoundError, ValidationError } from '../shared/errors';
import { choose, validate } from '../shared/validation';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import { assertCanEdit, assertCanRead } from './access';
import { ConfirmationModel } from './confirmation.model';
import { DeclarationModel } from './declaration.model';
import { endInterestSchema, interestCrossChecks, interestSchema } from './declaration.schemas';
import { derived } from '../readModel/derived';
import { confirmationsInStore, inStore, storedRecord, type ConfirmationRecord, type StoredRecord } from '../registers/recordSource';

async function assertOrganisationExists(id: string | null, field: string): Promise<void> {
  if (id && !(await OrganisationModel.exists({ _id: id }))) {
    throw new ValidationError([{ field, message: 'Select an organisation from the register, or type its name' }]);
  }
}

async function personOrFail(personId: string) {
  const person = await PersonModel.findById(personId).lean();
  if (!person) throw new NotFoundError('The person');
  return person;
}

interface PersonsRecords {
  declarations: StoredRecord<'declaration'>[];
  gifts: StoredRecord<'gift'>[];
  confirmations: ConfirmationRecord[];
}

const latestFirst = (a: string | null | undefined, b: string | null | undefined) => (b ?? '').localeCompare(a ?? '');

/** Each person's declarations, gifts and confirmations, latest first: worked out again only after a save. */
const recordsByPerson = derived((store) => {
  const byPerson = new Map<string, PersonsRecords>();
  const of = (personId: string) => byPerson.get(personId) ?? byPerson.set(personId, { declarations: [], gifts: [], confirmations: [] }).get(personId)!;
  for (const d of inStore(store, 'declaration')) of(d.personId).declarations.push(d);
  for (const g of inStore(store, 'gift')) of(g.personId).gifts.push(g);
  for (const c of confirmationsInStore(store)) of(c.personId).confirmations.push(c);
  for (const records of byPerson.values()) {
    records.declarations.sort((a, b) => latestFirst(a.from, b.from) || latestFirst(a.declaredOn, b.declaredOn));
    records.gifts.sort((a, b) => latestFirst(a.offeredOn, b.offeredOn));
    records.confirmations.sort((a, b) => latestFirst(a.confirmedOn, b.confirmedOn));
  }
  return { store, byPerson };
});

/** "My declarations": what a member has declared, split as the register shows it, and when to confirm next. */
export async function declarationsOf(viewer: CurrentUser, personId: string, today = todayUtc()) {
  assertCanRead(viewer, personId);
  const { store, byPerson } = await recordsByPerson();
  const person = storedRecord(store, 'person', personId);
  if (!person) throw new NotFoundError('The person');
  const { declarations, gifts, confirmations } = byPerson.get(personId) ?? { declarations: [], gifts: [], confirmations: [] };
  const interests = declarations.filter((d) => d.type !== 'nil');
  const latestWord = [...declarations.map((d) => d.declaredOn), ...confirmations.map((c) => c.confirmedOn)].sort().at(-1) ?? null;
  return {
    person,
    current: interests.filter((d) => !d.to || d.to >= today),
    ended: interests.filter((d) => d.to && d.to < today),
    nilDeclarations: declarations.filter((d) => d.type === 'nil'),
    gifts,
    lastConfirmedOn: confirmations[0]?.confirmedOn ?? null,
    latestWord,
    // The register pack's months, so the page and the compliance check agree on when it is due.
    confirmationDueOn: latestWord ? addMonths(latestWord, annualConfirmationMonths()) : today,
  };
}

/**
 * What an annual confirmation confirms, listed on the page before the member ticks the box: their
 * current interests and the gifts and hospitality of the months the register pack asks about.
 */
export async function whatIsConfirmed(viewer: CurrentUser, personId: string, today = todayUtc()) {
  const { current, gifts } = await declarationsOf(viewer, personId, today);
  const giftsSince = addMonths(today, -annualConfirmationMonths());
  return { current, gifts: gifts.filter((g) => g.offeredOn >= giftsSince), giftsSince };
}

/** Declared more than the register pack's days (28) after the interest began: the member is asked why. */
export function isLateDeclaration(from: string, today = todayUtc()): boolean {
  return addDays(from, declareWithinDays()) < today;
}

export async function declareInterest(personId: string, input: unknown, actor: Actor) {
  const value = validate(interestSchema, input, interestCrossChecks);
  const today = todayUtc();
  const late = isLateDeclaration(value.from, today);
  if (late && !value.lateReason) {
    throw new ValidationError([{ field: 'lateReason', message: `Say why this is declared more than ${declareWithinDays()} days after it began` }]);
  }
  await assertOrganisationExists(value.organisationId, 'organisationName');
  await personOrFail(personId);
  return createVersioned(DeclarationModel, 'declaration', { ...value, lateReason: late ? value.lateReason : null, personId, declaredOn: today }, actor);
}

export async function getDeclaration(viewer: CurrentUser, id: string) {
  const declaration = await DeclarationModel.findById(id).lean();
  if (!declaration) throw new NotFoundError('The declaration');
  assertCanRead(viewer, declaration.personId);
  return { declaration, history: await versionHistory('declaration', id) };
}

async function editableDeclaration(viewer: CurrentUser, id: string) {
  const declaration = await DeclarationModel.findById(id).lean();
  if (!declaration || declaration.type === 'nil') throw new NotFoundError('The interest');
  assertCanEdit(viewer, declaration.personId);
  return declaration;
}

/** Saves a changed interest as a new version; the earlier version stays in the history. */
export async function updateInterest(viewer: CurrentUser, id: string, expectedVersion: number, input: unknown, actor: Actor) {
  await editableDeclaration(viewer, id);
  const value = validate(interestSchema, input, interestCrossChecks);
  await assertOrganisationExists(value.organisationId, 'organisationName');
  return updateVersioned(DeclarationModel, 'declaration', id, expectedVersion, { ...value, declaredOn: todayUtc() }, actor);
}

/** Ending an interest records its end date; the interest itself is never deleted. */
export async function endInterest(viewer: CurrentUser, id: string, input: unknown, actor: Actor) {
  const declaration = await editableDeclaration(viewer, id);
  const { to, version } = validate(endInterestSchema, input);
  if (declaration.from && to < declaration.from) {
    throw new ValidationError([{ field: 'to', message: 'End date must be the same as or after the date the interest started' }]);
  }
  return updateVersioned(DeclarationModel, 'declaration', id, version, { to, declaredOn: todayUtc() }, actor, 'ended');
}

const nilInput = Joi.object<{ currentInterests: 'end' | 'keep' | null }>({
  currentInterests: Joi.string().valid('end', 'keep').empty('').allow(null).default(null).messages(choose('whether to end your current interests or keep them')),
});

/**
 * "I have no interests to declare." Someone who holds current interests is not allowed a silent
 * contradiction: they end them (each keeps its history, ended today) or keep them and confirm instead.
 */
export async function declareNil(personId: string, actor: Actor, input: unknown = {}) {
  await personOrFail(personId);
  const { currentInterests } = validate(nilInput, input);
  const today = todayUtc();
  const current = (await DeclarationModel.find({ personId }).lean()).filter((d) => d.type !== 'nil' && (!d.to || d.to >= today));
  if (current.length > 0 && currentInterests !== 'end') {
    const message = currentInterests === 'keep'
      ? 'You are keeping your current interests, so this is not a nil declaration: confirm your declarations instead'
      : `You hold ${current.length === 1 ? 'a current interest' : `${current.length} current interests`}: end ${current.length === 1 ? 'it' : 'them'}, or keep ${current.length === 1 ? 'it' : 'them'} and confirm your declarations instead`;
    throw new ValidationError([{ field: 'currentInterests', message }]);
  }
  for (const interest of current) {
    await updateVersioned(DeclarationModel, 'declaration', String(interest._id), interest.version, { to: today, declaredOn: today }, actor, 'ended');
  }
  return createVersioned(
    DeclarationModel,
    'declaration',
    { personId, type: 'nil', description: 'Nil declaration: no interests to declare', heldBy: 'self', declaredOn: todayUtc() },
    actor,
  );
}

/** "My declarations are complete and correct": the annual confirmation. */
export async function confirmDeclarations(personId: string, actor: Actor) {
  await personOrFail(personId);
  return createVersioned(ConfirmationModel, 'confirmation', { personId, confirmedOn: todayUtc(), recordedAt: new Date() }, actor);
}
