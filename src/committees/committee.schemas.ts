import Joi from 'joi';
import { OFFICE_PATTERN, presentRequirementSchema, requirementList, type QuorumSettings } from '../engine';
import { choose, expectedVersion, isoDate, objectId } from '../shared/validation';
import { COMMISSIONING_LEVELS, COMMITTEE_TYPES, MEMBER_CATEGORIES, MEMBERSHIP_ROLES } from '../shared/vocabulary';
import type { FieldError } from '../shared/errors';

export interface CommitteeInput {
  name: string;
  organisationIds: string[];
  type: string;
  commissioningLevel: string | null;
  rulePack: string;
  quorum: QuorumSettings | null;
}

/** A quorum setting the committee may leave to its rule pack (null) or set to yes or no. */
const ownSetting = (what: string) => Joi.boolean().allow(null).messages({ '*': `Select whether ${what}, or leave it to the rule pack` });

const committeeFields = {
  name: Joi.string().trim().max(200).required().messages({
    'any.required': "Enter the committee's name",
    'string.empty': "Enter the committee's name",
    'string.max': "The committee's name must be 200 characters or fewer",
  }),
  organisationIds: Joi.array()
    .items(objectId('Select the organisations from the list'))
    .min(1)
    .unique()
    .required()
    .messages({ 'any.required': 'Select at least one organisation the committee belongs to', 'array.min': 'Select at least one organisation the committee belongs to', 'array.unique': 'Select each organisation once' }),
  type: Joi.string().valid(...COMMITTEE_TYPES.values).required().messages(choose('the type of committee')),
  commissioningLevel: Joi.string().valid(...COMMISSIONING_LEVELS.values).empty('').allow(null).default(null).messages(choose('a commissioning level from the list')),
  rulePack: Joi.string().trim().max(100).required().messages({ 'any.required': 'Select the rule pack to check the committee against', 'string.empty': 'Select the rule pack to check the committee against' }),
  quorum: Joi.object({
    minimumVoting: Joi.number().integer().min(1).max(100).allow(null).messages({ '*': 'Quorum must be a whole number of voting members, 1 or more' }),
    majorityOfVoting: ownSetting("more than half of the committee's voting members must be present"),
    countedMajority: ownSetting("the rule pack's counted categories must be a majority of the voting members present"),
    chairOrViceChair: ownSetting('the chair or vice-chair must be present'),
    present: requirementList(presentRequirementSchema).allow(null),
  })
    .allow(null)
    .default(null),
};

export const committeeSchema = Joi.object<CommitteeInput>(committeeFields);
export const committeeUpdateSchema = Joi.object<CommitteeInput & { version: number }>({ ...committeeFields, version: expectedVersion() });

export interface MembershipTerms {
  category: string;
  role: string;
  voting: boolean;
  office: string | null;
  from: string;
  to: string | null;
}

const terms = {
  category: Joi.string().valid(...MEMBER_CATEGORIES.values).required().messages(choose("the member's category")),
  role: Joi.string().valid(...MEMBERSHIP_ROLES.values).required().messages(choose("the member's role on the committee")),
  voting: Joi.boolean().required().messages({ '*': 'Select whether the member votes' }),
  // "Finance Director" is read as finance-director, the form the rule packs name offices in.
  office: Joi.string()
    .trim()
    .lowercase()
    .replace(/\s+/g, '-')
    .pattern(OFFICE_PATTERN)
    .max(60)
    .empty('')
    .allow(null)
    .default(null)
    .messages({ '*': 'Office must be letters and digits joined by hyphens, like finance-director, and 60 characters or fewer' }),
  from: isoDate().required().label('Start date').messages({ 'any.required': 'Enter the date the membership started' }),
  to: isoDate().empty('').allow(null).default(null).label('End date'),
};

export const newMembershipSchema = Joi.object<MembershipTerms & { personId: string }>({
  personId: objectId('Select the person from the list').required(),
  ...terms,
});

export const membershipUpdateSchema = Joi.object<MembershipTerms & { version: number }>({ ...terms, version: expectedVersion() });

export const endMembershipSchema = Joi.object<{ to: string; version: number }>({
  to: isoDate().required().label('End date').messages({ 'any.required': 'Enter the date the membership ended' }),
  version: expectedVersion(),
});

export function membershipDateChecks(value: { from: string; to: string | null }): FieldError[] {
  return value.to && value.to < value.from ? [{ field: 'to', message: 'End date must be the same as or after the start date' }] : [];
}
