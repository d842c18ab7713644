import { todayUtc } from '../engine/dates';
import type { CurrentUser } from '../accounts/access';
import type { Actor } from '../audit/auditLog';
import { OrganisationModel } from '../organisations/organisation.model';
import { organisationName } from '../organisations/organisations.service';
import { PersonModel } from '../people/person.model';
import { NotFoundError, ValidationError } from '../shared/errors';
import { validate } from '../shared/validation';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import { assertCanEdit, assertCanRead } from './access';
import { giftCrossChecks, giftSchema } from './declaration.schemas';
import { GiftModel } from './gift.model';

async function validGift(input: unknown) {
  const value = validate(giftSchema, input, giftCrossChecks);
  if (value.fromOrganisationId && !(await OrganisationModel.exists({ _id: value.fromOrganisationId }))) {
    throw new ValidationError([{ field: 'fromName', message: 'Select an organisation from the register, or type its name' }]);
  }
  return value;
}

/** Who offered a gift, as a person reads it: the organisation on the register, or the name typed. */
export async function offeredBy(gift: { fromOrganisationId: string | null | undefined; fromName: string | null | undefined }): Promise<string> {
  if (!gift.fromOrganisationId) return gift.fromName ?? '';
  return (await organisationName(gift.fromOrganisationId)) ?? '';
}

/** Declares a gift, hospitality or travel offered, whether accepted or declined. */
export async function declareGift(personId: string, input: unknown, actor: Actor) {
  const value = await validGift(input);
  if (!(await PersonModel.exists({ _id: personId }))) throw new NotFoundError('The person');
  return createVersioned(GiftModel, 'gift', { ...value, personId, declaredOn: todayUtc() }, actor);
}

export async function getGift(viewer: CurrentUser, id: string) {
  const gift = await GiftModel.findById(id).lean();
  if (!gift) throw new NotFoundError('The gift or hospitality');
  assertCanRead(viewer, gift.personId);
  return { gift, history: await versionHistory('gift', id) };
}

/** What an approver approved: changing any of it asks for approval again. */
const APPROVED_FIELDS = ['kind', 'fromOrganisationId', 'fromName', 'description', 'valueGBP', 'cashOrVoucher', 'offeredOn', 'accepted'] as const;

export async function updateGift(viewer: CurrentUser, id: string, expectedVersion: number, input: unknown, actor: Actor) {
  const { gift } = await getGift(viewer, id);
  assertCanEdit(viewer, gift.personId);
  const value = await validGift(input);
  const changed = APPROVED_FIELDS.some((field) => (value[field] ?? null) !== (gift[field] ?? null));
  return updateVersioned(GiftModel, 'gift', id, expectedVersion, { ...value, ...(changed ? { approval: null } : {}) }, actor);
}
