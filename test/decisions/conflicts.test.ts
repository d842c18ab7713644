import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ComplianceRunModel } from '../../src/compliance/complianceRun.model';
import { buildSnapshot } from '../../src/compliance/snapshotBuilder';
import { BreachModel } from '../../src/decisions/breach.model';
import { DecisionModel } from '../../src/decisions/decision.model';
import type { Finding, FindingsDocument } from '../../src/engine';
import { projectRoot } from '../../src/paths';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aDeclaration, aMembership, aPerson } from '../support/factories';
import { auditActionsFor, expectFieldError, fieldErrorOf, signedInAs } from '../support/management';
import { startTestApp, type AgentResponse, type TestApp, type WebAgent } from '../support/testApp';
import { aCommissioningBody, aDecisionItem, aDecisionItemForm, aMeeting, dateFields, MEETING_DATE, recordMeetingThroughForms, submit } from './fixtures';

/** The page's text with HTML entities read back, so assertions can use plain quotes. */
const textOf = (page: AgentResponse) => page.text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const conflictFindings = (findings: readonly Finding[]) =>
  findings.filter((f) => f.ruleId.startsWith('conflict.')).map((f) => ({ ruleId: f.ruleId, personId: f.personId, decisionId: f.decisionId, declarationId: f.declarationId }));

/** Runs a check of the whole body from the dashboard and opens its results page. */
async function runFromDashboard(lead: WebAgent, asAt = MEETING_DATE) {
  await lead.get('/compliance');
  const location = await submit(lead, '/compliance/runs', { committeeId: '', ...dateFields('asAt', asAt) });
  const run = await ComplianceRunModel.findById(location.split('/').at(-1)).lean();
  return { page: await lead.get(location), findings: (run?.findings ?? []) as Finding[] };
}

describe('A governance lead records a meeting and its decisions, and conflicts become breaches', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a GP partner votes on a contract for their practice, then the check and the register of breaches show it, and the breach stays once it is put right', async () => {
    const body = await aCommissioningBody();
    const lead = await signedInAs(app, 'governance-lead');
    const voting = [body.chair, body.vice, body.lay, body.exec1, body.exec2, body.gp].map((p) => p.id);
    const meetingId = await recordMeetingThroughForms(lead, body.committee.id, [...voting, body.healthwatch.id]);

    const toParticipation = await submit(lead, `/meetings/${meetingId}/items/new`, aDecisionItemForm(2, { affectedOrganisationIds: [body.riverside.id] }));
    const itemId = toParticipation.split('/')[4];
    const form = await lead.get(toParticipation);
    expect(form.text, 'nothing is chosen before it is recorded').not.to.contain('checked');
    expect(form.text).to.contain(`name="action-${body.gp.id}" type="radio" value="voted"`);
    expect(form.text).not.to.contain(`name="action-${body.healthwatch.id}" type="radio" value="voted"`);
    expect(textOf(form)).to.contain('Dr Gail Price holds an interest').and.to.contain('Riverside Surgery');
    const everyone = { version: '3', ...Object.fromEntries(voting.map((id) => [`action-${id}`, 'voted'])), [`action-${body.healthwatch.id}`]: 'did-not-vote' };
    const unconfirmed = await lead.post(toParticipation, everyone);
    expectFieldError(unconfirmed, `confirmVoted-${body.gp.id}`, 'Confirm that Dr Gail Price voted although they hold an interest in what the decision affects');
    expect(fieldErrorOf(unconfirmed, `reason-${body.gp.id}`)).to.match(/^Dr Gail Price holds an interest in Riverside Surgery: say why they voted/);
    expect(await BreachModel.countDocuments()).to.equal(0);
    const recorded = await lead.post(toParticipation, { ...everyone, [`confirmVoted-${body.gp.id}`]: 'yes', [`reason-${body.gp.id}`]: 'The chair allowed it: the interest was declared at the meeting' });
    expect(recorded.status).to.equal(303);
    // On the register of breaches at once, before any check is run.
    expect(await BreachModel.find({ ruleId: 'conflict.voted-while-conflicted' }).lean()).to.have.length(1);

    const meetingPage = textOf(await lead.get(`/meetings/${meetingId}`));
    expect(meetingPage).to.contain('APMS contract award').and.to.contain(`href="/meetings/${meetingId}/briefing"`);
    const { page, findings } = await runFromDashboard(lead);
    const voted = findings.find((f) => f.ruleId === 'conflict.voted-while-conflicted');
    expect(voted).to.include({ personId: body.gp.id, severity: 'error' });
    expect(textOf(page)).to.contain('conflict.voted-while-conflicted').and.to.contain('Dr Gail Price voted on').and.to.contain('Riverside Surgery');

    const register = textOf(await lead.get('/breaches?status=open'));
    expect(register).to.contain('Voted while conflicted').and.to.contain('Dr Gail Price voted on').and.to.contain('Open').and.to.contain('10 June 2015');
    const [breach] = await BreachModel.find().lean();
    expect(breach).to.include({ ruleId: 'conflict.voted-while-conflicted', personId: body.gp.id, status: 'open', occurredOn: MEETING_DATE, version: 1 });

    // The minutes are corrected: the GP left the room. The next check no longer finds the breach...
    await lead.get(`/meetings/${meetingId}/items/${itemId}/participation`);
    await submit(lead, `/meetings/${meetingId}/items/${itemId}/participation`, { version: '4', ...Object.fromEntries(voting.map((id) => [`action-${id}`, id === body.gp.id ? 'left-room' : 'voted'])), [`action-${body.healthwatch.id}`]: 'did-not-vote' });
    const rerun = await runFromDashboard(lead);
    expect(rerun.findings.map((f) => f.ruleId)).not.to.include('conflict.voted-while-conflicted');
    expect(rerun.findings.map((f) => f.ruleId)).to.include('conflict.managed');
    // ...yet it stays on the register, open, until a governance lead closes it.
    expect(await BreachModel.find().lean()).to.have.length(1);
    expect(textOf(await lead.get('/breaches'))).to.contain('Dr Gail Price voted on').and.to.contain('Open');

    const editPath = `/breaches/${breach._id}/edit`;
    await lead.get(editPath);
    expectFieldError(await lead.post(editPath, { status: 'closed', actionTaken: '', version: '1' }), 'actionTaken', 'Enter the action taken before closing the breach');
    await submit(lead, editPath, { status: 'closed', actionTaken: 'Minutes corrected; the decision was re-taken without Dr Price.', version: '1' });
    expect(await BreachModel.findById(breach._id).lean()).to.include({ status: 'closed', actionTaken: 'Minutes corrected; the decision was re-taken without Dr Price.', version: 2 });
    expect((await versionHistory('breach', String(breach._id))).map((v) => v.state.status)).to.deep.equal(['open', 'closed']);
    expect(await auditActionsFor(String(breach._id))).to.deep.equal(['breach.recorded', 'breach.closed']);
    expect(textOf(await lead.get('/breaches?status=closed'))).to.contain('Minutes corrected');
  });

  it('when a local incentive scheme affects every practice of one CCG, then a GP partner of its practice is conflicted but one of a neighbouring CCG is not', async () => {
    const body = await aCommissioningBody();
    const neighbourGp = await aPerson({ name: 'Dr Nia Border' });
    await aDeclaration({ personId: neighbourGp.id, organisationId: body.border.id, description: 'Partner at Border Practice' });
    await aMembership({ committeeId: body.committee.id, personId: neighbourGp.id, category: 'gp' });
    const lead = await signedInAs(app, 'governance-lead');
    const present = [body.chair, body.vice, body.lay, body.exec1, body.exec2, body.gp, neighbourGp].map((p) => p.id);
    const meetingId = await recordMeetingThroughForms(lead, body.committee.id, present);
    await submit(lead, `/meetings/${meetingId}/items/new`, aDecisionItemForm(2, { title: 'Local incentive scheme 2015/16', kind: 'local-incentive-scheme', valueGBP: '1200000', affectsAllPracticesOf: body.ccg.id }));

    const { findings } = await runFromDashboard(lead);
    const voted = findings.filter((f) => f.ruleId === 'conflict.voted-while-conflicted');
    expect(voted.map((f) => f.personId)).to.deep.equal([body.gp.id]);
    expect(voted[0].message).to.contain('Riverside Surgery');
    expect(textOf(await lead.get('/decisions'))).to.contain('every GP practice of NHS Example CCG').and.to.contain('£1,200,000');
  });

  it('when only four voting members are present and one is conflicted, then the decision is a breach for being taken inquorate', async () => {
    const body = await aCommissioningBody();
    const lead = await signedInAs(app, 'governance-lead');
    const meetingId = await recordMeetingThroughForms(lead, body.committee.id, [body.chair.id, body.vice.id, body.exec1.id, body.gp.id]);
    const toParticipation = await submit(lead, `/meetings/${meetingId}/items/new`, aDecisionItemForm(2, { affectedOrganisationIds: [body.riverside.id] }));
    await submit(lead, toParticipation, { version: '3', [`action-${body.gp.id}`]: 'left-room', [`action-${body.chair.id}`]: 'voted', [`action-${body.vice.id}`]: 'voted', [`action-${body.exec1.id}`]: 'voted' });

    const { page, findings } = await runFromDashboard(lead);
    const inquorate = findings.find((f) => f.ruleId === 'conflict.inquorate-after-exclusions');
    expect(inquorate).to.include({ committeeId: body.committee.id, personId: null });
    expect(textOf(page)).to.contain('inquorate without its conflicted members (Dr Gail Price)');
    expect((await BreachModel.find().lean()).map((b) => b.ruleId)).to.deep.equal(['conflict.inquorate-after-exclusions']);
  });

  it('when an interest was declared only after the decision, then the undeclared interest is a breach naming the declaration', async () => {
    const body = await aCommissioningBody();
    const late = await aDeclaration({ personId: body.exec1.id, organisationId: body.hill.id, description: 'Spouse is practice manager', heldBy: 'spouse-or-partner', type: 'indirect', declaredOn: '2015-07-01' });
    const meetingId = await aMeeting(body.committee.id, [body.chair.id, body.vice.id, body.lay.id, body.exec1.id, body.exec2.id]);
    const { decisionId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.hill.id] }, [{ personId: body.exec1.id, action: 'left-room' }]);
    const lead = await signedInAs(app, 'governance-lead');
    await runFromDashboard(lead, '2015-07-31');
    const breaches = await BreachModel.find().lean();
    expect(breaches.map((b) => [b.ruleId, b.personId, b.declarationId, b.decisionId])).to.deep.equal([['conflict.undeclared-at-decision', body.exec1.id, late.id, decisionId]]);
  });

  it('when `coi check` reads the snapshot the builder makes, then it finds the same conflicts as the dashboard run', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id, body.vice.id, body.exec1.id, body.gp.id, body.lay.id]);
    await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    await aDecisionItem(meetingId, { title: 'Scheme', kind: 'local-incentive-scheme', affectsAllPracticesOf: body.ccg.id }, [{ personId: body.gp.id, action: 'left-room' }]);
    const lead = await signedInAs(app, 'governance-lead');
    const dashboard = await runFromDashboard(lead);

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coi-decisions-'));
    try {
      const file = path.join(folder, 'snapshot.json');
      fs.writeFileSync(file, JSON.stringify(await buildSnapshot(MEETING_DATE)));
      const cli = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'coi.js'), 'check', file, '--format', 'json'], { encoding: 'utf8', timeout: 20000 });
      expect(cli.stderr).to.equal('');
      expect(cli.status).to.equal(1);
      const fromCli = (JSON.parse(cli.stdout) as FindingsDocument).findings;
      expect(conflictFindings(fromCli)).to.deep.equal(conflictFindings(dashboard.findings));
      expect(conflictFindings(fromCli).map((f) => f.ruleId)).to.include.members(['conflict.voted-while-conflicted', 'conflict.managed']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    expect(await DecisionModel.countDocuments()).to.equal(2);
  });
});
