import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { sendCreated, toApiJson } from '../web/apiJson';
import { addPerson, getPerson, listPeople, updatePerson } from './people.service';

/** /api/people: list, add, read and update with `version`. */
export function peopleApi(): Router {
  const router = Router();
  router.get('/people', async (_req, res) => {
    res.json({ people: (await listPeople()).map(toApiJson) });
  });
  router.post('/people', async (req, res) => sendCreated(res, '/api/people', await addPerson(req.body, actorOf(req))));
  router.get('/people/:id', async (req, res) => {
    res.json(toApiJson(await getPerson(req.params.id)));
  });
  router.put('/people/:id', async (req, res) => {
    res.json(toApiJson(await updatePerson(req.params.id, req.body, actorOf(req))));
  });
  return router;
}
