import { todayUtc } from '../engine/dates';
import fs from 'node:fs';
import path from 'node:path';
import { Router, type Request } from 'express';
import { actorOf } from '../accounts/access';
import { firstRecordedOn } from '../audit/auditSearch';
import { committeeChoices } from '../committees/committees.service';
import { personChoices } from '../people/people.service';
import { NotFoundError } from '../shared/errors';

import { formList } from '../web/formInput';
import { dateInputValues, handleForm, readDateInput } from '../web/forms';
import { REGISTERS } from './catalogue';
import { exportRegisters, getExport, recentExports } from './export.service';
import type { ExportFormat } from './exportRequest';
import { TYPE_FILTER_CHOICES } from './labels';
import { folderTarget } from './writers/fileTarget';

const FORMAT_CHOICES: { value: ExportFormat; label: string }[] = [
  { value: 'csv', label: 'CSV, one file per register' },
  { value: 'xlsx', label: 'Excel workbook (XLSX), one sheet per register' },
  { value: 'pdf', label: 'PDF report, one per register' },
  { value: 'json', label: 'Governance snapshot (JSON) of the whole body, to re-run the checks with coi check (filters do not apply)' },
];

const DATE_FIELDS = ['asAt', 'from', 'to'];

/** The form's answers as the export service takes them. */
function exportInputFrom(body: Record<string, unknown>) {
  return {
    asAt: readDateInput(body, 'asAt'),
    registers: formList(body.registers),
    formats: formList(body.formats),
    committeeId: body.committeeId,
    personId: body.personId,
    from: readDateInput(body, 'from'),
    to: readDateInput(body, 'to'),
    type: body.type,
  };
}

async function exportFormContext(values: Record<string, unknown>) {
  const [committees, people, exports] = await Promise.all([
    committeeChoices(),
    personChoices(),
    recentExports(),
  ]);
  const ticked = (name: string) => formList(values[name]);
  return {
    title: 'Export registers',
    values,
    registerItems: REGISTERS.map((r) => ({ value: r.id, label: r.title, checked: ticked('registers').includes(r.id) })),
    formatItems: FORMAT_CHOICES.map((f) => ({ ...f, checked: ticked('formats').includes(f.value) })),
    committees,
    people,
    types: TYPE_FILTER_CHOICES,
    exports,
  };
}

const exportFolder = (exportsDir: string, id: string) => path.join(exportsDir, id);

/** Exports for auditors and governance leads: choose, export, then download the files and the manifest. */
export function exportsRouter(exportsDir: string, bodyName: string): Router {
  const router = Router();
  router.get('/registers', async (_req, res) => {
    const defaults = { registers: REGISTERS.map((r) => r.id), formats: ['csv'], ...dateInputValues('asAt', todayUtc()) };
    res.render('registers/exports', await exportFormContext(defaults));
  });

  router.post('/registers/exports', async (req: Request, res) => {
    await handleForm(res, 'registers/exports', await exportFormContext(req.body), async () => {
      const manifest = await exportRegisters(exportInputFrom(req.body), {
        actor: actorOf(req),
        bodyName,
        targetFor: (id) => folderTarget(exportFolder(exportsDir, id)),
        filesKept: true,
      });
      res.redirect(303, `/registers/exports/${manifest.exportId}`);
    }, DATE_FIELDS);
  });

  router.get('/registers/exports/:id', async (req, res) => {
    const [run, startedOn] = await Promise.all([getExport(req.params.id), firstRecordedOn()]);
    const { manifest } = run;
    res.render('registers/export', {
      title: 'Registers exported',
      run,
      manifest,
      // An export as at a day before the register began is empty because nothing was recorded yet: say so.
      nothingRecordedYet: startedOn === null || manifest.asAt < startedOn,
      startedOn,
      rows: REGISTERS.filter((r) => r.id in manifest.rows).map((r) => ({ title: r.title, count: String(manifest.rows[r.id]) })),
      withheld: manifest.withheldFromPublishedRegister === null ? null : String(manifest.withheldFromPublishedRegister),
      backLink: '/registers',
    });
  });

  router.get('/registers/exports/:id/manifest.json', async (req, res) => {
    const { manifest } = await getExport(req.params.id);
    res.attachment(`manifest-${manifest.exportId}.json`).json(manifest);
  });

  router.get('/registers/exports/:id/files/:name', async (req, res) => {
    const run = await getExport(req.params.id);
    const file = run.manifest.files.find((f) => f.name === req.params.name);
    const stored = file && path.join(exportFolder(exportsDir, run.manifest.exportId), file.name);
    if (!run.filesKept || !stored || !fs.existsSync(stored)) throw new NotFoundError('That file of the export');
    res.download(stored, file.name);
  });

  return router;
}
