import { todayUtc } from '../engine/dates';
import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { committeeChoices } from '../committees/committees.service';

import { dateInputValues, handleForm, readDateInput } from '../web/forms';
import { getRun, recentRuns, runAndStoreCheck } from './compliance.service';
import { findingKey } from './findingsDiff';
import { groupFindings } from './findingsView';

/** The governance lead's compliance dashboard: run checks, see findings and what changed. */
export function complianceRouter(): Router {
  const router = Router();
  async function dashboardContext(values: Record<string, unknown>) {
    const [committees, runs] = await Promise.all([committeeChoices(), recentRuns()]);
    const committeeNames = new Map(committees.map((c) => [c.value, c.label]));
    return {
      title: 'Compliance checks',
      values,
      committees,
      runs: runs.map((r) => ({ ...r, scope: r.committeeId ? (committeeNames.get(r.committeeId) ?? 'A committee') : 'Whole body' })),
    };
  }

  router.get('/compliance', async (_req, res) => {
    res.render('compliance/dashboard', await dashboardContext(dateInputValues('asAt', todayUtc())));
  });

  router.post('/compliance/runs', async (req, res) => {
    await handleForm(res, 'compliance/dashboard', await dashboardContext(req.body), async () => {
      const run = await runAndStoreCheck({ asAt: readDateInput(req.body, 'asAt'), committeeId: req.body.committeeId || null }, actorOf(req));
      res.redirect(303, `/compliance/runs/${run._id}`);
    }, ['asAt']);
  });

  router.get('/compliance/runs/:id', async (req, res) => {
    const { run, previous, diff } = await getRun(req.params.id);
    const marks = new Map<string, string>([...diff.new.map((f) => [findingKey(f), 'New'] as const), ...diff.stillOpen.map((f) => [findingKey(f), 'Still open'] as const)]);
    const committee = run.committeeId ? (await committeeChoices()).find((c) => c.value === run.committeeId) : undefined;
    res.render('compliance/run', {
      title: 'Compliance check results',
      run,
      scope: committee?.label ?? 'Whole body',
      previous,
      diff: { new: diff.new.length, resolved: diff.resolved.length, stillOpen: diff.stillOpen.length },
      groups: await groupFindings(run.findings, marks, findingKey),
      resolvedGroups: await groupFindings(diff.resolved),
      backLink: '/compliance',
    });
  });

  return router;
}
