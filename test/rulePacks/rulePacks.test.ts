import { expect } from 'chai';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { ComplianceRunModel } from '../../src/compliance/complianceRun.model';
import { RulePackModel } from '../../src/rulePacks/rulePack.model';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aCommittee, anOrganisation, aPerson } from '../support/factories';
import { auditActionsFor, countOf, errorSummaryOf, expectApiFieldError, fieldErrorOf, signedInAs } from '../support/management';
import { startTestApp, type TestApp, type WebAgent } from '../support/testApp';
import { BROKEN, OURS } from './fixtures';

/** Posts the pack form as a browser does: multipart, with the pasted text and perhaps a file. */
async function postPack(agent: WebAgent, path: string, fields: Record<string, string>, file?: { name: string; text: string }) {
  if (!(await agent.get(path)).text.includes('_csrf')) throw new Error(`no form at ${path}`);
  const form = new FormData();
  form.append('_csrf', agent.credentials().csrfToken ?? '');
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([file.text], { type: 'application/yaml' }), file.name);
  return agent.request('POST', path, { multipart: form });
}

describe('A body writes its own rule packs', function () {
  this.timeout(60_000);
  useDatabase();
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app?.close());

  it('when a governance lead pastes a valid pack, then it is saved as version 1 whatever its YAML says, audited, and offered for committees', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const saved = await postPack(lead, '/rule-packs/new', { yaml: OURS });
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    expect(saved.location).to.equal('/rule-packs/our-pccc');
    const stored = await RulePackModel.findById('our-pccc').lean();
    expect(stored).to.include({ yaml: OURS, title: 'Our primary care commissioning committee', version: 1 });
    expect(await auditActionsFor('our-pccc')).to.deep.equal(['rule-pack.created']);

    const page = await lead.get('/rule-packs/our-pccc');
    expect(page.text).to.contain('Rule pack our-pccc has been added as version 1');
    expect(page.text).to.contain('lay members').and.to.contain('at least 3');
    expect(page.text).to.contain('At least 5 voting members, of whom lay, executive and NHS England members are a majority, with the chair or vice-chair present.');
    expect((await lead.get('/committees/new')).text).to.contain('<option value="our-pccc"');
    expect((await lead.get('/rule-packs')).text).to.contain('href="/rule-packs/our-pccc"');
  });

  it('when the pack has several problems, then the form lists every one, naming the pack, the rule and the field, and nothing is saved', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const events = await countOf(AuditEventModel);
    const page = await postPack(lead, '/rule-packs/new', { yaml: BROKEN });
    expect(page.status).to.equal(400);
    const rule = 'The pasted YAML: rule constitution.composition: params.requirements';
    expect(errorSummaryOf(page)).to.deep.equal([
      'The rule pack has 3 problems; nothing was saved. Fix them all and try again.',
      `${rule}[0] needs min, max or both`,
      `${rule}[1].max must not be less than min (3)`,
      `${rule}[2].categories[0] must be one of [lay, executive, gp, nurse, secondary-care-doctor, other-clinician, nhs-england, local-authority, healthwatch, practice-manager, officer, other, non-executive, partner-member]`,
    ]);
    expect(fieldErrorOf(page, 'yaml')).to.equal('The rule pack has 3 problems; nothing was saved. Fix them all and try again.');
    expect(page.text, 'the YAML stays on the form to be fixed').to.contain('- { id: boards, label: board members, categories: [board], min: 1 }');
    expect(await countOf(RulePackModel)).to.equal(0);
    expect(await countOf(AuditEventModel)).to.equal(events);
  });

  it('when the pack is uploaded as a file, then the file is checked and its problems name it', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const bad = await postPack(lead, '/rule-packs/new', { yaml: '' }, { name: 'our-pccc.yaml', text: 'id: our-pccc\nrules: [1,\n' });
    expect(errorSummaryOf(bad)[0]).to.match(/^our-pccc\.yaml: not valid YAML: .+ \(line \d+, column \d+\)$/);
    const good = await postPack(lead, '/rule-packs/new', { yaml: 'ignored when a file is chosen' }, { name: 'our-pccc.yaml', text: OURS });
    expect(good.status, errorSummaryOf(good).join('; ')).to.equal(303);
    expect((await RulePackModel.findById('our-pccc').lean())?.yaml).to.equal(OURS);
  });

  it("when a pack takes a shipped pack's id or one already in use, then it is refused; shipped packs cannot be changed", async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const shipped = await postPack(lead, '/rule-packs/new', { yaml: OURS.replace('id: our-pccc', 'id: nhs-pccc-2017').replace('extends: nhs-pccc-2017\n', '') });
    expect(errorSummaryOf(shipped)).to.deep.equal([
      'The pasted YAML: id "nhs-pccc-2017" is a shipped rule pack, which is read-only: give your pack its own id (it may say "extends: nhs-pccc-2017" to start from it)',
    ]);
    await postPack(lead, '/rule-packs/new', { yaml: OURS });
    const twice = await postPack(lead, '/rule-packs/new', { yaml: OURS });
    expect(errorSummaryOf(twice)).to.deep.equal(['The pasted YAML: id "our-pccc" is already used by one of your rule packs: change that pack from its page, or give this one its own id']);
    expect((await lead.get('/rule-packs/nhs-pccc-2017/edit')).status).to.equal(403);
    const view = await lead.get('/rule-packs/nhs-pccc-2017');
    expect(view.status).to.equal(200);
    expect(view.text).to.contain('Shipped with the register: read-only').and.not.to.contain('Change this rule pack');
  });

  it('when a pack is changed, then it is saved as the next version, a stale form is refused, and its id cannot change', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    await postPack(lead, '/rule-packs/new', { yaml: OURS });
    const changed = await postPack(lead, '/rule-packs/our-pccc/edit', { yaml: OURS.replace('minimumVoting: 5', 'minimumVoting: 6'), version: '1' });
    expect(changed.status, errorSummaryOf(changed).join('; ')).to.equal(303);
    expect((await versionHistory('rule-pack', 'our-pccc')).map((v) => v.version)).to.deep.equal([1, 2]);
    const stale = await postPack(lead, '/rule-packs/our-pccc/edit', { yaml: OURS, version: '1' });
    expect(stale.status).to.equal(409);
    const renamed = await postPack(lead, '/rule-packs/our-pccc/edit', { yaml: OURS.replace('id: our-pccc', 'id: their-pccc'), version: '2' });
    expect(errorSummaryOf(renamed)).to.deep.equal(['The pasted YAML: id must stay "our-pccc": a pack\'s id cannot change (add a new pack for a new id)']);
    expect((await lead.get('/rule-packs/our-pccc')).text).to.contain('At least 6 voting members');
  });

  it('when a change would break a pack that extends it, then the change is refused naming the other pack', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    await postPack(lead, '/rule-packs/new', { yaml: OURS });
    const derived = 'id: our-stricter\nversion: 1\ntitle: Stricter\nextends: our-pccc\nrules:\n  constitution.gp-cap:\n    enabled: true\n    params: { maxGps: 1 }\n';
    expect((await postPack(lead, '/rule-packs/new', { yaml: derived })).status).to.equal(303);
    // Without its own source and base, the derived pack has no source and no guidance for gp-cap.
    const page = await postPack(lead, '/rule-packs/our-pccc/edit', { yaml: OURS.replace('extends: nhs-pccc-2017\n', '').replace(/^source: .*\n/m, ''), version: '1' });
    expect(page.status).to.equal(400);
    expect(errorSummaryOf(page)).to.include.members(['The pasted YAML: source is required', 'Rule pack "our-stricter" (version 1): source is required']);
    expect((await RulePackModel.findById('our-pccc').lean())?.version).to.equal(1);
  });

  it("when a committee is checked with the body's pack, then the stored check records that pack's version, and the next version after a change", async () => {
    const lead = await signedInAs(app, 'governance-lead');
    await postPack(lead, '/rule-packs/new', { yaml: OURS });
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const chair = await aPerson({ name: 'Ann Lay' });
    const committee = await aCommittee({ organisationIds: [ccg.id], rulePack: 'our-pccc', quorum: null, members: [{ personId: chair.id, role: 'chair' }] });
    const glance = (await lead.get(`/committees/${committee.id}`)).text.replace(/\s+/g, ' ');
    expect(glance).to.match(/lay members<\/span><\/td> <td[^>]*><span[^>]*>Members now <\/span><span>1<\/span><\/td> <td[^>]*><span[^>]*>Needs <\/span><span>at least 3<\/span><\/td> <td[^>]*><span[^>]*>Result <\/span><span><strong class="nhsuk-tag nhsuk-tag--red">Does not meet it/);

    const run = async () => {
      const response = await lead.post('/compliance/runs', { committeeId: committee.id, 'asAt-day': '1', 'asAt-month': '6', 'asAt-year': '2024' });
      expect(response.status, errorSummaryOf(response).join('; ')).to.equal(303);
      return ComplianceRunModel.findById(response.location?.split('/').pop()).lean();
    };
    const first = await run();
    expect(first?.rulePacks).to.deep.include({ id: 'our-pccc', version: '1' });
    expect(first?.findings.map((f) => [f.ruleId, f.requirementId ?? null])).to.deep.include(['constitution.composition', 'lay-members']);
    await postPack(lead, '/rule-packs/our-pccc/edit', { yaml: OURS.replace('min: 3', 'min: 1'), version: '1' });
    const second = await run();
    expect(second?.rulePacks).to.deep.include({ id: 'our-pccc', version: '2' });
    expect(second?.findings.map((f) => f.ruleId)).not.to.include('constitution.composition');
  });

  it('when an auditor looks at the packs, then they can read them but not add one', async () => {
    const auditor = await signedInAs(app, 'auditor');
    expect((await auditor.get('/rule-packs')).status).to.equal(200);
    expect((await auditor.get('/rule-packs/nhs-icb-board-2022')).text).to.contain('independent non-executive members');
    expect((await auditor.get('/rule-packs/new')).status).to.equal(403);
    expect((await auditor.api('POST', '/api/rule-packs', { yaml: OURS })).status).to.equal(403);
  });

  describe('through the API', () => {
    it('when a pack is posted, changed and read, then the API answers as for other records, with every problem as a field error', async () => {
      const lead = await signedInAs(app, 'governance-lead');
      const bad = await lead.api('POST', '/api/rule-packs', { yaml: BROKEN });
      expectApiFieldError(bad, 'yaml', 'The rule pack has 3 problems; nothing was saved. Fix them all and try again.');
      expect(bad.json<{ errors: { message: string }[] }>().errors.map((e) => e.message)).to.include('The pasted YAML: rule constitution.composition: params.requirements[0] needs min, max or both');
      expectApiFieldError(await lead.api('POST', '/api/rule-packs', {}), 'yaml', "Paste the rule pack's YAML, or choose a file to upload");

      const created = await lead.api('POST', '/api/rule-packs', { yaml: OURS });
      expect(created.status, created.text).to.equal(201);
      expect(created.headers.get('location')).to.equal('/api/rule-packs/our-pccc');
      expect(created.json()).to.include({ id: 'our-pccc', version: 1 });
      const changed = await lead.api('PUT', '/api/rule-packs/our-pccc', { yaml: OURS.replace('min: 3', 'min: 4'), version: 1 });
      expect(changed.json()).to.include({ id: 'our-pccc', version: 2 });
      expect((await lead.api('PUT', '/api/rule-packs/our-pccc', { yaml: OURS, version: 1 })).status).to.equal(409);

      const read = (await lead.get('/api/rule-packs/our-pccc')).json<{ shipped: boolean; version: number; pack: { version: string; rules: Record<string, unknown> } }>();
      expect(read).to.deep.include({ shipped: false, version: 2 });
      expect(read.pack.version).to.equal('2');
      const list = (await lead.get('/api/rule-packs')).json<{ shipped: { id: string }[]; own: { id: string; version: string }[] }>();
      expect(list.own).to.have.length(1);
      expect(list.own[0]).to.include({ id: 'our-pccc', version: '2' });
      expect(list.shipped.map((p) => p.id)).to.include('nhs-icb-board-2022');
      expect((await lead.api('PUT', '/api/rule-packs/nhs-pccc-2017', { yaml: OURS, version: 1 })).status).to.equal(403);
      expect((await lead.get('/api/rule-packs/no-such-pack')).status).to.equal(404);
    });
  });
});
