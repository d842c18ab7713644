import { expect } from 'chai';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createApiToken, revokeApiToken } from '../../src/accounts/apiTokens';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { ComplianceRunModel } from '../../src/compliance/complianceRun.model';
import { buildSnapshot } from '../../src/compliance/snapshotBuilder';
import { MembershipModel } from '../../src/committees/membership.model';
import type { FindingsDocument } from '../../src/engine';
import { projectRoot } from '../../src/paths';
import { createVersioned, updateVersioned } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aCommittee, anOrganisation, aPerson } from '../support/factories';
import { tableRows } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';

const run = promisify(execFile);

/** A PCCC whose chair is a GP: constitution.chair-lay must fire. */
async function aCommitteeChairedByAGp() {
  const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
  const gp = await aPerson({ name: 'Dr Gail Price' });
  const lay = await aPerson({ name: 'Lee Layman' });
  const committee = await aCommittee({
    name: 'Example PCCC',
    organisationIds: [ccg.id],
    members: [
      { personId: gp.id, category: 'gp', role: 'chair' },
      { personId: lay.id, category: 'lay', role: 'vice-chair' },
    ],
  });
  return { committee, gp, lay };
}

async function bearer(app: TestApp, role: 'governance-lead' | 'auditor' = 'governance-lead', name = 'test-token') {
  const { token } = await createApiToken({ name, role }, SYSTEM_ACTOR);
  return (method: string, urlPath: string, json?: unknown) =>
    app.agent().request(method, urlPath, { json, headers: { authorization: `Bearer ${token}` } });
}

describe('Compliance checks through the API and the dashboard', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a snapshot is posted with a valid token, then the findings document comes back', async () => {
    const api = await bearer(app);
    const snapshot = {
      snapshotVersion: 1,
      asAt: '2015-06-30',
      organisations: [{ id: 'ccg', name: 'NHS Example CCG', kind: 'ccg' }],
      people: [{ id: 'p1', name: 'Dr Gail Price' }],
      committees: [{ id: 'c1', name: 'Example PCCC', organisationIds: ['ccg'], type: 'primary-care-commissioning', rulePack: 'nhs-pccc-2017', members: [{ personId: 'p1', category: 'gp', role: 'chair', voting: true, from: '2015-04-01', to: null }] }],
      declarations: [],
      confirmations: [],
      giftsAndHospitality: [],
      meetings: [],
      decisions: [],
    };
    const response = await api('POST', '/api/checks', snapshot);
    expect(response.status).to.equal(200);
    const document = response.json<FindingsDocument>();
    expect(document.asAt).to.equal('2015-06-30');
    expect(document.findings.map((f) => f.ruleId)).to.include.members(['constitution.chair-lay', 'constitution.gp-minority', 'register.no-declaration']);
    expect(document.summary.error).to.be.greaterThan(0);
  });

  it('when a posted snapshot is invalid, then the answer is 400 listing every problem by path', async () => {
    const api = await bearer(app);
    const response = await api('POST', '/api/checks', { snapshotVersion: 1, organisations: [{ id: 'x' }], people: [], committees: [{ id: 'c', members: [{ personId: 'ghost' }] }] });
    expect(response.status).to.equal(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).to.include.members(['organisations[0].name', 'organisations[0].kind']);
    expect(fields.some((f) => f.startsWith('committees[0]'))).to.equal(true);
  });

  it('when the token is missing, wrong or revoked, or the caller is a member, then the API refuses', async () => {
    expect((await app.agent().api('POST', '/api/checks', {})).status).to.equal(401);
    const wrong = await app.agent().request('GET', '/api/compliance', { headers: { authorization: 'Bearer coi_nonsense' } });
    expect(wrong.status).to.equal(401);
    const api = await bearer(app, 'auditor', 'to-revoke');
    expect((await api('GET', '/api/compliance')).status).to.equal(200);
    expect(await revokeApiToken('to-revoke', SYSTEM_ACTOR)).to.equal(true);
    expect((await api('GET', '/api/compliance')).status).to.equal(401);
    const member = await app.signIn((await aPerson()).email);
    expect((await member.api('GET', '/api/compliance')).status).to.equal(403);
  });

  it('when the register is checked as at a date, then findings come from the database for that day', async () => {
    const { committee, gp } = await aCommitteeChairedByAGp();
    const api = await bearer(app);
    const document = (await api('GET', '/api/compliance?asAt=2015-06-30')).json<FindingsDocument>();
    const chair = document.findings.find((f) => f.ruleId === 'constitution.chair-lay');
    expect(chair).to.include({ committeeId: committee.id, personId: gp.id, severity: 'error' });
    expect(chair?.message).to.contain('Dr Gail Price').and.to.contain('Example PCCC');

    // Before anyone had joined, the committee had no chair at all.
    const beforeTheCommittee = (await api('GET', '/api/compliance?asAt=2015-03-01')).json<FindingsDocument>();
    const noChair = beforeTheCommittee.findings.find((f) => f.committeeId === committee.id && f.ruleId === 'constitution.chair-lay');
    expect(noChair).to.include({ personId: null });
    expect((await api('GET', '/api/compliance?asAt=2015-02-30')).status).to.equal(400);
  });

  it('when a governance lead runs checks from the dashboard, then each run is stored and the next shows what was resolved', async () => {
    const { committee, gp } = await aCommitteeChairedByAGp();
    const lead = await app.signIn((await aPerson({ role: 'governance-lead', name: 'Helen Marsh' })).email);
    await lead.get('/compliance');
    const first = await lead.post('/compliance/runs', { committeeId: committee.id, 'asAt-day': '30', 'asAt-month': '6', 'asAt-year': '2015' });
    expect(first.status).to.equal(303);
    const firstPage = await lead.get(first.location ?? '');
    expect(firstPage.text).to.contain('Dr Gail Price').and.to.contain('This is the first check');
    expect(firstPage.text, 'the rule in words, with its id').to.contain('Rule: The chair is a member who may chair (constitution.chair-lay).');

    // The GP steps down as chair: end the seat and give it to a lay member.
    const seat = await MembershipModel.findOne({ personId: gp.id }).lean();
    await updateVersioned(MembershipModel, 'membership', String(seat?._id), seat!.version, { role: 'member' }, SYSTEM_ACTOR);
    const layChair = await aPerson({ name: 'Lara Chair' });
    await createVersioned(MembershipModel, 'membership', { committeeId: committee.id, personId: layChair.id, category: 'lay', role: 'chair', voting: true, from: '2015-04-01', to: null }, SYSTEM_ACTOR);

    await lead.get('/compliance');
    const second = await lead.post('/compliance/runs', { committeeId: committee.id, 'asAt-day': '30', 'asAt-month': '6', 'asAt-year': '2015' });
    const secondPage = await lead.get(second.location ?? '');
    expect(secondPage.text).to.contain('Resolved since the previous check');
    expect(secondPage.text).to.match(/\d+ new, [1-9]\d* resolved/);
    const runs = await ComplianceRunModel.find().sort({ ranAt: 1 }).lean();
    expect(runs).to.have.length(2);
    expect(runs[0]).to.deep.include({ committeeId: committee.id, asAt: '2015-06-30' });
    expect(runs[0].ranBy.name).to.equal('Helen Marsh');
    expect(runs[0].rulePacks.map((p) => p.id)).to.include('nhs-pccc-2017');
  });

  it('when the dashboard form has an impossible date, then it says so and stores nothing', async () => {
    const lead = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    await lead.get('/compliance');
    const response = await lead.post('/compliance/runs', { committeeId: '', 'asAt-day': '31', 'asAt-month': '2', 'asAt-year': '2015' });
    expect(response.status).to.equal(400);
    expect(response.text).to.contain('href="#asAt-day"').and.to.contain('As at date must be a real date');
    expect(await ComplianceRunModel.countDocuments()).to.equal(0);
  });

  it('when an auditor opens the dashboard, then they can read runs but not start one; a member cannot open it', async () => {
    const auditor = await app.signIn((await aPerson({ role: 'auditor' })).email);
    expect((await auditor.get('/compliance')).status).to.equal(200);
    expect((await auditor.post('/compliance/runs', {})).status).to.equal(403);
    const member = await app.signIn((await aPerson()).email);
    expect((await member.get('/compliance')).status).to.equal(403);
  });

  it('when the CLI, the API and the dashboard check the same data, then they give the same findings', async () => {
    await aCommitteeChairedByAGp();
    const asAt = '2015-06-30';
    const api = await bearer(app);
    const fromApi = (await api('GET', `/api/compliance?asAt=${asAt}`)).json<FindingsDocument>();

    const lead = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    await lead.get('/compliance');
    await lead.post('/compliance/runs', { committeeId: '', 'asAt-day': '30', 'asAt-month': '6', 'asAt-year': '2015' });
    const stored = await ComplianceRunModel.findOne().lean();

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coi-cli-')), 'snapshot.json');
    fs.writeFileSync(file, JSON.stringify(await buildSnapshot(asAt)));
    const cli = await run('node', [path.join(projectRoot, 'bin/coi.js'), 'check', file, '--format', 'json']).then(
      (ok) => ({ ...ok, code: 0 }),
      (failed: { stdout: string; code: number }) => failed,
    );
    const fromCli = JSON.parse(cli.stdout) as FindingsDocument;

    expect(fromApi.findings.length).to.be.greaterThan(0);
    expect(fromCli.findings).to.deep.equal(fromApi.findings);
    expect(stored?.findings).to.deep.equal(fromApi.findings);
    expect(cli.code).to.equal(1);
  });

  it('when a governance lead opens a committee, then its constitution at a glance shows seats and which rules pass', async () => {
    const { committee } = await aCommitteeChairedByAGp();
    const lead = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    const page = await lead.get(`/committees/${committee.id}`);
    expect(page.text).to.contain('Constitution at a glance');
    expect(page.text).to.match(/Voting members<\/dt>\s*<dd[^>]*>2<ul[^>]*><li>(GP: 1<\/li><li>Lay member: 1|Lay member: 1<\/li><li>GP: 1)<\/li>/);
    expect(page.text).to.contain('Dr Gail Price (GP)');
    const resultOf = (ruleId: string) => /^(Passes|Fails)/.exec(tableRows(page).find(([rule]) => rule.endsWith(ruleId))?.[1] ?? '')?.[1];
    expect(resultOf('constitution.chair-lay')).to.equal('Fails');
    expect(resultOf('constitution.vice-chair-lay')).to.equal('Passes');
    expect(resultOf('constitution.gp-minority')).to.equal('Fails');
  });
});
