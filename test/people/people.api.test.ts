import { expect } from 'chai';
import { PersonModel } from '../../src/people/person.model';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { auditActionsFor, countOf, expectApiFieldError, expectApiRecord, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';

const someone = (overrides: Record<string, unknown> = {}) => ({ name: 'Ann Lay', email: 'ANN.LAY@example.nhs.uk', role: 'member', ...overrides });

type PersonJson = Record<string, unknown> & { id: string };

describe('The people API', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead posts a person, then they are created (201) with a lower-case email and can be read and listed', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const created = await lead.api('POST', '/api/people', someone());
    expect(created.status, created.text).to.equal(201);
    const body = created.json<PersonJson>();
    expectApiRecord(body);
    expect(body).to.include({ name: 'Ann Lay', email: 'ann.lay@example.nhs.uk', role: 'member', jobTitle: null, version: 1 });
    expect((await lead.api('GET', `/api/people/${body.id}`)).json()).to.deep.equal(body);
    const list = (await lead.api('GET', '/api/people')).json<{ people: PersonJson[] }>().people;
    expect(list.map((p) => p.email)).to.include('ann.lay@example.nhs.uk');
    expect(await auditActionsFor(body.id)).to.deep.equal(['person.created']);
  });

  it('when the input is bad, then the answer is 400 naming each field and nothing is written', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const before = await countOf(PersonModel);
    const response = await lead.api('POST', '/api/people', { name: '', email: 'nope', role: 'boss' });
    expectApiFieldError(response, 'name', "Enter the person's full name");
    expectApiFieldError(response, 'email', 'Enter an email address in the correct format, like name@example.com');
    expectApiFieldError(response, 'role', 'Select what the person can do in the register');
    expectApiFieldError(await lead.api('POST', '/api/people'), 'name');
    expect(await countOf(PersonModel)).to.equal(before);
  });

  it('when the email address belongs to someone else, then the answer is 400 on email, on create and on update', async () => {
    await aPerson({ email: 'ann.lay@example.nhs.uk' });
    const other = await aPerson({ email: 'bob@example.nhs.uk' });
    const lead = await signedInAs(app, 'governance-lead');
    expectApiFieldError(await lead.api('POST', '/api/people', someone()), 'email', 'A person with this email address already exists');
    expectApiFieldError(await lead.api('PUT', `/api/people/${other.id}`, someone({ version: 1 })), 'email', 'A person with this email address already exists');
    expect(await PersonModel.findById(other.id).lean()).to.include({ email: 'bob@example.nhs.uk', version: 1 });
  });

  it('when a person is put with their version, then they become version 2 and version 1 stays in the history', async () => {
    const person = await aPerson({ name: 'Ann Lay', email: 'ann.lay@example.nhs.uk' });
    const lead = await signedInAs(app, 'governance-lead');
    const response = await lead.api('PUT', `/api/people/${person.id}`, someone({ jobTitle: 'Lay member', version: 1 }));
    expect(response.status, response.text).to.equal(200);
    expect(response.json()).to.include({ id: person.id, jobTitle: 'Lay member', version: 2 });
    expect((await versionHistory('person', person.id)).map((h) => h.state.jobTitle)).to.deep.equal([null, 'Lay member']);
  });

  it('when two clients put the same version, then the second gets 409 and the first save stands', async () => {
    const person = await aPerson({ email: 'ann.lay@example.nhs.uk' });
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.api('PUT', `/api/people/${person.id}`, someone({ name: 'First', version: 1 }))).status).to.equal(200);
    const refused = await lead.api('PUT', `/api/people/${person.id}`, someone({ name: 'Second', version: 1 }));
    expect(refused.status).to.equal(409);
    expect(refused.json()).to.have.property('error').that.contains('changed since you opened it');
    expect(await PersonModel.findById(person.id).lean()).to.include({ name: 'First', version: 2 });
  });

  it('when the id is unknown or malformed, then the answer is 404', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    for (const id of ['64b7f0c2a1b2c3d4e5f60718', 'nonsense']) {
      expect((await lead.api('GET', `/api/people/${id}`)).status).to.equal(404);
      expect((await lead.api('PUT', `/api/people/${id}`, someone({ version: 1 }))).status).to.equal(404);
    }
  });

  it('when the caller is signed out or a member, then 401 or 403 on every people endpoint', async () => {
    const person = await aPerson();
    const member = await signedInAs(app, 'member');
    const before = await countOf(PersonModel);
    for (const [method, path] of [['GET', '/api/people'], ['POST', '/api/people'], ['GET', `/api/people/${person.id}`], ['PUT', `/api/people/${person.id}`]]) {
      const body = method === 'GET' ? undefined : someone({ version: 1 });
      expect((await app.agent().api(method, path, body)).status, `${method} ${path}`).to.equal(401);
      expect((await member.api(method, path, body)).status, `${method} ${path}`).to.equal(403);
    }
    expect(await countOf(PersonModel)).to.equal(before);
  });
});
