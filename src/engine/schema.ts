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

const membership = Joi.object({
  personId: id.required(),
  category: oneOf(MEMBER_CATEGORIES).required(),
  role: oneOf(MEMBER_ROLES).required(),
  voting: Joi.boolean().required(),
  from: isoDate.required(),
  to: isoDate.allow(null),
});

const committee = Joi.object({
  id: id.required(),
  name: Joi.string().required(),
  organisationIds: idList.min(1).required(),
  type: oneOf(COMMITTEE_TYPES).required(),
  commissioningLevel: oneOf(COMMISSIONING_LEVELS).allow(null),
  rulePack: id.required(),
  quorum: Joi.object({ minimumVoting: Joi.number().integer().min(1).allow(null) }).allow(null),
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
