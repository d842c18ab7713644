import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { exportRegisters } from '../../src/registers/export.service';
import { folderTarget } from '../../src/registers/writers/fileTarget';
import { updateVersioned } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aDeclaration } from '../support/factories';
import { signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';
import { aCommissioningBody, aDecisionItem, aMeeting } from '../decisions/fixtures';
import { pdfText, readCsv, readWorkbook, sheetRows, tempFolder } from './helpers';

const MAKERS = 'Decision-makers (voting members who voted)';
const CONFLICTS = 'Declared or possible conflicts and how each was managed';

/**
 * Example PCCC awards a contract to Riverside Surgery. Dr Gail Price, a partner there, leaves the room;
 * the vice-chair abstains; Cara Lay has declared only in words an interest in "The Riverside Practice Ltd"
 * (a possible conflict) and votes. Everyone else present votes.
 */
async function aContractAwardWithConflicts() {
  const body = await aCommissioningBody();
  const { gp, vice, lay, chair, exec1, healthwatch, riverside, committee, partnership } = body;
  await updateVersioned(DeclarationModel, 'declaration', partnership.id, 1, { actionTaken: 'Leaves the room for items about the practice' }, SYSTEM_ACTOR);
  await aDeclaration({ personId: lay.id, organisationName: 'The Riverside Practice Ltd', description: 'Husband is the practice manager', heldBy: 'spouse-or-partner', declaredOn: '2015-05-01' });
  const meetingId = await aMeeting(committee.id, [chair.id, vice.id, lay.id, exec1.id, gp.id, healthwatch.id]);
  const { decisionId } = await aDecisionItem(meetingId, { title: 'Minor surgery contract', affectedOrganisationIds: [riverside.id] }, [
    { personId: gp.id, action: 'left-room' },
    { personId: vice.id, action: 'abstained' },
  ]);
  return { ...body, decisionId };
}

const GAIL =
  "Dr Gail Price (left the room): a declared interest in Riverside Surgery ('Partner at Riverside Surgery', declared 15 March 2015); action recorded on the declaration: Leaves the room for items about the practice.";
const CARA =
  "Cara Lay (voted): a possible interest, by name only, in The Riverside Practice Ltd ('Husband is the practice manager', held through their spouse or partner, declared 1 May 2015); no action recorded on the declaration.";

describe('The register of procurement decisions (Provider Selection Regime 2024)', function () {
  this.timeout(60_000);
  useDatabase();
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app?.close());

  it('when a decision had a managed conflict and a possible one, then every export format lists the decision-makers and each conflict with how it was managed', async () => {
    await aContractAwardWithConflicts();
    const folder = tempFolder();
    const manifest = await exportRegisters(
      { registers: ['decisions'], formats: ['csv', 'xlsx', 'pdf'] },
      { actor: SYSTEM_ACTOR, bodyName: 'NHS Test CCG', targetFor: () => folderTarget(folder), filesKept: true },
    );
    const file = (format: string) => path.join(folder, manifest.files.find((f) => f.format === format)!.name);
    const [row] = readCsv(fs.readFileSync(file('csv'))).rows;
    expect(row[MAKERS]).to.equal('Ann Chair, Cara Lay, Eve Officer');
    const [cara, gail] = row[CONFLICTS].split('\n');
    expect(gail).to.equal(GAIL);
    expect(cara).to.equal(CARA);

    const workbook = await readWorkbook(file('xlsx'));
    const [sheetRow] = sheetRows(workbook.getWorksheet('Procurement decisions')!);
    expect(sheetRow[MAKERS]).to.equal('Ann Chair, Cara Lay, Eve Officer');
    expect(sheetRow[CONFLICTS]).to.equal(row[CONFLICTS]);

    // A cell's wrapped lines are runs of their own.
    const pdf = pdfText(fs.readFileSync(file('pdf'))).replace(/\s+/g, ' ');
    for (const words of ['Decision-makers', 'Ann Chair, Cara Lay, Eve Officer', 'Dr Gail Price (left the room)', 'Cara Lay (voted)']) expect(pdf).to.contain(words);
  });

  it('when nobody present had an interest, then the register says none was declared or found', async () => {
    const { committee, chair, vice, lay, exec1, hill } = await aCommissioningBody();
    const meetingId = await aMeeting(committee.id, [chair.id, vice.id, lay.id, exec1.id]);
    await aDecisionItem(meetingId, { affectedOrganisationIds: [hill.id] });
    const folder = tempFolder();
    const manifest = await exportRegisters({ registers: ['decisions'], formats: ['csv'] }, { actor: SYSTEM_ACTOR, bodyName: 'NHS Test CCG', targetFor: () => folderTarget(folder), filesKept: true });
    const [row] = readCsv(fs.readFileSync(path.join(folder, manifest.files[0].name))).rows;
    expect(row).to.include({ [MAKERS]: 'Ann Chair, Ben Vice, Cara Lay, Eve Officer', [CONFLICTS]: 'None declared or found' });
  });

  it('when an auditor opens the register page and the decision, then both show the decision-makers, the conflicts and the action recorded on the declaration', async () => {
    const { decisionId } = await aContractAwardWithConflicts();
    const auditor = await signedInAs(app, 'auditor');
    for (const page of [await auditor.get('/decisions'), await auditor.get(`/decisions/${decisionId}`)]) {
      expect(page.status).to.equal(200);
      const text = page.text.replace(/\s+/g, ' ');
      expect(text).to.match(/Decision-makers<\/dt> <dd[^>]*> <ul class="nhsuk-list"><li><a href="\/people\/[^"]+">Ann Chair<\/a><\/li><li><a[^>]*>Cara Lay<\/a><\/li><li><a[^>]*>Eve Officer<\/a><\/li><\/ul>/);
      expect(text).to.contain('>Dr Gail Price</a>: left the room</p>');
      expect(text).to.contain('Declared interest in Riverside Surgery: ‘Partner at Riverside Surgery’ (declared 15 March 2015). Action recorded on the declaration: Leaves the room for items about the practice');
      expect(text).to.contain('>Cara Lay</a>: voted</p>');
      expect(text).to.contain('Possible interest, by name only, in The Riverside Practice Ltd: ‘Husband is the practice manager’, held through their spouse or partner (declared 1 May 2015). No action recorded on the declaration.');
    }
  });
});
