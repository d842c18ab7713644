import path from 'node:path';
import compression from 'compression';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { bearerTokenOf, loadCurrentUser } from './accounts/access';
import { AccessPolicy } from './accounts/accessPolicy';
import type { OidcSettings } from './accounts/oidc';
import { signInRouter } from './accounts/signIn.routes';
import { SESSION_LIFETIME_MS, sessionRenewalDue } from './accounts/sessionStore';
import { isDatabaseAvailable } from './db/connection';
import { projectRoot, viewsDir } from './paths';
import { readsOfOneRequest, registerState } from './readModel/registerState';
import { showsValuesMadeAfresh } from './shared/answerInputs';
import type { Services } from './services';
import { logger, type Logger } from './shared/logger';
import { whenVisible, withCommitsNoted } from './shared/visibility';
import { answersKept } from './web/answersKept';
import { apiRouter } from './web/api.routes';
import { csrfProtection } from './web/csrf';
import { readBody } from './web/bodies';
import { errorHandler, notFoundHandler } from './web/errorHandler';
import { probesRouter } from './web/probes';
import { provideNavigation } from './web/navigation';
import { isApiRequest } from './web/requestKind';
import { requestLogging } from './web/requestLogging';
import { sanitizeInput } from './web/sanitize';
import { configureViews } from './web/viewEngine';
import { webRouter } from './web/web.routes';

export interface AppDeps extends Services {
  publicUrl: string;
  sessionSecret: string;
  sessionStore: session.Store;
  bodyName: string;
  /** Where register exports keep their files, one folder per export. */
  exportsDir: string;
  /** The body's OpenID Connect provider; unset, people sign in by emailed link only. */
  oidc?: OidcSettings;
  /** Where request lines, and every line logged while answering a request, go; the process's logger by default. */
  logger?: Logger;
  /** Sign-in link requests allowed per client address per 15 minutes. */
  signInRateLimit?: number;
  /** Sign-in link requests allowed per email address per 15 minutes, from any client address. */
  signInMailboxRateLimit?: number;
}

const SESSION_COOKIE = 'coi.sid';
const nhsukDist = path.join(projectRoot, 'node_modules', 'nhsuk-frontend', 'dist', 'nhsuk');

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  configureViews(app);
  app.locals.bodyName = deps.bodyName;
  app.use(requestLogging(deps.logger ?? logger()));
  // Before everything else, which a kept answer need not do again (web/answersKept.ts).
  app.use(answersKept(deps.clock));

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
    }),
  );
  // Pages and the stylesheet shrink five- to tenfold; a page sent again (web/answersKept.ts) is not compressed again.
  // A page with values made for one visitor (the sign-in form's token) is small and sent uncompressed, so that
  // it can be sent again to the next with new values in their place (web/answersKept.ts).
  app.use(compression({ filter: (req, res) => !showsValuesMadeAfresh() && compression.filter(req, res) }));
  app.use('/assets', express.static(path.join(nhsukDist, 'assets'), { maxAge: '1d' }));
  app.get('/css/nhsuk.css', (_req, res) => res.sendFile(path.join(nhsukDist, 'nhsuk-frontend.min.css'), { maxAge: '1d' }));
  app.get('/css/app.css', (_req, res) => res.sendFile(path.join(viewsDir, 'static', 'app.css'), { maxAge: '1d' }));
  app.use(probesRouter());
  app.get('/js/nhsuk-frontend.js', (_req, res) => res.sendFile(path.join(nhsukDist, 'nhsuk-frontend.min.js'), { maxAge: '1d' }));
  app.get('/js/app.js', (_req, res) => res.sendFile(path.join(viewsDir, 'static', 'app.js'), { maxAge: '1d' }));

  app.use(refuseWhileDatabaseDown);
  app.use(oneLookupOfTheRegister);
  const sessions = session({
    name: SESSION_COOKIE,
    secret: deps.sessionSecret,
    store: deps.sessionStore,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: deps.publicUrl.startsWith('https:'), maxAge: SESSION_LIFETIME_MS },
  });
  app.use((req, res, next) => (mayUseSession(req) ? sessions(req, res, next) : next()));
  app.use(renewSessionWhenDue);
  app.use(saveSessionBeforeRedirect);
  app.use(acknowledgeSavesOnceVisible);
  app.use(loadCurrentUser);
  app.use(provideNavigation);
  const { provideCsrfToken, verifyCsrfToken } = csrfProtection(deps.sessionSecret);
  app.use(provideCsrfToken);
  // Who may use the route is settled before any body is read, so nobody unknown can make the app read 50 MB.
  const policy = new AccessPolicy();
  app.use(policy.enforce);
  app.use(readBody);
  app.use(sanitizeInput);
  app.use(verifyCsrfToken);

  app.use('/api', apiRouter());
  app.use(signInRouter(deps));
  app.use(webRouter(deps));

  app.use(notFoundHandler);
  app.use(errorHandler);
  policy.coverRoutesOf(app);
  return app;
}

/**
 * express-session sends a response's headers before its session is saved, so a browser can follow a
 * redirect and read the session before the write lands (a flash message or a form's draft lost). Save
 * first, then redirect.
 */
function saveSessionBeforeRedirect(req: Request, res: Response, next: NextFunction): void {
  const redirect = res.redirect.bind(res) as (status: number, url: string) => void;
  res.redirect = ((statusOrUrl: number | string, url?: string) => {
    const [status, location] = typeof statusOrUrl === 'number' ? [statusOrUrl, url ?? '/'] : [302, statusOrUrl];
    if (!req.session) return redirect(status, location);
    req.session.save((error) => (error ? next(error) : redirect(status, location)));
  }) as Response['redirect'];
  next();
}

/** A session in use is renewed (saved, with its cookie sent again, to expire the full lifetime from now) when due. */
function renewSessionWhenDue(req: Request, _res: Response, next: NextFunction): void {
  const expires = req.session?.cookie.expires;
  if (expires && sessionRenewalDue(expires)) req.session.renewedAt = Date.now();
  next();
}

/**
 * A response that acknowledges a save is held until every instance's reads are sure to see it
 * (shared/visibility.ts): the visibility window (50 ms by default) after the save. Installed after the session
 * middleware, so the hold comes before it writes anything of the response.
 */
function acknowledgeSavesOnceVisible(_req: Request, res: Response, next: NextFunction): void {
  withCommitsNoted((wait) => {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      whenVisible(wait, () => end(...args));
      return res;
    }) as Response['end'];
    next();
  });
}

/**
 * A request's reads of the register share one lookup of the audit trail (readModel/registerState.ts). A
 * signed-in request will read it, to know who is asking: that lookup begins while its session is read.
 */
function oneLookupOfTheRegister(req: Request, _res: Response, next: NextFunction): void {
  readsOfOneRequest(() => {
    if (req.get('authorization') || hasSessionCookie(req)) registerState().catch(() => undefined);
    next();
  });
}

const hasSessionCookie = (req: Request) => req.get('cookie')?.includes(`${SESSION_COOKIE}=`) === true;

/**
 * Whether the request may read or start a session. A visitor without a session cookie reading a page (the
 * public register, the sign-in page) has none, and express-session is not asked to make one it would then
 * throw away: `req.session` is undefined there. Forms they send (sign-in) and the identity provider's round
 * trip may start one. An API client with a bearer token is not a browser and has no session.
 */
function mayUseSession(req: Request): boolean {
  if (bearerTokenOf(req) !== undefined) return false;
  if (hasSessionCookie(req)) return true;
  return (req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/sign-in/oidc');
}

function refuseWhileDatabaseDown(req: Request, res: Response, next: NextFunction): void {
  if (isDatabaseAvailable()) return next();
  const message = 'The register is temporarily unavailable because its database cannot be reached. Try again in a minute.';
  res.status(503).set('Retry-After', '30');
  if (isApiRequest(req)) res.json({ error: message });
  else res.render('error', { title: 'Sorry, the service is unavailable', message });
}
