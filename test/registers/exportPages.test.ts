import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import type { Manifest } from '../../src/registers/export.service';
import { ExportRunModel } from '../../src/registers/exportRun.model';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { errorSummaryOf, expectFieldError, signedInAs } from '../support/management';
import { startTestApp, type TestApp, type WebAgent } from '../support/testApp';
import { aGpWhoseInterestChangedLater, pdfText, readCsv, readWorkbook, sheetRows } from './helpers';

const EVERYTHING_AS_AT_30_JUNE_2015 = {
  registers: ['interests', 'gifts', 'decisions', 'breaches', 'published'],
  formats: ['csv', 'xlsx', 'pdf', 'json'],
  'asAt-day': '30',
  'asAt-month': '6',
  'asAt-year': '2015',
};

/** Exports through the form and returns the result page's address and the manifest it shows. */
async function exportThroughTheForm(agent: WebAgent, form: Record<string, string | string[]>) {
  await agent.get('/registers');
  const posted = await agent.post('/registers/exports', form);
  expect(posted.status, errorSummaryOf(posted).join('; ')).to.equal(303);
  const page = await agent.get(posted.location ?? '');
  const manifest = (await agent.get(`${posted.location}/manifest.json`)).json<Manifest>();
  return { page, manifest, location: posted.location ?? '' };
}

describe('Exporting registers from the web', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when an auditor exports every register as at a past date in every format, then each file downloads with the SHA-256 its manifest gives', async () => {
    await aGpWhoseInterestChangedLater();
    const auditor = await signedInAs(app, 'auditor');
    const { page, manifest, location } = await exportThroughTheForm(auditor, EVERYTHING_AS_AT_30_JUNE_2015);

    expect(page.status).to.equal(200);
    expect(page.text).to.contain('<h1>Registers exported</h1>').and.to.contain('30 June 2015').and.to.contain(manifest.auditChainHead.hash);
    expect(manifest.files).to.have.length(12);
    for (const file of manifest.files) {
      expect(page.text).to.contain(`href="${location}/files/${file.name}"`).and.to.contain(file.sha256);
      const download = await auditor.get(`${location}/files/${file.name}`);
      expect(download.status, file.name).to.equal(200);
      expect(createHash('sha256').update(download.body).digest('hex'), file.name).to.equal(file.sha256);
    }

    const csv = readCsv((await auditor.get(`${location}/files/interests-as-at-2015-06-30.csv`)).body);
    expect(csv.rows.map((r) => r.Description)).to.deep.equal(['Partner at Riverside Surgery']);
    const workbook = await readWorkbook((await auditor.get(`${location}/files/registers-as-at-2015-06-30.xlsx`)).body);
    expect(sheetRows(workbook.getWorksheet('Interests')!).map((r) => r.Description)).to.deep.equal(['Partner at Riverside Surgery']);
    expect(pdfText((await auditor.get(`${location}/files/published-as-at-2015-06-30.pdf`)).body)).to.contain('Partner at Riverside Surgery');
    const snapshot = (await auditor.get(`${location}/files/snapshot-as-at-2015-06-30.json`)).json<{ asAt: string; declarations: { description: string }[] }>();
    expect(snapshot.asAt).to.equal('2015-06-30');
    expect(snapshot.declarations.map((d) => d.description)).to.deep.equal(['Partner at Riverside Surgery']);
  });

  it('when an export is made, then the export run and an export.created audit event name who made it', async () => {
    const lead = await app.signIn((await aPerson({ role: 'governance-lead', name: 'Helen Marsh' })).email);
    const { manifest } = await exportThroughTheForm(lead, { registers: ['gifts'], formats: ['csv'] });
    expect(manifest.exportedBy).to.equal('Helen Marsh (Governance lead)');
    expect(await ExportRunModel.countDocuments()).to.equal(1);
    const event = await AuditEventModel.findOne({ action: 'export.created' }).lean();
    expect(event).to.include({ actorName: 'Helen Marsh', recordType: 'export', recordId: manifest.exportId });
    expect((await lead.get('/registers')).text).to.contain(`/registers/exports/${manifest.exportId}`);
  });

  it('when the form is incomplete or wrong, then it says what to fix and exports nothing', async () => {
    const auditor = await signedInAs(app, 'auditor');
    await auditor.get('/registers');
    const noFormat = await auditor.post('/registers/exports', { registers: ['interests'] });
    expectFieldError(noFormat, 'formats', 'Select at least one format');
    const badDate = await auditor.post('/registers/exports', { formats: ['csv'], registers: ['interests'], 'asAt-day': '30', 'asAt-month': '2', 'asAt-year': '2015' });
    expectFieldError(badDate, 'asAt', 'As at date must be a real date, like 27 3 2024');
    const backwards = await auditor.post('/registers/exports', { formats: ['csv'], registers: ['interests'], 'from-day': '1', 'from-month': '7', 'from-year': '2015', 'to-day': '1', 'to-month': '6', 'to-year': '2015' });
    expectFieldError(backwards, 'to', 'To date must be the same as or after the from date');
    expect(backwards.text).to.match(/id="registers" name="registers" type="checkbox" value="interests" checked/);
    expect(await ExportRunModel.countDocuments()).to.equal(0);
  });

  it('when a member or a signed-out visitor asks for exports, then they are refused', async () => {
    const auditor = await signedInAs(app, 'auditor');
    const { location, manifest } = await exportThroughTheForm(auditor, { registers: ['interests'], formats: ['csv'] });
    const member = await signedInAs(app, 'member');
    expect((await member.get('/registers')).status).to.equal(403);
    expect((await member.get(location)).status).to.equal(403);
    expect((await member.get(`${location}/files/${manifest.files[0].name}`)).status).to.equal(403);
    expect((await member.post('/registers/exports', { registers: ['interests'], formats: ['csv'] })).status).to.equal(403);
    const visitor = app.agent();
    const redirected = await visitor.get('/registers');
    expect(redirected.status).to.equal(303);
    expect(redirected.location).to.match(/^\/sign-in\?next=/);
    expect((await visitor.get(`${location}/files/${manifest.files[0].name}`)).status).to.equal(303);
  });

  it('when a file name is not one of the export\'s, then it is not found', async () => {
    const auditor = await signedInAs(app, 'auditor');
    const { location } = await exportThroughTheForm(auditor, { registers: ['interests'], formats: ['csv'] });
    expect((await auditor.get(`${location}/files/..%2F..%2Fpackage.json`)).status).to.equal(404);
    expect((await auditor.get(`${location}/files/gifts-as-at-2015-06-30.csv`)).status).to.equal(404);
    expect((await auditor.get('/registers/exports/0123456789abcdef01234567')).status).to.equal(404);
  });
});
