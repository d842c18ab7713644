import { AuditEventModel } from './auditEvent.model';
import { chainHash, GENESIS_HASH } from './auditLog';

export type ChainVerdict =
  | { intact: true; events: number; head: string }
  | { intact: false; events: number; brokenAt: number; problem: 'altered' | 'removed' | 'reordered'; reason: string };

type StoredEvent = { seq: number; at: Date; actorId?: string | null; actorName: string; action: string; recordType: string; recordId: string; commitKey: string };

/** The fields each event repeats from its body for filtering; verify checks they still agree. */
function mirroredMismatch(event: StoredEvent, body: Record<string, unknown>): string | undefined {
  const actor = (body.actor ?? {}) as Record<string, unknown>;
  const pairs: [string, unknown, unknown][] = [
    ['seq', body.seq, event.seq],
    ['time', body.at, event.at.toISOString()],
    ['actor', actor.name, event.actorName],
    ['actor id', actor.personId ?? null, event.actorId ?? null],
    ['action', body.action, event.action],
    ['record type', body.recordType, event.recordType],
    ['record id', body.recordId, event.recordId],
    ['commit key', body.commitKey, event.commitKey],
  ];
  return pairs.find(([, hashed, stored]) => hashed !== stored)?.[0];
}

/**
 * Recomputes the hash chain from the first event, streaming so any length fits in memory. Reports the
 * first event where the chain breaks: its content no longer matches its hash (altered), a sequence
 * number is missing (removed), or an event no longer follows the one before it (reordered).
 */
export async function verifyAuditChain(): Promise<ChainVerdict> {
  let previousHash = GENESIS_HASH;
  let expectedSeq = 1;
  let events = 0;
  for await (const event of AuditEventModel.find().sort({ seq: 1 }).lean().cursor()) {
    events += 1;
    const broken = (problem: 'altered' | 'removed' | 'reordered', reason: string): ChainVerdict => ({ intact: false, events, brokenAt: event.seq, problem, reason });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(event.body);
    } catch {
      return broken('altered', `event ${event.seq}: its stored content is not valid JSON`);
    }
    if (chainHash(event.prevHash, event.body) !== event.hash) {
      return broken('altered', `event ${event.seq}: its content no longer matches its hash`);
    }
    if (event.seq > expectedSeq) {
      return broken('removed', `event ${expectedSeq}${event.seq - 1 > expectedSeq ? ` to ${event.seq - 1}` : ''} missing before event ${event.seq}`);
    }
    if (event.prevHash !== previousHash) {
      return broken('reordered', `event ${event.seq}: it does not follow event ${event.seq - 1} (its link to the previous event points elsewhere)`);
    }
    const mismatch = mirroredMismatch(event, body);
    if (mismatch) return broken('altered', `event ${event.seq}: its ${mismatch} differs from what was hashed`);
    previousHash = event.hash;
    expectedSeq = event.seq + 1;
  }
  return { intact: true, events, head: previousHash };
}

/** The verdict in one line, the same on the audit page and from `coi audit verify`. */
export function describeVerdict(verdict: ChainVerdict): string {
  return verdict.intact
    ? `intact: ${verdict.events} events, head ${verdict.head}`
    : `broken at event ${verdict.brokenAt} (${verdict.problem}): ${verdict.reason}`;
}
