import { expect } from 'chai';
import { SYSTEM_ACTOR, type Actor } from '../../src/audit/auditLog';
import { confirmDeclarations } from '../../src/declarations/declarations.service';
import { addDays, longDate, todayUtc } from '../../src/engine/dates';
import { EmailModel } from '../../src/mail/email.model';
import { saveTemplate } from '../../src/mail/emailTemplates.service';
import { createMailer } from '../../src/mail/mailer';
import { PersonModel } from '../../src/people/person.model';
import { closeRound, openRound } from '../../src/rounds/rounds.service';
import { createServices } from '../../src/services';
import { updateVersioned } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aCommittee, anOrganisation, aPerson } from '../support/factories';
import { messagesTo, signInLinkIn } from '../support/mailbox';
import { startTestApp, TestClock, WebAgent, type TestApp } from '../support/testApp';

const lead: Actor = { personId: null, name: 'Grace Lead', role: 'governance-lead' };

interface Body {
  committee: { id: string; name: string };
  gp: { id: string; email: string };
  lay: { id: string; email: string };
  lead: { id: string; email: string };
}

/** A committee of two (one with a line manager) and a governance lead. */
async function aBody(): Promise<Body> {
  const ccg = await anOrganisation({ name: 'NHS Test CCG', kind: 'ccg' });
  const gp = await aPerson({ name: 'Dr Gail Price' });
  const lay = await aPerson({ name: 'Lee Lay' });
  const governanceLead = await aPerson({ name: 'Grace Lead', role: 'governance-lead' });
  await updateVersioned(PersonModel, 'person', gp.id, 1, { lineManagerEmail: 'clinical.director@test.invalid' }, SYSTEM_ACTOR);
  const committee = await aCommittee({
    name: 'Test PCCC',
    organisationIds: [ccg.id],
    members: [
      { personId: gp.id, category: 'gp', role: 'member', from: '2015-04-01' },
      { personId: lay.id, category: 'lay', role: 'chair', from: '2015-04-01' },
    ],
  });
  return { committee: { id: committee.id, name: committee.name }, gp, lay, lead: governanceLead };
}

function roundInput(clock: TestClock, fields: Record<string, unknown> = {}) {
  const today = todayUtc(clock.now());
  return { name: 'Annual declarations 2026/27', opensOn: today, dueOn: addDays(today, 10), scope: 'decision-making', reminderDaysBefore: [7, 2], overdueEvery: 3, maxReminders: 4, ...fields };
}

const subjects = (app: TestApp, address: string) => messagesTo(app.mailbox, address).map((m) => m.subject);

describe('The declaration cycle: rounds, reminders and escalation', function () {
  this.timeout(60_000);
  useDatabase();
  let app: TestApp;
  beforeEach(async () => (app = await startTestApp()));
  afterEach(() => app.close());

  it('when a round opens on its day, then each person in scope gets one email whose link signs them in on their own return', async () => {
    const body = await aBody();
    const round = await openRound(roundInput(app.clock), lead, todayUtc(app.clock.now()));
    const report = await app.services.scheduler.tick();
    expect(report).to.include({ opened: 1, planned: 2 });
    await app.services.scheduler.tick();
    expect(subjects(app, body.gp.email)).to.deep.equal([`Annual declarations 2026/27: please make your declaration by ${longDate(addDays(todayUtc(app.clock.now()), 10))}`]);
    expect(subjects(app, body.lay.email)).to.have.length(1);
    expect(subjects(app, body.lead.email), 'a lead without a seat is not asked').to.deep.equal([]);

    const browser = new WebAgent(app.baseUrl);
    const link = new URL(signInLinkIn(messagesTo(app.mailbox, body.gp.email)[0]));
    await browser.get(link.pathname + link.search);
    const signedIn = await browser.post('/sign-in/link', { token: link.searchParams.get('token') ?? '' });
    expect(signedIn.location).to.equal(`/returns/${round._id}`);
    const taskList = await browser.get(signedIn.location!);
    expect(taskList.status).to.equal(200);
    expect(taskList.text).to.contain('Review your interests').and.contain('Cannot start yet');
  });

  it('when a round opens later, then nothing is sent until its day', async () => {
    const body = await aBody();
    await openRound(roundInput(app.clock, { opensOn: addDays(todayUtc(app.clock.now()), 2), dueOn: addDays(todayUtc(app.clock.now()), 20) }), lead, todayUtc(app.clock.now()));
    expect(await app.services.scheduler.tick()).to.include({ opened: 0, planned: 0 });
    app.clock.advanceDays(2);
    expect(await app.services.scheduler.tick()).to.include({ opened: 1, planned: 2 });
    expect(subjects(app, body.gp.email)).to.have.length(1);
  });

  it('when the days pass, then each reminder goes on its day, the line manager and the lead are told after the due date, and no more than the most', async () => {
    const body = await aBody();
    await openRound(roundInput(app.clock), lead, todayUtc(app.clock.now()));
    const tickOn = async (days: number) => {
      app.clock.advanceDays(days);
      await app.services.scheduler.tick();
      await app.services.scheduler.tick();
    };
    await tickOn(0); // opening
    await tickOn(2); // due in 8: nothing
    expect(subjects(app, body.gp.email)).to.have.length(1);
    await tickOn(1); // due in 7: first reminder
    expect(subjects(app, body.gp.email).at(-1)).to.match(/^Annual declarations 2026\/27: your declaration is due by/);
    await tickOn(5); // due in 2: second
    expect(subjects(app, body.gp.email)).to.have.length(3);
    await tickOn(2); // due today: nothing more
    expect(subjects(app, body.gp.email)).to.have.length(3);
    expect(messagesTo(app.mailbox, 'clinical.director@test.invalid')).to.have.length(0);

    await tickOn(1); // a day overdue: the line manager and the lead are told
    expect(subjects(app, 'clinical.director@test.invalid')).to.deep.equal(['Annual declarations 2026/27: Dr Gail Price has not made their declaration']);
    const digest = messagesTo(app.mailbox, body.lead.email);
    expect(digest.map((m) => m.subject)).to.deep.equal(['Annual declarations 2026/27: 2 returns overdue']);
    expect(digest[0].text).to.contain('Test PCCC').and.contain('Dr Gail Price').and.contain('Lee Lay');

    await tickOn(2); // 3 days overdue: third reminder, overdue wording; a second digest the next day
    expect(subjects(app, body.gp.email).at(-1)).to.match(/^Overdue: Annual declarations/);
    expect(messagesTo(app.mailbox, body.lead.email)).to.have.length(2);
    await tickOn(3); // 6 overdue: fourth and last
    await tickOn(3); // 9 overdue: the most (4) has been sent
    expect(subjects(app, body.gp.email)).to.have.length(5);
    expect(messagesTo(app.mailbox, 'clinical.director@test.invalid'), 'the line manager is told once').to.have.length(1);
  });

  it('when a person makes their return, then their reminders stop and their line manager is not told', async () => {
    const body = await aBody();
    await openRound(roundInput(app.clock), lead, todayUtc(app.clock.now()));
    await app.services.scheduler.tick();
    await confirmDeclarations(body.gp.id, { personId: body.gp.id, name: 'Dr Gail Price', role: 'member' });
    app.clock.advanceDays(3);
    await app.services.scheduler.tick();
    app.clock.advanceDays(9);
    await app.services.scheduler.tick();
    expect(subjects(app, body.gp.email), 'only the opening email').to.have.length(1);
    expect(subjects(app, body.lay.email).length).to.be.greaterThan(1);
    expect(messagesTo(app.mailbox, 'clinical.director@test.invalid')).to.have.length(0);
    expect(messagesTo(app.mailbox, body.lead.email)[0].text).to.contain('Lee Lay').and.not.contain('Dr Gail Price');
  });

  it('when a governance lead edits a template, then the next email uses it and the log records its version', async () => {
    const body = await aBody();
    await openRound(roundInput(app.clock), lead, todayUtc(app.clock.now()));
    await app.services.scheduler.tick();
    await saveTemplate('round-reminder', { subject: 'Reminder from the board secretary: {{roundName}}', body: 'Dear {{personName}}, please declare: {{link}}' }, lead);
    app.clock.advanceDays(3);
    await app.services.scheduler.tick();
    const reminder = messagesTo(app.mailbox, body.gp.email).at(-1)!;
    expect(reminder.subject).to.equal('Reminder from the board secretary: Annual declarations 2026/27');
    expect(reminder.text).to.match(/^Dear Dr Gail Price, please declare: http:\/\/127\.0\.0\.1:\d+\/sign-in\/link\?token=/);
    const logged = await EmailModel.findOne({ template: 'round-reminder', personId: body.gp.id }).lean();
    expect(logged).to.include({ status: 'sent', templateVersion: 1 });
    expect(logged?.body, 'the log never keeps a live sign-in link').to.equal('Dear Dr Gail Price, please declare: [sign-in link]');
  });

  it('when a round is closed, then nothing more is sent for it, not even what was already planned', async () => {
    const body = await aBody();
    const round = await openRound(roundInput(app.clock), lead, todayUtc(app.clock.now()));
    await app.services.scheduler.tick();
    await closeRound(String(round._id), { version: 2 }, lead, todayUtc(app.clock.now()));
    app.clock.advanceDays(20);
    await app.services.scheduler.tick();
    expect(subjects(app, body.gp.email)).to.have.length(1);
    expect(messagesTo(app.mailbox, body.lead.email)).to.have.length(0);
  });

  it('when the mail server refuses, then the email stays due and is sent on a later attempt, and pages keep working meanwhile', async () => {
    const body = await aBody();
    await openRound(roundInput(app.clock), lead, todayUtc(app.clock.now()));
    app.mailbox.refusing = true;
    await app.services.scheduler.tick();
    expect(messagesTo(app.mailbox, body.gp.email)).to.have.length(0);
    const waiting = await EmailModel.findOne({ template: 'round-opened', personId: body.gp.id }).lean();
    expect(waiting).to.include({ status: 'due' });
    expect(waiting?.attempts[0]).to.include({ ok: false });
    expect(waiting?.attempts[0].error).to.contain('try again later');
    expect((await app.agent().get('/register')).status).to.equal(200);

    await app.services.scheduler.tick();
    expect(await EmailModel.countDocuments({ status: 'sent' }), 'not retried before its time').to.equal(0);
    app.mailbox.refusing = false;
    app.clock.advanceDays(1 / 24 / 60); // a minute later
    await app.services.scheduler.tick();
    expect(messagesTo(app.mailbox, body.gp.email)).to.have.length(1);
    expect(await EmailModel.findOne({ template: 'round-opened', personId: body.gp.id }).lean()).to.include({ status: 'sent' });
  });

  it('when a failure keeps happening, then the email is left as failed after five attempts and the home page shows it', async () => {
    const body = await aBody();
    await openRound(roundInput(app.clock), lead, todayUtc(app.clock.now()));
    app.mailbox.refusing = true;
    await app.services.scheduler.tick();
    for (const minutes of [1, 5, 15, 60]) {
      app.clock.advanceDays(minutes / 24 / 60);
      await app.services.scheduler.tick();
    }
    const failed = await EmailModel.findOne({ template: 'round-opened', personId: body.gp.id }).lean();
    expect(failed).to.include({ status: 'failed' });
    expect(failed?.attempts).to.have.length(5);
    app.mailbox.refusing = false;
    const home = await (await app.signIn(body.lead.email)).get('/home');
    expect(home.text).to.contain('Emails that failed').and.contain(`Declaration round opened to ${body.gp.email}`);
  });

  it('when an email failed in a process that stopped before noting it, then the next load notes it and the home page shows it', async () => {
    const body = await aBody();
    await EmailModel.create({
      _id: 'round:stopped:opened:1',
      template: 'round-opened',
      to: body.lay.email,
      personId: body.lay.id,
      status: 'failed',
      attempts: [{ at: app.clock.now(), ok: false, error: 'Connection refused by the mail server' }],
      createdAt: app.clock.now(),
    });
    const lead = await app.signIn(body.lead.email);
    expect((await lead.get('/home')).text).to.contain('No email has failed.');
    await app.services.postman.load();
    const home = await lead.get('/home');
    expect(home.text).to.contain(`Declaration round opened to ${body.lay.email}`).and.contain('Connection refused by the mail server');
  });
});

describe('Mail modes and exactly-once delivery', function () {
  this.timeout(60_000);
  useDatabase();

  it('when MAIL_MODE is test, then every email goes to the test address, marked with whom it was for', async () => {
    const app = await startTestApp({}, { mailMode: 'test', mailTestTo: 'tester@test.invalid' });
    try {
      const body = await aBody();
      await openRound(roundInput(app.clock), lead, todayUtc(app.clock.now()));
      await app.services.scheduler.tick();
      expect(messagesTo(app.mailbox, body.gp.email)).to.have.length(0);
      const received = messagesTo(app.mailbox, 'tester@test.invalid').map((m) => m.subject);
      expect(received).to.have.length(2);
      expect(received.some((s) => s?.startsWith(`[Test, for ${body.gp.email}] Annual declarations`))).to.equal(true);
      expect(await EmailModel.findOne({ personId: body.gp.id }).lean()).to.include({ status: 'sent', mode: 'test', deliveredTo: 'tester@test.invalid', to: body.gp.email });
      // In test mode the lead's own sign-in link also goes to the test address.
      const browser = new WebAgent(app.baseUrl);
      await browser.post('/sign-in', { email: body.lead.email });
      const link = new URL(signInLinkIn(messagesTo(app.mailbox, 'tester@test.invalid').at(-1)!));
      await browser.get(link.pathname + link.search);
      await browser.post('/sign-in/link', { token: link.searchParams.get('token') ?? '' });
      expect((await browser.get('/emails')).text).to.contain('Test mode: every email goes to the test address');
    } finally {
      await app.close();
    }
  });

  it('when MAIL_MODE is off, then emails are logged as not sent and none reaches the server', async () => {
    const app = await startTestApp({}, { mailMode: 'off' });
    try {
      const body = await aBody();
      await openRound(roundInput(app.clock), lead, todayUtc(app.clock.now()));
      await app.services.scheduler.tick();
      expect(app.mailbox.messages).to.have.length(0);
      expect(await EmailModel.findOne({ personId: body.gp.id }).lean()).to.include({ status: 'not-sent', mode: 'off' });
    } finally {
      await app.close();
    }
  });

  it('when two app instances tick together and one restarts, then each email is sent exactly once', async () => {
    const app = await startTestApp();
    try {
      const body = await aBody();
      const clock = app.clock;
      const second = () =>
        createServices({
          transport: createMailer({ smtpUrl: app.mailbox.url, from: 'Register <register@test.invalid>', outboxDir: '/nonexistent' }),
          mailMode: 'live',
          publicUrl: app.baseUrl,
          bodyName: 'NHS Test CCG',
          clock: clock.now,
          log: () => undefined,
        });
      const other = second();
      await other.postman.load();
      await openRound(roundInput(clock), lead, todayUtc(clock.now()));
      for (let day = 0; day <= 14; day++) {
        await Promise.all([app.services.scheduler.tick(), other.scheduler.tick(), app.services.scheduler.tick(), other.scheduler.tick()]);
        if (day === 5) {
          // A restart: a third instance with nothing in memory takes the second's place.
          const restarted = second();
          await restarted.postman.load();
          await restarted.scheduler.tick();
          restarted.postman.close();
        }
        clock.advanceDays(1);
      }
      const keys = (await EmailModel.find({}, { _id: 1, status: 1 }).lean()).map((e) => e._id);
      expect(new Set(keys).size).to.equal(keys.length);
      const gpSubjects = subjects(app, body.gp.email);
      expect(gpSubjects.filter((s) => s?.includes('please make your declaration'))).to.have.length(1);
      expect(gpSubjects).to.have.length(4); // the opening email and the reminders due by day 14 (days 3, 8 and 13), once each
      expect(subjects(app, 'clinical.director@test.invalid')).to.have.length(1);
      expect(messagesTo(app.mailbox, body.lead.email).length, 'one digest a day from day 11 to 14').to.equal(4);
      expect(app.mailbox.messages.length).to.equal(await EmailModel.countDocuments({ status: 'sent' }));
      other.postman.close();
    } finally {
      await app.close();
    }
  });
});

