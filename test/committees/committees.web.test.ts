import { expect } from 'chai';
import { CommitteeModel } from '../../src/committees/committee.model';
import { committeePackIds } from '../../src/rulePacks/rulePacks.service';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aCommittee, aMembership, anOrganisation, aPerson } from '../support/factories';
import { auditActionsFor, countOf, errorSummaryOf, expectFieldError, fieldErrorOf, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';

const aCommitteeForm = (organisationIds: string[], overrides: Record<string, string | string[]> = {}) => ({
  name: 'Primary Care Commissioning Committee',
  organisationIds,
  type: 'primary-care-commissioning',
  commissioningLevel: 'delegated',
  rulePack: 'nhs-pccc-2017',
  quorum: '4',
  ...overrides,
});

describe('A governance lead manages committees through the web pages', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead adds a joint committee of a CCG and NHS England, then it is stored, shown, versioned and audited', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const england = await anOrganisation({ name: 'NHS England', kind: 'nhs-england' });
    await anOrganisation({ name: 'Riverside Surgery', kind: 'gp-practice' });
    const lead = await signedInAs(app, 'governance-lead');
    const form = await lead.get('/committees/new');
    expect(form.text).to.contain('NHS Example CCG').and.to.contain('NHS England').and.not.to.contain('Riverside Surgery');

    const saved = await lead.post('/committees/new', aCommitteeForm([ccg.id, england.id], { type: 'joint-commissioning', commissioningLevel: 'joint' }));
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    const stored = await CommitteeModel.findOne().lean();
    expect(stored).to.include({ name: 'Primary Care Commissioning Committee', type: 'joint-commissioning', commissioningLevel: 'joint', rulePack: 'nhs-pccc-2017', version: 1 });
    expect(stored?.organisationIds).to.deep.equal([ccg.id, england.id]);
    expect(stored?.quorum).to.deep.equal({ minimumVoting: 4 });

    const page = await lead.get(saved.location ?? '');
    expect(page.text).to.contain('<h1>Primary Care Commissioning Committee</h1>').and.to.contain('NHS England, NHS Example CCG');
    expect(page.text).to.contain('The committee has no members yet.');
    expect((await lead.get('/committees')).text).to.contain('Joint commissioning committee');
    expect(await auditActionsFor(String(stored?._id))).to.deep.equal(['committee.created']);
  });

  it('when the name, organisations and type are missing and the quorum is not a whole number, then each is named and nothing is written', async () => {
    await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.post('/committees/new', aCommitteeForm([], { name: '', type: '', quorum: '2.5' }));
    expectFieldError(page, 'name', "Enter the committee's name");
    expect(fieldErrorOf(page, 'organisationIds')).to.equal('Select at least one organisation the committee belongs to');
    expect(fieldErrorOf(page, 'type')).to.equal('Select the type of committee');
    expect(fieldErrorOf(page, 'quorum')).to.equal('Quorum must be a whole number of voting members, 1 or more');
    expect(page.text).to.contain('href="#quorum"');
    expect(await countOf(CommitteeModel)).to.equal(0);
  });

  it('when a quorum of 0 or an organisation that is not on the register is given, then the field is named and nothing is written', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const lead = await signedInAs(app, 'governance-lead');
    expectFieldError(await lead.post('/committees/new', aCommitteeForm([ccg.id, '64b7f0c2a1b2c3d4e5f60718'])), 'organisationIds', 'Select organisations that are on the register');
    expectFieldError(await lead.post('/committees/new', aCommitteeForm([ccg.id], { quorum: '0' })), 'quorum', 'Quorum must be a whole number of voting members, 1 or more');
    expect(await countOf(CommitteeModel)).to.equal(0);
  });

  it('when the rule pack is not a shipped committee pack, then the form lists the packs there and nothing is written', async () => {
    const packs = await committeePackIds();
    expect(packs).to.deep.equal(['nhs-icb-board-2022', 'nhs-pccc-2017', 'nhs-pccc-lay-majority']);
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const lead = await signedInAs(app, 'governance-lead');
    const form = await lead.get('/committees/new');
    for (const pack of packs) expect(form.text).to.contain(`<option value="${pack}"`);
    const page = await lead.post('/committees/new', aCommitteeForm([ccg.id], { rulePack: 'made-up-pack' }));
    expectFieldError(page, 'rulePack', `Rule pack 'made-up-pack' is not installed: choose one of ${packs.join(', ')}`);
    expect(await countOf(CommitteeModel)).to.equal(0);
  });

  it('when a committee is changed, then its page shows the change and its history keeps the earlier version', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const committee = await aCommittee({ organisationIds: [ccg.id] });
    const lead = await signedInAs(app, 'governance-lead');
    const form = await lead.get(`/committees/${committee.id}/edit`);
    expect(form.text).to.contain('name="version" value="1"').and.to.contain(`value="${ccg.id}" checked`).and.to.contain('value="3"');
    const saved = await lead.post(`/committees/${committee.id}/edit`, aCommitteeForm([ccg.id], { rulePack: 'nhs-pccc-lay-majority', quorum: '', version: '1' }));
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    const page = await lead.get(`/committees/${committee.id}`);
    expect(page.text).to.contain('nhs-pccc-lay-majority').and.to.contain('Changed rule pack and quorum');
    expect((await versionHistory('committee', committee.id)).map((h) => [h.version, h.state.rulePack, h.state.quorum])).to.deep.equal([
      [1, 'nhs-pccc-2017', { minimumVoting: 3 }],
      [2, 'nhs-pccc-lay-majority', null],
    ]);
    expect(await auditActionsFor(committee.id)).to.deep.equal(['committee.created', 'committee.updated']);
  });

  it('when two governance leads save the same committee, then the second is told it changed since they opened it and the first save stands', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const committee = await aCommittee({ organisationIds: [ccg.id] });
    const first = await signedInAs(app, 'governance-lead');
    const second = await signedInAs(app, 'governance-lead');
    await first.get(`/committees/${committee.id}/edit`);
    await second.get(`/committees/${committee.id}/edit`);
    expect((await first.post(`/committees/${committee.id}/edit`, aCommitteeForm([ccg.id], { name: 'First', version: '1' }))).status).to.equal(303);
    const refused = await second.post(`/committees/${committee.id}/edit`, aCommitteeForm([ccg.id], { name: 'Second', version: '1' }));
    expect(refused.status).to.equal(409);
    expect(errorSummaryOf(refused)[0]).to.contain('This record changed since you opened it');
    expect(await CommitteeModel.findById(committee.id).lean()).to.include({ name: 'First', version: 2 });
  });

  it("when a committee's page is opened, then its current and former members are listed with category, role, voting and dates", async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const committee = await aCommittee({ organisationIds: [ccg.id] });
    const ann = await aPerson({ name: 'Ann Lay' });
    const bob = await aPerson({ name: 'Dr Bob Former' });
    await aMembership({ committeeId: committee.id, personId: ann.id, category: 'lay', role: 'chair', voting: true, from: '2015-04-01' });
    await aMembership({ committeeId: committee.id, personId: bob.id, category: 'gp', role: 'member', voting: false, from: '2013-04-01', to: '2015-03-31' });
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.get(`/committees/${committee.id}`);
    const [current, former] = page.text.split('<h2>Former members</h2>');
    expect(current).to.contain('Ann Lay').and.to.contain('Lay member').and.to.contain('Chair').and.to.contain('1 April 2015').and.to.contain('Current');
    expect(current).not.to.contain('Dr Bob Former');
    expect(former).to.contain('Dr Bob Former').and.to.contain('GP').and.to.contain('31 March 2015');
  });

  it('when a committee id is unknown or malformed, then the page is not found', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    for (const path of ['/committees/64b7f0c2a1b2c3d4e5f60718', '/committees/nonsense', '/committees/nonsense/edit', '/committees/nonsense/members/new']) {
      expect((await lead.get(path)).status, path).to.equal(404);
    }
  });
});

describe('Who may see and change committees', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a member opens or posts any committee page, then it is refused and nothing is written', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const committee = await aCommittee({ organisationIds: [ccg.id] });
    const seat = await aMembership({ committeeId: committee.id, personId: (await aPerson()).id });
    const member = await signedInAs(app, 'member');
    const base = `/committees/${committee.id}`;
    for (const path of ['/committees', '/committees/new', base, `${base}/edit`, `${base}/members/new`, `${base}/members/${seat.id}/edit`, `${base}/members/${seat.id}/end`]) {
      expect((await member.get(path)).status, path).to.equal(403);
    }
    for (const path of ['/committees/new', `${base}/edit`, `${base}/members/new`, `${base}/members/${seat.id}/edit`, `${base}/members/${seat.id}/end`]) {
      expect((await member.post(path, aCommitteeForm([ccg.id], { version: '1' }))).status, path).to.equal(403);
    }
    expect(await CommitteeModel.findById(committee.id).lean()).to.include({ version: 1 });
  });

  it('when an auditor opens the pages, then they can read committees and members but not open the forms', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const committee = await aCommittee({ organisationIds: [ccg.id] });
    const seat = await aMembership({ committeeId: committee.id, personId: (await aPerson({ name: 'Ann Lay' })).id });
    const auditor = await signedInAs(app, 'auditor');
    expect((await auditor.get('/committees')).status).to.equal(200);
    const page = await auditor.get(`/committees/${committee.id}`);
    expect(page.status).to.equal(200);
    expect(page.text).to.contain('Ann Lay').and.not.to.contain('Add a member').and.not.to.contain('/members/');
    for (const path of ['/committees/new', `/committees/${committee.id}/edit`, `/committees/${committee.id}/members/new`, `/committees/${committee.id}/members/${seat.id}/end`]) {
      expect((await auditor.get(path)).status, path).to.equal(403);
    }
  });

  it('when nobody is signed in, then the pages redirect to sign in', async () => {
    const response = await app.agent().get('/committees');
    expect(response.status).to.equal(303);
    expect(response.location).to.equal('/sign-in?next=%2Fcommittees');
  });
});
