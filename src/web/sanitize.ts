import type { NextFunction, Request, Response } from 'express';

/** Drops keys that MongoDB would read as operators ("$gt") or paths ("a.b") from request input. */
export function stripQueryOperators(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripQueryOperators);
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !key.startsWith('$') && !key.includes('.'))
        .map(([key, v]) => [key, stripQueryOperators(v)]),
    );
  }
  return value;
}

export function sanitizeInput(req: Request, _res: Response, next: NextFunction): void {
  if (req.body && typeof req.body === 'object') req.body = stripQueryOperators(req.body);
  // Express 5 makes req.query a getter; replace it with a sanitised copy.
  const query = stripQueryOperators(req.query);
  Object.defineProperty(req, 'query', { value: query, writable: true, configurable: true });
  next();
}
