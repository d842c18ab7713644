import { expect } from 'chai';
import { PersonModel } from '../../src/people/person.model';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aCommittee, aMembership, anOrganisation, aPerson } from '../support/factories';
import { auditActionsFor, countOf, errorSummaryOf, expectFieldError, fieldErrorOf, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';

const aPersonForm = (overrides: Record<string, string> = {}) => ({ name: 'Ann Lay', email: 'Ann.Lay@Example.NHS.uk', jobTitle: 'Lay member for governance', role: 'member', ...overrides });

describe('A governance lead manages people through the web pages', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead adds a person, then they are stored with a lower-case email address, listed, shown and audited', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get('/people/new')).status).to.equal(200);
    const saved = await lead.post('/people/new', aPersonForm());
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    const stored = await PersonModel.findOne({ name: 'Ann Lay' }).lean();
    expect(stored).to.include({ email: 'ann.lay@example.nhs.uk', role: 'member', jobTitle: 'Lay member for governance', version: 1 });

    const page = await lead.get(saved.location ?? '');
    expect(page.text).to.contain('<h1>Ann Lay</h1>').and.to.contain('ann.lay@example.nhs.uk');
    expect(page.text).to.contain(`href="/people/${stored?._id}/declarations"`);
    expect((await lead.get('/people')).text).to.contain('Ann Lay');
    expect(await auditActionsFor(String(stored?._id))).to.deep.equal(['person.created']);
  });

  it('when the email address is already used, in any case, then the form says a person with it already exists and nothing is written', async () => {
    await aPerson({ email: 'ann.lay@example.nhs.uk' });
    const lead = await signedInAs(app, 'governance-lead');
    const before = await countOf(PersonModel);
    const page = await lead.post('/people/new', aPersonForm({ name: 'Another Ann' }));
    expectFieldError(page, 'email', 'A person with this email address already exists');
    expect(await countOf(PersonModel)).to.equal(before);
  });

  it('when the name is missing, the email is malformed and no role is chosen, then each field is named and nothing is written', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const before = await countOf(PersonModel);
    const page = await lead.post('/people/new', aPersonForm({ name: '', email: 'ann.lay', role: '' }));
    expectFieldError(page, 'name', "Enter the person's full name");
    expect(fieldErrorOf(page, 'email')).to.equal('Enter an email address in the correct format, like name@example.com');
    expect(fieldErrorOf(page, 'role')).to.equal('Select what the person can do in the register');
    expect(await countOf(PersonModel)).to.equal(before);
  });

  it('when a person is changed, then the new details show and the history keeps the earlier version', async () => {
    const person = await aPerson({ name: 'Ann Lay', email: 'ann.lay@example.nhs.uk' });
    const lead = await signedInAs(app, 'governance-lead');
    const form = await lead.get(`/people/${person.id}/edit`);
    expect(form.text).to.contain('name="version" value="1"').and.to.contain('value="ann.lay@example.nhs.uk"');
    const saved = await lead.post(`/people/${person.id}/edit`, aPersonForm({ name: 'Ann Lay-Smith', email: 'ann.lay@example.nhs.uk', role: 'auditor', version: '1' }));
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    const page = await lead.get(`/people/${person.id}`);
    expect(page.text).to.contain('<h1>Ann Lay-Smith</h1>').and.to.contain('Auditor');
    expect((await versionHistory('person', person.id)).map((h) => [h.version, h.state.name, h.state.role])).to.deep.equal([
      [1, 'Ann Lay', 'member'],
      [2, 'Ann Lay-Smith', 'auditor'],
    ]);
    expect(await auditActionsFor(person.id)).to.deep.equal(['person.created', 'person.updated']);
  });

  it('when two governance leads save the same person, then the second is told it changed since they opened it and the first save stands', async () => {
    const person = await aPerson({ name: 'Ann Lay', email: 'ann.lay@example.nhs.uk' });
    const first = await signedInAs(app, 'governance-lead');
    const second = await signedInAs(app, 'governance-lead');
    await first.get(`/people/${person.id}/edit`);
    await second.get(`/people/${person.id}/edit`);
    expect((await first.post(`/people/${person.id}/edit`, aPersonForm({ name: 'First', version: '1' }))).status).to.equal(303);
    const refused = await second.post(`/people/${person.id}/edit`, aPersonForm({ name: 'Second', version: '1' }));
    expect(refused.status).to.equal(409);
    expect(errorSummaryOf(refused)[0]).to.contain('This record changed since you opened it');
    expect(await PersonModel.findById(person.id).lean()).to.include({ name: 'First', version: 2 });
  });

  it('when a governance lead tries to make someone an administrator, then the role is refused; an administrator may', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const refused = await lead.post('/people/new', aPersonForm({ role: 'admin' }));
    expectFieldError(refused, 'role', 'Only an administrator can make someone an administrator');
    expect(await PersonModel.exists({ email: 'ann.lay@example.nhs.uk' })).to.equal(null);
    const admin = await signedInAs(app, 'admin');
    expect((await admin.post('/people/new', aPersonForm({ role: 'admin' }))).status).to.equal(303);
  });

  it("when a governance lead tries to change an administrator's details, then it is refused and nothing is written", async () => {
    const admin = await aPerson({ role: 'admin', email: 'admin@example.nhs.uk' });
    const lead = await signedInAs(app, 'governance-lead');
    const refused = await lead.post(`/people/${admin.id}/edit`, aPersonForm({ email: 'lead.controls@example.nhs.uk', role: 'admin', version: '1' }));
    expect(refused.status).to.equal(403);
    expect(await PersonModel.findById(admin.id).lean()).to.include({ email: 'admin@example.nhs.uk', version: 1 });
  });

  it("when a person's page is opened, then it lists their committee seats and links to their declarations, which a lead can read", async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const committee = await aCommittee({ name: 'Primary Care Commissioning Committee', organisationIds: [ccg.id] });
    const person = await aPerson({ name: 'Dr Gita Patel' });
    await aMembership({ committeeId: committee.id, personId: person.id, category: 'gp', role: 'member' });
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.get(`/people/${person.id}`);
    expect(page.text).to.contain('Primary Care Commissioning Committee').and.to.contain('GP');
    const declarations = await lead.get(`/people/${person.id}/declarations`);
    expect(declarations.status).to.equal(200);
    expect(declarations.text).to.contain('<h1>Declarations of Dr Gita Patel</h1>');
    expect(declarations.text).not.to.contain('href="/declarations/interests/new"');
  });

  it('when a person id is unknown or malformed, then the page is not found', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    for (const path of ['/people/64b7f0c2a1b2c3d4e5f60718', '/people/nonsense', '/people/nonsense/edit', '/people/64b7f0c2a1b2c3d4e5f60718/declarations']) {
      expect((await lead.get(path)).status, path).to.equal(404);
    }
  });
});

describe('Who may see and change people', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a member opens or posts any people page, then it is refused and nothing is written', async () => {
    const person = await aPerson();
    const member = await signedInAs(app, 'member');
    for (const path of ['/people', '/people/new', `/people/${person.id}`, `/people/${person.id}/edit`, `/people/${person.id}/declarations`, '/people/import']) {
      expect((await member.get(path)).status, path).to.equal(403);
    }
    const before = await countOf(PersonModel);
    expect((await member.post('/people/new', aPersonForm())).status).to.equal(403);
    expect((await member.post(`/people/${person.id}/edit`, aPersonForm({ version: '1' }))).status).to.equal(403);
    expect(await countOf(PersonModel)).to.equal(before);
  });

  it('when an auditor opens the pages, then they can read people but not open the forms', async () => {
    const person = await aPerson();
    const auditor = await signedInAs(app, 'auditor');
    expect((await auditor.get('/people')).status).to.equal(200);
    expect((await auditor.get(`/people/${person.id}`)).status).to.equal(200);
    expect((await auditor.get(`/people/${person.id}/declarations`)).status).to.equal(200);
    expect((await auditor.get('/people/new')).status).to.equal(403);
    expect((await auditor.get(`/people/${person.id}/edit`)).status).to.equal(403);
    expect((await auditor.get('/people/import')).status).to.equal(403);
  });

  it('when nobody is signed in, then the pages redirect to sign in', async () => {
    for (const path of ['/people', '/people/import']) {
      const response = await app.agent().get(path);
      expect(response.status).to.equal(303);
      expect(response.location).to.match(/^\/sign-in\?next=/);
    }
  });
});
