/**
 * The joi schema of a snapshot's shape (types, required fields, vocabularies).
 * Cross-references between lists are checked separately (references.ts), because
 * joi sees one value at a time. Validate with SNAPSHOT_VALIDATION, which allows unknown
 * keys: the spec lets producers add fields.
 */
import Joi from 'joi';
import { ISO_DATE_PATTERN } from './dates';
import {
  COMMISSIONING_LEVELS,
  COMMITTEE_TYPES,
  DECISION_KINDS,
  DECLARATION_TYPES,
  GIFT_KINDS,
  HELD_BY,
  MEMBER_CATEGORIES,
  MEMBER_ROLES,
  OFFICE_PATTERN,
  ORGANISATION_KINDS,
  PARTICIPATION_ACTIONS,
  type Snapshot,
} from './types';

const id = Joi.string();
const optionalId = Joi.string().allow(null);
const optionalText = Joi.string().allow('', null);
const oneOf = (values: readonly string[]) => Joi.string().valid(...values);

/**
 * A regular expression rather than a custom function, and its message given once in
 * SNAPSHOT_VALIDATION rather than by `.messages()` here: joi merges a schema's own
 * preferences on every value, which costs half a second on a large body.
 */
const isoDate = Joi.string().pattern(ISO_DATE_PATTERN);

const money = Joi.number().min(0);
/**
 * A list of ids. references.ts checks each entry (a string, known, listed once) along
 * with every other id, far more cheaply than joi would item by item.
 */
const idList = Joi.array();

const organisation = Joi.object({
  id: id.required(),
  name: Joi.string().required(),
  kind: oneOf(ORGANISATION_KINDS).required(),
  odsCode: optionalText,
  companiesHouseNumber: optionalText,
  memberOfId: optionalId,
  aliases: Joi.array().items(Joi.string()).allow(null),
  supplier: Joi.boolean().allow(null),
});

const person = Joi.object({
  id: id.required(),
  name: Joi.string().required(),
  email: optionalText,
});

/** An office: lower case, digits and hyphens. Its message is its own: offices are few beside dates. */
const office = Joi.string().pattern(OFFICE_PATTERN).messages({ 'string.pattern.base': '{{#label}} must be lower-case letters and digits joined by hyphens, like finance-director' });

const membership = Joi.object({
  personId: id.required(),
  category: oneOf(MEMBER_CATEGORIES).required(),
  role: oneOf(MEMBER_ROLES).required(),
  voting: Joi.boolean().required(),
  office: office.allow(null),
  from: isoDate.required(),
  to: isoDate.allow(null),
});

const wholeNumber = Joi.number().integer().min(0);

/**
 * A requirement, as packs and committees write it (shared/spec/snapshot.md, "Requirements"): it
 * states min, max or both, and min is not above max. Rule packs check theirs with this schema too.
 */
const requirementKeys = {
  id: Joi.string().pattern(OFFICE_PATTERN).required().messages({ 'string.pattern.base': '{{#label}} must be lower-case letters and digits joined by hyphens, like non-executives' }),
  label: Joi.string().trim().min(1).required(),
  categories: Joi.array().items(oneOf(MEMBER_CATEGORIES)).min(1).allow(null),
  offices: Joi.array().items(office).min(1).allow(null),
  roles: Joi.array().items(oneOf(MEMBER_ROLES)).min(1).allow(null),
  voting: Joi.boolean().allow(null),
  min: wholeNumber.allow(null),
  max: Joi.when('min', {
    is: Joi.number().required(),
    then: wholeNumber.min(Joi.ref('min')).messages({ 'number.min': '{{#label}} must not be less than min ({{min}})' }),
    otherwise: wholeNumber,
  }).allow(null),
};

export const requirementSchema = Joi.object(requirementKeys).or('min', 'max').messages({ 'object.missing': '{{#label}} needs min, max or both' });

/** A list of requirements whose ids are unique within it. */
export const requirementList = (item: Joi.ObjectSchema = requirementSchema) =>
  Joi.array()
    .items(item)
    .unique('id')
    .messages({ 'array.unique': '{{#label}} repeats the id "{{#value.id}}" of an earlier requirement: each id is used once in a list' });

/** A quorum's `present` requirements count voting members present against their `min`, so each needs one. */
export const presentRequirementSchema = Joi.object({ ...requirementKeys, min: Joi.number().integer().min(1).required() });

/** Quorum settings, in a pack's `committee.quorum` or on a committee; each is optional. */
export const quorumSettingsSchema = Joi.object({
  minimumVoting: Joi.number().integer().min(1).allow(null),
  majorityOfVoting: Joi.boolean().allow(null),
  countedMajority: Joi.boolean().allow(null),
  chairOrViceChair: Joi.boolean().allow(null),
  present: requirementList(presentRequirementSchema).allow(null),
});

const committee = Joi.object({
  id: id.required(),
  name: Joi.string().required(),
  organisationIds: idList.min(1).required(),
  type: oneOf(COMMITTEE_TYPES).required(),
  commissioningLevel: oneOf(COMMISSIONING_LEVELS).allow(null),
  rulePack: id.required(),
  quorum: quorumSettingsSchema.allow(null),
  members: Joi.array().items(membership).required(),
});

const declaration = Joi.object({
  id: id.required(),
  personId: id.required(),
  type: oneOf(DECLARATION_TYPES).required(),
  category: optionalText,
  organisationId: optionalId,
  organisationName: optionalText,
  description: optionalText,
  heldBy: oneOf(HELD_BY).allow(null),
  // Required unless the declaration is nil: checked in references.ts, as joi's `when` is slow on big lists.
  from: isoDate.allow(null),
  to: isoDate.allow(null),
  declaredOn: isoDate.required(),
  actionTaken: optionalText,
});

const confirmation = Joi.object({
  personId: id.required(),
  confirmedOn: isoDate.required(),
});

const gift = Joi.object({
  id: id.required(),
  personId: id.required(),
  kind: oneOf(GIFT_KINDS).required(),
  fromOrganisationId: optionalId,
  fromName: optionalText,
  description: optionalText,
  valueGBP: money.required(),
  cashOrVoucher: Joi.boolean().allow(null),
  offeredOn: isoDate.required(),
  accepted: Joi.boolean().required(),
  declaredOn: isoDate.allow(null),
  approvedBy: optionalId,
});

const item = Joi.object({
  id: id.required(),
  title: Joi.string().required(),
  decisionId: optionalId,
  participation: Joi.array()
    .items(Joi.object({ personId: id.required(), action: oneOf(PARTICIPATION_ACTIONS).required() }))
    .allow(null),
});

const meeting = Joi.object({
  id: id.required(),
  committeeId: id.required(),
  date: isoDate.required(),
  present: idList.required(),
  items: Joi.array().items(item).allow(null),
});

const decision = Joi.object({
  id: id.required(),
  committeeId: id.required(),
  meetingId: id.required(),
  date: isoDate.required(),
  title: Joi.string().required(),
  kind: oneOf(DECISION_KINDS).required(),
  valueGBP: money.allow(null),
  affectedOrganisationIds: idList.required(),
  affectsAllPracticesOf: optionalId,
});

const list = (entry: Joi.ObjectSchema) => Joi.array().items(entry).required();

/** Options for snapshotSchema.validate. Dates are the schema's only patterns, hence the one message. */
export const SNAPSHOT_VALIDATION: Joi.ValidationOptions = {
  abortEarly: false,
  convert: false,
  allowUnknown: true,
  errors: { label: false },
  messages: { 'string.pattern.base': 'must be a real date in the form YYYY-MM-DD' },
};

export const snapshotSchema: Joi.ObjectSchema<Snapshot> = Joi.object({
  snapshotVersion: Joi.number().valid(1).required(),
  asAt: isoDate.allow(null),
  organisations: list(organisation),
  people: list(person),
  committees: list(committee),
  declarations: list(declaration),
  confirmations: list(confirmation),
  giftsAndHospitality: list(gift),
  meetings: list(meeting),
  decisions: list(decision),
}).required();
