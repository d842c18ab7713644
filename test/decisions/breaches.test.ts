import { expect } from 'chai';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { runAndStoreCheck } from '../../src/compliance/compliance.service';
import { BreachModel } from '../../src/decisions/breach.model';
import { syncBreaches } from '../../src/decisions/breaches.service';
import type { Finding } from '../../src/engine';
import { useDatabase } from '../support/database';
import { auditActionsFor, countOf, errorSummaryOf, expectApiFieldError, expectApiRecord, expectFieldError, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';
import { aCommissioningBody, aDecisionItem, aMeeting, MEETING_DATE, submit } from './fixtures';

type BreachJson = Record<string, unknown> & { id: string; status: string };

/** A meeting at which the GP partner voted on a contract for their own practice. */
async function aGpWhoVotedOnTheirPractice() {
  const body = await aCommissioningBody();
  const meetingId = await aMeeting(body.committee.id, [body.chair.id, body.vice.id, body.lay.id, body.exec1.id, body.gp.id]);
  const { decisionId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
  return { ...body, meetingId, decisionId };
}

/** A breach entered by a stored check, as the dashboard makes one. */
async function aRecordedBreach() {
  const body = await aGpWhoVotedOnTheirPractice();
  await runAndStoreCheck({ asAt: MEETING_DATE }, SYSTEM_ACTOR);
  const breach = await BreachModel.findOne().lean();
  return { ...body, breachId: String(breach?._id) };
}

describe('The register of breaches', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a check finds a breach, then it is entered once, open and dated the day of the decision, and later checks leave it as it is', async () => {
    const body = await aGpWhoVotedOnTheirPractice();
    const run = await runAndStoreCheck({ asAt: MEETING_DATE }, SYSTEM_ACTOR);
    const [breach] = await BreachModel.find().lean();
    expect(breach).to.include({ ruleId: 'conflict.voted-while-conflicted', committeeId: body.committee.id, decisionId: body.decisionId, personId: body.gp.id, status: 'open', occurredOn: MEETING_DATE, actionTaken: null });
    expect(breach.message).to.equal(run.findings.find((f) => f.ruleId === 'conflict.voted-while-conflicted')?.message);
    expect(await auditActionsFor(String(breach._id))).to.deep.equal(['breach.recorded']);

    await BreachModel.updateOne({ _id: breach._id }, { $set: { status: 'under-review' } });
    await runAndStoreCheck({ asAt: '2015-12-31' }, SYSTEM_ACTOR);
    expect(await BreachModel.find().lean()).to.have.length(1);
    expect(await BreachModel.findById(breach._id).lean()).to.include({ status: 'under-review', version: 1 });
  });

  it('when only findings of other rules are synced, then nothing is entered; the same breach found twice at once is entered once', async () => {
    const body = await aGpWhoVotedOnTheirPractice();
    const finding: Finding = {
      ruleId: 'conflict.voted-while-conflicted',
      severity: 'error',
      committeeId: body.committee.id,
      personId: body.gp.id,
      meetingId: null,
      decisionId: body.decisionId,
      declarationId: null,
      giftId: null,
      message: 'Dr Gail Price voted.',
      guidance: 'Guidance',
    };
    expect(await syncBreaches([{ ...finding, ruleId: 'conflict.managed', severity: 'info' }, { ...finding, ruleId: 'constitution.chair-lay' }], SYSTEM_ACTOR)).to.deep.equal([]);
    const entered = await Promise.all([syncBreaches([finding], SYSTEM_ACTOR), syncBreaches([finding], SYSTEM_ACTOR)]);
    expect(entered.flat()).to.have.length(1);
    expect(await countOf(BreachModel)).to.equal(1);
  });

  it('when a governance lead moves a breach to under review and then closes it with the action taken, then each is a new version', async () => {
    const { breachId } = await aRecordedBreach();
    const lead = await signedInAs(app, 'governance-lead');
    const path = `/breaches/${breachId}/edit`;
    const form = await lead.get(path);
    expect(form.text).to.contain('Voted while conflicted, 10 June 2015').and.to.contain('name="version" value="1"');
    await submit(lead, path, { status: 'under-review', actionTaken: '', version: '1' });
    expect(await BreachModel.findById(breachId).lean()).to.include({ status: 'under-review', actionTaken: null, version: 2 });

    expectFieldError(await lead.post(path, { status: 'closed', actionTaken: '  ', version: '2' }), 'actionTaken', 'Enter the action taken before closing the breach');
    expectFieldError(await lead.post(path, { status: 'fixed', actionTaken: 'x', version: '2' }), 'status', 'Select the status of the breach');
    await submit(lead, path, { status: 'closed', actionTaken: 'Reported to the audit committee.', version: '2' });
    expect(await BreachModel.findById(breachId).lean()).to.include({ status: 'closed', actionTaken: 'Reported to the audit committee.', version: 3 });
    expect(await auditActionsFor(breachId)).to.deep.equal(['breach.recorded', 'breach.updated', 'breach.closed']);
    const page = await lead.get(path);
    expect(page.text).to.contain('Changed status and action taken');

    const stale = await lead.post(path, { status: 'open', actionTaken: '', version: '2' });
    expect(stale.status).to.equal(409);
    expect(errorSummaryOf(stale)[0]).to.contain('This record changed since you opened it');
  });

  it('when the register is filtered by status, then only those breaches are listed', async () => {
    const { breachId } = await aRecordedBreach();
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get('/breaches?status=open')).text).to.contain(`/breaches/${breachId}/edit`);
    const closed = await lead.get('/breaches?status=closed');
    expect(closed.text).to.contain('There are no breaches with this status.');
    expect(closed.text).not.to.contain(`/breaches/${breachId}/edit`);
    expect((await lead.get('/breaches?status=lost')).status).to.equal(400);
  });

  it("when a governance lead finds breaches now, then today's check of the whole body enters them; members and auditors cannot", async () => {
    await aGpWhoVotedOnTheirPractice();
    const member = await signedInAs(app, 'member');
    const auditor = await signedInAs(app, 'auditor');
    expect((await member.get('/breaches')).status).to.equal(403);
    expect((await auditor.get('/breaches')).text).not.to.contain('Find breaches now');
    expect((await auditor.post('/breaches/find', {})).status).to.equal(403);
    expect(await countOf(BreachModel)).to.equal(0);

    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get('/breaches')).text).to.contain('Find breaches now').and.to.contain('There are no breaches on the register.');
    const found = await submit(lead, '/breaches/find', {});
    expect(found).to.equal('/breaches');
    const page = await lead.get(found);
    expect(page.text).to.contain('The check as at today found 1 breach of the conflict rules.').and.to.contain('Dr Gail Price voted on');
    expect(await countOf(BreachModel)).to.equal(1);
    expect((await auditor.get(`/breaches/${String((await BreachModel.findOne().lean())?._id)}/edit`)).status).to.equal(403);
  });

  it('when a breach id is unknown or malformed, then the page is not found', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    for (const path of ['/breaches/64b7f0c2a1b2c3d4e5f60718/edit', '/breaches/nonsense/edit']) expect((await lead.get(path)).status, path).to.equal(404);
  });
});

describe('The breaches API', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a client lists, reads and closes a breach, then it gets JSON and the status is versioned', async () => {
    const { breachId, gp } = await aRecordedBreach();
    const lead = await signedInAs(app, 'governance-lead');
    const listed = (await lead.api('GET', '/api/breaches?status=open')).json<{ breaches: BreachJson[] }>().breaches;
    expect(listed.map((b) => b.id)).to.deep.equal([breachId]);
    expect((await lead.api('GET', '/api/breaches?status=closed')).json<{ breaches: BreachJson[] }>().breaches).to.deep.equal([]);
    const breach = (await lead.api('GET', `/api/breaches/${breachId}`)).json<BreachJson>();
    expectApiRecord(breach);
    expect(breach).to.include({ personId: gp.id, status: 'open' });

    expectApiFieldError(await lead.api('PUT', `/api/breaches/${breachId}`, { status: 'closed', version: 1 }), 'actionTaken', 'Enter the action taken before closing the breach');
    expectApiFieldError(await lead.api('PUT', `/api/breaches/${breachId}`, { status: 'closed', actionTaken: 'x' }), 'version');
    expectApiFieldError(await lead.api('GET', '/api/breaches?status=lost'), 'status');
    const closed = await lead.api('PUT', `/api/breaches/${breachId}`, { status: 'closed', actionTaken: 'Decision re-taken.', version: 1 });
    expect(closed.status, closed.text).to.equal(200);
    expect(closed.json()).to.include({ status: 'closed', actionTaken: 'Decision re-taken.', version: 2 });
    expect((await lead.api('PUT', `/api/breaches/${breachId}`, { status: 'open', version: 1 })).status).to.equal(409);
  });

  it('when an id is unknown, or the caller is signed out, a member or an auditor changing one, then 404, 401 or 403', async () => {
    const { breachId } = await aRecordedBreach();
    const lead = await signedInAs(app, 'governance-lead');
    for (const id of ['64b7f0c2a1b2c3d4e5f60718', 'nonsense']) {
      expect((await lead.api('GET', `/api/breaches/${id}`)).status).to.equal(404);
      expect((await lead.api('PUT', `/api/breaches/${id}`, { status: 'open', version: 1 })).status).to.equal(404);
    }
    const member = await signedInAs(app, 'member');
    const auditor = await signedInAs(app, 'auditor');
    for (const [method, path] of [['GET', '/api/breaches'], ['GET', `/api/breaches/${breachId}`], ['PUT', `/api/breaches/${breachId}`]]) {
      const input = method === 'PUT' ? { status: 'under-review', version: 1 } : undefined;
      expect((await app.agent().api(method, path, input)).status).to.equal(401);
      expect((await member.api(method, path, input)).status).to.equal(403);
      expect((await auditor.api(method, path, input)).status).to.equal(method === 'GET' ? 200 : 403);
    }
    expect(await BreachModel.findById(breachId).lean()).to.include({ status: 'open', version: 1 });
  });
});
