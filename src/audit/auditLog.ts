import { createHash } from 'node:crypto';
import { AuditEventModel } from './auditEvent.model';
import { canonicalJson } from './canonicalJson';

export interface Actor {
  personId: string | null;
  name: string;
  role: string;
}

export const SYSTEM_ACTOR: Actor = { personId: null, name: 'system', role: 'system' };

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actor: Actor;
  action: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

export function chainHash(prevHash: string, body: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number }).code === 11000;
}

/**
 * Appends an event at the head of the chain. The unique index on `seq` makes concurrent appends
 * (two requests, two app instances) take turns: the loser re-reads the head and tries again.
 */
export async function appendAuditEvent(entry: AuditEntry): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const head = await AuditEventModel.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean();
    const seq = head ? head.seq + 1 : 1;
    const prevHash = head ? head.hash : GENESIS_HASH;
    const at = new Date();
    const body = canonicalJson({ seq, at, ...entry });
    try {
      await AuditEventModel.create({
        seq,
        at,
        actorId: entry.actor.personId,
        actorName: entry.actor.name,
        action: entry.action,
        recordType: entry.recordType,
        recordId: entry.recordId,
        body,
        prevHash,
        hash: chainHash(prevHash, body),
      });
      return;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  throw new Error('Could not append to the audit trail: too many concurrent writers');
}

export async function auditChainHead(): Promise<{ seq: number; hash: string }> {
  const head = await AuditEventModel.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean();
  return head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
}
