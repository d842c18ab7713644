import { createHash } from 'node:crypto';
import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { flash } from '../declarations/declarations.routes';
import { ValidationError } from '../shared/errors';
import { handleForm } from '../web/forms';
import { IMPORT_COLUMNS, importPeople, planPeopleImport } from './peopleImport';

const EXAMPLE = `name,email,role,committee,category,committeeRole,voting,from,to
Ann Lay,ann.lay@nhs.net,member,Primary Care Committee,lay,chair,yes,2015-04-01,
Gita Patel,gita.patel@nhs.net,member,Primary Care Committee,gp,member,yes,01/04/2015,31/03/2017
Sam Jones,sam.jones@nhs.net,auditor,,,,,,`;

const digestOf = (csv: string) => createHash('sha256').update(csv).digest('hex');

/** Import people and their committee seats from a CSV file: upload or paste, check the preview, then commit. */
export function peopleImportRouter(): Router {
  const router = Router();
  const formPage = { title: 'Import people from a CSV file', columns: IMPORT_COLUMNS.join(','), example: EXAMPLE, backLink: '/people' };

  router.get('/people/import', (_req, res) => res.render('people/import', { ...formPage, values: {} }));

  // The access policy marks this form as a CSV upload: the edge reads the file (req.file), or says in
  // res.locals.uploadProblem why it would not, and checks the CSRF token, before this runs.
  router.post('/people/import', async (req, res) => {
    const pasted = String(req.body?.csvText ?? '');
    await handleForm(res, 'people/import', { ...formPage, values: { csvText: pasted } }, async () => {
      if (res.locals.uploadProblem) throw new ValidationError([{ field: 'csv', message: res.locals.uploadProblem }]);
      const csv = req.file && req.file.size > 0 ? req.file.buffer.toString('utf8') : pasted;
      await planPeopleImport(csv, actorOf(req));
      req.session.peopleImport = { csv, digest: digestOf(csv) };
      res.redirect(303, '/people/import/check');
    });
  });

  router.get('/people/import/check', async (req, res) => {
    const pending = req.session.peopleImport;
    if (!pending) return res.redirect(303, '/people/import');
    await handleForm(res, 'people/import', { ...formPage, values: { csvText: pending.csv } }, async () => {
      const plan = await planPeopleImport(pending.csv, actorOf(req));
      res.render('people/import-check', {
        title: 'Check the import',
        digest: pending.digest,
        newPeople: plan.people.filter((p) => !p.existingId),
        knownPeople: plan.people.filter((p) => p.existingId),
        newMemberships: plan.memberships.filter((m) => !m.onRegister),
        knownMemberships: plan.memberships.filter((m) => m.onRegister),
        backLink: '/people/import',
      });
    });
  });

  router.post('/people/import/check', async (req, res) => {
    const pending = req.session.peopleImport;
    // The preview being committed must be the one waiting: another tab may have previewed a different file since.
    if (!pending || pending.digest !== req.body.digest) return res.redirect(303, '/people/import/check');
    await handleForm(res, 'people/import', { ...formPage, values: { csvText: pending.csv } }, async () => {
      const { people, memberships } = await importPeople(pending.csv, actorOf(req));
      delete req.session.peopleImport;
      flash(req, `Imported ${people.length} new ${people.length === 1 ? 'person' : 'people'} and ${memberships.length} new ${memberships.length === 1 ? 'membership' : 'memberships'}.`);
      res.redirect(303, '/people');
    });
  });

  return router;
}
