import { Router, type Request } from 'express';
import { actorOf, currentUser } from '../accounts/access';
import type { AppDeps } from '../app';
import { flash } from '../web/flash';
import { todayUtc } from '../engine/dates';
import { handleForm } from '../web/forms';
import { completeReturn, giftsReviewed, interestStillCorrect, memberReturn } from './returns.service';

const RETURN_CHOICES = [
  { value: 'confirm', label: 'My declarations of interests, gifts and hospitality are complete and correct' },
  { value: 'nil', label: 'I have nothing to declare: make a nil return' },
];

const TASK_LABELS = { completed: 'Completed', 'in-progress': 'In progress', 'not-started': 'Not started', 'cannot-start': 'Cannot start yet' };

/** A member's annual return for a round, as a task list; each page is their own. */
export function returnsRouter(deps: Pick<AppDeps, 'clock'>): Router {
  const router = Router();
  const today = () => todayUtc(deps.clock());
  const load = (req: Request) => memberReturn(currentUser(req).id, String(req.params.roundId), today());
  const base = (roundId: string) => `/returns/${roundId}`;

  router.get('/returns/:roundId', async (req, res) => {
    const current = await load(req);
    res.render('rounds/return', { title: current.round.name, ...current, taskLabels: TASK_LABELS });
  });

  router.get('/returns/:roundId/interests', async (req, res) => {
    const current = await load(req);
    res.render('rounds/return-interests', { title: 'Review your interests', ...current, values: {}, backLink: base(req.params.roundId) });
  });

  router.post('/returns/:roundId/interests', async (req, res) => {
    const current = await load(req);
    await handleForm(res, 'rounds/return-interests', { title: 'Review your interests', ...current, values: req.body, backLink: base(req.params.roundId) }, async () => {
      await interestStillCorrect(currentUser(req).id, req.params.roundId, { declarationId: req.body.declarationId }, actorOf(req), today());
      res.redirect(303, `${base(req.params.roundId)}/interests`);
    });
  });

  router.get('/returns/:roundId/gifts', async (req, res) => {
    const current = await load(req);
    res.render('rounds/return-gifts', { title: 'Gifts and hospitality in the last 12 months', ...current, values: {}, backLink: base(req.params.roundId) });
  });

  router.post('/returns/:roundId/gifts', async (req, res) => {
    const current = await load(req);
    const context = { title: 'Gifts and hospitality in the last 12 months', ...current, values: req.body, backLink: base(req.params.roundId) };
    await handleForm(res, 'rounds/return-gifts', context, async () => {
      await giftsReviewed(currentUser(req).id, req.params.roundId, { allDeclared: req.body.allDeclared }, actorOf(req), today());
      res.redirect(303, base(req.params.roundId));
    });
  });

  router.get('/returns/:roundId/confirm', async (req, res) => {
    const current = await load(req);
    res.render('rounds/return-confirm', { title: 'Make your return', ...current, returnChoices: RETURN_CHOICES, values: {}, backLink: base(req.params.roundId) });
  });

  router.post('/returns/:roundId/confirm', async (req, res) => {
    const current = await load(req);
    await handleForm(res, 'rounds/return-confirm', { title: 'Make your return', ...current, returnChoices: RETURN_CHOICES, values: req.body, backLink: base(req.params.roundId) }, async () => {
      await completeReturn(currentUser(req).id, req.params.roundId, { outcome: req.body.outcome }, actorOf(req), today());
      flash(req, req.body.outcome === 'nil' ? 'Thank you. Your nil return has been recorded.' : 'Thank you. Your return has been recorded: your declarations are confirmed as complete and correct.');
      res.redirect(303, base(req.params.roundId));
    });
  });

  return router;
}
