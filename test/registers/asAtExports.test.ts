import { todayUtc } from '../../src/engine/dates';
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { auditChainHead } from '../../src/audit/auditLog';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { exportRegisters, type Manifest } from '../../src/registers/export.service';
import { folderTarget } from '../../src/registers/writers/fileTarget';
import { ExportRunModel } from '../../src/registers/exportRun.model';

import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { aGpWhoseInterestChangedLater, anInterest, pdfPageCount, pdfText, readCsv, readWorkbook, sheetRows, tempFolder } from './helpers';

const ALL_REGISTERS = ['interests', 'gifts', 'decisions', 'breaches', 'published'];

async function exportTo(folder: string, input: Record<string, unknown>): Promise<Manifest> {
  return exportRegisters(input, { actor: { personId: null, name: 'Ada Auditor', role: 'auditor' }, bodyName: 'NHS Test CCG', targetFor: () => folderTarget(folder), filesKept: true });
}

describe('Registers exported as they stood on a past date', () => {
  useDatabase();

  it('when an interest was edited and ended later, then the CSV as at the earlier day shows its earlier state, and the manifest says what was exported', async () => {
    await aGpWhoseInterestChangedLater();
    const folder = tempFolder();
    const manifest = await exportTo(folder, { asAt: '2015-06-30', registers: ['interests'], formats: ['csv'] });
    const csv = readCsv(fs.readFileSync(path.join(folder, 'interests-as-at-2015-06-30.csv')));
    expect(csv.header).to.equal('Name,Type of interest,Category,Organisation,Description,From,To,Declared on,Action taken,Status on the as-at day,Version,Record id');
    expect(csv.rows).to.have.length(1);
    expect(csv.rows[0]).to.include({ Name: 'Dr Gail Price', Organisation: 'Riverside Surgery', Description: 'Partner at Riverside Surgery', To: '', 'Status on the as-at day': 'Current', Version: '1' });
    expect(manifest).to.include({ asAt: '2015-06-30', exportedBy: 'Ada Auditor (Auditor)' });
    expect(manifest.filters.described).to.equal('None');
    expect(manifest.files.map((f) => f.name)).to.deep.equal(['interests-as-at-2015-06-30.csv']);
  });

  it('when the same register is exported as at today, then it shows the edited, ended interest', async () => {
    await aGpWhoseInterestChangedLater();
    const folder = tempFolder();
    await exportTo(folder, { registers: ['interests'], formats: ['csv'] });
    const csv = readCsv(fs.readFileSync(path.join(folder, `interests-as-at-${todayUtc()}.csv`)));
    expect(csv.rows[0]).to.include({ Description: 'Senior partner at Riverside Surgery', To: '2015-08-31', 'Status on the as-at day': 'Ended', Version: '3' });
  });

  it('when exported before anything was recorded, then the registers are empty', async () => {
    await aGpWhoseInterestChangedLater();
    const folder = tempFolder();
    const manifest = await exportTo(folder, { asAt: '2015-03-31', registers: ALL_REGISTERS, formats: ['csv'] });
    expect(manifest.rows).to.deep.equal({ interests: 0, gifts: 0, decisions: 0, breaches: 0, published: 0 });
  });

  it('when exported as XLSX, then there is an about sheet and one sheet per register with a frozen header and real dates', async () => {
    await aGpWhoseInterestChangedLater();
    const folder = tempFolder();
    await exportTo(folder, { asAt: '2015-06-30', registers: ALL_REGISTERS, formats: ['xlsx'] });
    const workbook = await readWorkbook(path.join(folder, 'registers-as-at-2015-06-30.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).to.deep.equal(['About this export', 'Interests', 'Gifts and hospitality', 'Procurement decisions', 'Breaches', 'Published register']);
    const about = workbook.getWorksheet('About this export')!;
    expect(about.getRow(1).values).to.deep.equal([undefined, 'Export', 'Register of interests, Register of gifts and hospitality, Register of procurement decisions, Register of breaches, Published register of interests']);
    expect(about.getRow(3).getCell(2).value).to.equal('30 June 2015, as recorded up to 30 June 2015 23:59 UTC');
    expect(about.getRow(4).getCell(2).value).to.equal('Ada Auditor (Auditor)');
    expect(about.getRow(5).getCell(2).value).to.match(/^\d{1,2} [A-Z][a-z]+ \d{4} \d\d:\d\d UTC$/);
    const interests = workbook.getWorksheet('Interests')!;
    expect(interests.views[0]).to.include({ state: 'frozen', ySplit: 1 });
    expect(interests.getRow(1).getCell(1).font?.bold).to.equal(true);
    const [row] = sheetRows(interests);
    expect(row).to.include({ Name: 'Dr Gail Price', Description: 'Partner at Riverside Surgery', To: null });
    expect(row.From).to.be.instanceOf(Date);
    expect((row.From as Date).toISOString()).to.equal('2015-04-01T00:00:00.000Z');
    expect(interests.getRow(2).getCell(6).numFmt).to.equal('dd/mm/yyyy');
    expect(sheetRows(workbook.getWorksheet('Published register')!)).to.have.length(1);
  });

  it('when exported as PDF, then each page names the body and the as-at date, and is numbered', async () => {
    await aGpWhoseInterestChangedLater();
    const folder = tempFolder();
    await exportTo(folder, { asAt: '2015-06-30', registers: ['interests'], formats: ['pdf'] });
    const pdf = fs.readFileSync(path.join(folder, 'interests-as-at-2015-06-30.pdf'));
    expect(pdf.subarray(0, 5).toString()).to.equal('%PDF-');
    expect(pdfPageCount(pdf)).to.equal(1);
    const text = pdfText(pdf);
    expect(text).to.contain('Register of interests').and.to.contain('NHS Test CCG, as at 30 June 2015').and.to.contain('Page 1 of 1');
    expect(text).to.contain('Partner at Riverside Surgery').and.not.to.contain('Senior partner');
  });

  it('when text is wider than its PDF column, then it wraps between words, never inside one', async () => {
    const { gp } = await aGpWhoseInterestChangedLater();
    const interest = await anInterest(gp.id, {
      organisationName: 'Incomprehensibilities Shareholdings Partnership',
      description: 'Uncharacteristically interdisciplinary telecommunications',
      from: '2014-09-30',
      to: '2016-09-30',
      actionTaken: 'Withdraws from deliberations concerning intercommunications',
    });
    const folder = tempFolder();
    await exportTo(folder, { registers: ['interests'], formats: ['pdf'] });
    const lines = pdfText(fs.readFileSync(path.join(folder, `interests-as-at-${todayUtc()}.pdf`))).split('\n');
    const words = ['Incomprehensibilities', 'Shareholdings', 'Uncharacteristically', 'interdisciplinary', 'telecommunications', 'deliberations', 'intercommunications', 'September', 'Version', 'Declared', interest.id];
    for (const word of words) expect(lines.some((line) => line.includes(word)), `"${word}" is split across lines`).to.equal(true);
  });

  it('when a register runs over many pages, then every page is numbered "Page N of M"', async () => {
    const { gp } = await aGpWhoseInterestChangedLater();
    for (let i = 0; i < 80; i++) await anInterest(gp.id, { description: `Shareholding ${i} in a company with a long name that wraps across the cell` });
    const folder = tempFolder();
    await exportTo(folder, { registers: ['interests'], formats: ['pdf'] });
    const pdf = fs.readFileSync(path.join(folder, `interests-as-at-${todayUtc()}.pdf`));
    const pages = pdfPageCount(pdf);
    expect(pages).to.be.greaterThan(1);
    const text = pdfText(pdf);
    for (let page = 1; page <= pages; page++) expect(text).to.contain(`Page ${page} of ${pages}`);
    expect(text.match(/Register of interests\n/g)?.length).to.be.at.least(pages);
  });

  it('when exported, then the manifest gives each file its SHA-256, the rows per register and the audit-chain head', async () => {
    await aGpWhoseInterestChangedLater();
    const headBefore = await auditChainHead();
    const folder = tempFolder();
    const manifest = await exportTo(folder, { asAt: '2015-06-30', registers: ALL_REGISTERS, formats: ['csv', 'xlsx', 'pdf', 'json'] });
    expect(manifest.files.map((f) => f.name)).to.have.members([
      ...ALL_REGISTERS.map((r) => `${r}-as-at-2015-06-30.csv`),
      'registers-as-at-2015-06-30.xlsx',
      ...ALL_REGISTERS.map((r) => `${r}-as-at-2015-06-30.pdf`),
      'snapshot-as-at-2015-06-30.json',
    ]);
    for (const file of manifest.files) {
      const bytes = fs.readFileSync(path.join(folder, file.name));
      expect(file.sha256, file.name).to.equal(createHash('sha256').update(bytes).digest('hex'));
      expect(file.bytes).to.equal(bytes.length);
    }
    expect(manifest.rows).to.deep.equal({ interests: 1, gifts: 0, decisions: 0, breaches: 0, published: 1 });
    expect(manifest.auditChainHead).to.deep.equal(headBefore);

    const event = await AuditEventModel.findOne({ action: 'export.created' }).lean();
    expect(event).to.include({ recordId: manifest.exportId, prevHash: headBefore.hash, actorName: 'Ada Auditor' });
    expect(JSON.parse(event!.body).after.manifest.files[0].sha256).to.equal(manifest.files[0].sha256);
    expect(await ExportRunModel.findById(manifest.exportId).lean()).to.deep.include({ asAt: '2015-06-30', filesKept: true });
  });

  it('when the JSON snapshot is exported as at a past date, then it holds the records as they stood', async () => {
    const { gp, committee, surgery } = await aGpWhoseInterestChangedLater();
    const folder = tempFolder();
    await exportTo(folder, { asAt: '2015-06-30', formats: ['json'] });
    const snapshot = JSON.parse(fs.readFileSync(path.join(folder, 'snapshot-as-at-2015-06-30.json'), 'utf8'));
    expect(snapshot).to.include({ snapshotVersion: 1, asAt: '2015-06-30' });
    expect(snapshot.declarations).to.deep.equal([
      { id: snapshot.declarations[0].id, personId: gp.id, type: 'financial', category: null, organisationId: surgery.id, organisationName: null, description: 'Partner at Riverside Surgery', heldBy: 'self', from: '2015-04-01', to: null, declaredOn: '2015-04-10', actionTaken: null },
    ]);
    expect(snapshot.committees.map((c: { id: string; members: unknown[] }) => [c.id, c.members.length])).to.deep.equal([[committee.id, 2]]);
  });

  it('when filters are given, then only matching entries are exported and the manifest says which filters', async () => {
    const { gp, lay, committee } = await aGpWhoseInterestChangedLater();
    await anInterest(lay.id, { type: 'non-financial-personal', description: 'Trustee of a charity', declaredOn: '2015-05-01' });
    const outsider = await aPerson({ name: 'Olive Officer' });
    await anInterest(outsider.id, { description: 'Director of a supplier', declaredOn: '2015-05-02' });
    const folder = tempFolder();

    const byType = await exportTo(folder, { registers: ['interests', 'gifts'], formats: ['csv'], type: 'non-financial-personal' });
    expect(byType.rows).to.deep.equal({ interests: 1, gifts: 0 });
    const byCommittee = await exportTo(folder, { registers: ['interests'], formats: ['csv'], committeeId: committee.id });
    expect(readCsv(fs.readFileSync(path.join(folder, `interests-as-at-${todayUtc()}.csv`))).rows.map((r) => r.Name)).to.have.members(['Dr Gail Price', 'Lee Layman']);
    expect(byCommittee.filters.described).to.equal('Committee: Example PCCC');
    const byPersonAndDates = await exportTo(folder, { registers: ['interests'], formats: ['csv'], personId: gp.id, from: '2015-07-01', to: '2015-07-31' });
    expect(byPersonAndDates.rows.interests).to.equal(1);
    expect(byPersonAndDates.filters.described).to.equal('Person: Dr Gail Price; Dated on or after 1 July 2015; Dated on or before 31 July 2015');
    const outOfRange = await exportTo(folder, { registers: ['interests'], formats: ['csv'], personId: gp.id, to: '2015-06-30' });
    expect(outOfRange.rows.interests).to.equal(0);
  });

  it('when the request is bad, then nothing is exported and each field is named', async () => {
    const folder = tempFolder();
    const refused = await exportTo(folder, { asAt: '2015-02-30', registers: ['everything'], formats: [], from: '2015-06-01', to: '2015-05-01', committeeId: 'abc' }).catch((e) => e);
    expect(refused.errors.map((e: { field: string }) => e.field)).to.have.members(['asAt', 'registers.0', 'formats', 'committeeId']);
    const unknownCommittee = await exportTo(folder, { formats: ['csv'], registers: ['interests'], committeeId: '0123456789abcdef01234567' }).catch((e) => e);
    expect(unknownCommittee.errors).to.deep.equal([{ field: 'committeeId', message: 'Select a committee from the list' }]);
    expect(fs.readdirSync(folder)).to.deep.equal([]);
    expect(await ExportRunModel.countDocuments()).to.equal(0);
  });
});
