import { Router } from 'express';
import type { AppDeps } from '../app';
import { committeesRouter } from '../committees/committees.routes';
import { breachesRouter } from '../decisions/breaches.routes';
import { decisionsRouter } from '../decisions/decisions.routes';
import { meetingsRouter } from '../decisions/meetings.routes';
import { organisationsRouter } from '../organisations/organisations.routes';
import { peopleRouter } from '../people/people.routes';
import { peopleImportRouter } from '../people/peopleImport.routes';
import { rulePacksRouter } from '../rulePacks/rulePacks.routes';

/** Governance leads' pages: organisations, people, committees and memberships, rule packs, meetings, decisions and breaches. */
export function managementRouter(deps: Pick<AppDeps, 'clock'>): Router {
  const router = Router();
  router.use(organisationsRouter());
  // Before the people router, so /people/import is not read as a person's id.
  router.use(peopleImportRouter());
  router.use(peopleRouter(deps));
  router.use(committeesRouter());
  router.use(rulePacksRouter());
  router.use(meetingsRouter());
  router.use(decisionsRouter());
  router.use(breachesRouter());
  return router;
}
