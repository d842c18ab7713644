import { Router, type NextFunction, type Request, type Response } from 'express';
import type { AppDeps } from '../app';
import { noteMadeFromTheRequestAlone } from '../shared/answerInputs';
import { handleForm } from '../web/forms';
import { NotOnRegisterError, OidcSignIn, OidcSignInError } from './oidc';
import { redeemSignInToken, requestSignInLink, SIGN_IN_LINK_MINUTES } from './signIn';
import { SignInLimits } from './signInLimits';

/** Only same-site paths, so a crafted link can't send someone elsewhere after sign-in. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[\w\-/?=&%.]*$/.test(next) ? next : '/';
}

/** How each problem with the provider is answered: its status and the heading above the message. */
const OIDC_PROBLEMS: Record<OidcSignInError['problem'], { status: number; title: string }> = {
  unreachable: { status: 503, title: 'Sign-in is not working at the moment' },
  'not-checked': { status: 400, title: 'You have not been signed in' },
  refused: { status: 400, title: 'You have not been signed in' },
  cancelled: { status: 400, title: 'You have not been signed in' },
  'no-verified-email': { status: 403, title: 'You have not been signed in' },
};

/**
 * Signs the person in: a new session id, so a session fixed before sign-in is worthless, then on to where they
 * were going. The emailed link and the identity provider both end here.
 */
function signInAs(req: Request, res: Response, next: NextFunction, personId: string, linkDestination: string | null = null): void {
  // A link a round sent leads to the person's return; one they asked for, back to where they were.
  const destination = safeNext(linkDestination ?? req.session.signInNext);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.personId = personId;
    req.session.save((saveErr) => (saveErr ? next(saveErr) : res.redirect(303, destination)));
  });
}

export function signInRouter(deps: AppDeps): Router {
  const router = Router();
  const limits = new SignInLimits({ perAddress: deps.signInRateLimit ?? 10, perMailbox: deps.signInMailboxRateLimit ?? 5 });
  const oidc = deps.oidc && new OidcSignIn(deps.oidc, `${deps.publicUrl}/sign-in/oidc/callback`);

  /** The provider's button, when one is configured; it comes back to `next` once signed in. */
  const oidcButton = (next: string) => oidc && { providerName: oidc.providerName, href: `/sign-in/oidc?next=${encodeURIComponent(next)}` };
  /** The sign-in page: the provider's button when one is configured, and the emailed link always. */
  const signInPage = (res: Response, next: string, extra: Record<string, unknown> = {}) => res.render('accounts/sign-in', { values: {}, next, oidc: oidcButton(next), ...extra });

  router.get('/sign-in', (req, res) => {
    noteMadeFromTheRequestAlone();
    signInPage(res, safeNext(req.query.next));
  });

  router.post('/sign-in', async (req, res) => {
    if (!(await limits.allow(req.ip ?? '', req.body.email))) {
      res.status(429).set('Retry-After', String(limits.secondsToNextWindow()));
      res.render('error', { title: 'Too many sign-in requests', message: 'You have asked for too many sign-in links. Wait 15 minutes and try again.' });
      return;
    }
    const next = safeNext(req.body.next);
    await handleForm(res, 'accounts/sign-in', { values: req.body, next, oidc: oidcButton(next) }, async () => {
      const { email } = await requestSignInLink({ email: req.body.email }, deps);
      req.session.signInNext = next;
      res.render('accounts/check-email', { email, minutes: SIGN_IN_LINK_MINUTES });
    });
  });

  // The emailed link shows a button rather than signing in on GET: mail scanners that follow links
  // would otherwise use up the single-use token before the person clicks it.
  router.get('/sign-in/link', (req, res) => res.render('accounts/confirm-sign-in', { token: String(req.query.token ?? '') }));

  router.post('/sign-in/link', async (req, res, next) => {
    const redeemed = await redeemSignInToken(req.body.token);
    if (!redeemed) {
      res.status(400).render('accounts/link-expired', { minutes: SIGN_IN_LINK_MINUTES });
      return;
    }
    signInAs(req, res, next, String(redeemed.person._id), redeemed.next);
  });

  // Without a provider configured these answer 404, as any address the register does not serve.
  router.get('/sign-in/oidc', async (req, res, next) => {
    if (!oidc) return next();
    const destination = safeNext(req.query.next);
    try {
      const { url, pending } = await oidc.start();
      req.session.oidc = pending;
      req.session.signInNext = destination;
      res.redirect(303, url);
    } catch (error) {
      if (!(error instanceof OidcSignInError)) throw error;
      showProblem(res, destination, error);
    }
  });

  router.get('/sign-in/oidc/callback', async (req, res, next) => {
    if (!oidc) return next();
    const pending = req.session.oidc;
    // Used once, whatever happens next: a replayed answer finds nothing to check it against.
    delete req.session.oidc;
    try {
      const person = await oidc.finish(new URL(req.originalUrl, deps.publicUrl), pending);
      signInAs(req, res, next, String(person._id));
    } catch (error) {
      if (error instanceof NotOnRegisterError) {
        res.status(403).render('accounts/not-on-register', { providerName: oidc.providerName, email: error.email, governanceLeads: error.governanceLeads });
        return;
      }
      if (!(error instanceof OidcSignInError)) throw error;
      showProblem(res, safeNext(req.session.signInNext), error);
    }
  });

  /** The sign-in page again, saying what went wrong with the provider, with the emailed link still there. */
  function showProblem(res: Response, next: string, error: OidcSignInError): void {
    const { status, title } = OIDC_PROBLEMS[error.problem];
    res.status(status);
    signInPage(res, next, { problem: { title, message: error.message } });
  }

  router.post('/sign-out', (req, res, next) => {
    req.session.destroy((err) => (err ? next(err) : res.redirect(303, '/signed-out')));
  });
  router.get('/signed-out', (_req, res) => res.render('accounts/signed-out'));

  return router;
}
