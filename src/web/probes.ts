import { Router } from 'express';
import { rulePacksLoaded } from '../compliance/rulePacks';
import { isDatabaseAvailable } from '../db/connection';

/**
 * What a load balancer or orchestrator asks, answered before sessions or sign-in and without personal data.
 * `/health`: the process answers (always 200), and whether its database does. `/ready`: 200 only when the
 * database answers and the rule packs loaded, so traffic is sent only to an instance that can serve it.
 */
export function probesRouter(): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'alive', database: isDatabaseAvailable() ? 'up' : 'down' });
  });
  router.get('/ready', (_req, res) => {
    const database = isDatabaseAvailable();
    const rulePacks = rulePacksLoaded();
    res.status(database && rulePacks ? 200 : 503).json({
      ready: database && rulePacks,
      database: database ? 'up' : 'down',
      rulePacks: rulePacks ? 'loaded' : 'not loaded',
    });
  });
  return router;
}
