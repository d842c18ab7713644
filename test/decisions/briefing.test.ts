import { expect } from 'chai';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { DecisionModel } from '../../src/decisions/decision.model';
import { MeetingModel, type AgendaItem } from '../../src/decisions/meeting.model';
import { DeclarationModel, type Declaration } from '../../src/declarations/declaration.model';
import { createVersioned, updateVersioned } from '../../src/shared/versionedRecords';
import { pdfText } from '../registers/helpers';
import { accessibilityViolations, type AxeViolation, isolatedContext, launchChromium, signInInBrowser } from '../support/browser';
import { useDatabase } from '../support/database';
import { aCommittee, anOrganisation, aPerson } from '../support/factories';
import { signedInAs } from '../support/management';
import { startTestApp, type AgentResponse, type TestApp } from '../support/testApp';

const MEETING_DATE = '2015-07-08';
const CHAIR_EMAIL = 'ann.chair@test.invalid';

async function aDeclaration(fields: Partial<Declaration> & { personId: string }) {
  return createVersioned(
    DeclarationModel,
    'declaration',
    { type: 'financial', category: null, organisationId: null, organisationName: null, description: '', heldBy: 'self', from: '2009-01-01', to: null, declaredOn: '2015-04-10', actionTaken: null, ...fields },
    SYSTEM_ACTOR,
  );
}

/**
 * A planned meeting of a PCCC (nobody recorded as present yet) deciding a local incentive scheme
 * for every practice of the CCG: the GP partner is conflicted, a free-text declaration may name one
 * of the practices, and five voting members remain once the GP withdraws (the quorum is four).
 */
async function aPlannedMeeting({ withChair = true } = {}) {
  const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
  const surgery = await anOrganisation({ name: 'Example Surgery', kind: 'gp-practice', memberOfId: ccg.id });
  await anOrganisation({ name: 'Riverside Medical Centre', kind: 'gp-practice', memberOfId: ccg.id });
  const chair = await aPerson({ name: 'Ann Chair', email: CHAIR_EMAIL });
  const vice = await aPerson({ name: 'Ben Vice' });
  const lay = await aPerson({ name: 'Cara Lay' });
  const exec1 = await aPerson({ name: 'Eve Officer' });
  const exec2 = await aPerson({ name: 'Finn Finance' });
  const gp = await aPerson({ name: 'Dr Gail Price' });
  const committee = await aCommittee({
    name: 'Example PCCC',
    organisationIds: [ccg.id],
    quorum: { minimumVoting: 4 },
    members: [
      { personId: chair.id, category: 'lay', role: withChair ? 'chair' : 'member' },
      { personId: vice.id, category: 'lay', role: 'vice-chair' },
      { personId: lay.id, category: 'lay' },
      { personId: exec1.id, category: 'executive' },
      { personId: exec2.id, category: 'executive' },
      { personId: gp.id, category: 'gp' },
    ],
  });
  await aDeclaration({ personId: gp.id, organisationId: surgery.id, description: 'Partner at Example Surgery', actionTaken: 'Leaves the room for decisions about practice funding.' });
  await aDeclaration({ personId: exec2.id, type: 'non-financial-professional', organisationName: 'Riverside Surgery', description: 'Patient participation group' });

  const opening: AgendaItem = { itemId: 'item-1', title: 'Declarations of interest', decisionId: null, participation: [] };
  const meeting = await createVersioned(MeetingModel, 'meeting', { committeeId: committee.id, date: MEETING_DATE, present: [], items: [opening] }, SYSTEM_ACTOR);
  const meetingId = String(meeting._id);
  const decision = await createVersioned(
    DecisionModel,
    'decision',
    { committeeId: committee.id, meetingId, date: MEETING_DATE, title: 'Local incentive scheme 2015/16', kind: 'local-incentive-scheme', valueGBP: 1200000, affectedOrganisationIds: [], affectsAllPracticesOf: ccg.id },
    SYSTEM_ACTOR,
  );
  const scheme: AgendaItem = { itemId: 'item-2', title: 'Local incentive scheme', decisionId: String(decision._id), participation: [] };
  await updateVersioned(MeetingModel, 'meeting', meetingId, 1, { items: [opening, scheme] }, SYSTEM_ACTOR);
  return { meetingId, chair, gp };
}

/** The page's text with HTML entities read back, so assertions can use plain quotes. */
function textOf(page: AgentResponse): string {
  return page.text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function mailsTo(app: TestApp, address: string): number {
  return app.mailbox.messages.filter((m) => JSON.stringify(m.to).toLowerCase().includes(address)).length;
}

describe('The conflicts briefing for a planned meeting', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead opens it, then the page shows the conflicted GP, the name match and the quorum once they withdraw', async () => {
    const { meetingId } = await aPlannedMeeting();
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.get(`/meetings/${meetingId}/briefing`);
    expect(page.status, page.text.slice(0, 300)).to.equal(200);
    const text = textOf(page);
    expect(text).to.contain('Nobody is recorded as present yet, so every member of the committee on the meeting date is expected.');
    expect(text).to.contain('Dr Gail Price (GP, Member)');
    expect(text).to.contain('<strong>Example Surgery</strong>: Partner at Example Surgery');
    expect(text).to.contain('Leaves the room for decisions about practice funding.');
    expect(text).to.contain('Affects every GP practice of NHS Example CCG.');
    expect(text).to.contain("Ask Finn Finance whether 'Riverside Surgery' is Riverside Medical Centre.");
    expect(text).to.contain('Dr Gail Price should withdraw, leaving 5 voting members (the quorum is 4).');
    expect(text).to.contain('The meeting stays quorate for this item once they withdraw.');
    expect(text).to.contain('1 item proposes a decision, and it has conflicts: Dr Gail Price should withdraw from it.');
    expect(text).to.contain('Email the briefing to the chair');
  });

  it('when an auditor opens it, then they can read it and download the PDF but not send it', async () => {
    const { meetingId } = await aPlannedMeeting();
    const auditor = await signedInAs(app, 'auditor');
    const page = await auditor.get(`/meetings/${meetingId}/briefing`);
    expect(page.status).to.equal(200);
    expect(page.text).not.to.contain('Email the briefing to the chair');
    expect((await auditor.get(`/meetings/${meetingId}/briefing.pdf`)).status).to.equal(200);
    expect((await auditor.post(`/meetings/${meetingId}/briefing/email`, {})).status).to.equal(403);
  });

  it('when the PDF is downloaded, then it is a complete, non-trivial PDF named for the meeting', async () => {
    const { meetingId } = await aPlannedMeeting();
    const lead = await signedInAs(app, 'governance-lead');
    const pdf = await lead.get(`/meetings/${meetingId}/briefing.pdf`);
    expect(pdf.status).to.equal(200);
    expect(pdf.headers.get('content-type')).to.equal('application/pdf');
    expect(pdf.headers.get('content-disposition')).to.equal(`inline; filename="conflicts-briefing-${MEETING_DATE}.pdf"`);
    expect(pdf.text.startsWith('%PDF-')).to.equal(true);
    expect(pdf.text.trimEnd().endsWith('%%EOF')).to.equal(true);
    expect(pdf.text.length).to.be.greaterThan(3000);
    const text = pdfText(pdf.body).replace(/\n/g, ' ');
    expect(text).to.contain('Expected to attend');
    expect(text).to.contain('Dr Gail Price (GP, Member)');
  });

  it('when the lead emails it, then the chair receives the text naming the conflicted member with the PDF attached, and it is audited', async () => {
    const { meetingId } = await aPlannedMeeting();
    const lead = await signedInAs(app, 'governance-lead');
    await lead.get(`/meetings/${meetingId}/briefing`);
    const sent = await lead.post(`/meetings/${meetingId}/briefing/email`, {});
    expect(sent.status, sent.text.slice(0, 300)).to.equal(303);
    expect(sent.location).to.equal(`/meetings/${meetingId}/briefing`);

    const mail = await app.mailbox.latestTo(CHAIR_EMAIL);
    expect(mail.subject).to.equal('Conflicts briefing: Example PCCC, 8 July 2015');
    expect(mail.text).to.contain('Dear Ann Chair,');
    expect(mail.text).to.contain('Dr Gail Price (GP, Member): Declare the interest when the item starts');
    expect(mail.text).to.contain('Declared action: Leaves the room for decisions about practice funding.');
    expect(mail.text).to.contain('Dr Gail Price should withdraw, leaving 5 voting members (the quorum is 4).');
    expect(mail.attachments).to.have.length(1);
    expect(mail.attachments[0]).to.include({ filename: `conflicts-briefing-${MEETING_DATE}.pdf`, contentType: 'application/pdf' });
    expect(mail.attachments[0].content.subarray(0, 5).toString('latin1')).to.equal('%PDF-');
    expect(mail.attachments[0].content.length).to.be.greaterThan(3000);

    const audited = await AuditEventModel.find({ action: 'briefing.emailed', recordId: meetingId }).lean();
    expect(audited).to.have.length(1);
    expect(JSON.parse(audited[0].body).after.to.email).to.equal(CHAIR_EMAIL);

    const confirmed = await lead.get(sent.location ?? '');
    expect(textOf(confirmed)).to.contain(`The briefing was emailed to Ann Chair, the chair, at ${CHAIR_EMAIL}, with the PDF attached.`);
  });

  it('when the committee has no chair on the meeting date, then nothing is sent and the page says why', async () => {
    const { meetingId } = await aPlannedMeeting({ withChair: false });
    const lead = await signedInAs(app, 'governance-lead');
    const before = app.mailbox.messages.length;
    const refused = await lead.post(`/meetings/${meetingId}/briefing/email`, {});
    expect(refused.status).to.equal(409);
    expect(textOf(refused)).to.contain('Example PCCC has no chair on 8 July 2015, so the briefing was not sent.');
    // Mail would have been sent before the answer came back; give the SMTP server a moment regardless.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.mailbox.messages.length).to.equal(before);
    expect(await AuditEventModel.countDocuments({ action: 'briefing.emailed' })).to.equal(0);
  });

  it('when a committee member asks for it, then every route refuses with 403', async () => {
    const { meetingId } = await aPlannedMeeting();
    const member = await signedInAs(app, 'member');
    const chairMailBefore = mailsTo(app, CHAIR_EMAIL);
    expect((await member.get(`/meetings/${meetingId}/briefing`)).status).to.equal(403);
    expect((await member.get(`/meetings/${meetingId}/briefing.pdf`)).status).to.equal(403);
    expect((await member.post(`/meetings/${meetingId}/briefing/email`, {})).status).to.equal(403);
    expect(mailsTo(app, CHAIR_EMAIL)).to.equal(chairMailBefore);
    expect(await AuditEventModel.countDocuments({ action: 'briefing.emailed' })).to.equal(0);
  });

  it('when the meeting does not exist, then the page and the PDF are 404', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get('/meetings/0123456789abcdef01234567/briefing')).status).to.equal(404);
    expect((await lead.get('/meetings/not-a-meeting/briefing.pdf')).status).to.equal(404);
  });
});

describe('In a real browser, the governance lead reads and sends the briefing', function () {
  this.timeout(120_000);
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when the page is opened and the briefing emailed, then each page has one heading 1 and passes axe', async () => {
    const { meetingId } = await aPlannedMeeting();
    const lead = await aPerson({ name: 'Grace Lead', role: 'governance-lead', email: 'grace.lead@test.invalid' });
    const browser = await launchChromium();
    try {
      const page = await (await isolatedContext(browser)).newPage();
      await signInInBrowser(page, app, lead.email);

      const violations: AxeViolation[] = [];
      await page.goto(`${app.baseUrl}/meetings/${meetingId}/briefing`);
      expect(await page.locator('h1').count()).to.equal(1);
      violations.push(...(await accessibilityViolations(page)));
      await page.getByRole('button', { name: 'Email the briefing to the chair' }).click();
      await page.getByText('The briefing was emailed to Ann Chair, the chair').waitFor();
      violations.push(...(await accessibilityViolations(page)));
      expect(violations, JSON.stringify(violations, null, 2)).to.deep.equal([]);
    } finally {
      await browser.close();
    }
  });
});
