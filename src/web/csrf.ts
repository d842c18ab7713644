import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ForbiddenError } from '../shared/errors';

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
    personId?: string;
    signInNext?: string;
  }
}

/** Gives every page a per-session token to put in its forms. */
export function provideCsrfToken(req: Request, res: Response, next: NextFunction): void {
  if (!req.session.csrfToken) req.session.csrfToken = randomBytes(24).toString('base64url');
  res.locals.csrfToken = req.session.csrfToken;
  next();
}

/** Refuses a form post whose token does not match the session's (synchroniser token pattern). */
export function verifyCsrfToken(req: Request, _res: Response, next: NextFunction): void {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next();
  // A file upload's fields are parsed by its own route, which calls this again once they are.
  if (req.is('multipart/form-data') && req.body === undefined) return next();
  const sent = Buffer.from(String((req.body as Record<string, unknown> | undefined)?._csrf ?? ''));
  const expected = Buffer.from(req.session.csrfToken ?? '');
  if (expected.length === 0 || sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
    return next(new ForbiddenError('This form has expired or did not come from this site. Go back, reload the page and try again.'));
  }
  next();
}
