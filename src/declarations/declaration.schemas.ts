import Joi from 'joi';
import { HELD_BY, INTEREST_CATEGORIES, INTEREST_TYPES, GIFT_KINDS } from '../shared/vocabulary';
import type { FieldError } from '../shared/errors';
import { todayUtc } from '../engine/dates';
import { choose, isoDate, objectId } from '../shared/validation';

export interface InterestInput {
  type: string;
  category: string | null;
  organisationId: string | null;
  organisationName: string | null;
  description: string;
  heldBy: string;
  from: string;
  to: string | null;
  actionTaken: string | null;
  /** Why it is declared more than 28 days after it began (the member is asked). */
  lateReason?: string | null;
}

export interface GiftInput {
  kind: string;
  fromOrganisationId: string | null;
  fromName: string | null;
  description: string;
  valueGBP: number;
  cashOrVoucher: boolean;
  offeredOn: string;
  accepted: boolean;
}

export const interestSchema = Joi.object<InterestInput>({
  type: Joi.string().valid(...INTEREST_TYPES.values).required().label('Type of interest').messages(choose('the type of interest')),
  category: Joi.string().valid(...INTEREST_CATEGORIES.values).empty('').allow(null).default(null).label('Category').messages({ 'any.only': 'Select a category from the list' }),
  organisationId: objectId().empty('').allow(null).default(null).label('Organisation'),
  organisationName: Joi.string().trim().max(200).empty('').allow(null).default(null).label('Organisation'),
  description: Joi.string().trim().max(2000).required().label('Description').messages({
    'any.required': 'Describe the interest',
    'string.empty': 'Describe the interest',
    'string.max': 'Description must be 2,000 characters or fewer',
  }),
  heldBy: Joi.string().valid(...HELD_BY.values).required().label('Who holds the interest').messages(choose('who holds the interest')),
  from: isoDate().required().label('Start date').messages({ 'any.required': 'Enter the date the interest started' }),
  to: isoDate().empty('').allow(null).default(null).label('End date'),
  actionTaken: Joi.string().trim().max(2000).empty('').allow(null).default(null).label('Action taken to manage it'),
  lateReason: Joi.string().trim().max(2000).empty('').allow(null).default(null).messages({ 'string.max': 'The reason must be 2,000 characters or fewer' }),
});

export function interestCrossChecks(value: InterestInput): FieldError[] {
  const errors: FieldError[] = [];
  if (value.from > todayUtc()) errors.push({ field: 'from', message: 'The date the interest started must be today or in the past: declare an interest once it has begun' });
  if (value.to && value.to < value.from) errors.push({ field: 'to', message: 'End date must be the same as or after the start date' });
  if (value.type === 'indirect' && value.heldBy === 'self') {
    errors.push({ field: 'heldBy', message: 'An indirect interest is held by someone close to you: select who holds it' });
  }
  return errors;
}

export const endInterestSchema = Joi.object({
  to: isoDate().required().label('End date').messages({ 'any.required': 'Enter the date the interest ended' }),
  version: Joi.number().integer().min(1).required().label('Version'),
});

export const giftSchema = Joi.object<GiftInput>({
  kind: Joi.string().valid(...GIFT_KINDS.values).required().label('What was offered').messages(choose('what was offered')),
  fromOrganisationId: objectId().empty('').allow(null).default(null).label('Offered by'),
  fromName: Joi.string().trim().max(200).empty('').allow(null).default(null).label('Offered by'),
  description: Joi.string().trim().max(2000).required().label('Description').messages({
    'any.required': 'Describe what was offered',
    'string.empty': 'Describe what was offered',
  }),
  valueGBP: Joi.number().min(0).max(10_000_000).precision(2).required().label('Value').messages({
    'any.required': 'Enter the value in pounds',
    'number.base': 'Value must be an amount in pounds, like 25, 12.50 or £1,200',
    'number.min': 'Value must be £0 or more',
  }),
  cashOrVoucher: Joi.boolean().required().label('Cash or voucher').messages({ 'any.required': 'Select whether it was cash or a voucher', 'boolean.base': 'Select whether it was cash or a voucher' }),
  offeredOn: isoDate().required().label('Date offered').messages({ 'any.required': 'Enter the date it was offered' }),
  accepted: Joi.boolean().required().label('Accepted or declined').messages({ 'any.required': 'Select whether you accepted or declined it', 'boolean.base': 'Select whether you accepted or declined it' }),
});

export function giftCrossChecks(value: GiftInput): FieldError[] {
  return value.fromOrganisationId || value.fromName ? [] : [{ field: 'fromName', message: 'Enter who offered it' }];
}
