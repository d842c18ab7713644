import { expect } from 'chai';
import { MembershipModel } from '../../src/committees/membership.model';
import { SEAT_OVERLAP } from '../../src/committees/memberships.service';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aCommittee, aMembership, anOrganisation, aPerson } from '../support/factories';
import { auditActionsFor, countOf, errorSummaryOf, expectApiFieldError, expectApiRecord, expectFieldError, fieldErrorOf, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';

const aSeatForm = (overrides: Record<string, string> = {}) => ({
  personId: '',
  category: 'lay',
  role: 'chair',
  voting: 'true',
  'from-day': '1',
  'from-month': '4',
  'from-year': '2015',
  'to-day': '',
  'to-month': '',
  'to-year': '',
  ...overrides,
});

const aSeatBody = (overrides: Record<string, unknown> = {}) => ({ category: 'gp', role: 'member', voting: true, from: '2015-04-01', to: null, ...overrides });

async function aCommitteeWithPerson() {
  const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
  const committee = await aCommittee({ organisationIds: [ccg.id] });
  const person = await aPerson({ name: 'Ann Lay' });
  return { committee, person, base: `/committees/${committee.id}` };
}

describe('A governance lead manages committee members through the web pages', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead adds a member, then the seat is stored, listed on the committee and audited', async () => {
    const { committee, person, base } = await aCommitteeWithPerson();
    const lead = await signedInAs(app, 'governance-lead');
    const form = await lead.get(`${base}/members/new`);
    expect(form.text).to.contain(`<option value="${person.id}">Ann Lay</option>`);
    const saved = await lead.post(`${base}/members/new`, aSeatForm({ personId: person.id }));
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    expect(saved.location).to.equal(base);
    const seat = await MembershipModel.findOne().lean();
    expect(seat).to.include({ committeeId: committee.id, personId: person.id, category: 'lay', role: 'chair', voting: true, from: '2015-04-01', to: null, version: 1 });
    const page = await lead.get(base);
    expect(page.text).to.contain('Ann Lay').and.to.contain('Chair').and.to.contain(`${base}/members/${seat?._id}/end`);
    expect(await auditActionsFor(String(seat?._id))).to.deep.equal(['membership.created']);
  });

  it('when the person, category and vote are missing, then each is named beside its field and nothing is written', async () => {
    const { base } = await aCommitteeWithPerson();
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.post(`${base}/members/new`, aSeatForm({ category: '', voting: '' }));
    expectFieldError(page, 'personId', 'Select the person from the list');
    expect(fieldErrorOf(page, 'category')).to.equal("Select the member's category");
    expect(fieldErrorOf(page, 'voting')).to.equal('Select whether the member votes');
    expect(await countOf(MembershipModel)).to.equal(0);
  });

  it('when the start date is not real or the end is before the start, then the date field is named and nothing is written', async () => {
    const { person, base } = await aCommitteeWithPerson();
    const lead = await signedInAs(app, 'governance-lead');
    const unreal = await lead.post(`${base}/members/new`, aSeatForm({ personId: person.id, 'from-day': '30', 'from-month': '2' }));
    expectFieldError(unreal, 'from', 'Start date must be a real date, like 27 3 2024');
    expect(unreal.text).to.contain('href="#from-day"');
    const backwards = await lead.post(`${base}/members/new`, aSeatForm({ personId: person.id, 'to-day': '31', 'to-month': '3', 'to-year': '2015' }));
    expectFieldError(backwards, 'to', 'End date must be the same as or after the start date');
    expect(await countOf(MembershipModel)).to.equal(0);
  });

  it('when the person already has a seat on the committee for those dates, then it is refused and nothing is written', async () => {
    const { committee, person, base } = await aCommitteeWithPerson();
    await aMembership({ committeeId: committee.id, personId: person.id, from: '2014-04-01', to: null });
    const lead = await signedInAs(app, 'governance-lead');
    expectFieldError(await lead.post(`${base}/members/new`, aSeatForm({ personId: person.id })), 'personId', SEAT_OVERLAP);
    expect(await countOf(MembershipModel)).to.equal(1);
  });

  it('when a seat is changed, then it becomes version 2 and the earlier version stays in its history', async () => {
    const { committee, person, base } = await aCommitteeWithPerson();
    const seat = await aMembership({ committeeId: committee.id, personId: person.id, role: 'member' });
    const lead = await signedInAs(app, 'governance-lead');
    const form = await lead.get(`${base}/members/${seat.id}/edit`);
    expect(form.text).to.contain("Change Ann Lay&#x27;s membership").and.to.contain('name="version" value="1"').and.to.contain('name="from-year" type="text" inputmode="numeric" value="2015"');
    const saved = await lead.post(`${base}/members/${seat.id}/edit`, aSeatForm({ role: 'vice-chair', version: '1' }));
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    expect((await versionHistory('membership', seat.id)).map((h) => [h.version, h.state.role])).to.deep.equal([
      [1, 'member'],
      [2, 'vice-chair'],
    ]);
  });

  it('when two governance leads change the same seat, then the second is told it changed since they opened it and the first save stands', async () => {
    const { committee, person, base } = await aCommitteeWithPerson();
    const seat = await aMembership({ committeeId: committee.id, personId: person.id, role: 'member' });
    const first = await signedInAs(app, 'governance-lead');
    const second = await signedInAs(app, 'governance-lead');
    expect((await first.post(`${base}/members/${seat.id}/edit`, aSeatForm({ role: 'chair', version: '1' }))).status).to.equal(303);
    const refused = await second.post(`${base}/members/${seat.id}/edit`, aSeatForm({ role: 'vice-chair', version: '1' }));
    expect(refused.status).to.equal(409);
    expect(errorSummaryOf(refused)[0]).to.contain('This record changed since you opened it');
    expect(await MembershipModel.findById(seat.id).lean()).to.include({ role: 'chair', version: 2 });
  });

  it('when a seat is ended, then its last day is recorded, it moves to former members and nothing is deleted', async () => {
    const { committee, person, base } = await aCommitteeWithPerson();
    const seat = await aMembership({ committeeId: committee.id, personId: person.id });
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get(`${base}/members/${seat.id}/end`)).text).to.contain('name="version" value="1"');
    const endForm = { 'to-day': '31', 'to-month': '3', 'to-year': '2017', version: '1' };
    // The committee's only voting member leaves: the page says which rules that breaks, and nothing is saved yet.
    const check = await lead.post(`${base}/members/${seat.id}/end`, endForm);
    expect(check.status).to.equal(200);
    expect(check.text).to.contain("This change breaks the committee&#x27;s constitution");
    expect(check.text.split('id="newly-failing"')[1]).to.contain('voting members');
    expect(await MembershipModel.findById(seat.id).lean()).to.include({ to: null, version: 1 });
    expectFieldError(await lead.post(`${base}/members/${seat.id}/end`, { ...endForm, acknowledged: 'yes' }), 'constitutionReason', 'Say why this change should be saved although the committee would break its constitution');
    const ended = await lead.post(`${base}/members/${seat.id}/end`, { ...endForm, acknowledged: 'yes', constitutionReason: 'The committee is being wound up' });
    expect(ended.status, errorSummaryOf(ended).join('; ')).to.equal(303);
    const stored = await MembershipModel.findById(seat.id).lean();
    expect(stored).to.include({ to: '2017-03-31', version: 2 });
    expect(stored?.constitutionNote?.reason).to.equal('The committee is being wound up');
    expect(stored?.constitutionNote?.ruleIds).to.include('constitution.voting-majority');
    expect(await countOf(MembershipModel)).to.equal(1);
    expect((await lead.get(base)).text.split('<h2>Former members</h2>')[1]).to.contain('Ann Lay').and.to.contain('31 March 2017');
    expect(await auditActionsFor(seat.id)).to.deep.equal(['membership.created', 'membership.ended']);
  });

  it('when a committee already breaks a rule and a change only moves its counts, then the rule is not said to be broken by the change', async () => {
    const { committee, base } = await aCommitteeWithPerson();
    const [chair, gp1, gp2, lay] = await Promise.all(['Ann Chair', 'Dr Gail Price', 'Dr Hari Patel', 'Cara Lay'].map((name) => aPerson({ name })));
    await aMembership({ committeeId: committee.id, personId: chair.id, role: 'chair' });
    await aMembership({ committeeId: committee.id, personId: gp1.id, category: 'gp' });
    await aMembership({ committeeId: committee.id, personId: gp2.id, category: 'gp' });
    const lead = await signedInAs(app, 'governance-lead');

    // One lay vote to two GPs'; a second lay member improves that, breaks nothing, and is saved at once.
    const added = await lead.post(`${base}/members/new`, aSeatForm({ personId: lay.id, role: 'vice-chair' }));
    expect(added.status, errorSummaryOf(added).join('; ')).to.equal(303);
    expect(await MembershipModel.findOne({ personId: lay.id }).lean()).to.include({ constitutionNote: null });

    // Ending the chair's seat breaks the chair rule; the majority and GP rules it broke already.
    const chairSeat = await MembershipModel.findOne({ personId: chair.id }).lean();
    const check = await lead.post(`${base}/members/${chairSeat!._id}/end`, { 'to-day': '31', 'to-month': '3', 'to-year': '2017', version: '1' });
    expect(check.status).to.equal(200);
    const [newly, still] = check.text.split('id="newly-failing"')[1].split('It already breaks');
    expect(newly).to.contain('has no chair').and.not.to.contain('must hold more than half').and.not.to.contain('GPs must be a minority');
    expect(still).to.contain('must hold more than half').and.to.contain('GPs must be a minority');
  });

  it('when the end date is before the seat started or missing, then the form says so and nothing is written', async () => {
    const { committee, person, base } = await aCommitteeWithPerson();
    const seat = await aMembership({ committeeId: committee.id, personId: person.id, from: '2015-04-01' });
    const lead = await signedInAs(app, 'governance-lead');
    expectFieldError(await lead.post(`${base}/members/${seat.id}/end`, { 'to-day': '1', 'to-month': '1', 'to-year': '2015', version: '1' }), 'to', 'End date must be the same as or after the date the membership started');
    expectFieldError(await lead.post(`${base}/members/${seat.id}/end`, { version: '1' }), 'to', 'Enter the date the membership ended');
    expect(await MembershipModel.findById(seat.id).lean()).to.include({ to: null, version: 1 });
  });

  it("when a seat is reached through another committee's pages or its id is unknown, then it is not found", async () => {
    const { committee, person } = await aCommitteeWithPerson();
    const other = await aCommittee({ name: 'Audit Committee', organisationIds: committee.organisationIds });
    const seat = await aMembership({ committeeId: committee.id, personId: person.id });
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get(`/committees/${other.id}/members/${seat.id}/edit`)).status).to.equal(404);
    expect((await lead.post(`/committees/${other.id}/members/${seat.id}/end`, { 'to-day': '1', 'to-month': '1', 'to-year': '2016', version: '1' })).status).to.equal(404);
    expect((await lead.get(`/committees/${committee.id}/members/nonsense/edit`)).status).to.equal(404);
    expect(await MembershipModel.findById(seat.id).lean()).to.include({ to: null, version: 1 });
  });
});

describe('The memberships API', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead adds, lists, changes and ends a membership, then each answer is the JSON record and the history keeps every version', async () => {
    const { committee, person } = await aCommitteeWithPerson();
    const lead = await signedInAs(app, 'governance-lead');
    const created = await lead.api('POST', `/api/committees/${committee.id}/memberships`, aSeatBody({ personId: person.id }));
    expect(created.status, created.text).to.equal(201);
    const seat = created.json<Record<string, unknown> & { id: string }>();
    expectApiRecord(seat);
    expect(seat).to.include({ committeeId: committee.id, personId: person.id, category: 'gp', voting: true, version: 1 });
    expect(created.headers.get('location')).to.equal(`/api/memberships/${seat.id}`);

    expect((await lead.api('GET', `/api/memberships/${seat.id}`)).json()).to.deep.equal(seat);
    const list = await lead.api('GET', `/api/committees/${committee.id}/memberships`);
    expect(list.json<{ memberships: { id: string }[] }>().memberships.map((m) => m.id)).to.deep.equal([seat.id]);

    const changed = await lead.api('PUT', `/api/memberships/${seat.id}`, aSeatBody({ voting: false, version: 1 }));
    expect(changed.status, changed.text).to.equal(200);
    expect(changed.json()).to.include({ voting: false, version: 2 });

    const ended = await lead.api('POST', `/api/memberships/${seat.id}/end`, { to: '2016-03-31', version: 2 });
    expect(ended.status, ended.text).to.equal(200);
    expect(ended.json()).to.include({ to: '2016-03-31', version: 3 });
    expect(await countOf(MembershipModel)).to.equal(1);
    expect((await versionHistory('membership', seat.id)).map((h) => [h.state.voting, h.state.to])).to.deep.equal([
      [true, null],
      [false, null],
      [false, '2016-03-31'],
    ]);
    expect(await auditActionsFor(seat.id)).to.deep.equal(['membership.created', 'membership.updated', 'membership.ended']);
  });

  it('when the input is bad, then the answer is 400 naming each field and nothing is written', async () => {
    const { committee, person } = await aCommitteeWithPerson();
    const lead = await signedInAs(app, 'governance-lead');
    const path = `/api/committees/${committee.id}/memberships`;
    const bad = await lead.api('POST', path, aSeatBody({ personId: person.id, category: 'doctor', role: 'boss', voting: 'sometimes', from: '2015-13-01' }));
    expectApiFieldError(bad, 'category', "Select the member's category");
    expectApiFieldError(bad, 'role', "Select the member's role on the committee");
    expectApiFieldError(bad, 'voting', 'Select whether the member votes');
    expectApiFieldError(bad, 'from', 'Start date must be a real date');
    expectApiFieldError(await lead.api('POST', path, aSeatBody({ personId: '64b7f0c2a1b2c3d4e5f60718' })), 'personId', 'Select a person on the register');
    expectApiFieldError(await lead.api('POST', path, aSeatBody({ personId: person.id, to: '2014-01-01' })), 'to', 'End date must be the same as or after the start date');
    expect(await countOf(MembershipModel)).to.equal(0);
  });

  it('when a stale version is put or a version is missing, then 409 or 400 and the seat is unchanged', async () => {
    const { committee, person } = await aCommitteeWithPerson();
    const seat = await aMembership({ committeeId: committee.id, personId: person.id });
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.api('PUT', `/api/memberships/${seat.id}`, aSeatBody({ role: 'chair', version: 1 }))).status).to.equal(200);
    const stale = await lead.api('PUT', `/api/memberships/${seat.id}`, aSeatBody({ role: 'vice-chair', version: 1 }));
    expect(stale.status).to.equal(409);
    expect(stale.json()).to.have.property('error').that.contains('changed since you opened it');
    expect((await lead.api('POST', `/api/memberships/${seat.id}/end`, { to: '2016-01-01', version: 1 })).status).to.equal(409);
    expectApiFieldError(await lead.api('POST', `/api/memberships/${seat.id}/end`, { to: '2016-01-01' }), 'version');
    expect(await MembershipModel.findById(seat.id).lean()).to.include({ role: 'chair', to: null, version: 2 });
  });

  it('when the committee or membership is unknown or malformed, then the answer is 404', async () => {
    const { person } = await aCommitteeWithPerson();
    const lead = await signedInAs(app, 'governance-lead');
    for (const id of ['64b7f0c2a1b2c3d4e5f60718', 'nonsense']) {
      expect((await lead.api('GET', `/api/committees/${id}/memberships`)).status).to.equal(404);
      expect((await lead.api('POST', `/api/committees/${id}/memberships`, aSeatBody({ personId: person.id }))).status).to.equal(404);
      expect((await lead.api('PUT', `/api/memberships/${id}`, aSeatBody({ version: 1 }))).status).to.equal(404);
      expect((await lead.api('POST', `/api/memberships/${id}/end`, { to: '2016-01-01', version: 1 })).status).to.equal(404);
    }
  });

  it('when the caller is signed out or a member, then 401 or 403 on every membership endpoint and nothing is written', async () => {
    const { committee, person } = await aCommitteeWithPerson();
    const seat = await aMembership({ committeeId: committee.id, personId: person.id });
    const member = await signedInAs(app, 'member');
    const calls: [string, string, unknown][] = [
      ['GET', `/api/committees/${committee.id}/memberships`, undefined],
      ['POST', `/api/committees/${committee.id}/memberships`, aSeatBody({ personId: person.id, from: '2010-01-01', to: '2011-01-01' })],
      ['PUT', `/api/memberships/${seat.id}`, aSeatBody({ version: 1 })],
      ['POST', `/api/memberships/${seat.id}/end`, { to: '2016-01-01', version: 1 }],
    ];
    for (const [method, path, body] of calls) {
      expect((await app.agent().api(method, path, body)).status, `${method} ${path}`).to.equal(401);
      expect((await member.api(method, path, body)).status, `${method} ${path}`).to.equal(403);
    }
    expect(await countOf(MembershipModel)).to.equal(1);
    expect(await MembershipModel.findById(seat.id).lean()).to.include({ version: 1 });
  });
});
