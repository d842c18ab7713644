import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { toApiJson } from '../web/apiJson';
import { importPeople, planPeopleImport } from './peopleImport';

/**
 * POST /api/imports/people: the CSV as a text/csv body or as JSON {csv}. With ?dryRun=true it answers
 * what would be written; otherwise it writes it (201). A bad row rejects the whole file (400).
 */
export function peopleImportApi(): Router {
  const router = Router();
  router.post('/imports/people', async (req, res) => {
    const csv = typeof req.body === 'string' ? req.body : (req.body as { csv?: unknown }).csv;
    if (req.query.dryRun === 'true') {
      res.json(await planPeopleImport(csv, actorOf(req)));
      return;
    }
    const { people, memberships } = await importPeople(csv, actorOf(req));
    res.status(201).json({ people: people.map(toApiJson), memberships: memberships.map(toApiJson) });
  });
  return router;
}
