import Joi from 'joi';
import { ValidationError, type FieldError } from './errors';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as an ISO string; rejects impossible days such as 2015-02-30. */
export const isoDate = () =>
  Joi.string()
    .pattern(ISO_DATE)
    .custom((value: string, helpers) => {
      const d = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return helpers.error('date.real');
      return value;
    })
    .messages({
      'string.pattern.base': '{{#label}} must be a real date in the form YYYY-MM-DD',
      'date.real': '{{#label}} must be a real date',
    });

/** A record's id; `message` replaces the default for any value that is not one ("Select the person from the list"). */
export const objectId = (message = '{{#label}} is not a valid id') =>
  Joi.string().hex().length(24).messages({ '*': message, 'string.hex': message, 'string.length': message });

/** Messages for a choice from a list (radios, a select): "Select the type of interest". */
export const choose = (what: string) => ({ 'any.required': `Select ${what}`, 'any.only': `Select ${what}`, 'string.empty': `Select ${what}` });

/** A field that may be left blank: blank and null both become null. */
export const optional = <T extends Joi.Schema>(schema: T) => schema.empty('').allow(null).default(null);

/** The version of the record an edit started from; the save is refused if it is no longer current. */
export const expectedVersion = () =>
  Joi.number().integer().min(1).required().messages({ '*': 'version must be the version number of the record you opened, a whole number' });

/**
 * Validates input and returns the converted value, or throws a ValidationError naming every bad field.
 * `crossChecks` adds rules between fields (an end before a start), reported against the field to fix.
 */
export function validate<T>(schema: Joi.Schema<T>, input: unknown, crossChecks?: (value: T) => FieldError[]): T {
  const { value, error } = schema.validate(input, {
    abortEarly: false,
    stripUnknown: true,
    errors: { wrap: { label: false } },
  });
  if (error) {
    const seen = new Set<string>();
    const errors = error.details
      .map((d) => ({ field: d.path.join('.'), message: d.message }))
      .filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)));
    throw new ValidationError(errors);
  }
  const crossErrors = crossChecks?.(value) ?? [];
  if (crossErrors.length > 0) throw new ValidationError(crossErrors);
  return value;
}
