import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { sendCreated, toApiJson } from '../web/apiJson';
import { addAgendaItem } from './agenda.service';
import { addMeeting, getMeeting, meetingsOf, updateMeeting } from './meetings.service';

/**
 * /api/committees/:id/meetings and /api/meetings: a meeting with who was present and its agenda. PUT takes
 * the whole meeting (items and participation too) with `version`; POST .../items adds an item, and its decision.
 */
export function meetingsApi(): Router {
  const router = Router();
  router.get('/committees/:id/meetings', async (req, res) => {
    res.json({ meetings: (await meetingsOf(req.params.id)).map(toApiJson) });
  });
  router.post('/committees/:id/meetings', async (req, res) => sendCreated(res, '/api/meetings', await addMeeting(req.params.id, req.body, actorOf(req))));
  router.get('/meetings/:id', async (req, res) => {
    res.json(toApiJson(await getMeeting(req.params.id)));
  });
  router.put('/meetings/:id', async (req, res) => {
    res.json(toApiJson(await updateMeeting(req.params.id, req.body, actorOf(req))));
  });
  router.post('/meetings/:id/items', async (req, res) => {
    const { meeting, itemId } = await addAgendaItem(req.params.id, req.body, actorOf(req));
    res.status(201).location(`/api/meetings/${req.params.id}`).json({ ...toApiJson(meeting), itemId });
  });
  return router;
}
