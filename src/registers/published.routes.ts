import { Router, type Request } from 'express';
import type { AppDeps } from '../app';
import { todayUtc } from '../engine/dates';
import { nonDeclarer, nonDeclarers, publishNonDeclarerAgain, withholdNonDeclarer, type NonDeclarer } from '../rounds/nonDeclarers.service';
import { actorOf } from '../accounts/access';
import { flash } from '../web/flash';
import { handleForm } from '../web/forms';
import { queryText } from '../web/formInput';
import { cellText } from './cellText';
import { PUBLISHED_COLUMNS, type PublishableEntry } from './published';
import { interestToWithhold, publicRegister, publicRegisterPage, publishAgain, publishedRegisterToday, withholdFromPublication } from './publishedRegister.service';
import { iterate } from './recordSource';
import type { Column, Row } from './register';
import { writeCsv } from './writers/csv';

/** The published list of decision-making staff who made no declaration for the round. */
const NOT_DECLARED_COLUMNS: readonly Column[] = [
  { key: 'name', header: 'Name', kind: 'text', width: 24 },
  { key: 'positions', header: 'Positions', kind: 'text', width: 40 },
  { key: 'round', header: 'Declaration round', kind: 'text', width: 30 },
];

/** What a page shows in an empty cell, where a blank would leave the reader guessing (the CSV keeps it blank). */
const EMPTY_CELL: Partial<Record<string, string>> = { to: 'Current', actionTaken: 'None recorded', organisation: 'Not named' };
const cellsOf = (row: Row) => PUBLISHED_COLUMNS.map((c) => cellText(c, row[c.key]) || (EMPTY_CELL[c.key] ?? ''));

/**
 * The public register at /register (no sign-in) and its CSV, which hold the same rows; and the page
 * where governance leads withhold entries from it, and auditors see what was withheld and why.
 */
export function publishedRouter(deps: Pick<AppDeps, 'clock'>): Router {
  const router = Router();
  const today = () => todayUtc(deps.clock());

  router.get('/register', async (req, res) => {
    const search = queryText(req.query.q).trim();
    const page = await publicRegisterPage(today(), search);
    const view = {
      notDeclared: page.notDeclared,
      title: 'Register of interests of decision-making staff',
      asAt: page.asAt,
      search,
      headers: PUBLISHED_COLUMNS.map((c) => c.header),
      rows: page.rows.map(cellsOf),
      withheldCount: page.withheldCount,
      csvLink: `/register/published.csv${search ? `?q=${encodeURIComponent(search)}` : ''}`,
    };
    // Anonymous visitors asking alike are sent the page again until a save changes it (web/answersKept.ts).
    res.render('registers/public', view);
  });

  router.get('/register/published.csv', async (req, res) => {
    const { asAt, rows } = await publicRegister(queryText(req.query.q).trim());
    res.type('text/csv; charset=utf-8').attachment(`published-register-${asAt}.csv`);
    await writeCsv(res, PUBLISHED_COLUMNS, iterate(rows));
  });

  router.get('/register/not-declared.csv', async (_req, res) => {
    const { round, published } = await nonDeclarers(today());
    res.type('text/csv; charset=utf-8').attachment(`not-declared-${round?.dueOn ?? today()}.csv`);
    await writeCsv(res, NOT_DECLARED_COLUMNS, iterate(published.map((n) => ({ name: n.name, positions: n.positions, round: round?.name ?? '' }))));
  });

  router.get('/registers/published', async (_req, res) => {
    const [{ asAt, published, withheld }, notDeclared] = await Promise.all([publishedRegisterToday(), nonDeclarers(today())]);
    const view = (entry: PublishableEntry) => ({ ...entry, name: entry.row.name, cells: cellsOf(entry.row).slice(1) });
    res.render('registers/published', {
      title: 'Published register: what is withheld',
      asAt,
      headers: PUBLISHED_COLUMNS.slice(1).map((c) => c.header),
      published: published.map(view),
      withheld: withheld.map(view),
      notDeclared,
    });
  });

  const withholdingName = async (req: Request) => nonDeclarer(String(req.params.roundId), String(req.params.personId), today());
  const nameContext = (entry: NonDeclarer, values: Record<string, unknown>) => ({ title: 'Withhold a name from the published list', entry, values, backLink: '/registers/published' });

  router.get('/registers/published/not-declared/:roundId/:personId/withhold', async (req, res) => {
    const entry = await withholdingName(req);
    res.render('registers/withhold-name', nameContext(entry, { version: entry.version }));
  });

  router.post('/registers/published/not-declared/:roundId/:personId/withhold', async (req, res) => {
    const entry = await withholdingName(req);
    await handleForm(res, 'registers/withhold-name', nameContext(entry, req.body), async () => {
      await withholdNonDeclarer(entry.roundId, entry.personId, { reason: req.body.reason, version: req.body.version }, actorOf(req), today());
      flash(req, `${entry.name}'s name is withheld from the published list of those who have not declared. The public page counts it without showing it.`);
      res.redirect(303, '/registers/published');
    });
  });

  router.post('/registers/published/not-declared/:roundId/:personId/publish', async (req, res) => {
    const entry = await withholdingName(req);
    await publishNonDeclarerAgain(entry.roundId, entry.personId, { version: req.body.version }, actorOf(req), today());
    flash(req, `${entry.name}'s name is on the published list again.`);
    res.redirect(303, '/registers/published');
  });

  router.get('/registers/published/:id/withhold', async (req, res) => {
    const declaration = await interestToWithhold(req.params.id);
    res.render('registers/withhold', { title: 'Withhold an entry from the published register', declaration, values: { version: declaration.version }, backLink: '/registers/published' });
  });

  router.post('/registers/published/:id/withhold', async (req, res) => {
    const declaration = await interestToWithhold(req.params.id);
    const context = { title: 'Withhold an entry from the published register', declaration, values: req.body, backLink: '/registers/published' };
    await handleForm(res, 'registers/withhold', context, async () => {
      await withholdFromPublication(req.params.id, req.body, actorOf(req));
      flash(req, 'The entry is withheld from the published register. The public page counts it without showing it.');
      res.redirect(303, '/registers/published');
    });
  });

  router.post('/registers/published/:id/publish', async (req, res) => {
    await publishAgain(req.params.id, req.body, actorOf(req));
    flash(req, 'The entry is on the published register again.');
    res.redirect(303, '/registers/published');
  });

  return router;
}
