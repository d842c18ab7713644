import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { sendCreated, toApiJson } from '../web/apiJson';
import { queryText } from '../web/formInput';
import { addOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './organisations.service';

/** /api/organisations: list (optionally ?search=), add, read and update with `version`. */
export function organisationsApi(): Router {
  const router = Router();
  router.get('/organisations', async (req, res) => {
    res.json({ organisations: (await listOrganisations(queryText(req.query.search))).map(toApiJson) });
  });
  router.post('/organisations', async (req, res) => sendCreated(res, '/api/organisations', await addOrganisation(req.body, actorOf(req))));
  router.get('/organisations/:id', async (req, res) => {
    res.json(toApiJson(await getOrganisation(req.params.id)));
  });
  router.put('/organisations/:id', async (req, res) => {
    res.json(toApiJson(await updateOrganisation(req.params.id, req.body, actorOf(req))));
  });
  return router;
}
