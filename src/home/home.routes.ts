import { Router } from 'express';
import { currentUser } from '../accounts/access';
import type { AppDeps } from '../app';
import { todayUtc } from '../engine/dates';
import { progressChart } from '../rounds/progressChart';
import { governanceHome } from './home.service';

/** Governance leads (and administrators) start here. */
export function homeRouter(deps: Pick<AppDeps, 'clock'>): Router {
  const router = Router();
  router.get('/home', async (req, res) => {
    const home = await governanceHome(currentUser(req), todayUtc(deps.clock()));
    const chart = home.progress && progressChart([{ name: 'Everyone', counts: home.progress.overall }, ...home.progress.byCommittee.map((c) => ({ name: c.name, counts: c }))]);
    res.render('home/home', { title: 'Home', ...home, chart });
  });
  return router;
}
