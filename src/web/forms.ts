import type { Response } from 'express';
import { ConcurrencyError, ValidationError } from '../shared/errors';

/** The three boxes of an NHS.UK date input (name-day, name-month, name-year) as one ISO date. */
export function readDateInput(body: Record<string, unknown>, name: string): string | undefined {
  const parts = ['year', 'month', 'day'].map((p) => String(body[`${name}-${p}`] ?? '').trim());
  if (parts.every((p) => p === '')) return undefined;
  const [year, month, day] = parts;
  // Keep whatever was typed when it is not a date, so validation can name the field.
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return `${year}-${month}-${day}`;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The form values to show back for a date field held as an ISO string. */
export function dateInputValues(name: string, iso: string | null | undefined): Record<string, string> {
  if (!iso) return {};
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
}

export interface FormState {
  values: Record<string, unknown>;
  errors?: Record<string, string>;
  errorList?: { text: string; href?: string }[];
}

/**
 * Turns field errors into the error summary and the messages beside each field. A nested field's
 * error ("aliases.1", "quorum.minimumVoting") belongs beside the form input for its top-level field.
 */
export function formStateFor(error: ValidationError, values: Record<string, unknown>, dateFields: string[] = []): FormState {
  const errors: Record<string, string> = {};
  const errorList = error.errors.map((e) => {
    const field = e.field.split('.')[0];
    const isDate = dateFields.includes(field);
    const message = isDate ? dateInputMessage(e.message, values, field) : e.message;
    errors[field] ??= message;
    return { text: message, href: `#${field}${isDate ? '-day' : ''}` };
  });
  return { values, errors, errorList };
}

/**
 * The services speak of ISO dates ("must be a real date in the form YYYY-MM-DD"), which is right for
 * the API; a person filled in day, month and year boxes, so the form says which box is wrong.
 */
function dateInputMessage(message: string, values: Record<string, unknown>, field: string): string {
  const match = /^(.*) must be a real date/.exec(message);
  if (!match) return message;
  const label = match[1];
  const typed = (part: string) => String(values[`${field}-${part}`] ?? '').trim();
  const missing = ['day', 'month', 'year'].filter((part) => typed(part) === '');
  if (missing.length > 0) return `${label} must include a ${missing.join(' and a ')}`;
  if (!/^\d{4}$/.test(typed('year'))) return `${label}: the year must have 4 numbers, like 2024`;
  return `${label} must be a real date, like 27 3 2024`;
}

/**
 * Runs a form action; on a validation error re-renders the form with the errors (status 400), and on
 * a stale version with the concurrency message (status 409), keeping what was typed. Either way
 * nothing is written. Other errors go on to the error handler.
 */
export async function handleForm(
  res: Response,
  view: string,
  context: Record<string, unknown> & { values: Record<string, unknown> },
  action: () => Promise<void>,
  dateFields: string[] = [],
): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof ValidationError) res.status(400).render(view, { ...context, ...formStateFor(error, context.values, dateFields) });
    else if (error instanceof ConcurrencyError) res.status(409).render(view, { ...context, errorList: [{ text: error.message }] });
    else throw error;
  }
}

/**
 * Runs a service call whose input names differ from the form's (a nested "decision.kind" sits on the
 * form as "kind"), reporting any field errors against the form's own field names.
 */
export async function withFormFieldNames<T>(formField: (field: string) => string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.errors.map((e) => ({ ...e, field: formField(e.field) })));
    throw error;
  }
}
