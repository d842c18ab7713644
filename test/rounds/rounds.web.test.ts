import { expect } from 'chai';
import { SYSTEM_ACTOR, type Actor } from '../../src/audit/auditLog';
import { EmailModel } from '../../src/mail/email.model';
import { EmailTemplateModel } from '../../src/mail/emailTemplate.model';
import { addDays, longDate, todayUtc } from '../../src/engine/dates';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { confirmDeclarations } from '../../src/declarations/declarations.service';
import { ConfirmationModel } from '../../src/declarations/confirmation.model';
import { PersonModel } from '../../src/people/person.model';
import { RoundModel } from '../../src/rounds/round.model';
import { openRound } from '../../src/rounds/rounds.service';
import { coiProcess } from '../support/coiProcess';
import { testDatabaseUri, useDatabase } from '../support/database';
import { aCommittee, aDeclaration, anOrganisation, aPerson } from '../support/factories';
import { countOf, errorSummaryOf, expectFieldError } from '../support/management';
import { messagesTo } from '../support/mailbox';
import { startTestApp, type TestApp } from '../support/testApp';

const lead: Actor = { personId: null, name: 'Grace Lead', role: 'governance-lead' };

async function aCommitteeOf(...people: { id: string }[]) {
  const ccg = await anOrganisation({ name: 'NHS Test CCG', kind: 'ccg' });
  return aCommittee({ name: 'Test PCCC', organisationIds: [ccg.id], members: people.map((p) => ({ personId: p.id, category: 'lay', role: 'member', from: '2015-04-01' })) });
}

function dateFields(name: string, iso: string) {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
}

describe('Declaration rounds in the browser-facing pages', function () {
  this.timeout(60_000);
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  const today = () => todayUtc(app.clock.now());
  const roundForm = (fields: Record<string, string | string[]> = {}) => ({
    name: 'Annual declarations 2026/27',
    ...dateFields('opensOn', today()),
    ...dateFields('dueOn', addDays(today(), 30)),
    scope: 'decision-making',
    reminderDaysBefore: '14, 3',
    overdueEvery: '7',
    maxReminders: '4',
    ...fields,
  });

  it('when a governance lead opens a round through the form, then it opens, everyone in scope is emailed and its page shows their progress', async () => {
    const member = await aPerson({ name: 'Mo Member' });
    await aCommitteeOf(member);
    const governanceLead = await aPerson({ role: 'governance-lead' });
    const agent = await app.signIn(governanceLead.email);
    const before = app.mailbox.messages.length;
    const saved = await agent.post('/rounds/new', roundForm());
    expect(saved.status, errorSummaryOf(saved).join('; ')).to.equal(303);
    await app.services.scheduler.tick();
    expect(app.mailbox.messages.slice(before).map((m) => m.subject)).to.have.length(1);
    const page = await agent.get(saved.location!);
    expect(page.text).to.contain('0 of 1 person has made their return').and.contain('Mo Member').and.contain('Not started');
    expect(page.text).to.contain('<svg').and.contain('Everyone: 0 of 1 returned');
    const home = await agent.get('/home');
    expect(home.text).to.contain('Annual declarations 2026/27').and.contain('0 of 1 returned');
  });

  it('when the round form is wrong, then each problem is named beside its field and no round is written', async () => {
    const member = await aPerson();
    await aCommitteeOf(member);
    const agent = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    const cases: [Record<string, string | string[]>, string, RegExp][] = [
      [dateFields('dueOn', addDays(today(), -1)), 'dueOn', /due date must be after the day the round opens/],
      [{ ...dateFields('opensOn', addDays(today(), -3)) }, 'opensOn', /must open today/],
      [{ scope: 'committees' }, 'committeeIds', /Choose at least one committee/],
      [{ reminderDaysBefore: '40' }, 'reminderDaysBefore', /40 days before the due date would come on or before the day the round opens/],
      [{ reminderDaysBefore: 'soon' }, 'reminderDaysBefore', /whole numbers from 1 to 365/],
      [{ maxReminders: '0' }, 'maxReminders', /at least one reminder/],
      [{ reminderDaysBefore: '14, 7, 3', maxReminders: '2' }, 'maxReminders', /3 reminders before the due date but at most 2/],
      [{ overdueEvery: '' }, 'overdueEvery', /how often to remind/],
      [{ name: '' }, 'name', /Enter a name for the round/],
    ];
    for (const [fields, field, message] of cases) expectFieldError(await agent.post('/rounds/new', roundForm(fields)), field, message);
    expect(await countOf(RoundModel)).to.equal(0);
  });

  it('when nobody is in the scope chosen, then the form says so and nothing is written', async () => {
    const ccg = await anOrganisation({ name: 'NHS Empty CCG', kind: 'ccg' });
    const empty = await aCommittee({ name: 'Empty committee', organisationIds: [ccg.id] });
    const agent = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    expectFieldError(await agent.post('/rounds/new', roundForm({ scope: 'committees', committeeIds: [empty.id] })), 'committeeIds', /Nobody is in this scope/);
    expect(await countOf(RoundModel)).to.equal(0);
  });

  it('when a member follows the task list, then each task shows its status and confirming records the return exactly as the forms do', async () => {
    const member = await aPerson({ name: 'Mo Member' });
    await aCommitteeOf(member);
    const interest = await aDeclaration({ personId: member.id, description: 'Partner at Example Surgery', from: '2010-01-01' });
    const round = await openRound({ name: 'Round', opensOn: today(), dueOn: addDays(today(), 20), scope: 'decision-making', committeeIds: [], reminderDaysBefore: [], overdueEvery: 7, maxReminders: 2 }, lead, today());
    await app.services.scheduler.tick();
    const agent = await app.signIn(member.email);
    const path = `/returns/${round._id}`;
    expect((await agent.get('/declarations')).text).to.contain('Make your return for Round');

    let list = await agent.get(path);
    expect(list.text).to.contain('You have completed 0 of 3 tasks').and.contain('Cannot start yet');
    const tooSoon = await agent.post(`${path}/confirm`, { outcome: 'confirm' });
    expect(tooSoon.status).to.equal(400);
    expect(errorSummaryOf(tooSoon)).to.deep.equal(['Review your interests and your gifts and hospitality first']);

    const interests = await agent.get(`${path}/interests`);
    expect(interests.text).to.contain('Partner at Example Surgery').and.contain('It is still correct');
    expect((await agent.post(`${path}/interests`, { declarationId: interest.id })).status).to.equal(303);
    expect((await agent.get(`${path}/interests`)).text).to.contain('Still correct');
    expectFieldError(await agent.post(`${path}/gifts`, {}), 'allDeclared', /Confirm you have declared every gift/);
    expect((await agent.post(`${path}/gifts`, { allDeclared: 'yes' })).status).to.equal(303);

    list = await agent.get(path);
    expect(list.text).to.contain('You have completed 2 of 3 tasks');
    const confirm = await agent.get(`${path}/confirm`);
    expect(confirm.text).to.contain('What you are confirming').and.contain('Partner at Example Surgery').and.not.contain('make a nil return');
    const notNil = await agent.post(`${path}/confirm`, { outcome: 'nil' });
    expect(notNil.status).to.equal(400);
    expect(errorSummaryOf(notNil)[0]).to.match(/^You have current interests, so this is not a nil return/);
    const done = await agent.post(`${path}/confirm`, { outcome: 'confirm' });
    expect(done.status).to.equal(303);
    expect(await ConfirmationModel.countDocuments({ personId: member.id })).to.equal(1);
    expect((await agent.get(path)).text).to.contain('You have made your return for this round');

    const governanceLead = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    const people = await governanceLead.get('/people?status=confirmed');
    expect(people.text).to.contain('Mo Member').and.contain('Returned');
    expect((await governanceLead.get('/people?status=overdue')).text).to.not.contain('Mo Member');
    expectFieldError(await governanceLead.get('/people?status=sometime'), 'status', /Choose a status from the list/);
  });

  it('when a member with no interests makes a nil return, then the nil declaration is recorded and they are not reminded again', async () => {
    const member = await aPerson({ name: 'Nia Nil' });
    await aCommitteeOf(member);
    const round = await openRound({ name: 'Round', opensOn: today(), dueOn: addDays(today(), 20), scope: 'decision-making', committeeIds: [], reminderDaysBefore: [10], overdueEvery: 7, maxReminders: 2 }, lead, today());
    await app.services.scheduler.tick();
    const agent = await app.signIn(member.email);
    await agent.post(`/returns/${round._id}/gifts`, { allDeclared: 'yes' });
    expect((await agent.get(`/returns/${round._id}/confirm`)).text).to.contain('make a nil return');
    expect((await agent.post(`/returns/${round._id}/confirm`, { outcome: 'nil' })).status).to.equal(303);
    expect(await DeclarationModel.countDocuments({ personId: member.id, type: 'nil' })).to.equal(1);
    const before = messagesTo(app.mailbox, member.email).length;
    app.clock.advanceDays(10);
    await app.services.scheduler.tick();
    app.clock.advanceDays(-10);
    expect(messagesTo(app.mailbox, member.email)).to.have.length(before);
  });

  it('when someone not asked opens a round\'s task list, then it is not found', async () => {
    const member = await aPerson();
    await aCommitteeOf(member);
    const outsider = await aPerson();
    const round = await openRound({ name: 'Round', opensOn: today(), dueOn: addDays(today(), 20), scope: 'decision-making', committeeIds: [], reminderDaysBefore: [], overdueEvery: 7, maxReminders: 1 }, lead, today());
    await app.services.scheduler.tick();
    expect((await (await app.signIn(outsider.email)).get(`/returns/${round._id}`)).status).to.equal(404);
  });

  it('when the due date passes, then the public register names who has not declared, and a withheld name is counted instead', async () => {
    const late = await aPerson({ name: 'Lou Late' });
    const hidden = await aPerson({ name: 'Hal Hidden' });
    const prompt = await aPerson({ name: 'Pat Prompt' });
    await aCommitteeOf(late, hidden, prompt);
    const round = await openRound({ name: 'Annual 2026', opensOn: today(), dueOn: addDays(today(), 5), scope: 'decision-making', committeeIds: [], reminderDaysBefore: [], overdueEvery: 7, maxReminders: 1 }, lead, today());
    await app.services.scheduler.tick();
    await confirmDeclarations(prompt.id, SYSTEM_ACTOR);

    expect((await app.agent().get('/register')).text).to.contain('No declaration round has reached its due date yet');
    app.clock.advanceDays(6);
    try {
      const governanceLead = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
      expectFieldError(await governanceLead.post(`/registers/published/not-declared/${round._id}/${hidden.id}/withhold`, { reason: '', version: '0' }), 'reason', /Enter why this name is withheld/);
      const withheld = await governanceLead.post(`/registers/published/not-declared/${round._id}/${hidden.id}/withhold`, { reason: 'Risk of harm', version: '0' });
      expect(withheld.status).to.equal(303);
      const page = await app.agent().get('/register');
      expect(page.text).to.contain('Lou Late').and.contain('Member, Test PCCC').and.not.contain('Hal Hidden').and.not.contain('Pat Prompt');
      expect(page.text).to.contain('1 name is withheld from this list');
      const csv = await app.agent().get('/register/not-declared.csv');
      expect(csv.text.split(/\r?\n/)[0]).to.equal('Name,Positions,Declaration round');
      expect(csv.text).to.contain('Lou Late').and.not.contain('Hal Hidden');
    } finally {
      app.clock.advanceDays(-6);
    }
  });
});

describe('People as decision-making staff, with a line manager', function () {
  this.timeout(60_000);
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a person is marked as decision-making staff, then the form, the API and the CSV import take it, a reason is required, and rounds ask them', async () => {
    const agent = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    const base = { name: 'Pru Procurement', email: 'pru@test.invalid', role: 'member', jobTitle: 'Head of procurement' };
    expectFieldError(await agent.post('/people/new', { ...base, decisionMaking: 'yes', decisionMakingReason: '' }), 'decisionMakingReason', /Enter why they are decision-making staff/);
    expectFieldError(await agent.post('/people/new', { ...base, lineManagerEmail: 'not an email' }), 'lineManagerEmail', /line manager's email address in the correct format/);
    expect(await countOf(PersonModel)).to.equal(1);
    const saved = await agent.post('/people/new', { ...base, decisionMaking: 'yes', decisionMakingReason: 'Procurement lead', lineManagerEmail: 'Director@Test.invalid' });
    expect(saved.status).to.equal(303);
    const stored = await PersonModel.findOne({ email: 'pru@test.invalid' }).lean();
    expect(stored).to.include({ decisionMaking: true, decisionMakingReason: 'Procurement lead', lineManagerEmail: 'director@test.invalid' });
    expect((await agent.get(saved.location!)).text).to.contain('Yes: Procurement lead');

    const api = await agent.api('POST', '/api/people', { name: 'Ari Band8d', email: 'ari@test.invalid', role: 'member', decisionMaking: true });
    expect(api.status).to.equal(400);
    expect(api.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).to.deep.equal(['decisionMakingReason']);
    const created = await agent.api('POST', '/api/people', { name: 'Ari Band8d', email: 'ari@test.invalid', role: 'member', decisionMaking: true, decisionMakingReason: 'Band 8d and above' });
    expect(created.status).to.equal(201);

    const csv = 'name,email,decisionMaking,decisionMakingReason,lineManagerEmail\nCal Csv,cal@test.invalid,yes,Band 8d and above,boss@test.invalid\nDee Csv,dee@test.invalid,yes,,\n';
    const refused = await agent.api('POST', '/api/imports/people', { csv });
    expect(refused.status).to.equal(400);
    expect(JSON.stringify(refused.json())).to.contain('Row 3: decisionMakingReason is missing');
    const imported = await agent.api('POST', '/api/imports/people', { csv: csv.split('\n').slice(0, 2).join('\n') });
    expect(imported.status, imported.text).to.equal(201);
    expect(await PersonModel.findOne({ email: 'cal@test.invalid' }).lean()).to.include({ decisionMaking: true, lineManagerEmail: 'boss@test.invalid' });

    const today = todayUtc(app.clock.now());
    const round = await openRound({ name: 'Round', opensOn: today, dueOn: addDays(today, 20), scope: 'decision-making', committeeIds: [], reminderDaysBefore: [], overdueEvery: 7, maxReminders: 1 }, lead, today);
    await app.services.scheduler.tick();
    const asked = (await RoundModel.findById(round._id).lean())?.people ?? [];
    expect(asked).to.have.members([String(stored?._id), created.json<{ id: string }>().id, String((await PersonModel.findOne({ email: 'cal@test.invalid' }).lean())?._id)]);
  });

  it('when someone joins a committee, then they are emailed to declare within 28 days, once; and when their annual confirmation falls due within 30 days, they are reminded once', async () => {
    const member = await aPerson({ name: 'Newt New' });
    await app.services.scheduler.tick(); // the scheduler's first run: seats before it are left alone
    const ccg = await anOrganisation({ name: 'NHS Test CCG', kind: 'ccg' });
    const today = todayUtc(app.clock.now());
    await aCommittee({ name: 'Joined PCCC', organisationIds: [ccg.id], members: [{ personId: member.id, category: 'lay', role: 'member', from: today }] });
    await app.services.scheduler.tick();
    await app.services.scheduler.tick();
    expect(messagesTo(app.mailbox, member.email).map((m) => m.subject)).to.deep.equal([`Please declare your interests for Joined PCCC by ${longDate(addDays(today, 28))}`]);

    const veteran = await aPerson({ name: 'Vera Veteran' });
    await aCommittee({ name: 'Old PCCC', organisationIds: [ccg.id], members: [{ personId: veteran.id, category: 'lay', role: 'member', from: '2015-04-01' }] });
    await aDeclaration({ personId: veteran.id, declaredOn: addDays(today, -340) });
    await app.services.scheduler.tick();
    await app.services.scheduler.tick();
    const veteranMail = messagesTo(app.mailbox, veteran.email).map((m) => m.subject);
    expect(veteranMail.filter((s) => s?.startsWith('Your declaration of interests needs confirming'))).to.have.length(1);
  });

  it('when a governance lead edits an email template, then a variable it does not provide or a template that does not compile is a field error and nothing is saved', async () => {
    const agent = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    const page = await agent.get('/emails/templates/round-reminder');
    expect(page.text).to.contain('{{personName}}').and.contain('Preview');
    expectFieldError(await agent.post('/emails/templates/round-reminder', { subject: 'Hello {{persnName}}', body: 'x', action: 'save' }), 'subject', /\{\{persnName\}\} is not something this email can use/);
    expectFieldError(await agent.post('/emails/templates/round-reminder', { subject: 'Hello', body: '{{#if overdue}}late', action: 'save' }), 'body', /does not compile/);
    expect(await countOf(EmailTemplateModel)).to.equal(0);
    const preview = await agent.post('/emails/templates/round-reminder', { subject: 'Draft for {{personName}}', body: 'Due {{dueOn}}', action: 'preview' });
    expect(preview.status).to.equal(200);
    expect(preview.text).to.contain('Preview of your changes').and.contain('Draft for ');
    expect(await countOf(EmailTemplateModel)).to.equal(0);
    const saved = await agent.post('/emails/templates/round-reminder', { subject: 'Draft for {{personName}}', body: 'Due {{dueOn}}', action: 'save' });
    expect(saved.status).to.equal(303);
    expect(await EmailTemplateModel.findById('round-reminder').lean()).to.include({ subject: 'Draft for {{personName}}', version: 1 });
    const stale = await agent.post('/emails/templates/round-reminder', { subject: 'Another', body: 'Due {{dueOn}}', action: 'save' });
    expect(stale.status, 'saving again from the shipped wording is refused: it changed since').to.equal(409);
  });

  it('when `coi reminders run` is run, then it ticks once against the app database and reports what it did', async () => {
    const member = await aPerson();
    await aCommitteeOf(member);
    const today = todayUtc(app.clock.now());
    await openRound({ name: 'Cron round', opensOn: today, dueOn: addDays(today, 20), scope: 'decision-making', committeeIds: [], reminderDaysBefore: [], overdueEvery: 7, maxReminders: 1 }, lead, today);
    // A separate process, as cron would run it; mail is off so nothing leaves the test.
    process.env.MAIL_MODE = 'off';
    try {
      const run = await coiProcess(await testDatabaseUri(), 'reminders', 'run');
      expect(run.code, run.stderr).to.equal(0);
      expect(run.stdout).to.equal('Rounds opened: 1. Emails planned: 1. Still waiting to send: 0 (mail mode: off).\n');
      expect(await EmailModel.findOne({ personId: member.id }).lean()).to.include({ status: 'not-sent', template: 'round-opened' });
      expect((await coiProcess(await testDatabaseUri(), 'reminders', 'later')).code).to.equal(2);
    } finally {
      delete process.env.MAIL_MODE;
    }
  });
});

