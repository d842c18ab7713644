import { createHmac, randomFillSync, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { bearerTokenOf } from '../accounts/access';
import { noteMadeAfresh } from '../shared/answerInputs';
import { ForbiddenError } from '../shared/errors';
import { changesState, isApiRequest } from './requestKind';

/** The header an API client signed in with a session cookie sends the session's token in. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** The random value an anonymous visitor's forms are bound to, kept in their browser rather than a session. */
const ANONYMOUS_COOKIE = 'coi.csrf';

function cookieValue(req: Request, name: string): string | undefined {
  return new RegExp(`(?:^|;\\s*)${name.replace('.', '\\.')}=([A-Za-z0-9_-]{16,64})(?:;|$)`).exec(req.get('cookie') ?? '')?.[1];
}

/**
 * Random bytes drawn from the system's generator 4 KiB at a time, each byte used once: every new visitor's
 * sign-in page needs 24, and a call to the generator for each took about 5 µs against 0.4 µs from the pool.
 */
const pool = Buffer.alloc(4096);
let poolUsed = pool.length;

/** A session's token, or an anonymous visitor's nonce. */
function randomValue(): string {
  if (poolUsed + 24 > pool.length) {
    randomFillSync(pool);
    poolUsed = 0;
  }
  poolUsed += 24;
  return pool.toString('base64url', poolUsed - 24, poolUsed);
}

function equalTokens(expected: string | undefined, sent: unknown): boolean {
  const want = Buffer.from(expected ?? '');
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  return want.length > 0 && given.length === want.length && timingSafeEqual(given, want);
}

/**
 * CSRF tokens (synchroniser token pattern). A signed-in person's token is kept in their session. An
 * anonymous visitor's (the sign-in form) is the HMAC of a random cookie under the session secret, so showing
 * the sign-in page creates no session and writes nothing; an attacker can neither read the cookie nor make
 * the HMAC. A token is made only when a page shows a form: pages without one (the public register) set
 * nothing at all.
 */
export function csrfProtection(secret: string): { provideCsrfToken: RequestHandler; verifyCsrfToken: RequestHandler } {
  const anonymousToken = (nonce: string) => createHmac('sha256', secret).update(`csrf:${nonce}`).digest('base64url');

  function tokenFor(req: Request, res: Response): string {
    if (req.session?.csrfToken) return req.session.csrfToken;
    if (req.session?.personId) return (req.session.csrfToken = randomValue());
    let nonce = cookieValue(req, ANONYMOUS_COOKIE);
    if (!nonce) {
      nonce = randomValue();
      res.cookie(ANONYMOUS_COOKIE, nonce, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
      // Two forms on one page share the token.
      req.headers.cookie = `${req.get('cookie') ? `${req.get('cookie')}; ` : ''}${ANONYMOUS_COOKIE}=${nonce}`;
      // The page sent again to the next new visitor (web/answersKept.ts) carries their own cookie and token.
      noteMadeAfresh({
        shown: [nonce, anonymousToken(nonce)],
        remake: () => {
          const another = randomValue();
          return [another, anonymousToken(another)];
        },
      });
    }
    return anonymousToken(nonce);
  }

  function matches(req: Request, sent: unknown): boolean {
    if (equalTokens(req.session?.csrfToken, sent)) return true;
    const nonce = cookieValue(req, ANONYMOUS_COOKIE);
    return !req.session?.personId && nonce !== undefined && equalTokens(anonymousToken(nonce), sent);
  }

  return {
    /**
     * Gives pages a token to put in their forms, made when a form is rendered (handlebars turns it into text).
     * The API has no forms, so it makes none.
     */
    provideCsrfToken(req: Request, res: Response, next: NextFunction): void {
      if (isApiRequest(req)) return next();
      let token: string | undefined;
      res.locals.csrfToken = { toString: () => (token ??= tokenFor(req, res)) };
      next();
    },

    /**
     * Refuses a request that changes something unless it proves it came from this site, whatever its content
     * type, once its body has been read. A form sends the token as `_csrf`; the API, when called with the
     * session cookie, sends the session's token in the X-CSRF-Token header, never a bare cookie. An API bearer
     * token needs none: a browser never attaches one by itself.
     */
    verifyCsrfToken(req: Request, _res: Response, next: NextFunction): void {
      if (!changesState(req)) return next();
      if (isApiRequest(req)) {
        if (bearerTokenOf(req) !== undefined || equalTokens(req.session?.csrfToken, req.get(CSRF_HEADER))) return next();
        return next(new ForbiddenError(`A request signed in with a session cookie must send the session's CSRF token in the ${CSRF_HEADER} header, or use an API token.`));
      }
      if (matches(req, (req.body as Record<string, unknown> | undefined)?._csrf)) return next();
      next(new ForbiddenError('This form has expired or did not come from this site. Go back, reload the page and try again.'));
    },
  };
}
