import { expect } from 'chai';
import { CommitteeModel } from '../../src/committees/committee.model';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aCommittee, anOrganisation } from '../support/factories';
import { auditActionsFor, countOf, expectApiFieldError, expectApiRecord, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';

const aCommitteeBody = (organisationIds: string[], overrides: Record<string, unknown> = {}) => ({
  name: 'Primary Care Commissioning Committee',
  organisationIds,
  type: 'primary-care-commissioning',
  commissioningLevel: 'delegated',
  rulePack: 'nhs-pccc-2017',
  quorum: { minimumVoting: 4 },
  ...overrides,
});

type CommitteeJson = Record<string, unknown> & { id: string };

describe('The committees API', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead posts a committee, then it is created (201) and can be read and listed as JSON with an id', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const lead = await signedInAs(app, 'governance-lead');
    const created = await lead.api('POST', '/api/committees', aCommitteeBody([ccg.id]));
    expect(created.status, created.text).to.equal(201);
    const body = created.json<CommitteeJson>();
    expectApiRecord(body);
    expect(body).to.deep.include({ organisationIds: [ccg.id], quorum: { minimumVoting: 4 }, rulePack: 'nhs-pccc-2017', version: 1 });
    expect((await lead.api('GET', `/api/committees/${body.id}`)).json()).to.deep.equal(body);
    expect((await lead.api('GET', '/api/committees')).json<{ committees: CommitteeJson[] }>().committees.map((c) => c.id)).to.deep.equal([body.id]);
    expect(await auditActionsFor(body.id)).to.deep.equal(['committee.created']);
  });

  it('when a committee has no quorum or commissioning level, then they are stored as null', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const lead = await signedInAs(app, 'governance-lead');
    const created = await lead.api('POST', '/api/committees', aCommitteeBody([ccg.id], { type: 'audit', commissioningLevel: null, quorum: null }));
    expect(created.json()).to.include({ commissioningLevel: null, quorum: null });
  });

  it('when the input is bad, then the answer is 400 naming each field and nothing is written', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const lead = await signedInAs(app, 'governance-lead');
    const response = await lead.api('POST', '/api/committees', aCommitteeBody([], { name: '', type: 'board', commissioningLevel: 'total', rulePack: '', quorum: { minimumVoting: 0 } }));
    expectApiFieldError(response, 'name', "Enter the committee's name");
    expectApiFieldError(response, 'organisationIds', 'Select at least one organisation the committee belongs to');
    expectApiFieldError(response, 'type', 'Select the type of committee');
    expectApiFieldError(response, 'commissioningLevel', 'Select a commissioning level from the list');
    expectApiFieldError(response, 'rulePack', 'Select the rule pack to check the committee against');
    expectApiFieldError(response, 'quorum.minimumVoting', 'Quorum must be a whole number of voting members, 1 or more');
    expectApiFieldError(await lead.api('POST', '/api/committees', aCommitteeBody(['nonsense'])), 'organisationIds.0', 'Select the organisations from the list');
    expectApiFieldError(await lead.api('POST', '/api/committees', aCommitteeBody([ccg.id, '64b7f0c2a1b2c3d4e5f60718'])), 'organisationIds', 'Select organisations that are on the register');
    expect(await countOf(CommitteeModel)).to.equal(0);
  });

  it('when a committee is put with its version, then it becomes version 2 and version 1 stays in the history', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const committee = await aCommittee({ organisationIds: [ccg.id] });
    const lead = await signedInAs(app, 'governance-lead');
    const response = await lead.api('PUT', `/api/committees/${committee.id}`, aCommitteeBody([ccg.id], { quorum: { minimumVoting: 5 }, version: 1 }));
    expect(response.status, response.text).to.equal(200);
    expect(response.json()).to.deep.include({ id: committee.id, quorum: { minimumVoting: 5 }, version: 2 });
    expect((await versionHistory('committee', committee.id)).map((h) => h.state.quorum)).to.deep.equal([{ minimumVoting: 3 }, { minimumVoting: 5 }]);
  });

  it('when two clients put the same version, then the second gets 409 and the first save stands', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const committee = await aCommittee({ organisationIds: [ccg.id] });
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.api('PUT', `/api/committees/${committee.id}`, aCommitteeBody([ccg.id], { name: 'First', version: 1 }))).status).to.equal(200);
    const refused = await lead.api('PUT', `/api/committees/${committee.id}`, aCommitteeBody([ccg.id], { name: 'Second', version: 1 }));
    expect(refused.status).to.equal(409);
    expect(refused.json()).to.have.property('error').that.contains('changed since you opened it');
    expect(await CommitteeModel.findById(committee.id).lean()).to.include({ name: 'First', version: 2 });
  });

  it('when the id is unknown or malformed, then the answer is 404', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const lead = await signedInAs(app, 'governance-lead');
    for (const id of ['64b7f0c2a1b2c3d4e5f60718', 'nonsense']) {
      expect((await lead.api('GET', `/api/committees/${id}`)).status).to.equal(404);
      expect((await lead.api('PUT', `/api/committees/${id}`, aCommitteeBody([ccg.id], { version: 1 }))).status).to.equal(404);
    }
    expect((await lead.api('GET', '/api/no-such-thing')).status).to.equal(404);
  });

  it('when the caller is signed out or a member, then 401 or 403 on every committee endpoint', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const committee = await aCommittee({ organisationIds: [ccg.id] });
    const member = await signedInAs(app, 'member');
    for (const [method, path] of [['GET', '/api/committees'], ['POST', '/api/committees'], ['GET', `/api/committees/${committee.id}`], ['PUT', `/api/committees/${committee.id}`]]) {
      const body = method === 'GET' ? undefined : aCommitteeBody([ccg.id], { version: 1 });
      expect((await app.agent().api(method, path, body)).status, `${method} ${path}`).to.equal(401);
      expect((await member.api(method, path, body)).status, `${method} ${path}`).to.equal(403);
    }
    expect(await countOf(CommitteeModel)).to.equal(1);
  });
});
