import { Router } from 'express';
import { committeesApi } from '../committees/committees.api';
import { committeesApiDescription } from '../committees/committees.openapi';
import { complianceApi } from '../compliance/compliance.api';
import { complianceApiDescription } from '../compliance/compliance.openapi';
import { breachesApi } from '../decisions/breaches.api';
import { decisionsApi } from '../decisions/decisions.api';
import { decisionsApiDescription } from '../decisions/decisions.openapi';
import { meetingsApi } from '../decisions/meetings.api';
import { organisationsApi } from '../organisations/organisations.api';
import { organisationsApiDescription } from '../organisations/organisations.openapi';
import { peopleApi } from '../people/people.api';
import { peopleApiDescription } from '../people/people.openapi';
import { peopleImportApi } from '../people/peopleImport.api';
import { rulePacksApi } from '../rulePacks/rulePacks.api';
import { rulePacksApiDescription } from '../rulePacks/rulePacks.openapi';
import { descriptionApi, openApiDocument, openApiRouter, type ApiDescription } from './openapi';

const API_DESCRIPTIONS: ApiDescription[] = [
  organisationsApiDescription,
  peopleApiDescription,
  committeesApiDescription,
  decisionsApiDescription,
  complianceApiDescription,
  rulePacksApiDescription,
  descriptionApi,
];

/** The OpenAPI document of the whole API, as GET /api/openapi.json serves it. */
export const apiDocument = () => openApiDocument(API_DESCRIPTIONS);

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
  router.use(openApiRouter(API_DESCRIPTIONS));
  return router;
}
