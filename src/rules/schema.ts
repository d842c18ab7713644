/**
 * joi schemas for rule pack files. Each rule id has its own parameter schema. A file
 * is first checked on its own, where every field may be left to a base pack
 * (`partial`); the pack with its base merged in is then checked for completeness.
 */
import Joi from 'joi';
import { RULE_IDS, type RuleId, type RuleParams } from '../engine/catalogue';
import { quorumSettingsSchema, requirementList } from '../engine/schema';
import { MEMBER_CATEGORIES, SEVERITIES } from '../engine/types';

const categories = Joi.array().items(Joi.string().valid(...MEMBER_CATEGORIES)).min(1);
const pounds = Joi.number().min(0);
const wholeNumber = Joi.number().integer().min(0);
const severity = Joi.string().valid(...SEVERITIES);

type ParamFields = { readonly [K in RuleId]: { readonly [P in keyof RuleParams[K]]-?: Joi.Schema } };

/** Every rule's parameters, field by field. A rule with no parameters has none. */
export const PARAM_FIELDS: ParamFields = {
  'constitution.voting-majority': {},
  'constitution.gp-minority': {},
  'constitution.gp-cap': { maxGps: wholeNumber },
  'constitution.chair-lay': { allowedCategories: categories },
  'constitution.vice-chair-lay': { allowedCategories: categories },
  'constitution.non-voting-seats': { seats: categories, missingSeatSeverity: severity },
  'constitution.composition': { requirements: requirementList().min(1) },
  'meeting.inquorate': {},
  'register.no-declaration': {},
  'register.annual-confirmation-overdue': { months: Joi.number().integer().min(1) },
  'register.late-declaration': { days: wholeNumber },
  'register.nil-with-current-interests': {},
  'gifts.cash-or-voucher': {},
  'gifts.supplier-gift-accepted': { minimumValueGBP: pounds },
  'gifts.undeclared': { giftMinimumGBP: pounds, hospitalityMinimumGBP: pounds, days: wholeNumber },
  'gifts.hospitality-unapproved': { approvalAboveGBP: pounds },
  'gifts.cumulative-from-source': { thresholdGBP: pounds, months: Joi.number().integer().min(1), days: wholeNumber },
  'conflict.voted-while-conflicted': {},
  'conflict.undeclared-at-decision': {},
  'conflict.managed': {},
  'conflict.inquorate-after-exclusions': {},
  'conflict.possible-name-match': {},
};

function fieldsSchema(fields: Record<string, Joi.Schema>, required: boolean): Joi.ObjectSchema {
  const keys = Object.fromEntries(Object.entries(fields).map(([name, schema]) => [name, required ? schema.required() : schema]));
  return Joi.object(keys);
}

/** A rule entry as written in one file: anything may be inherited. */
export const partialRuleSchemas = Object.fromEntries(
  RULE_IDS.map((id) => [
    id,
    Joi.object({
      enabled: Joi.boolean(),
      severity,
      guidance: Joi.string(),
      params: fieldsSchema(PARAM_FIELDS[id], false),
    }),
  ]),
) as Record<RuleId, Joi.ObjectSchema>;

/** A rule entry after merging: complete, and with every parameter when it is enabled. */
export const completeRuleSchemas = Object.fromEntries(
  RULE_IDS.map((id) => [
    id,
    Joi.object({
      enabled: Joi.boolean().required(),
      severity: severity.required(),
      guidance: Joi.string().required(),
      params: Joi.when('enabled', {
        is: true,
        then: fieldsSchema(PARAM_FIELDS[id], true),
        otherwise: fieldsSchema(PARAM_FIELDS[id], false),
      }),
    }),
  ]),
) as Record<RuleId, Joi.ObjectSchema>;

/**
 * A pack's committee settings. Every quorum setting has a default (shared/spec/snapshot.md), so none is
 * required; which combinations make sense is checked with the merged pack (resolve.ts).
 */
export const committeeSchema = Joi.object({
  countedCategories: categories,
  quorum: quorumSettingsSchema,
});

/** The pack's own fields; `rules` entries are checked one by one against their rule's schema. */
export const packHeaderSchema = Joi.object({
  id: Joi.string()
    .pattern(/^[a-z0-9][a-z0-9.-]*$/)
    .required()
    .messages({ 'string.pattern.base': 'must use lower-case letters, digits, dots and hyphens' }),
  version: Joi.alternatives(Joi.string(), Joi.number()).required(),
  title: Joi.string().required(),
  source: Joi.string(),
  extends: Joi.string(),
  // Checked on its own (resolve.ts), so its problems name the rules that use it.
  committee: Joi.any(),
  rules: Joi.object().required(),
});
