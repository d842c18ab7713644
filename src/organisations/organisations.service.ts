import type { Actor } from '../audit/auditLog';
import { ValidationError, type FieldError } from '../shared/errors';
import { findRecord, isObjectId } from '../shared/records';
import { validate } from '../shared/validation';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import { OrganisationModel } from './organisation.model';
import { organisationSchema, organisationUpdateSchema, type OrganisationInput } from './organisation.schemas';
import { findOrganisations } from './organisationSearch';

const RECORD_TYPE = 'organisation';

/** Rules that need the register: a unique ODS code, and "member of" naming a CCG or ICB on it (not itself). */
async function registerChecks(value: OrganisationInput, id: string | null): Promise<void> {
  const errors: FieldError[] = [];
  const others = id ? { _id: { $ne: id } } : {};
  if (value.odsCode && (await OrganisationModel.exists({ ...others, odsCode: value.odsCode }))) {
    errors.push({ field: 'odsCode', message: `An organisation with ODS code ${value.odsCode} is already on the register` });
  }
  if (value.memberOfId && (value.memberOfId === id || !(await isCommissionerOnRegister(value.memberOfId)))) {
    errors.push({ field: 'memberOfId', message: 'Select a clinical commissioning group or integrated care board on the register' });
  }
  if (errors.length > 0) throw new ValidationError(errors);
}

export async function addOrganisation(input: unknown, actor: Actor) {
  const value = validate(organisationSchema, input);
  await registerChecks(value, null);
  return createVersioned(OrganisationModel, RECORD_TYPE, value, actor);
}

/** Saves the changes as a new version, provided nobody has saved the organisation since `version`. */
export async function updateOrganisation(id: string, input: unknown, actor: Actor) {
  await getOrganisation(id);
  const { version, ...value } = validate(organisationUpdateSchema, input);
  await registerChecks(value, id);
  return updateVersioned(OrganisationModel, RECORD_TYPE, id, version, value, actor);
}

export function getOrganisation(id: string) {
  return findRecord(OrganisationModel, id, 'The organisation');
}

/** The organisation, the CCG it belongs to, its member practices and every version it has had. */
export async function organisationDetails(id: string) {
  const organisation = await getOrganisation(id);
  const [memberOf, members, history] = await Promise.all([
    isObjectId(organisation.memberOfId) ? OrganisationModel.findById(organisation.memberOfId).lean() : null,
    OrganisationModel.find({ memberOfId: id }).sort({ name: 1 }).lean(),
    versionHistory(RECORD_TYPE, id),
  ]);
  return { organisation, memberOf, members, history };
}

/** Every organisation by name, or those whose name, other name or ODS code matches `search`. */
export async function listOrganisations(search = '') {
  if (search.trim()) return findOrganisations(search, 500);
  return OrganisationModel.find().sort({ name: 1 }).lean();
}

/** Whether every id names an organisation on the register. */
export async function allOnRegister(ids: readonly string[]): Promise<boolean> {
  return (await OrganisationModel.countDocuments({ _id: { $in: ids } })) === new Set(ids).size;
}

/** The kinds of body whose members are GP practices: clinical commissioning groups and, since 2022, integrated care boards. */
const COMMISSIONERS = ['ccg', 'icb'];

export async function isCommissionerOnRegister(id: string): Promise<boolean> {
  return (await OrganisationModel.exists({ _id: id, kind: { $in: COMMISSIONERS } })) !== null;
}

/** The CCGs and ICBs a practice can belong to. */
export function listCommissioners() {
  return OrganisationModel.find({ kind: { $in: COMMISSIONERS } }).sort({ name: 1 }).lean();
}

/** The bodies a committee can belong to (CCGs, ICBs and NHS England), plus any it already names. */
export function commissioningBodies(alsoIds: string[] = []) {
  return OrganisationModel.find({ $or: [{ kind: { $in: [...COMMISSIONERS, 'nhs-england'] } }, { _id: { $in: alsoIds.filter(isObjectId) } }] }, { name: 1, kind: 1 })
    .sort({ name: 1 })
    .lean();
}

/** An organisation's name by id, or null when there is none. */
export async function organisationName(id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  return (await OrganisationModel.findById(id, { name: 1 }).lean())?.name ?? null;
}

/** Organisations by id as a form lists them ("Riverside Surgery (M81001)"), in the order asked; unknown ids are left out. */
export async function organisationLabels(ids: readonly string[]): Promise<{ id: string; label: string }[]> {
  const found = await Promise.all(ids.map((id) => (isObjectId(id) ? OrganisationModel.findById(id, { name: 1, odsCode: 1 }).lean() : null)));
  return found.flatMap((o) => (o ? [{ id: String(o._id), label: o.odsCode ? `${o.name} (${o.odsCode})` : o.name }] : []));
}
