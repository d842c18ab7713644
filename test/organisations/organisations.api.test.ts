import { expect } from 'chai';
import { OrganisationModel } from '../../src/organisations/organisation.model';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { anOrganisation } from '../support/factories';
import { auditActionsFor, countOf, expectApiFieldError, expectApiRecord, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';

const aPractice = (overrides: Record<string, unknown> = {}) => ({
  name: 'Riverside Surgery',
  kind: 'gp-practice',
  odsCode: 'm81001',
  companiesHouseNumber: null,
  aliases: ['Riverside Medical Centre'],
  supplier: true,
  ...overrides,
});

type OrganisationJson = Record<string, unknown> & { id: string; version: number; name: string };

describe('The organisations API', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead posts an organisation, then it is created (201) and can be read back and listed as JSON with an id', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const created = await lead.api('POST', '/api/organisations', aPractice());
    expect(created.status, created.text).to.equal(201);
    const body = created.json<OrganisationJson>();
    expectApiRecord(body);
    expect(body).to.include({ name: 'Riverside Surgery', odsCode: 'M81001', supplier: true, memberOfId: null, version: 1 });
    expect(created.headers.get('location')).to.equal(`/api/organisations/${body.id}`);

    const read = await lead.api('GET', `/api/organisations/${body.id}`);
    expect(read.json()).to.deep.equal(body);
    const list = await lead.api('GET', '/api/organisations');
    expect(list.json<{ organisations: OrganisationJson[] }>().organisations.map((o) => o.id)).to.deep.equal([body.id]);
    expect(await auditActionsFor(body.id)).to.deep.equal(['organisation.created']);
  });

  it('when the list is searched, then only organisations matching the name or ODS code are returned', async () => {
    await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    await anOrganisation({ name: 'Hillside Practice', odsCode: 'M81002' });
    const lead = await signedInAs(app, 'governance-lead');
    const found = await lead.api('GET', '/api/organisations?search=M81002');
    expect(found.json<{ organisations: OrganisationJson[] }>().organisations.map((o) => o.name)).to.deep.equal(['Hillside Practice']);
  });

  it('when the input is bad, then the answer is 400 naming each field and nothing is written', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const response = await lead.api('POST', '/api/organisations', aPractice({ name: '', kind: 'hospital', odsCode: 'TOOLONG1', aliases: 'not a list', supplier: 'perhaps' }));
    expectApiFieldError(response, 'name', "Enter the organisation's name");
    expectApiFieldError(response, 'kind', 'Select what kind of organisation it is');
    expectApiFieldError(response, 'odsCode', 'ODS code must be 3 to 6 letters and numbers, like M85001');
    expectApiFieldError(response, 'aliases');
    expectApiFieldError(response, 'supplier');
    expect(response.json()).to.have.property('error').that.is.a('string');
    expect(await countOf(OrganisationModel)).to.equal(0);
  });

  it('when the ODS code is taken or "member of" is not a CCG, then the answer is 400 naming the field', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    const lead = await signedInAs(app, 'governance-lead');
    expectApiFieldError(await lead.api('POST', '/api/organisations', aPractice({ name: 'Copy' })), 'odsCode', 'An organisation with ODS code M81001 is already on the register');
    expectApiFieldError(await lead.api('POST', '/api/organisations', aPractice({ odsCode: null, memberOfId: practice.id })), 'memberOfId');
    expectApiFieldError(await lead.api('POST', '/api/organisations', aPractice({ odsCode: null, memberOfId: 'nonsense' })), 'memberOfId');
    expect(await countOf(OrganisationModel)).to.equal(1);
  });

  it('when an organisation is put with its version, then it becomes version 2 and version 1 stays in its history', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    const lead = await signedInAs(app, 'governance-lead');
    const response = await lead.api('PUT', `/api/organisations/${practice.id}`, aPractice({ name: 'Riverside Health Centre', version: 1 }));
    expect(response.status, response.text).to.equal(200);
    expect(response.json()).to.include({ id: practice.id, name: 'Riverside Health Centre', odsCode: 'M81001', version: 2 });
    const history = await versionHistory('organisation', practice.id);
    expect(history.map((h) => h.state.name)).to.deep.equal(['Riverside Surgery', 'Riverside Health Centre']);
    expect(await auditActionsFor(practice.id)).to.deep.equal(['organisation.created', 'organisation.updated']);
  });

  it('when an organisation keeps its own ODS code on update, then that is not counted as taken', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.api('PUT', `/api/organisations/${practice.id}`, aPractice({ version: 1 }))).status).to.equal(200);
  });

  it('when two clients put the same version, then the second gets 409 and the first save stands', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery' });
    const first = await signedInAs(app, 'governance-lead');
    const second = await signedInAs(app, 'governance-lead');
    expect((await first.api('PUT', `/api/organisations/${practice.id}`, aPractice({ odsCode: null, name: 'First', version: 1 }))).status).to.equal(200);
    const refused = await second.api('PUT', `/api/organisations/${practice.id}`, aPractice({ odsCode: null, name: 'Second', version: 1 }));
    expect(refused.status).to.equal(409);
    expect(refused.json<{ error: string }>().error).to.contain('changed since you opened it');
    expect(await OrganisationModel.findById(practice.id).lean()).to.include({ name: 'First', version: 2 });
  });

  it('when a put has no version, then the answer is 400 naming version', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery' });
    const lead = await signedInAs(app, 'governance-lead');
    expectApiFieldError(await lead.api('PUT', `/api/organisations/${practice.id}`, aPractice()), 'version');
    expect(await OrganisationModel.findById(practice.id).lean()).to.include({ version: 1 });
  });

  it('when the id is unknown or malformed, then the answer is 404 with an error', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    for (const id of ['64b7f0c2a1b2c3d4e5f60718', 'nonsense']) {
      const read = await lead.api('GET', `/api/organisations/${id}`);
      expect(read.status).to.equal(404);
      expect(read.json()).to.have.property('error');
      expect((await lead.api('PUT', `/api/organisations/${id}`, aPractice({ version: 1 }))).status).to.equal(404);
    }
  });

  it('when the caller is signed out, a member or an auditor writing, then 401, 403 and 403; an auditor may read', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery' });
    expect((await app.agent().api('GET', '/api/organisations')).status).to.equal(401);
    expect((await app.agent().api('POST', '/api/organisations', aPractice())).status).to.equal(401);
    const member = await signedInAs(app, 'member');
    for (const [method, path] of [['GET', '/api/organisations'], ['POST', '/api/organisations'], ['GET', `/api/organisations/${practice.id}`], ['PUT', `/api/organisations/${practice.id}`]]) {
      expect((await member.api(method, path, method === 'GET' ? undefined : aPractice({ version: 1 }))).status, `${method} ${path}`).to.equal(403);
    }
    const auditor = await signedInAs(app, 'auditor');
    expect((await auditor.api('GET', `/api/organisations/${practice.id}`)).status).to.equal(200);
    expect((await auditor.api('POST', '/api/organisations', aPractice())).status).to.equal(403);
    expect(await countOf(OrganisationModel)).to.equal(1);
  });
});
