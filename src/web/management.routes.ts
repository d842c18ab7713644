import { Router } from 'express';
import { committeesRouter } from '../committees/committees.routes';
import { organisationsRouter } from '../organisations/organisations.routes';
import { peopleRouter } from '../people/people.routes';
import { peopleImportRouter } from '../people/peopleImport.routes';

/** Governance leads' pages: organisations, people, committees and memberships. */
export function managementRouter(): Router {
  const router = Router();
  router.use(organisationsRouter());
  // Before the people router, so /people/import is not read as a person's id.
  router.use(peopleImportRouter());
  router.use(peopleRouter());
  router.use(committeesRouter());
  return router;
}
