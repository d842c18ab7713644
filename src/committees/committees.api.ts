import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { sendCreated, toApiJson } from '../web/apiJson';
import { addCommittee, getCommittee, listCommittees, updateCommittee } from './committees.service';
import { addMembership, endMembership, getMembership, membershipsOf, updateMembership } from './memberships.service';

/** /api/committees and their memberships; a membership is changed or ended, never deleted. */
export function committeesApi(): Router {
  const router = Router();
  router.get('/committees', async (_req, res) => {
    res.json({ committees: (await listCommittees()).map(toApiJson) });
  });
  router.post('/committees', async (req, res) => sendCreated(res, '/api/committees', await addCommittee(req.body, actorOf(req))));
  router.get('/committees/:id', async (req, res) => {
    res.json(toApiJson(await getCommittee(req.params.id)));
  });
  router.put('/committees/:id', async (req, res) => {
    res.json(toApiJson(await updateCommittee(req.params.id, req.body, actorOf(req))));
  });

  router.get('/committees/:id/memberships', async (req, res) => {
    res.json({ memberships: (await membershipsOf(req.params.id)).map(toApiJson) });
  });
  router.post('/committees/:id/memberships', async (req, res) => {
    sendCreated(res, '/api/memberships', await addMembership(req.params.id, req.body, actorOf(req)));
  });
  router.get('/memberships/:id', async (req, res) => {
    res.json(toApiJson(await getMembership(req.params.id)));
  });
  router.put('/memberships/:id', async (req, res) => {
    res.json(toApiJson(await updateMembership(req.params.id, req.body, actorOf(req))));
  });
  router.post('/memberships/:id/end', async (req, res) => {
    res.json(toApiJson(await endMembership(req.params.id, req.body, actorOf(req))));
  });
  return router;
}
