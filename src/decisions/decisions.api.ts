import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { sendCreated, toApiJson } from '../web/apiJson';
import { getDecision, listDecisions, recordDecision, updateDecision } from './decisions.service';

/** /api/decisions: the register of procurement decisions; POST names the meeting, and the agenda item to link. */
export function decisionsApi(): Router {
  const router = Router();
  router.get('/decisions', async (_req, res) => {
    res.json({ decisions: (await listDecisions()).map(toApiJson) });
  });
  router.post('/decisions', async (req, res) => sendCreated(res, '/api/decisions', await recordDecision(req.body, actorOf(req))));
  router.get('/decisions/:id', async (req, res) => {
    res.json(toApiJson(await getDecision(req.params.id)));
  });
  router.put('/decisions/:id', async (req, res) => {
    res.json(toApiJson(await updateDecision(req.params.id, req.body, actorOf(req))));
  });
  return router;
}
