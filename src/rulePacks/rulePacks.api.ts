import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { sendCreated, toApiJson } from '../web/apiJson';
import { addRulePack, listRulePacks, rulePackDetails, updateRulePack } from './rulePacks.service';

/** /api/rule-packs: the shipped packs and the body's own; the body's own are added and changed as YAML. */
export function rulePacksApi(): Router {
  const router = Router();
  router.get('/rule-packs', async (_req, res) => {
    res.json(await listRulePacks());
  });
  router.post('/rule-packs', async (req, res) => {
    sendCreated(res, '/api/rule-packs', await addRulePack(req.body, actorOf(req)));
  });
  router.get('/rule-packs/:id', async (req, res) => {
    const { id, shipped, pack, record, yaml, problems, committees } = await rulePackDetails(req.params.id);
    res.json({ id, shipped, version: record?.version ?? null, pack, yaml, problems, committees: committees.map((c) => ({ id: String(c._id), name: c.name })) });
  });
  router.put('/rule-packs/:id', async (req, res) => {
    res.json(toApiJson(await updateRulePack(req.params.id, req.body, actorOf(req))));
  });
  return router;
}
