import { expect } from 'chai';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { addMonths, todayUtc } from '../../src/engine/dates';

import { useDatabase } from '../support/database';
import { aCommittee, anOrganisation, aPerson } from '../support/factories';
import { auditActionsFor, expectFieldError, signedInAs, tableRows } from '../support/management';
import { startTestApp, type AgentResponse, type TestApp } from '../support/testApp';
import { anInterest, changeInterest, readCsv } from './helpers';

const monthsAgo = (months: number) => addMonths(todayUtc(), -months);

/**
 * A PCCC and a governing body, whose members' entries are published; a former member and an officer
 * on no committee, whose entries are not; an interest that ended too long ago; a nil declaration; and
 * an entry withheld for the person's safety.
 */
async function aBodyWithEveryKindOfEntry() {
  const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
  const surgery = await anOrganisation({ name: 'Riverside Surgery', kind: 'gp-practice', memberOfId: ccg.id });
  const [ann, gail, wendy, fred, olive, gus] = await Promise.all(
    ['Ann Chair', 'Dr Gail Price', 'Wendy Private', 'Fred Former', 'Olive Officer', 'Gus Governor'].map((name, i) => aPerson({ name, email: `public-${i}@test.invalid` })),
  );
  await aCommittee({
    name: 'Example PCCC',
    organisationIds: [ccg.id],
    members: [
      { personId: ann.id, category: 'lay', role: 'chair' },
      { personId: gail.id, category: 'gp', role: 'member' },
      { personId: wendy.id, category: 'lay', role: 'member' },
      { personId: fred.id, category: 'lay', role: 'member', from: '2015-04-01', to: monthsAgo(12) },
    ],
  });
  await aCommittee({ name: 'Governing Body', organisationIds: [ccg.id], type: 'governing-body', members: [{ personId: gus.id, category: 'lay', role: 'member' }] });

  await anInterest(ann.id, { type: 'non-financial-personal', organisationName: 'Riverside Hospice', description: 'Trustee of the hospice' });
  await anInterest(gail.id, { organisationId: surgery.id, description: 'Partner at the surgery', actionTaken: 'Leaves the room for decisions on the surgery' });
  await anInterest(gail.id, { organisationName: 'Acme Healthcare Ltd', description: 'Director of Acme', to: monthsAgo(3) });
  await anInterest(gail.id, { organisationName: 'Old Pharma Ltd', description: 'Shareholder in Old Pharma', to: monthsAgo(7) });
  await anInterest(gail.id, { type: 'nil', description: 'Nil declaration', from: null, declaredOn: monthsAgo(1) });
  const withheld = await anInterest(wendy.id, { type: 'indirect', heldBy: 'spouse-or-partner', organisationName: 'Safe House Charity', description: 'Spouse runs a refuge' });
  await changeInterest(withheld.id, 1, { withheldReason: 'Publishing the refuge could lead an abuser to it' }, 'withheld');
  await anInterest(fred.id, { organisationName: 'Example Provider', description: 'Consultant to the provider' });
  await anInterest(olive.id, { organisationName: 'Olive Supplies', description: 'Director of a supplier' });
  await anInterest(gus.id, { organisationName: 'Malvern Trust', description: 'Chair of the trust' });
  return { gail, wendy, withheld };
}

const PUBLISHED = ['Trustee of the hospice', 'Partner at the surgery', 'Director of Acme', 'Chair of the trust'];
const NEVER_PUBLISHED = ['Shareholder in Old Pharma', 'Nil declaration', 'Spouse runs a refuge', 'Safe House Charity', 'Consultant to the provider', 'Director of a supplier', 'Publishing the refuge', '@test.invalid'];

/** The descriptions in the public page's table, in order. */
function descriptionsOn(page: AgentResponse): string[] {
  const [header, ...rows] = tableRows(page);
  return header ? rows.map((row) => row[header.indexOf('Description')]) : [];
}

describe('The public register', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when anyone opens it without signing in, then it shows only published entries and counts the withheld one', async () => {
    await aBodyWithEveryKindOfEntry();
    const page = await app.agent().get('/register');
    expect(page.status).to.equal(200);
    expect(descriptionsOn(page)).to.have.members(PUBLISHED);
    for (const hidden of NEVER_PUBLISHED) expect(page.text, hidden).not.to.contain(hidden);
    expect(page.text).to.contain('1 entry is withheld from this register');
    expect(page.text).to.contain('Chair, Example PCCC').and.to.contain('Member, Governing Body');
    expect(page.text).to.contain('Leaves the room for decisions on the surgery');
    expect(page.text.match(/<h1>/g)).to.have.length(1);
  });

  it('when its CSV is downloaded, then it holds exactly the rows the page shows, and nothing unpublished', async () => {
    await aBodyWithEveryKindOfEntry();
    const visitor = app.agent();
    const page = await visitor.get('/register');
    const download = await visitor.get('/register/published.csv');
    expect(download.status).to.equal(200);
    expect(download.headers.get('content-type')).to.contain('text/csv');
    expect(download.headers.get('content-disposition')).to.match(/^attachment; filename="?published-register-\d{4}-\d{2}-\d{2}\.csv"?$/);
    const csv = readCsv(download.body);
    expect(Object.keys(csv.rows[0])).to.deep.equal(['Name', 'Positions', 'Type of interest', 'Description', 'Organisation', 'From', 'To', 'Action taken']);
    expect(csv.rows.map((r) => r.Description)).to.deep.equal(descriptionsOn(page));
    for (const hidden of NEVER_PUBLISHED) expect(download.body.toString(), hidden).not.to.contain(hidden);
  });

  it('when searched by name or organisation, then the page and its CSV keep only the matching entries', async () => {
    await aBodyWithEveryKindOfEntry();
    const visitor = app.agent();
    const byOrganisation = await visitor.get('/register?q=RIVERSIDE');
    expect(descriptionsOn(byOrganisation)).to.have.members(['Trustee of the hospice', 'Partner at the surgery']);
    expect(byOrganisation.text).to.contain('href="/register/published.csv?q&#x3D;RIVERSIDE"'); // "=" as handlebars escapes it
    expect(readCsv((await visitor.get('/register/published.csv?q=RIVERSIDE')).body).rows.map((r) => r.Description)).to.have.members(['Trustee of the hospice', 'Partner at the surgery']);
    expect(descriptionsOn(await visitor.get('/register?q=gail'))).to.have.members(['Partner at the surgery', 'Director of Acme']);
    // A search for what is withheld finds nothing, and says nothing about it.
    const withheld = await visitor.get('/register?q=Wendy');
    expect(descriptionsOn(withheld)).to.deep.equal([]);
    expect(withheld.text).to.contain('No entries match').and.not.to.contain('Safe House');
    expect(descriptionsOn(await visitor.get('/register?q=.*'))).to.deep.equal([]);
  });

  it('when a governance lead withholds an entry with a reason, then it leaves the public page, is counted, and the change is audited', async () => {
    const { gail } = await aBodyWithEveryKindOfEntry();
    const partner = await DeclarationModel.findOne({ personId: gail.id, description: 'Partner at the surgery' }).lean();
    const lead = await signedInAs(app, 'governance-lead');
    const manage = await lead.get('/registers/published');
    expect(manage.text).to.contain('Publishing the refuge could lead an abuser to it');
    expect(manage.text).to.contain(`href="/registers/published/${partner!._id}/withhold"`);

    await lead.get(`/registers/published/${partner!._id}/withhold`);
    expectFieldError(await lead.post(`/registers/published/${partner!._id}/withhold`, { reason: ' ', version: '1' }), 'reason', 'Enter why this entry is withheld from the published register');
    const withheld = await lead.post(`/registers/published/${partner!._id}/withhold`, { reason: 'A threat against the practice partners', version: '1' });
    expect(withheld.status).to.equal(303);

    const page = await app.agent().get('/register');
    expect(descriptionsOn(page)).not.to.include('Partner at the surgery');
    expect(page.text).to.contain('2 entries are withheld').and.not.to.contain('A threat against');
    expect(await DeclarationModel.findById(partner!._id).lean()).to.include({ version: 2, withheldReason: 'A threat against the practice partners' });
    expect(await auditActionsFor(String(partner!._id))).to.deep.equal(['declaration.created', 'declaration.withheld']);

    await lead.get('/registers/published');
    expect((await lead.post(`/registers/published/${partner!._id}/publish`, { version: '2' })).status).to.equal(303);
    expect(descriptionsOn(await app.agent().get('/register'))).to.include('Partner at the surgery');
    expect(await auditActionsFor(String(partner!._id))).to.deep.equal(['declaration.created', 'declaration.withheld', 'declaration.republished']);
  });

  it('when someone withholds from a stale version, then nothing is saved and they are told', async () => {
    const { withheld } = await aBodyWithEveryKindOfEntry();
    const lead = await signedInAs(app, 'governance-lead');
    await lead.get('/registers/published');
    const stale = await lead.post(`/registers/published/${withheld.id}/publish`, { version: '1' });
    expect(stale.status).to.equal(409);
    expect((await DeclarationModel.findById(withheld.id).lean())?.withheldReason).to.equal('Publishing the refuge could lead an abuser to it');
  });

  it('when an auditor or a member tries to withhold, then they are refused; only the auditor may see what is withheld', async () => {
    const { gail } = await aBodyWithEveryKindOfEntry();
    const partner = await DeclarationModel.findOne({ personId: gail.id }).lean();
    const auditor = await signedInAs(app, 'auditor');
    const seen = await auditor.get('/registers/published');
    expect(seen.status).to.equal(200);
    expect(seen.text).to.contain('Publishing the refuge').and.not.to.contain('/withhold"');
    expect((await auditor.post(`/registers/published/${partner!._id}/withhold`, { reason: 'x', version: '1' })).status).to.equal(403);
    const member = await signedInAs(app, 'member');
    expect((await member.get('/registers/published')).status).to.equal(403);
    expect((await member.post(`/registers/published/${partner!._id}/withhold`, { reason: 'x', version: '1' })).status).to.equal(403);
    expect((await DeclarationModel.findById(partner!._id).lean())?.version).to.equal(1);
  });
});
