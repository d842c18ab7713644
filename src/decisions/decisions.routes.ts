import { Router } from 'express';
import { listCommittees } from '../committees/committees.service';
import { describeHistory } from '../web/history';
import { decisionDetails, decisionRegister } from './decisions.service';

const FIELD_NAMES = {
  title: 'what was decided',
  kind: 'kind',
  valueGBP: 'value',
  affectedOrganisationIds: 'organisations affected',
  affectsAllPracticesOf: 'every practice of',
  date: 'date',
};

/** The register of procurement decisions; a decision is entered and changed with its agenda item. */
export function decisionsRouter(): Router {
  const router = Router();
  router.get('/decisions', async (_req, res) => {
    const [decisions, committees] = await Promise.all([decisionRegister(), listCommittees()]);
    res.render('decisions/decisions', { title: 'Meetings and decisions', decisions, committees });
  });

  router.get('/decisions/:id', async (req, res) => {
    const details = await decisionDetails(req.params.id);
    res.render('decisions/decision', { title: details.decision.title, ...details, history: describeHistory(details.history, FIELD_NAMES), backLink: '/decisions' });
  });

  return router;
}
