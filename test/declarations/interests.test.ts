import { expect } from 'chai';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { anOrganisation, aPerson } from '../support/factories';
import { startTestApp, type TestApp, type WebAgent } from '../support/testApp';

const anInterest = (overrides: Record<string, string> = {}) => ({
  type: 'financial',
  category: 'outside-employment',
  organisationName: '',
  description: 'Partner at Riverside Surgery',
  heldBy: 'self',
  'from-day': '1',
  'from-month': '4',
  'from-year': '2015',
  'to-day': '',
  'to-month': '',
  'to-year': '',
  actionTaken: 'Leaves the room for decisions on contracts with the practice',
  ...overrides,
});

async function declare(agent: WebAgent, fields: Record<string, string>) {
  const details = await agent.post('/declarations/interests/new', fields);
  expect(details.status, details.text.slice(0, 2000)).to.equal(303);
  if (details.location === '/declarations/interests/new/check') {
    await agent.get('/declarations/interests/new/check');
    // The examples began in 2015, long before they are declared, so the member says why.
    return agent.post('/declarations/interests/new/check', { lateReason: 'Joined the committee this month' });
  }
  return details;
}

describe('A member declares interests', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a member declares an interest in a practice found by its ODS code, then it is listed with the practice', async () => {
    const practice = await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    const member = await aPerson({ name: 'Dr Sam Okafor' });
    const agent = await app.signIn(member.email);

    await agent.get('/declarations/interests/new');
    const details = await agent.post('/declarations/interests/new', anInterest({ organisationName: 'm81001' }));
    expect(details.location, /error-summary__list">([\s\S]*?)<\/ul>/.exec(details.text)?.[1]).to.equal("/declarations/interests/new/check");
    const check = await agent.get('/declarations/interests/new/check');
    expect(check.text).to.contain('Check your answers');
    expect(check.text).to.contain('Riverside Surgery');
    expect(await DeclarationModel.countDocuments()).to.equal(0);

    const saved = await agent.post('/declarations/interests/new/check', { lateReason: 'Joined the committee this month' });
    expect(saved.status, /<main[\s\S]*<\/main>/.exec(saved.text)?.[0]).to.equal(303);
    const stored = await DeclarationModel.findOne({ personId: member.id }).lean();
    expect(stored).to.include({ organisationId: practice.id, organisationName: null, type: 'financial', from: '2015-04-01', heldBy: 'self', version: 1 });

    const list = await agent.get('/declarations');
    expect(list.text).to.contain('Partner at Riverside Surgery');
    expect(list.text).to.contain('Your interest has been declared');
  });

  it('when the organisation name matches several on the register, then the member chooses one or keeps the typed name', async () => {
    await anOrganisation({ name: 'Malvern Health Centre' });
    const clinic = await anOrganisation({ name: 'Malvern Hills Clinic' });
    const agent = await app.signIn((await aPerson()).email);

    const details = await agent.post('/declarations/interests/new', anInterest({ organisationName: 'Malvern' }));
    expect(details.location).to.equal('/declarations/interests/new/organisation');
    const choose = await agent.get('/declarations/interests/new/organisation');
    expect(choose.text).to.contain('Malvern Health Centre').and.to.contain('Malvern Hills Clinic');

    const unchosen = await agent.post('/declarations/interests/new/organisation', {});
    expect(unchosen.status).to.equal(400);
    expect(unchosen.text).to.contain('Select the organisation');

    await agent.post('/declarations/interests/new/organisation', { organisation: clinic.id });
    await agent.post('/declarations/interests/new/check', { lateReason: 'Joined the committee this month' });
    expect((await DeclarationModel.findOne().lean())?.organisationId).to.equal(clinic.id);
  });

  it('when the organisation is not on the register, then it is recorded as typed', async () => {
    const agent = await app.signIn((await aPerson()).email);
    await declare(agent, anInterest({ organisationName: 'Friends of Worcester Hospice', type: 'non-financial-personal' }));
    expect(await DeclarationModel.findOne().lean()).to.include({ organisationId: null, organisationName: 'Friends of Worcester Hospice' });
  });

  const badInputs: [string, Record<string, string>, string, string][] = [
    ['no type', { type: '' }, 'type', 'Select the type of interest'],
    ['no description', { description: ' ' }, 'description', 'Describe the interest'],
    ['no holder', { heldBy: '' }, 'heldBy', 'Select who holds the interest'],
    ['no start date', { 'from-day': '', 'from-month': '', 'from-year': '' }, 'from-day', 'Enter the date the interest started'],
    ['an impossible start date', { 'from-day': '31', 'from-month': '2', 'from-year': '2015' }, 'from-day', 'Start date must be a real date, like 27 3 2024'],
    ['a start date without its month', { 'from-month': '' }, 'from-day', 'Start date must include a month'],
    ['a two-figure year', { 'from-year': '15' }, 'from-day', 'Start date: the year must have 4 numbers'],
    ['a start date in the future', { 'from-year': String(new Date().getUTCFullYear() + 1) }, 'from-day', 'The date the interest started must be today or in the past'],
    ['an end before the start', { 'to-day': '1', 'to-month': '1', 'to-year': '2014' }, 'to-day', 'End date must be the same as or after the start date'],
    ['an indirect interest held by the member', { type: 'indirect', heldBy: 'self' }, 'heldBy', 'An indirect interest is held by someone close to you'],
    ['an unknown category', { category: 'bribes' }, 'category', 'Select a category from the list'],
  ];
  for (const [what, overrides, field, message] of badInputs) {
    it(`when the form has ${what}, then it shows the error beside the field and nothing is written`, async () => {
      const agent = await app.signIn((await aPerson()).email);
      const response = await agent.post('/declarations/interests/new', anInterest(overrides));
      expect(response.status).to.equal(400);
      expect(response.text).to.contain('There is a problem');
      expect(response.text).to.contain(`href="#${field}"`);
      expect(response.text).to.contain(message);
      expect(response.text).to.contain('nhsuk-error-message');
      expect(await DeclarationModel.countDocuments()).to.equal(0);
    });
  }

  it('when a member updates an interest, then the new version is shown and the earlier one is kept', async () => {
    const member = await aPerson();
    const agent = await app.signIn(member.email);
    await declare(agent, anInterest());
    const interest = await DeclarationModel.findOne().lean();
    const id = String(interest?._id);

    const form = await agent.get(`/declarations/interests/${id}/edit`);
    expect(form.text).to.contain('Partner at Riverside Surgery');
    const saved = await agent.post(`/declarations/interests/${id}/edit`, { ...anInterest({ description: 'Salaried GP at Riverside Surgery' }), version: '1' });
    expect(saved.status).to.equal(303);

    const history = await versionHistory('declaration', id);
    expect(history.map((v) => [v.version, (v.state as { description: string }).description])).to.deep.equal([
      [1, 'Partner at Riverside Surgery'],
      [2, 'Salaried GP at Riverside Surgery'],
    ]);
    const page = await agent.get(`/declarations/interests/${id}`);
    expect(page.text).to.contain('Salaried GP at Riverside Surgery').and.to.contain('Partner at Riverside Surgery');
    expect(await AuditEventModel.countDocuments({ recordId: id })).to.equal(2);
  });

  it('when two tabs save the same interest, then the second is refused with a clear message and nothing is overwritten', async () => {
    const member = await aPerson();
    const first = await app.signIn(member.email);
    const second = await app.signIn(member.email);
    await declare(first, anInterest());
    const id = String((await DeclarationModel.findOne().lean())?._id);

    await first.get(`/declarations/interests/${id}/edit`);
    await second.get(`/declarations/interests/${id}/edit`);
    expect((await first.post(`/declarations/interests/${id}/edit`, { ...anInterest({ description: 'First save' }), version: '1' })).status).to.equal(303);
    const late = await second.post(`/declarations/interests/${id}/edit`, { ...anInterest({ description: 'Second save' }), version: '1' });

    expect(late.status).to.equal(409);
    expect(late.text).to.contain('This record changed since you opened it');
    expect(await DeclarationModel.findById(id).lean()).to.include({ description: 'First save', version: 2 });
  });

  it('when a member ends an interest, then it moves to ended interests and is not deleted', async () => {
    const agent = await app.signIn((await aPerson()).email);
    await declare(agent, anInterest());
    const id = String((await DeclarationModel.findOne().lean())?._id);

    await agent.get(`/declarations/interests/${id}/end`);
    const early = await agent.post(`/declarations/interests/${id}/end`, { version: '1', 'to-day': '1', 'to-month': '1', 'to-year': '2014' });
    expect(early.status).to.equal(400);
    expect(early.text).to.contain('End date must be the same as or after the date the interest started');

    const ended = await agent.post(`/declarations/interests/${id}/end`, { version: '1', 'to-day': '31', 'to-month': '3', 'to-year': '2016' });
    expect(ended.status).to.equal(303);
    expect(await DeclarationModel.findById(id).lean()).to.include({ to: '2016-03-31', version: 2 });
    const list = await agent.get('/declarations');
    const endedSection = list.text.slice(list.text.indexOf('Ended interests'));
    expect(endedSection).to.contain('Partner at Riverside Surgery');
    expect(await versionHistory('declaration', id)).to.have.length(2);
  });

  it('when a member makes a nil declaration and confirms, then both are recorded and the next confirmation is due in 12 months', async () => {
    const agent = await app.signIn((await aPerson()).email);
    await agent.get('/declarations/nil');
    expect((await agent.post('/declarations/nil', {})).status).to.equal(303);
    const unticked = await agent.post('/declarations/confirm', {});
    expect(unticked.status).to.equal(400);
    expect(unticked.text).to.contain('Confirm that your declarations are complete and correct');
    expect((await agent.post('/declarations/confirm', { confirm: 'yes' })).status).to.equal(303);

    const page = await agent.get('/declarations');
    expect(page.text).to.contain('Nil declaration made on');
    const today = new Date();
    const due = `${today.getUTCDate()} ${today.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${today.getUTCFullYear() + 1}`;
    expect(page.text).to.contain(due);
    expect(await AuditEventModel.countDocuments({ action: 'confirmation.created' })).to.equal(1);
  });
});

describe('Members see and change only their own declarations', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  async function anotherMembersInterest() {
    const owner = await app.signIn((await aPerson({ name: 'Owner' })).email);
    await declare(owner, anInterest());
    return String((await DeclarationModel.findOne().lean())?._id);
  }

  it('when a member opens, edits or ends another member\'s interest, then each is refused with 403 and nothing changes', async () => {
    const id = await anotherMembersInterest();
    const intruder = await app.signIn((await aPerson({ name: 'Intruder' })).email);
    expect((await intruder.get(`/declarations/interests/${id}`)).status).to.equal(403);
    expect((await intruder.get(`/declarations/interests/${id}/edit`)).status).to.equal(403);
    expect((await intruder.post(`/declarations/interests/${id}/edit`, { ...anInterest({ description: 'Hijacked' }), version: '1' })).status).to.equal(403);
    expect((await intruder.post(`/declarations/interests/${id}/end`, { version: '1', 'to-day': '1', 'to-month': '1', 'to-year': '2016' })).status).to.equal(403);
    expect(await DeclarationModel.findById(id).lean()).to.include({ description: 'Partner at Riverside Surgery', version: 1, to: null });
  });

  it('when a governance lead or an auditor opens a member\'s interest, then they can read it', async () => {
    const id = await anotherMembersInterest();
    for (const role of ['governance-lead', 'auditor'] as const) {
      const reader = await app.signIn((await aPerson({ role })).email);
      expect((await reader.get(`/declarations/interests/${id}`)).status).to.equal(200);
    }
  });

  it('when an auditor tries to change a member\'s interest, then it is refused', async () => {
    const id = await anotherMembersInterest();
    const auditor = await app.signIn((await aPerson({ role: 'auditor' })).email);
    expect((await auditor.post(`/declarations/interests/${id}/edit`, { ...anInterest(), version: '1' })).status).to.equal(403);
  });

  it('when an interest id is unknown or malformed, then the answer is 404', async () => {
    const agent = await app.signIn((await aPerson()).email);
    expect((await agent.get('/declarations/interests/5f0000000000000000000000')).status).to.equal(404);
    expect((await agent.get('/declarations/interests/not-an-id')).status).to.equal(404);
  });
});
