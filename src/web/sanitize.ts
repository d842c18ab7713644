import type { NextFunction, Request, Response } from 'express';
import { ValidationError } from '../shared/errors';

/** NUL and the other control characters; tab, carriage return and line feed are ordinary text. */
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;

/** A body with control characters everywhere names the first few fields, not thousands. */
const MOST_FIELDS_NAMED = 10;

/** Drops keys that MongoDB would read as operators ("$gt") or paths ("a.b") from request input. */
export function stripQueryOperators(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripQueryOperators);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !key.startsWith('$') && !key.includes('.'))
        .map(([key, v]) => [key, stripQueryOperators(v)]),
    );
  }
  return value;
}

/**
 * Refuses input holding a control character, naming each field by its dotted path ("aliases.1"), or as
 * `whole` when the input is one string. The database cannot store a NUL byte in text, and nobody types one.
 * `where` says where the fields are when that is not the body ("in the address").
 */
export function refuseControlCharacters(value: unknown, whole: string, where?: string): void {
  const fields: string[] = [];
  collectControlCharacters(value, '', fields);
  if (fields.length === 0) return;
  throw new ValidationError(
    fields.slice(0, MOST_FIELDS_NAMED).map((path) => {
      const field = path || whole;
      return { field, message: `${where && path ? `${path} ${where}` : field} contains a control character (such as a NUL byte), which is not allowed` };
    }),
  );
}

function collectControlCharacters(value: unknown, path: string, fields: string[]): void {
  if (fields.length >= MOST_FIELDS_NAMED) return;
  const within = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) fields.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectControlCharacters(item, within(i), fields));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      // A key is named as far as it can be printed.
      if (CONTROL_CHARACTER.test(key)) fields.push(within(key.replace(new RegExp(CONTROL_CHARACTER, 'gu'), '?')));
      else collectControlCharacters(item, within(key), fields);
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value);
}

/** Body and query as the routes see them: no control characters, no query operators. */
export function sanitizeInput(req: Request, _res: Response, next: NextFunction): void {
  refuseControlCharacters(req.body, 'body');
  refuseControlCharacters(req.query, 'query', 'in the query string');
  // An uploaded file is a CSV file, so text, and held to the same rule as typed text.
  if (req.file) refuseControlCharacters(req.file.buffer.toString('utf8'), req.file.fieldname);
  if (req.body && typeof req.body === 'object') req.body = stripQueryOperators(req.body);
  // Express 5 makes req.query a getter; replace it with a sanitised copy.
  const query = stripQueryOperators(req.query);
  Object.defineProperty(req, 'query', { value: query, writable: true, configurable: true });
  next();
}
