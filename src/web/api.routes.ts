import { Router } from 'express';
import { committeesApi } from '../committees/committees.api';
import { complianceApi } from '../compliance/compliance.api';
import { breachesApi } from '../decisions/breaches.api';
import { decisionsApi } from '../decisions/decisions.api';
import { meetingsApi } from '../decisions/meetings.api';
import { organisationsApi } from '../organisations/organisations.api';
import { peopleApi } from '../people/people.api';
import { peopleImportApi } from '../people/peopleImport.api';
import { rulePacksApi } from '../rulePacks/rulePacks.api';

/** The JSON API: JSON in and out, joi-validated, 400 with field errors, 404 for unknown ids. */
export function apiRouter(): Router {
  const router = Router();
  // A request without a JSON body is validated as an empty one, so it gets field errors, not a fault.
  router.use((req, _res, next) => {
    req.body ??= {};
    next();
  });
  router.use(organisationsApi());
  router.use(peopleApi());
  router.use(committeesApi());
  router.use(peopleImportApi());
  router.use(rulePacksApi());
  router.use(complianceApi());
  router.use(meetingsApi());
  router.use(decisionsApi());
  router.use(breachesApi());
  return router;
}
