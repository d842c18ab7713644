import { todayUtc } from '../engine/dates';
import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { runAndStoreCheck } from '../compliance/compliance.service';
import { flash } from '../web/flash';

import { BREACH_STATUSES } from '../shared/vocabulary';
import { handleForm } from '../web/forms';
import { describeHistory } from '../web/history';
import { breachFindings, breachRegister, breachWithHistory, updateBreachStatus } from './breaches.service';

const FIELD_NAMES = { status: 'status', actionTaken: 'action taken' };

const STATUS_FILTER = [{ value: 'all', label: 'All breaches' }, ...BREACH_STATUSES.values.map((value) => ({ value, label: BREACH_STATUSES.labels[value] }))];

/** The register of breaches: entered by compliance checks, their status kept by governance leads. */
export function breachesRouter(): Router {
  const router = Router();
  router.get('/breaches', async (req, res) => {
    const { status, breaches } = await breachRegister(req.query);
    res.render('decisions/breaches', { title: 'Register of breaches', breaches, statuses: STATUS_FILTER, values: { status } });
  });

  // A check of the whole body as at today, stored like a dashboard run, which enters any new breach.
  router.post('/breaches/find', async (req, res) => {
    const run = await runAndStoreCheck({ asAt: todayUtc() }, actorOf(req));
    const found = breachFindings(run.findings).length;
    flash(req, `The check as at today found ${found} ${found === 1 ? 'breach' : 'breaches'} of the conflict rules. Any found for the first time has been added as open.`);
    res.redirect(303, '/breaches');
  });

  const editing = async (id: string, values?: Record<string, unknown>) => {
    const { breach, history } = await breachWithHistory(id);
    return {
      title: 'Change the status of a breach',
      breach,
      history: describeHistory(history, FIELD_NAMES),
      action: `/breaches/${id}/edit`,
      backLink: '/breaches',
      values: values ?? { status: breach.status, actionTaken: breach.actionTaken ?? '', version: breach.version },
    };
  };
  router.get('/breaches/:id/edit', async (req, res) => res.render('decisions/breach-form', await editing(req.params.id)));
  router.post('/breaches/:id/edit', async (req, res) => {
    const id = req.params.id;
    await handleForm(res, 'decisions/breach-form', await editing(id, req.body), async () => {
      const breach = await updateBreachStatus(id, { status: req.body.status, actionTaken: req.body.actionTaken, version: req.body.version }, actorOf(req));
      flash(req, `The breach is now ${BREACH_STATUSES.labels[breach.status].toLowerCase()}. The earlier version is kept in its history.`);
      res.redirect(303, '/breaches');
    });
  });

  return router;
}
