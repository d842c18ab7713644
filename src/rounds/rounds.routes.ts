import { Router, type Request } from 'express';
import { actorOf } from '../accounts/access';
import type { AppDeps } from '../app';
import { committeeChoices } from '../committees/committees.service';
import { addDays, todayUtc } from '../engine/dates';
import { flash } from '../web/flash';
import { dateInputValues, handleForm, readDateInput } from '../web/forms';
import { progressChart } from './progressChart';
import { RETURN_STATUS_LABELS } from './roundFacts';
import { closeRound, listRounds, openRound, roundDetails } from './rounds.service';

const DATE_FIELDS = ['opensOn', 'dueOn'];

function roundInputFromForm(body: Record<string, unknown>) {
  const { name, scope, committeeIds, reminderDaysBefore, overdueEvery, maxReminders } = body;
  return { name, opensOn: readDateInput(body, 'opensOn'), dueOn: readDateInput(body, 'dueOn'), scope, committeeIds, reminderDaysBefore, overdueEvery, maxReminders };
}

/** Governance leads' declaration rounds: open one, follow who has returned, close it. */
export function roundsRouter(deps: Pick<AppDeps, 'clock' | 'scheduler'>): Router {
  const router = Router();
  const today = () => todayUtc(deps.clock());

  router.get('/rounds', async (_req, res) => {
    res.render('rounds/list', { title: 'Declaration rounds', rounds: await listRounds(today()) });
  });

  async function formPage(values: Record<string, unknown>) {
    const chosen = new Set([values.committeeIds ?? []].flat().map(String));
    return {
      title: 'Open a declaration round',
      values,
      committees: (await committeeChoices()).map((c) => ({ ...c, checked: chosen.has(c.value) })),
      backLink: '/rounds',
    };
  }

  router.get('/rounds/new', async (_req, res) => {
    const start = today();
    const [year] = start.split('-').map(Number);
    res.render(
      'rounds/form',
      await formPage({
        name: `Annual declarations ${year}/${String(year + 1).slice(2)}`,
        scope: 'decision-making',
        reminderDaysBefore: '14, 3',
        overdueEvery: '7',
        maxReminders: '4',
        ...dateInputValues('opensOn', start),
        ...dateInputValues('dueOn', addDays(start, 42)),
      }),
    );
  });

  router.post('/rounds/new', async (req: Request, res) => {
    await handleForm(res, 'rounds/form', await formPage(req.body), async () => {
      const round = await openRound(roundInputFromForm(req.body), actorOf(req), today());
      // The opening emails go as soon as the round is open, not at the next minute's tick.
      void deps.scheduler.tick().catch(() => undefined);
      flash(req, round.opensOn <= today() ? `${round.name} is open: everyone in it is being emailed a link to their return.` : `${round.name} will open on its opening day, when everyone in it is emailed.`);
      res.redirect(303, `/rounds/${round._id}`);
    }, DATE_FIELDS);
  });

  router.get('/rounds/:id', async (req, res) => {
    const { round, progress, reminders } = await roundDetails(req.params.id, today());
    res.render('rounds/view', {
      title: round.name,
      round,
      progress,
      reminders,
      chart: progressChart([{ name: 'Everyone', counts: progress.overall }, ...progress.byCommittee.map((c) => ({ name: c.name, counts: c }))]),
      statusLabels: RETURN_STATUS_LABELS,
      backLink: '/rounds',
    });
  });

  router.get('/rounds/:id/close', async (req, res) => {
    const { round, progress } = await roundDetails(req.params.id, today());
    res.render('rounds/close', { title: `Close ${round.name}`, round, progress, values: { version: round.version }, backLink: `/rounds/${round._id}` });
  });

  router.post('/rounds/:id/close', async (req, res) => {
    const { round, progress } = await roundDetails(req.params.id, today());
    await handleForm(res, 'rounds/close', { title: `Close ${round.name}`, round, progress, values: req.body, backLink: `/rounds/${round._id}` }, async () => {
      await closeRound(req.params.id, { version: req.body.version }, actorOf(req), today());
      flash(req, `${round.name} is closed. Nothing more will be sent for it.`);
      res.redirect(303, `/rounds/${round._id}`);
    });
  });

  return router;
}
