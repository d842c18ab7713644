/**
 * joi schemas of requirements and quorum settings, as rule packs write them (src/rules checks
 * pack files with them). Snapshots are checked by schemas/snapshot.schema.json (validate.ts).
 */
import Joi from 'joi';
import { MEMBER_CATEGORIES, MEMBER_ROLES, OFFICE_PATTERN } from './types';

const oneOf = (values: readonly string[]) => Joi.string().valid(...values);

/** An office: lower case, digits and hyphens. */
const office = Joi.string().pattern(OFFICE_PATTERN).messages({ 'string.pattern.base': '{{#label}} must be lower-case letters and digits joined by hyphens, like finance-director' });

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
