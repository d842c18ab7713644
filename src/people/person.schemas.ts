import Joi from 'joi';
import type { FieldError } from '../shared/errors';
import { choose, expectedVersion } from '../shared/validation';
import { ROLES, type Role } from '../shared/vocabulary';

export interface PersonInput {
  name: string;
  email: string;
  role: Role;
  jobTitle: string | null;
  decisionMaking: boolean;
  decisionMakingReason: string | null;
  lineManagerEmail: string | null;
  seniorApprover: boolean;
}

/** An email address, stored in lower case so that one person has one account. */
export const emailAddress = () => Joi.string().trim().lowercase().max(254).email({ tlds: { allow: false } });

const personFields = {
  name: Joi.string().trim().max(200).required().messages({
    'any.required': "Enter the person's full name",
    'string.empty': "Enter the person's full name",
    'string.max': "The person's name must be 200 characters or fewer",
  }),
  email: emailAddress()
    .required()
    .messages({
      'any.required': "Enter the person's email address",
      'string.empty': "Enter the person's email address",
      'string.email': 'Enter an email address in the correct format, like name@example.com',
      'string.max': 'Email address must be 254 characters or fewer',
    }),
  role: Joi.string().valid(...ROLES.values).required().messages(choose('what the person can do in the register')),
  jobTitle: Joi.string().trim().max(200).empty('').allow(null).default(null).messages({ 'string.max': 'Job title must be 200 characters or fewer' }),
  decisionMaking: Joi.boolean().truthy('yes').falsy('no', '').default(false).messages({ 'boolean.base': 'Decision-making must be yes or no' }),
  decisionMakingReason: Joi.string().trim().max(200).empty('').allow(null).default(null).messages({
    'string.max': 'The reason they are decision-making staff must be 200 characters or fewer',
  }),
  lineManagerEmail: emailAddress().empty('').allow(null).default(null).messages({
    'string.email': "Enter the line manager's email address in the correct format, like name@example.com",
    'string.max': "The line manager's email address must be 254 characters or fewer",
  }),
  seniorApprover: Joi.boolean().truthy('yes').falsy('no', '').default(false).messages({ 'boolean.base': 'Senior approver must be yes or no' }),
};

/** Someone marked as decision-making staff needs the reason; without the mark a reason means nothing. */
export function personCrossChecks(value: PersonInput): FieldError[] {
  if (value.decisionMaking && !value.decisionMakingReason) {
    return [{ field: 'decisionMakingReason', message: "Enter why they are decision-making staff, for example 'Band 8d and above' or 'Procurement lead'" }];
  }
  if (!value.decisionMaking) value.decisionMakingReason = null;
  if (value.lineManagerEmail && value.lineManagerEmail === value.email) {
    return [{ field: 'lineManagerEmail', message: "The line manager's email address must be someone else's" }];
  }
  return [];
}

export const personSchema = Joi.object<PersonInput>(personFields);
export const personUpdateSchema = Joi.object<PersonInput & { version: number }>({ ...personFields, version: expectedVersion() });
