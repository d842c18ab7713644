import { expect } from 'chai';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { appendAuditEvent, auditChainHead, type Actor } from '../../src/audit/auditLog';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { expectFieldError, signedInAs, textOf } from '../support/management';
import { startTestApp, type AgentResponse, type TestApp } from '../support/testApp';
import { anOrganisation } from '../support/factories';
import { anInterest, changeInterest } from '../registers/helpers';

/** The event numbers listed on an audit page, in order. */
function eventsOn(page: AgentResponse): number[] {
  return [...page.text.matchAll(/id="event-(\d+)"/g)].map((m) => Number(m[1]));
}

/** What an event says, as a person reads it. */
function eventText(page: AgentResponse, seq: number): string {
  return textOf(new RegExp(`id="event-${seq}"[\\s\\S]*?(?=id="event-|<nav|$)`).exec(page.text)?.[0] ?? '');
}

async function eventsBy(actor: Actor, count: number, recordType = 'x') {
  for (let i = 0; i < count; i++) await appendAuditEvent({ actor, action: `${recordType}.updated`, recordType, recordId: `${recordType}-${i}`, before: { n: i }, after: { n: i + 1 } });
}

describe('Auditors browse and verify the audit trail', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when an auditor opens the trail, then events are listed newest first, 50 to a page, with what each changed', async () => {
    const auditor = await signedInAs(app, 'auditor');
    await eventsBy({ personId: null, name: 'Importer', role: 'system' }, 60);
    const { seq: last } = await auditChainHead();
    const first = await auditor.get('/audit');
    expect(first.status).to.equal(200);
    expect(eventsOn(first)).to.have.length(50);
    expect(eventsOn(first)[0]).to.equal(last);
    expect(first.text).to.contain(`${last} events, newest first`);
    expect(eventText(first, last)).to.contain('N 59 60').and.not.to.contain('{');
    const second = await auditor.get('/audit?page=2');
    expect(eventsOn(second)).to.deep.equal(Array.from({ length: last - 50 }, (_, i) => last - 50 - i));
    expect(second.text).to.contain('rel="prev"').and.not.to.contain('rel="next"');
  });

  it('when a declaration is made and changed, then its events name the person and organisation, and list each changed field before and after', async () => {
    const auditor = await signedInAs(app, 'auditor');
    const gail = await aPerson({ name: 'Dr Gail Price' });
    const surgery = await anOrganisation({ name: 'Riverside Surgery' });
    const interest = await anInterest(gail.id, { organisationId: surgery.id, description: 'Partner at Riverside Surgery', from: '2015-04-01' });
    await changeInterest(interest.id, 1, { description: 'Senior partner at Riverside Surgery', to: '2015-08-31' }, 'ended');
    const page = await auditor.get(`/audit?recordId=${interest.id}`);
    const [ended, declared] = eventsOn(page);

    expect(eventText(page, ended)).to.contain('Declaration of interest ended: Senior partner at Riverside Surgery (Dr Gail Price)');
    expect(eventText(page, ended)).to.contain('Description Partner at Riverside Surgery Senior partner at Riverside Surgery');
    expect(eventText(page, ended)).to.contain('To Blank 31 August 2015');
    expect(eventText(page, ended)).not.to.contain('Organisation').and.not.to.contain('Person ');
    expect(eventText(page, declared)).to.contain('Declaration of interest created: Partner at Riverside Surgery (Dr Gail Price)');
    expect(eventText(page, declared)).to.contain('Person Dr Gail Price').and.to.contain('Organisation Riverside Surgery').and.to.contain('From 1 April 2015');
    expect(eventText(page, ended) + eventText(page, declared)).not.to.match(/[0-9a-f]{24}/);
  });

  it('when filtered by actor, by the person a record is about, by record, by action or by date, then only those events are listed', async () => {
    const auditor = await signedInAs(app, 'auditor');
    const gail = await aPerson({ name: 'Dr Gail Price' });
    const interest = await anInterest(gail.id);
    const helen = { personId: (await aPerson({ name: 'Helen Marsh' })).id, name: 'Helen Marsh', role: 'governance-lead' };
    await eventsBy(helen, 3, 'committee');
    const seqOf = async (filter: object) => (await AuditEventModel.find(filter).sort({ seq: -1 }).lean()).map((e) => e.seq);

    expect(eventsOn(await auditor.get(`/audit?actorId=${helen.personId}`))).to.deep.equal(await seqOf({ actorName: 'Helen Marsh' }));
    expect(eventsOn(await auditor.get(`/audit?personId=${gail.id}`))).to.deep.equal(await seqOf({ recordId: { $in: [gail.id, interest.id] } }));
    expect(eventsOn(await auditor.get(`/audit?recordType=declaration&recordId=${interest.id}`))).to.deep.equal(await seqOf({ recordId: interest.id }));
    expect(eventsOn(await auditor.get('/audit?action=committee.updated'))).to.have.length(3);
    const today = new Date();
    const [d, m, y] = [today.getUTCDate(), today.getUTCMonth() + 1, today.getUTCFullYear()];
    expect(eventsOn(await auditor.get(`/audit?from-day=${d}&from-month=${m}&from-year=${y}`))).to.have.length(await AuditEventModel.countDocuments());
    expect(eventsOn(await auditor.get(`/audit?to-day=${d}&to-month=${m}&to-year=${y - 1}`))).to.deep.equal([]);
    expectFieldError(await auditor.get('/audit?from-day=31&from-month=2&from-year=2015'), 'from', 'From date must be a real date, like 27 3 2024');
  });

  it('when the trail is intact, then the verify button reports the number of events and the head', async () => {
    const auditor = await signedInAs(app, 'auditor');
    await auditor.get('/audit');
    const verified = await auditor.post('/audit/verify', {});
    const head = await auditChainHead();
    expect(verified.status).to.equal(200);
    expect(verified.text).to.contain(`The audit trail is intact: ${head.seq} events, head ${head.hash}`);
  });

  const tampering: [string, () => Promise<unknown>, RegExp][] = [
    ['altered', () => AuditEventModel.updateOne({ seq: 3 }, { $set: { action: 'x.deleted' } }), /broken at event 3 \(altered\)/],
    ['removed', () => AuditEventModel.deleteOne({ seq: 3 }), /broken at event 4 \(removed\): event 3 missing before event 4/],
    [
      'reordered',
      async () => {
        await AuditEventModel.updateOne({ seq: 3 }, { $set: { seq: 300 } });
        await AuditEventModel.updateOne({ seq: 4 }, { $set: { seq: 3 } });
        await AuditEventModel.updateOne({ seq: 300 }, { $set: { seq: 4 } });
      },
      /broken at event 3 \(reordered\)/,
    ],
  ];
  for (const [how, tamper, report] of tampering) {
    it(`when a stored event was ${how}, then the verify button reports where the chain breaks and why`, async () => {
      await eventsBy({ personId: null, name: 'Importer', role: 'system' }, 5);
      await tamper();
      const auditor = await signedInAs(app, 'auditor');
      await auditor.get('/audit');
      const verified = await auditor.post('/audit/verify', {});
      expect(verified.text).to.contain('The audit trail is broken').and.to.match(report);
    });
  }

  it('when a member or a signed-out visitor asks for the trail, then they are refused', async () => {
    const member = await signedInAs(app, 'member');
    expect((await member.get('/audit')).status).to.equal(403);
    expect((await member.post('/audit/verify', {})).status).to.equal(403);
    const visitor = await app.agent().get('/audit');
    expect([visitor.status, visitor.location]).to.deep.equal([303, '/sign-in?next=%2Faudit']);
  });
});
