import { Router } from 'express';
import type { AppDeps } from '../app';
import { handleForm } from '../web/forms';
import { redeemSignInToken, requestSignInLink, SIGN_IN_LINK_MINUTES } from './signIn';
import { SignInLimits } from './signInLimits';

/** Only same-site paths, so a crafted link can't send someone elsewhere after sign-in. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[\w\-/?=&%.]*$/.test(next) ? next : '/';
}

export function signInRouter(deps: AppDeps): Router {
  const router = Router();
  const limits = new SignInLimits({ perAddress: deps.signInRateLimit ?? 10, perMailbox: deps.signInMailboxRateLimit ?? 5 });

  router.get('/sign-in', (req, res) => res.render('accounts/sign-in', { values: {}, next: safeNext(req.query.next) }));

  router.post('/sign-in', async (req, res) => {
    if (!(await limits.allow(req.ip ?? '', req.body.email))) {
      res.status(429).set('Retry-After', String(limits.secondsToNextWindow()));
      res.render('error', { title: 'Too many sign-in requests', message: 'You have asked for too many sign-in links. Wait 15 minutes and try again.' });
      return;
    }
    const next = safeNext(req.body.next);
    await handleForm(res, 'accounts/sign-in', { values: req.body, next }, async () => {
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
    const { person } = redeemed;
    const destination = safeNext(redeemed.next ?? req.session.signInNext);
    // A new session id on sign-in, so a session fixed before sign-in is worthless.
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.personId = String(person._id);
      req.session.save((saveErr) => (saveErr ? next(saveErr) : res.redirect(303, destination)));
    });
  });

  router.post('/sign-out', (req, res, next) => {
    req.session.destroy((err) => (err ? next(err) : res.redirect(303, '/signed-out')));
  });
  router.get('/signed-out', (_req, res) => res.render('accounts/signed-out'));

  return router;
}
