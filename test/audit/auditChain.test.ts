import { expect } from 'chai';
import { appendAuditEvent, SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { verifyAuditChain } from '../../src/audit/verifyChain';
import { useDatabase } from '../support/database';

async function fiveEvents() {
  for (let i = 1; i <= 5; i++) {
    await appendAuditEvent({ actor: SYSTEM_ACTOR, action: 'declaration.updated', recordType: 'declaration', recordId: `d-${i}`, before: { n: i - 1 }, after: { n: i } });
  }
}

describe('The hash-chained audit trail', () => {
  useDatabase();

  it('when nothing was tampered with, then verify reports it intact with the count and head', async () => {
    await fiveEvents();
    const head = await AuditEventModel.findOne({ seq: 5 }).lean();
    expect(await verifyAuditChain()).to.deep.equal({ intact: true, events: 5, head: head?.hash });
  });

  it('when many writers append at once, then the chain stays one unbroken line', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => appendAuditEvent({ actor: SYSTEM_ACTOR, action: 'x.created', recordType: 'x', recordId: String(i), before: null, after: { i } })),
    );
    const verdict = await verifyAuditChain();
    expect(verdict).to.include({ intact: true, events: 20 });
    expect((await AuditEventModel.find().sort({ seq: 1 }).lean()).map((e) => e.seq)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('when an event\'s content is altered, then verify names that event as altered', async () => {
    await fiveEvents();
    const third = await AuditEventModel.findOne({ seq: 3 }).lean();
    await AuditEventModel.updateOne({ seq: 3 }, { $set: { body: third!.body.replace('"n":3', '"n":30') } });
    expect(await verifyAuditChain()).to.include({ intact: false, brokenAt: 3, problem: 'altered' });
  });

  it('when only a filter field is altered (the actor shown), then verify still finds it', async () => {
    await fiveEvents();
    await AuditEventModel.updateOne({ seq: 2 }, { $set: { actorName: 'Someone else' } });
    expect(await verifyAuditChain()).to.include({ intact: false, brokenAt: 2, problem: 'altered' });
  });

  it('when an event is removed, then verify reports the gap', async () => {
    await fiveEvents();
    await AuditEventModel.deleteOne({ seq: 3 });
    const verdict = await verifyAuditChain();
    expect(verdict).to.include({ intact: false, brokenAt: 4, problem: 'removed' });
  });

  it('when two events swap places, then verify reports them reordered', async () => {
    await fiveEvents();
    await AuditEventModel.updateOne({ seq: 3 }, { $set: { seq: 300 } });
    await AuditEventModel.updateOne({ seq: 4 }, { $set: { seq: 3 } });
    await AuditEventModel.updateOne({ seq: 300 }, { $set: { seq: 4 } });
    expect(await verifyAuditChain()).to.include({ intact: false, brokenAt: 3, problem: 'reordered' });
  });
});
