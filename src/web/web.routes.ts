import { Router } from 'express';
import type { AppDeps } from '../app';
import { holds } from '../accounts/access';
import { auditRouter } from '../audit/audit.routes';
import { complianceRouter } from '../compliance/compliance.routes';
import { briefingRouter } from '../decisions/briefing.routes';
import { declarationsRouter } from '../declarations/declarations.routes';
import { giftApprovalsRouter } from '../declarations/giftApprovals.routes';
import { giftsRouter } from '../declarations/gifts.routes';
import { homeRouter } from '../home/home.routes';
import { emailsRouter } from '../mail/emails.routes';
import { returnsRouter } from '../rounds/returns.routes';
import { roundsRouter } from '../rounds/rounds.routes';
import { registersRouter } from '../registers/registers.routes';
import { managementRouter } from './management.routes';

/** The signed-in web pages, one router per business area. */
export function webRouter(deps: AppDeps): Router {
  const router = Router();
  router.use((req, res, next) => {
    if (req.session?.flash) {
      res.locals.flash = req.session.flash;
      delete req.session.flash;
    }
    next();
  });

  router.get('/', (req, res) => {
    if (!req.user) return res.render('start', { title: 'Start' });
    res.redirect(303, holds(req.user, 'manage') ? '/home' : '/declarations');
  });

  router.use(homeRouter(deps));
  router.use(declarationsRouter(deps));
  router.use(giftsRouter());
  router.use(giftApprovalsRouter(deps));
  router.use(returnsRouter(deps));
  router.use(roundsRouter(deps));
  router.use(emailsRouter(deps));
  router.use(managementRouter(deps));
  router.use(complianceRouter());
  router.use(briefingRouter(deps));
  router.use(registersRouter(deps));
  router.use(auditRouter());
  return router;
}
