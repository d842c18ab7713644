import { expect } from 'chai';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { checkRegister } from '../../src/compliance/compliance.service';
import { GiftModel } from '../../src/declarations/gift.model';
import { todayUtc } from '../../src/engine/dates';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { startTestApp, type TestApp, type WebAgent } from '../support/testApp';

const dinner = (overrides: Record<string, string> = {}) => {
  const [year, month, day] = todayUtc().split('-');
  return {
    kind: 'hospitality',
    fromName: 'Severn Health Ltd',
    description: 'Dinner after a supplier presentation',
    valueGBP: '120',
    cashOrVoucher: 'false',
    'offeredOn-day': String(Number(day)),
    'offeredOn-month': String(Number(month)),
    'offeredOn-year': year,
    accepted: 'true',
    ...overrides,
  };
};

async function declaredDinner(agent: WebAgent, overrides: Record<string, string> = {}) {
  expect((await agent.post('/declarations/gifts/new', dinner(overrides))).status).to.equal(303);
  const gift = await GiftModel.findOne().sort({ createdAt: -1 }).lean();
  return String(gift?._id);
}

const unapprovedFindings = async () => (await checkRegister({})).findings.filter((f) => f.ruleId === 'gifts.hospitality-unapproved');
const errorBeside = (html: string, field: string) => new RegExp(`id="${field}-error"[^>]*>[\\s\\S]*?</span>([^<]*)`).exec(html)?.[1]?.trim();

describe('Hospitality above the approval threshold is approved or refused by a senior person', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a governance lead approves it with a note, then the gift is versioned and audited and the approval rule passes', async () => {
    const member = await aPerson({ name: 'Dr Priya Shah' });
    const id = await declaredDinner(await app.signIn(member.email));
    expect(await unapprovedFindings()).to.have.length(1);

    const lead = await app.signIn((await aPerson({ role: 'governance-lead', name: 'Gill Lead' })).email);
    const list = await lead.get('/gifts/approvals');
    expect(list.text).to.contain('Dr Priya Shah').and.to.contain('Dinner after a supplier presentation').and.to.contain('£120');
    expect((await lead.get('/home')).text).to.contain('1 declaration of hospitality is waiting for a senior approver');

    const blank = await lead.post(`/gifts/${id}/approval`, { version: '1' });
    expect(blank.status).to.equal(400);
    expect(errorBeside(blank.text, 'outcome')).to.equal('Select whether you approve or refuse it');
    expect(errorBeside(blank.text, 'note')).to.equal('Enter a note: why it is approved, or why it is refused and what the member should do');
    expect((await GiftModel.findById(id).lean())?.version).to.equal(1);

    const approved = await lead.post(`/gifts/${id}/approval`, { version: '1', outcome: 'approved', note: 'Part of a formal procurement presentation' });
    expect(approved.status).to.equal(303);
    expect((await GiftModel.findById(id).lean())?.approval).to.include({ outcome: 'approved', on: todayUtc(), note: 'Part of a formal procurement presentation' });
    expect(await versionHistory('gift', id)).to.have.length(2);
    expect(await AuditEventModel.countDocuments({ recordId: id, action: 'gift.approved' })).to.equal(1);
    expect(await unapprovedFindings()).to.deep.equal([]);

    const again = await lead.post(`/gifts/${id}/approval`, { version: '2', outcome: 'refused', note: 'Changed my mind' });
    expect(again.status).to.equal(400);
    expect(again.text).to.match(/This was already approved on \d+ \w+ \d{4}/);

    const page = await (await app.signIn(member.email)).get(`/declarations/gifts/${id}`);
    expect(page.text).to.contain('Approved').and.to.contain('By Gill Lead on').and.to.contain('Part of a formal procurement presentation');
  });

  it('when a named senior approver refuses it, then the refusal and its note are kept and the rule still reports it', async () => {
    const id = await declaredDinner(await app.signIn((await aPerson()).email));
    const approver = await app.signIn((await aPerson({ seniorApprover: true })).email);
    expect((await approver.get('/declarations')).text).to.contain('you have 1 declaration of hospitality to approve or refuse');

    const refused = await approver.post(`/gifts/${id}/approval`, { version: '1', outcome: 'refused', note: 'Decline further dinners from suppliers bidding for the contract' });
    expect(refused.status).to.equal(303);
    expect((await GiftModel.findById(id).lean())?.approval?.outcome).to.equal('refused');
    expect(await AuditEventModel.countDocuments({ recordId: id, action: 'gift.refused' })).to.equal(1);
    expect(await unapprovedFindings()).to.have.length(1);
  });

  it('when a member who is not a senior approver opens the approvals, then they are refused', async () => {
    const id = await declaredDinner(await app.signIn((await aPerson()).email));
    const other = await app.signIn((await aPerson()).email);
    expect((await other.get('/gifts/approvals')).status).to.equal(403);
    expect((await other.post(`/gifts/${id}/approval`, { version: '1', outcome: 'approved', note: 'Fine' })).status).to.equal(403);
    expect((await GiftModel.findById(id).lean())?.approval).to.equal(null);
  });

  it('when a senior approver answers their own hospitality, then it is refused and another must answer', async () => {
    const person = await aPerson({ seniorApprover: true });
    const agent = await app.signIn(person.email);
    const id = await declaredDinner(agent);
    expect((await agent.get(`/gifts/${id}/approval`)).text).to.contain('This is your own hospitality');
    const own = await agent.post(`/gifts/${id}/approval`, { version: '1', outcome: 'approved', note: 'Fine' });
    expect(own.status).to.equal(403);
    expect((await GiftModel.findById(id).lean())?.approval).to.equal(null);
  });

  it('when hospitality is at or under the threshold, or was declined, then it needs no approval and none can be recorded', async () => {
    const agent = await app.signIn((await aPerson()).email);
    const modest = await declaredDinner(agent, { valueGBP: '75' });
    const declined = await declaredDinner(agent, { accepted: 'false' });
    const lead = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    expect((await lead.get('/gifts/approvals')).text).to.contain('Nothing is waiting for approval');
    for (const id of [modest, declined]) {
      const refused = await lead.post(`/gifts/${id}/approval`, { version: '1', outcome: 'approved', note: 'Fine' });
      expect(refused.status).to.equal(400);
      expect(refused.text).to.contain('This does not need approval: only accepted hospitality worth more than £75 does');
    }
  });

  it('when the member changes approved hospitality, then it needs approval again; a change to nothing approved keeps it', async () => {
    const member = await aPerson();
    const agent = await app.signIn(member.email);
    const id = await declaredDinner(agent);
    const lead = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    await lead.post(`/gifts/${id}/approval`, { version: '1', outcome: 'approved', note: 'Fine' });

    expect((await agent.post(`/declarations/gifts/${id}/edit`, { ...dinner(), version: '2' })).status).to.equal(303);
    expect((await GiftModel.findById(id).lean())?.approval?.outcome).to.equal('approved');
    expect((await agent.post(`/declarations/gifts/${id}/edit`, { ...dinner({ valueGBP: '£240' }), version: '3' })).status).to.equal(303);
    expect(await GiftModel.findById(id).lean()).to.include({ valueGBP: 240, approval: null, version: 4 });
    expect(await unapprovedFindings()).to.have.length(1);
  });
});
