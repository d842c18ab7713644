import Joi from 'joi';
import { choose, expectedVersion, objectId } from '../shared/validation';
import { ORGANISATION_KINDS } from '../shared/vocabulary';

export interface OrganisationInput {
  name: string;
  kind: string;
  odsCode: string | null;
  companiesHouseNumber: string | null;
  aliases: string[];
  memberOfId: string | null;
  supplier: boolean;
}

const optionalText = () => Joi.string().trim().empty('').allow(null).default(null);

const organisationFields = {
  name: Joi.string().trim().max(200).required().messages({
    'any.required': "Enter the organisation's name",
    'string.empty': "Enter the organisation's name",
    'string.max': "The organisation's name must be 200 characters or fewer",
  }),
  kind: Joi.string().valid(...ORGANISATION_KINDS.values).required().messages(choose('what kind of organisation it is')),
  odsCode: optionalText().uppercase().pattern(/^[A-Z0-9]{3,6}$/).messages({ '*': 'ODS code must be 3 to 6 letters and numbers, like M85001' }),
  companiesHouseNumber: optionalText()
    .uppercase()
    .pattern(/^([0-9]{8}|[A-Z]{2}[0-9]{6})$/)
    .messages({ '*': 'Companies House number must be 8 characters, like 01234567 or SC123456' }),
  aliases: Joi.array()
    .items(Joi.string().trim().min(1).max(200))
    // Joi compares the items before reporting their types, so a list of numbers reaches the comparator.
    .unique((a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase())
    .default([])
    .messages({
      'array.base': 'Other names must be a list',
      'string.base': 'Each other name must be text',
      'array.unique': 'Enter each other name once',
      'string.empty': 'Other names cannot be blank',
      'string.max': 'Each other name must be 200 characters or fewer',
    }),
  memberOfId: objectId('Select the clinical commissioning group or integrated care board from the list').empty('').allow(null).default(null),
  supplier: Joi.boolean().default(false).messages({ '*': 'Select whether the organisation supplies goods or services to the commissioning body' }),
};

export const organisationSchema = Joi.object<OrganisationInput>(organisationFields);
export const organisationUpdateSchema = Joi.object<OrganisationInput & { version: number }>({ ...organisationFields, version: expectedVersion() });
