import { expect } from 'chai';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { CommitteeModel } from '../../src/committees/committee.model';
import { MembershipModel } from '../../src/committees/membership.model';
import { PersonModel } from '../../src/people/person.model';
import { useDatabase } from '../support/database';
import { aCommittee, aMembership, anOrganisation, aPerson } from '../support/factories';
import { countOf, errorSummaryOf, signedInAs } from '../support/management';
import { startTestApp, type AgentResponse, type TestApp, type WebAgent } from '../support/testApp';

const HEADER = 'name,email,role,committee,category,committeeRole,voting,from,to';
const PCCC = 'Primary Care Commissioning Committee';

const csvOf = (...rows: string[]) => [HEADER, ...rows].join('\n');

const GOOD_FILE = csvOf(
  `Ann Lay,ann.lay@example.nhs.uk,member,${PCCC},lay,chair,yes,2015-04-01,`,
  `Dr Gita Patel,GITA.PATEL@example.nhs.uk,member,${PCCC},gp,member,yes,01/04/2015,31/03/2017`,
  `Ann Lay,ann.lay@example.nhs.uk,member,Audit Committee,lay,member,yes,2016-01-01,`,
  'Sam Jones,sam.jones@example.nhs.uk,auditor,,,,,,',
  `Existing Person,known@example.nhs.uk,,${PCCC},executive,vice-chair,no,2015-04-01,`,
);

async function committees() {
  const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
  const pccc = await aCommittee({ name: PCCC, organisationIds: [ccg.id] });
  const audit = await aCommittee({ name: 'Audit Committee', type: 'audit', commissioningLevel: null, organisationIds: [ccg.id] });
  return { pccc, audit };
}

/** Posts the import form as a browser does: multipart, with the page's CSRF token, a file and/or pasted text. */
async function postImport(agent: WebAgent, parts: { file?: string; pasted?: string; csrf?: string }): Promise<AgentResponse> {
  const page = await agent.get('/people/import');
  const form = new FormData();
  form.append('_csrf', parts.csrf ?? /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '');
  form.append('csvText', parts.pasted ?? '');
  form.append('file', new Blob([parts.file ?? ''], { type: 'text/csv' }), parts.file === undefined ? '' : 'people.csv');
  return agent.request('POST', '/people/import', { multipart: form });
}

async function writtenCounts() {
  return { people: await countOf(PersonModel), memberships: await countOf(MembershipModel), audit: await countOf(AuditEventModel) };
}

describe('Importing people and memberships from a CSV file', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead uploads a good file, then the preview shows what it adds, nothing is written until they commit, and then everything is', async () => {
    const { pccc, audit } = await committees();
    const known = await aPerson({ name: 'Known Person', email: 'known@example.nhs.uk', role: 'governance-lead' });
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.get('/people/import');
    expect(page.text).to.contain(HEADER).and.to.contain('enctype="multipart/form-data"');

    const before = await writtenCounts();
    const uploaded = await postImport(lead, { file: GOOD_FILE });
    expect(uploaded.status, errorSummaryOf(uploaded).join('; ')).to.equal(303);
    expect(uploaded.location).to.equal('/people/import/check');
    const preview = await lead.get('/people/import/check');
    expect(preview.status).to.equal(200);
    expect(preview.text).to.contain('New people (3)').and.to.contain('gita.patel@example.nhs.uk');
    expect(preview.text).to.contain('People already on the register (1)').and.to.contain('Known Person (known@example.nhs.uk)');
    expect(preview.text).to.contain('New committee memberships (4)');
    expect(await writtenCounts()).to.deep.equal(before);

    const committed = await lead.post('/people/import/check', { digest: /name="digest" value="([^"]+)"/.exec(preview.text)?.[1] ?? '' });
    expect(committed.status, errorSummaryOf(committed).join('; ')).to.equal(303);
    expect(committed.location).to.equal('/people');
    expect((await lead.get('/people')).text).to.contain('Imported 3 new people and 4 new memberships.');

    const ann = await PersonModel.findOne({ email: 'ann.lay@example.nhs.uk' }).lean();
    const gita = await PersonModel.findOne({ email: 'gita.patel@example.nhs.uk' }).lean();
    expect(ann).to.include({ name: 'Ann Lay', role: 'member', version: 1 });
    expect(await PersonModel.findOne({ email: 'sam.jones@example.nhs.uk' }).lean()).to.include({ role: 'auditor' });
    expect(await PersonModel.countDocuments({ email: 'known@example.nhs.uk' })).to.equal(1);
    expect(await PersonModel.findById(known.id).lean()).to.include({ name: 'Known Person', role: 'governance-lead', version: 1 });

    const seats = await MembershipModel.find().sort({ from: 1, category: 1 }).lean();
    expect(seats.map((s) => [s.personId, s.committeeId, s.category, s.role, s.voting, s.from, s.to])).to.have.deep.members([
      [String(ann?._id), pccc.id, 'lay', 'chair', true, '2015-04-01', null],
      [String(gita?._id), pccc.id, 'gp', 'member', true, '2015-04-01', '2017-03-31'],
      [String(ann?._id), audit.id, 'lay', 'member', true, '2016-01-01', null],
      [known.id, pccc.id, 'executive', 'vice-chair', false, '2015-04-01', null],
    ]);
    const actions = (await AuditEventModel.find({ seq: { $gt: before.audit } }).lean()).map((e) => e.action);
    expect(actions.filter((a) => a === 'person.created')).to.have.length(3);
    expect(actions.filter((a) => a === 'membership.created')).to.have.length(4);
  });

  it('when the same file is imported again, then everyone and every seat is already on the register and nothing is added', async () => {
    await committees();
    await aPerson({ email: 'known@example.nhs.uk' });
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.post('/people/import', { csvText: GOOD_FILE })).status).to.equal(303);
    const preview = await lead.get('/people/import/check');
    await lead.post('/people/import/check', { digest: /name="digest" value="([^"]+)"/.exec(preview.text)?.[1] ?? '' });
    const before = await writtenCounts();

    expect((await lead.post('/people/import', { csvText: GOOD_FILE })).status).to.equal(303);
    const again = await lead.get('/people/import/check');
    expect(again.text).to.contain('New people (0)').and.to.contain('New committee memberships (0)').and.to.contain('Memberships already on the register (4)');
    await lead.post('/people/import/check', { digest: /name="digest" value="([^"]+)"/.exec(again.text)?.[1] ?? '' });
    expect(await writtenCounts()).to.deep.equal(before);
  });

  it('when one row has a bad category, then the whole file is rejected naming the row and field, and nothing is written', async () => {
    await committees();
    const lead = await signedInAs(app, 'governance-lead');
    const before = await writtenCounts();
    const file = csvOf(
      `Ann Lay,ann.lay@example.nhs.uk,member,${PCCC},lay,chair,yes,2015-04-01,`,
      `Dr Gita Patel,gita.patel@example.nhs.uk,member,${PCCC},doctor,member,yes,2015-04-01,`,
    );
    const page = await postImport(lead, { file });
    expect(page.status).to.equal(400);
    expect(errorSummaryOf(page)).to.deep.equal([
      "Row 3: category 'doctor' is not one of lay, executive, gp, nurse, secondary-care-doctor, other-clinician, nhs-england, local-authority, healthwatch, practice-manager, officer, other, non-executive, partner-member",
    ]);
    expect(page.text).to.contain('href="#csv"');
    expect(await writtenCounts()).to.deep.equal(before);
  });

  it('when several rows are bad, then every problem is listed with its row and column', async () => {
    await committees();
    const lead = await signedInAs(app, 'governance-lead');
    const file = csvOf(
      `Ann Lay,ann.lay@example,member,${PCCC},lay,chair,yes,2015-04-01,`,
      `Bob,bob@example.nhs.uk,member,Finance Committee,lay,member,yes,2015-04-01,`,
      `Cat,cat@example.nhs.uk,member,${PCCC},lay,member,maybe,2015-02-30,2014-01-01`,
      `Dan,dan@example.nhs.uk,member,,lay,,,,`,
      `Eve,eve@example.nhs.uk,member,${PCCC},lay,member,yes`,
      `,fay@example.nhs.uk,boss,,,,,,`,
    );
    const page = await lead.post('/people/import', { csvText: file });
    expect(page.status).to.equal(400);
    expect(errorSummaryOf(page)).to.deep.equal([
      "Row 2: email 'ann.lay@example' is not a valid email address",
      "Row 3: committee 'Finance Committee' is not on the register",
      "Row 4: voting 'maybe' must be yes or no",
      "Row 4: from '2015-02-30' is not a real date",
      'Row 5: category is given but committee is empty: a membership needs a committee',
      'Row 6: has 7 values but the header has 9 columns',
      'Row 7: name is missing',
      "Row 7: role 'boss' is not one of member, governance-lead, auditor, admin",
    ]);
    expect(page.text).to.contain('Cat,cat@example.nhs.uk');
    expect(await countOf(PersonModel)).to.equal(1);
  });

  it('when the header lacks a needed column or names an unknown one, then row 1 is named', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.post('/people/import', { csvText: 'name,mail\nAnn,ann@example.nhs.uk' });
    expect(errorSummaryOf(page)).to.deep.equal([
      "Row 1: unknown column 'mail': the columns are name, email, role, decisionMaking, decisionMakingReason, lineManagerEmail, committee, category, committeeRole, voting, from, to",
      "Row 1: column 'email' is missing",
    ]);
  });

  it("when a row repeats a seat or clashes with one already on the register, or a lead gives the admin role, then it is refused", async () => {
    const { pccc } = await committees();
    const known = await aPerson({ email: 'known@example.nhs.uk' });
    await aMembership({ committeeId: pccc.id, personId: known.id, from: '2015-04-01', to: null });
    const lead = await signedInAs(app, 'governance-lead');
    const file = csvOf(
      `Known,known@example.nhs.uk,member,${PCCC},lay,member,yes,2016-04-01,`,
      `Ann Lay,ann.lay@example.nhs.uk,admin,${PCCC},lay,chair,yes,2015-04-01,2015-12-31`,
      `Ann Lay,ann.lay@example.nhs.uk,admin,${PCCC},lay,chair,yes,2015-06-01,`,
    );
    const page = await lead.post('/people/import', { csvText: file });
    expect(errorSummaryOf(page)).to.deep.equal([
      `Row 2: known@example.nhs.uk already has a seat on ${PCCC} for some of these dates`,
      "Row 3: role 'admin': Only an administrator can make someone an administrator",
      `Row 4: ann.lay@example.nhs.uk already has a seat on ${PCCC} for some of these dates`,
    ]);
  });

  it('when the file is larger than 1 MB or nothing is given, then the form says so', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const big = await postImport(lead, { file: `${HEADER}\n${'x'.repeat(1024 * 1024 + 10)}` });
    expect(big.status).to.equal(400);
    expect(errorSummaryOf(big)).to.deep.equal(['The file must be 1 MB or smaller']);
    const empty = await postImport(lead, {});
    expect(errorSummaryOf(empty)).to.deep.equal(['Choose a CSV file to upload, or paste the CSV']);
  });

  it('when an upload comes without the CSRF token, then it is refused', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    expect((await postImport(lead, { file: GOOD_FILE, csrf: 'forged' })).status).to.equal(403);
  });

  it('when the register changes between the preview and the commit, then the commit checks again and writes nothing', async () => {
    const { pccc } = await committees();
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.post('/people/import', { csvText: csvOf(`Ann Lay,ann.lay@example.nhs.uk,member,${PCCC},lay,chair,yes,2015-04-01,`) })).status).to.equal(303);
    const preview = await lead.get('/people/import/check');
    await CommitteeModel.updateOne({ _id: pccc.id }, { $set: { name: 'Renamed Committee' } });
    const before = await writtenCounts();
    const committed = await lead.post('/people/import/check', { digest: /name="digest" value="([^"]+)"/.exec(preview.text)?.[1] ?? '' });
    expect(committed.status).to.equal(400);
    expect(errorSummaryOf(committed)).to.deep.equal([`Row 2: committee '${PCCC}' is not on the register`]);
    expect(await writtenCounts()).to.deep.equal(before);
  });

  it('when the commit names a preview that is no longer the one waiting, then it goes back to the preview and writes nothing', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.post('/people/import', { csvText: csvOf('Ann Lay,ann.lay@example.nhs.uk,,,,,,,') })).status).to.equal(303);
    const committed = await lead.post('/people/import/check', { digest: 'from-another-tab' });
    expect(committed.status).to.equal(303);
    expect(committed.location).to.equal('/people/import/check');
    expect(await countOf(PersonModel)).to.equal(1);
  });
});

describe('The people import API', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a dry run is asked for, then it answers the plan and writes nothing; without it, it writes and answers 201', async () => {
    await committees();
    await aPerson({ email: 'known@example.nhs.uk' });
    const lead = await signedInAs(app, 'governance-lead');
    const before = await writtenCounts();
    const dryRun = await lead.api('POST', '/api/imports/people?dryRun=true', { csv: GOOD_FILE });
    expect(dryRun.status, dryRun.text).to.equal(200);
    const plan = dryRun.json<{ people: { email: string; existingId: string | null }[]; memberships: unknown[] }>();
    expect(plan.people.map((p) => [p.email, !!p.existingId])).to.deep.equal([
      ['ann.lay@example.nhs.uk', false],
      ['gita.patel@example.nhs.uk', false],
      ['sam.jones@example.nhs.uk', false],
      ['known@example.nhs.uk', true],
    ]);
    expect(plan.memberships).to.have.length(4);
    expect(await writtenCounts()).to.deep.equal(before);

    const imported = await lead.api('POST', '/api/imports/people', { csv: GOOD_FILE });
    expect(imported.status, imported.text).to.equal(201);
    const body = imported.json<{ people: { id: string }[]; memberships: { id: string }[] }>();
    expect(body.people).to.have.length(3);
    expect(body.memberships).to.have.length(4);
    expect(body.people[0]).to.have.property('id').and.not.to.have.property('_id');
  });

  it('when a row is bad, then the answer is 400 with the row and field, and nothing is written', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const response = await lead.api('POST', '/api/imports/people', { csv: csvOf('Ann,ann@example.nhs.uk,member,,,,,,', 'Bob,bob@example.nhs.uk,member,Nowhere,lay,member,yes,2015-04-01,') });
    expect(response.status).to.equal(400);
    expect(response.json<{ errors: unknown[] }>().errors).to.deep.equal([{ field: 'csv', message: "Row 3: committee 'Nowhere' is not on the register" }]);
    expect(await countOf(PersonModel)).to.equal(1);
  });

  it('when the csv is missing, then the answer is 400 on csv; a member is refused', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.api('POST', '/api/imports/people', {})).json<{ errors: { field: string }[] }>().errors[0].field).to.equal('csv');
    const member = await signedInAs(app, 'member');
    expect((await member.api('POST', '/api/imports/people', { csv: GOOD_FILE })).status).to.equal(403);
  });
});
