import { expect } from 'chai';
import { OrganisationModel } from '../../src/organisations/organisation.model';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { anOrganisation } from '../support/factories';
import { auditActionsFor, countOf, errorSummaryOf, expectFieldError, fieldErrorOf, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';

const aPracticeForm = (overrides: Record<string, string> = {}) => ({
  name: 'Riverside Surgery',
  kind: 'gp-practice',
  odsCode: 'm81001',
  companiesHouseNumber: '',
  aliases: 'Riverside Medical Centre\r\nRiverside GP',
  memberOfId: '',
  supplier: 'false',
  ...overrides,
});

describe('A governance lead manages organisations through the web pages', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead adds a practice of a CCG, then it is stored with its ODS code in capitals, shown, versioned and audited', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg', odsCode: '05X' });
    const lead = await signedInAs(app, 'governance-lead');
    const form = await lead.get('/organisations/new');
    expect(form.status).to.equal(200);
    expect(form.text).to.contain('NHS Example CCG');

    const saved = await lead.post('/organisations/new', aPracticeForm({ memberOfId: ccg.id }));
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    const stored = await OrganisationModel.findOne({ name: 'Riverside Surgery' }).lean();
    expect(stored).to.include({ odsCode: 'M81001', kind: 'gp-practice', memberOfId: ccg.id, supplier: false, version: 1 });
    expect(stored?.aliases).to.deep.equal(['Riverside Medical Centre', 'Riverside GP']);
    expect(saved.location).to.equal(`/organisations/${stored?._id}`);

    const page = await lead.get(saved.location ?? '');
    expect(page.text).to.contain('<h1>Riverside Surgery</h1>');
    expect(page.text).to.contain('M81001');
    expect(page.text).to.contain('Riverside Medical Centre, Riverside GP');
    expect(page.text).to.contain('NHS Example CCG');
    expect(await auditActionsFor(String(stored?._id))).to.deep.equal(['organisation.created']);
  });

  it('when the list is searched by ODS code or by part of a name, then only the matching organisations are listed', async () => {
    await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    await anOrganisation({ name: 'Hillside Practice', odsCode: 'M81002' });
    const lead = await signedInAs(app, 'governance-lead');

    const all = await lead.get('/organisations');
    expect(all.text).to.contain('Riverside Surgery').and.to.contain('Hillside Practice');
    const byCode = await lead.get('/organisations?search=m81002');
    expect(byCode.text).to.contain('Hillside Practice').and.not.to.contain('Riverside Surgery');
    const byName = await lead.get('/organisations?search=river');
    expect(byName.text).to.contain('Riverside Surgery').and.not.to.contain('Hillside Practice');
    const none = await lead.get('/organisations?search=nowhere');
    expect(none.text).to.contain('No organisations match');
  });

  it('when the name is missing and the ODS code is malformed, then the form shows both errors beside their fields and nothing is written', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const before = await countOf(OrganisationModel);
    const page = await lead.post('/organisations/new', aPracticeForm({ name: ' ', odsCode: 'M8-1' }));
    expectFieldError(page, 'name', "Enter the organisation's name");
    expect(fieldErrorOf(page, 'odsCode')).to.equal('ODS code must be 3 to 6 letters and numbers, like M85001');
    expect(errorSummaryOf(page)).to.have.length(2);
    expect(page.text).to.contain('value="M8-1"');
    expect(await countOf(OrganisationModel)).to.equal(before);
  });

  it('when the kind is not chosen or the Companies House number is malformed, then each is named and nothing is written', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.post('/organisations/new', aPracticeForm({ kind: '', companiesHouseNumber: '123' }));
    expectFieldError(page, 'kind', 'Select what kind of organisation it is');
    expect(fieldErrorOf(page, 'companiesHouseNumber')).to.equal('Companies House number must be 8 characters, like 01234567 or SC123456');
    expect(await countOf(OrganisationModel)).to.equal(0);
  });

  it('when the ODS code is already on the register, then the form says so beside the ODS code and nothing is written', async () => {
    await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.post('/organisations/new', aPracticeForm({ name: 'Another Surgery' }));
    expectFieldError(page, 'odsCode', 'An organisation with ODS code M81001 is already on the register');
    expect(await countOf(OrganisationModel)).to.equal(1);
  });

  it('when "member of" names an organisation that is not a CCG, then the form asks for a CCG and nothing is written', async () => {
    const practice = await anOrganisation({ name: 'Hillside Practice' });
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.post('/organisations/new', aPracticeForm({ memberOfId: practice.id }));
    expectFieldError(page, 'memberOfId', 'Select a clinical commissioning group or integrated care board on the register');
    expect(await countOf(OrganisationModel)).to.equal(1);
  });

  it('when an organisation is changed, then the page shows the change and its history keeps the earlier version', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    const lead = await signedInAs(app, 'governance-lead');
    const form = await lead.get(`/organisations/${practice.id}/edit`);
    expect(form.text).to.contain('name="version" value="1"');
    expect(form.text).to.contain('value="Riverside Surgery"');

    const saved = await lead.post(`/organisations/${practice.id}/edit`, aPracticeForm({ name: 'Riverside Health Centre', version: '1' }));
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    const page = await lead.get(`/organisations/${practice.id}`);
    expect(page.text).to.contain('<h1>Riverside Health Centre</h1>');
    expect(page.text).to.contain('Changed name and other names');

    const history = await versionHistory('organisation', practice.id);
    expect(history.map((h) => [h.version, h.state.name])).to.deep.equal([
      [1, 'Riverside Surgery'],
      [2, 'Riverside Health Centre'],
    ]);
    expect(await auditActionsFor(practice.id)).to.deep.equal(['organisation.created', 'organisation.updated']);
  });

  it('when two governance leads save the same organisation, then the second is told it changed since they opened it and the first save stands', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    const first = await signedInAs(app, 'governance-lead');
    const second = await signedInAs(app, 'governance-lead');
    await first.get(`/organisations/${practice.id}/edit`);
    await second.get(`/organisations/${practice.id}/edit`);

    expect((await first.post(`/organisations/${practice.id}/edit`, aPracticeForm({ name: 'First Name', version: '1' }))).status).to.equal(303);
    const refused = await second.post(`/organisations/${practice.id}/edit`, aPracticeForm({ name: 'Second Name', version: '1' }));
    expect(refused.status).to.equal(409);
    expect(errorSummaryOf(refused)).to.deep.equal(['This record changed since you opened it. Nothing was saved: reload it, check the changes and try again.']);
    expect(refused.text).to.contain('value="Second Name"');

    const stored = await OrganisationModel.findById(practice.id).lean();
    expect(stored).to.include({ name: 'First Name', version: 2 });
  });

  it('when an organisation id is unknown or malformed, then the page is not found', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get('/organisations/64b7f0c2a1b2c3d4e5f60718')).status).to.equal(404);
    expect((await lead.get('/organisations/not-an-id')).status).to.equal(404);
    expect((await lead.get('/organisations/not-an-id/edit')).status).to.equal(404);
    expect((await lead.post('/organisations/64b7f0c2a1b2c3d4e5f60718/edit', aPracticeForm({ version: '1' }))).status).to.equal(404);
  });
});

describe('Who may see and change organisations', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a member opens or posts any organisation page, then it is refused and nothing is written', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery' });
    const member = await signedInAs(app, 'member');
    for (const path of ['/organisations', '/organisations/new', `/organisations/${practice.id}`, `/organisations/${practice.id}/edit`]) {
      expect((await member.get(path)).status, path).to.equal(403);
    }
    expect((await member.post('/organisations/new', aPracticeForm())).status).to.equal(403);
    expect((await member.post(`/organisations/${practice.id}/edit`, aPracticeForm({ version: '1' }))).status).to.equal(403);
    expect(await countOf(OrganisationModel)).to.equal(1);
  });

  it('when an auditor opens the pages, then they can read the list and details but not the forms', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery' });
    const auditor = await signedInAs(app, 'auditor');
    const list = await auditor.get('/organisations');
    expect(list.status).to.equal(200);
    expect(list.text).not.to.contain('Add an organisation');
    const page = await auditor.get(`/organisations/${practice.id}`);
    expect(page.status).to.equal(200);
    expect(page.text).not.to.contain('Change this organisation');
    expect((await auditor.get('/organisations/new')).status).to.equal(403);
    expect((await auditor.get(`/organisations/${practice.id}/edit`)).status).to.equal(403);
    expect((await auditor.post('/organisations/new', aPracticeForm())).status).to.equal(403);
  });

  it('when an administrator opens the form, then they may use it as a governance lead does', async () => {
    const admin = await signedInAs(app, 'admin');
    expect((await admin.get('/organisations/new')).status).to.equal(200);
    expect((await admin.post('/organisations/new', aPracticeForm())).status).to.equal(303);
  });

  it('when nobody is signed in, then the pages redirect to sign in', async () => {
    const response = await app.agent().get('/organisations');
    expect(response.status).to.equal(303);
    expect(response.location).to.equal('/sign-in?next=%2Forganisations');
  });
});
