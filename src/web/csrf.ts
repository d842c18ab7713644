import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { bearerTokenOf } from '../accounts/access';
import { ForbiddenError } from '../shared/errors';
import { changesState, isApiRequest } from './requestKind';

/** The header an API client signed in with a session cookie sends the session's token in. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** Gives every page a per-session token to put in its forms. The API has no forms, so it makes no session. */
export function provideCsrfToken(req: Request, res: Response, next: NextFunction): void {
  if (isApiRequest(req)) return next();
  if (!req.session.csrfToken) req.session.csrfToken = randomBytes(24).toString('base64url');
  res.locals.csrfToken = req.session.csrfToken;
  next();
}

function matchesSessionToken(req: Request, sent: unknown): boolean {
  const expected = Buffer.from(req.session?.csrfToken ?? '');
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  return expected.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Refuses a request that changes something unless it proves it came from this site (synchroniser token
 * pattern), whatever its content type, once its body has been read. A form sends the session's token as
 * `_csrf`; the API, when called with the session cookie, sends it in the X-CSRF-Token header, never a bare
 * cookie. An API bearer token needs none: a browser never attaches one by itself.
 */
export function verifyCsrfToken(req: Request, _res: Response, next: NextFunction): void {
  if (!changesState(req)) return next();
  if (isApiRequest(req)) {
    if (bearerTokenOf(req) !== undefined || matchesSessionToken(req, req.get(CSRF_HEADER))) return next();
    return next(new ForbiddenError(`A request signed in with a session cookie must send the session's CSRF token in the ${CSRF_HEADER} header, or use an API token.`));
  }
  if (matchesSessionToken(req, (req.body as Record<string, unknown> | undefined)?._csrf)) return next();
  next(new ForbiddenError('This form has expired or did not come from this site. Go back, reload the page and try again.'));
}
