import { Router } from 'express';
import type { AppDeps } from '../app';
import { exportsRouter } from './exports.routes';
import { publishedRouter } from './published.routes';

/** Register exports for auditors and governance leads, and the published register for everyone. */
export function registersRouter(deps: Pick<AppDeps, 'exportsDir' | 'bodyName' | 'clock'>): Router {
  const router = Router();
  router.use(publishedRouter(deps));
  router.use(exportsRouter(deps.exportsDir, deps.bodyName));
  return router;
}
