import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { BreachModel, type Breach } from '../../src/decisions/breach.model';
import { DecisionModel, type Decision } from '../../src/decisions/decision.model';
import { MeetingModel, type Meeting } from '../../src/decisions/meeting.model';
import { GiftModel, type Gift } from '../../src/declarations/gift.model';
import { exportRegisters, type Manifest } from '../../src/registers/export.service';
import { folderTarget } from '../../src/registers/writers/fileTarget';
import { createVersioned, updateVersioned } from '../../src/shared/versionedRecords';
import type { VersionFields } from '../../src/shared/versionedSchema';
import { useDatabase } from '../support/database';
import { aGpWhoseInterestChangedLater, anInterest, everythingRecordedAt, readCsv, readWorkbook, sheetRows, tempFolder } from './helpers';

async function exportCsv(input: Record<string, unknown>): Promise<{ manifest: Manifest; rows: (register: string) => Record<string, string>[] }> {
  const folder = tempFolder();
  const manifest = await exportRegisters(
    { formats: ['csv'], ...input },
    { actor: { personId: null, name: 'Ada Auditor', role: 'auditor' }, bodyName: 'NHS Test CCG', targetFor: () => folderTarget(folder), filesKept: true },
  );
  return { manifest, rows: (register) => readCsv(fs.readFileSync(path.join(folder, `${register}-as-at-${manifest.asAt}.csv`))).rows };
}

/**
 * On 10 June 2015 the PCCC awarded a contract to Riverside Surgery. Dr Gail Price, a partner there,
 * left the room; Lee Layman voted. She had been taken to dinner by a supplier in May, and a later
 * check recorded a breach at that meeting.
 */
async function aBodyWithAGiftADecisionAndABreach() {
  const body = await aGpWhoseInterestChangedLater();
  const { gp, lay, committee, surgery, interest } = body;
  await createVersioned<Gift & VersionFields>(GiftModel, 'gift', {
    personId: gp.id, kind: 'hospitality', fromOrganisationId: null, fromName: 'Acme Ltd', description: 'Dinner at a conference',
    valueGBP: 120, cashOrVoucher: false, offeredOn: '2015-05-01', accepted: true, declaredOn: '2015-05-20',
    approval: { outcome: 'approved', by: lay.id, on: '2015-05-21', note: 'Approved in advance by the chair' },
  }, SYSTEM_ACTOR);
  const meeting = await createVersioned<Meeting & VersionFields>(MeetingModel, 'meeting', { committeeId: committee.id, date: '2015-06-10', present: [lay.id, gp.id], items: [] }, SYSTEM_ACTOR);
  const decision = await createVersioned<Decision & VersionFields>(DecisionModel, 'decision', {
    committeeId: committee.id, meetingId: String(meeting._id), date: '2015-06-10', title: 'Minor surgery contract', kind: 'contract-award',
    valueGBP: 250000, affectedOrganisationIds: [surgery.id], affectsAllPracticesOf: null,
  }, SYSTEM_ACTOR);
  await updateVersioned<Meeting & VersionFields>(MeetingModel, 'meeting', String(meeting._id), 1, {
    items: [{ itemId: 'item-1', title: 'Minor surgery', decisionId: String(decision._id), participation: [{ personId: gp.id, action: 'left-room' }] }],
  }, SYSTEM_ACTOR);
  await createVersioned<Breach & VersionFields>(BreachModel, 'breach', {
    findingKey: 'k-1', ruleId: 'conflict.undeclared-at-decision', committeeId: committee.id, decisionId: String(decision._id), meetingId: String(meeting._id),
    personId: gp.id, declarationId: interest.id, message: 'Dr Gail Price had an undeclared interest.', guidance: 'Statutory guidance', occurredOn: '2015-06-10',
    firstFoundAt: new Date('2015-06-11T09:00:00Z'), status: 'open', actionTaken: null,
  }, SYSTEM_ACTOR);
  return body;
}

describe('What each register lists', () => {
  useDatabase();

  it('when there is a gift, a decision and a breach, then their registers show names, values and dates instead of ids', async () => {
    await aBodyWithAGiftADecisionAndABreach();
    const { rows } = await exportCsv({ registers: ['gifts', 'decisions', 'breaches'] });
    expect(rows('gifts')).to.deep.equal([
      { Name: 'Dr Gail Price', 'What was offered': 'Hospitality', 'Offered by': 'Acme Ltd', Description: 'Dinner at a conference', 'Value (£)': '120', 'Cash or voucher': 'No', 'Offered on': '2015-05-01', Accepted: 'Yes', 'Declared on': '2015-05-20', 'Approved by': 'Lee Layman', 'Record id': rows('gifts')[0]['Record id'] },
    ]);
    const [decision] = rows('decisions');
    expect(decision).to.include({ Date: '2015-06-10', Committee: 'Example PCCC', Decision: 'Minor surgery contract', Kind: 'Contract award', 'Value (£)': '250000', 'Organisations affected': 'Riverside Surgery' });
    expect(decision['Members present and what they did']).to.equal('Lee Layman (voted), Dr Gail Price (left the room)');
    expect(decision['Decision-makers (voting members who voted)']).to.equal('Lee Layman');
    expect(decision['Declared or possible conflicts and how each was managed']).to.match(/^Dr Gail Price \(left the room\): a declared interest in Riverside Surgery \('[^']+', declared [^)]+\); (action recorded on the declaration: .+|no action recorded on the declaration)\.$/);
    expect(rows('breaches')).to.have.length(1);
    expect(rows('breaches')[0]).to.include({ 'Occurred on': '2015-06-10', Breach: 'Interest undeclared at the decision', Committee: 'Example PCCC', Person: 'Dr Gail Price', Decision: 'Minor surgery contract', Status: 'Open', 'First found on': '2015-06-11' });
  });

  it('when filtered by a person, then decisions are those taken at meetings they attended', async () => {
    const { lay } = await aBodyWithAGiftADecisionAndABreach();
    const { manifest } = await exportCsv({ registers: ['gifts', 'decisions', 'breaches'], personId: lay.id });
    expect(manifest.rows).to.deep.equal({ gifts: 0, decisions: 1, breaches: 0 });
    const byType = await exportCsv({ registers: ['gifts', 'decisions', 'breaches'], type: 'contract-award' });
    expect(byType.manifest.rows).to.deep.equal({ gifts: 0, decisions: 1, breaches: 0 });
  });

  it('when exported as XLSX, then money is a number and the first-found date a real date', async () => {
    await aBodyWithAGiftADecisionAndABreach();
    const folder = tempFolder();
    const manifest = await exportRegisters(
      { formats: ['xlsx'], registers: ['decisions', 'breaches'] },
      { actor: SYSTEM_ACTOR, bodyName: 'NHS Test CCG', targetFor: () => folderTarget(folder), filesKept: true },
    );
    const workbook = await readWorkbook(path.join(folder, manifest.files[0].name));
    expect(sheetRows(workbook.getWorksheet('Procurement decisions')!)[0]['Value (£)']).to.equal(250000);
    expect(workbook.getWorksheet('Procurement decisions')!.getRow(2).getCell(5).numFmt).to.equal('£#,##0.00');
    expect(sheetRows(workbook.getWorksheet('Breaches')!)[0]['First found on']).to.deep.equal(new Date('2015-06-11T00:00:00Z'));
  });

  it('when the published register is exported as at a past day, then interests that ended 6 months before it or later are on it, and earlier ones are not', async () => {
    const { gp } = await aGpWhoseInterestChangedLater();
    await anInterest(gp.id, { description: 'Ended exactly 6 months before', to: '2015-07-31' });
    await anInterest(gp.id, { description: 'Ended 6 months and a day before', to: '2015-07-30' });
    await anInterest(gp.id, { description: 'Not started yet', from: '2016-02-01' });
    await anInterest(gp.id, { type: 'nil', description: 'Nil declaration', from: null });
    await everythingRecordedAt('2015-08-01T09:00:00Z');
    const { rows, manifest } = await exportCsv({ registers: ['published'], asAt: '2016-01-31' });
    expect(rows('published').map((r) => r.Description)).to.have.members(['Senior partner at Riverside Surgery', 'Ended exactly 6 months before']);
    expect(rows('published')[0]).to.include({ Name: 'Dr Gail Price', 'Positions': 'Member, Example PCCC' });
    expect(manifest.withheldFromPublishedRegister).to.equal(0);
  });
});
