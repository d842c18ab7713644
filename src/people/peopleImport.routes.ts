import { createHash } from 'node:crypto';
import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { actorOf } from '../accounts/access';
import { flash } from '../declarations/declarations.routes';
import { ValidationError } from '../shared/errors';
import { verifyCsrfToken } from '../web/csrf';
import { handleForm } from '../web/forms';
import { requireManager } from '../web/managementAccess';
import { IMPORT_COLUMNS, IMPORT_MAX_BYTES, importPeople, planPeopleImport } from './peopleImport';

declare module 'express-session' {
  interface SessionData {
    /** The file waiting between its preview and the governance lead's commit. */
    peopleImport?: { csv: string; digest: string };
  }
}

const EXAMPLE = `name,email,role,committee,category,committeeRole,voting,from,to
Ann Lay,ann.lay@nhs.net,member,Primary Care Committee,lay,chair,yes,2015-04-01,
Gita Patel,gita.patel@nhs.net,member,Primary Care Committee,gp,member,yes,01/04/2015,31/03/2017
Sam Jones,sam.jones@nhs.net,auditor,,,,,,`;

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: IMPORT_MAX_BYTES, fieldSize: IMPORT_MAX_BYTES, files: 1, fields: 5 } }).single('file');

/** Reads the multipart form; an upload multer refuses (too large, too many files) becomes a message on the form. */
function receiveUpload(req: Request, res: Response, next: NextFunction): void {
  upload(req, res, (error: unknown) => {
    if (!(error instanceof multer.MulterError)) return next(error);
    res.locals.uploadProblem = error.code === 'LIMIT_FILE_SIZE' ? 'The file must be 1 MB or smaller' : 'Upload one CSV file of 1 MB or smaller';
    next();
  });
}

const digestOf = (csv: string) => createHash('sha256').update(csv).digest('hex');

/** Import people and their committee seats from a CSV file: upload or paste, check the preview, then commit. */
export function peopleImportRouter(): Router {
  const router = Router();
  router.use('/people/import', requireManager);
  const formPage = { title: 'Import people from a CSV file', columns: IMPORT_COLUMNS.join(','), example: EXAMPLE, backLink: '/people' };

  router.get('/people/import', (_req, res) => res.render('people/import', { ...formPage, values: {} }));

  // The app's CSRF check cannot see a multipart form's fields, so it runs once multer has read them.
  router.post('/people/import', receiveUpload, verifyCsrfToken, async (req, res) => {
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
