import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { flash } from '../declarations/declarations.routes';
import { handleForm } from '../web/forms';
import { queryText } from '../web/formInput';
import { cellText } from './cellText';
import { PUBLISHED_COLUMNS, type PublishableEntry } from './published';
import { interestToWithhold, publicRegister, publishAgain, publishedRegisterToday, withholdFromPublication } from './publishedRegister.service';
import { iterate } from './recordSource';
import type { Row } from './register';
import { writeCsv } from './writers/csv';

const cellsOf = (row: Row) => PUBLISHED_COLUMNS.map((c) => cellText(c, row[c.key]));

/**
 * The public register at /register (no sign-in) and its CSV, which hold the same rows; and the page
 * where governance leads withhold entries from it, and auditors see what was withheld and why.
 */
export function publishedRouter(): Router {
  const router = Router();

  router.get('/register', async (req, res) => {
    const search = queryText(req.query.q).trim();
    const { asAt, rows, withheldCount } = await publicRegister(search);
    res.render('registers/public', {
      title: 'Register of interests of decision-making staff',
      asAt,
      search,
      headers: PUBLISHED_COLUMNS.map((c) => c.header),
      rows: rows.map(cellsOf),
      withheldCount,
      csvLink: `/register/published.csv${search ? `?q=${encodeURIComponent(search)}` : ''}`,
    });
  });

  router.get('/register/published.csv', async (req, res) => {
    const { asAt, rows } = await publicRegister(queryText(req.query.q).trim());
    res.type('text/csv; charset=utf-8').attachment(`published-register-${asAt}.csv`);
    await writeCsv(res, PUBLISHED_COLUMNS, iterate(rows));
  });

  router.get('/registers/published', async (_req, res) => {
    const { asAt, published, withheld } = await publishedRegisterToday();
    const view = (entry: PublishableEntry) => ({ ...entry, name: entry.row.name, cells: cellsOf(entry.row).slice(1) });
    res.render('registers/published', {
      title: 'Published register: what is withheld',
      asAt,
      headers: PUBLISHED_COLUMNS.slice(1).map((c) => c.header),
      published: published.map(view),
      withheld: withheld.map(view),
    });
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
