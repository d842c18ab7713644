import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { toApiJson } from '../web/apiJson';
import { getBreach, listBreaches, updateBreachStatus } from './breaches.service';

/** /api/breaches: entered by compliance checks; a client changes only the status and the action taken. */
export function breachesApi(): Router {
  const router = Router();
  router.get('/breaches', async (req, res) => {
    res.json({ breaches: (await listBreaches(req.query)).breaches.map(toApiJson) });
  });
  router.get('/breaches/:id', async (req, res) => {
    res.json(toApiJson(await getBreach(req.params.id)));
  });
  router.put('/breaches/:id', async (req, res) => {
    res.json(toApiJson(await updateBreachStatus(req.params.id, req.body, actorOf(req))));
  });
  return router;
}
