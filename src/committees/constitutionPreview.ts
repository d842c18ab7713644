/**
 * What a change of seats would do to a committee's constitution, before it is saved: the engine checks the
 * committee as it would stand on the day the change takes effect, with the change and without it, and
 * the constitution rules that would fail only with it are what the governance lead is shown.
 */
import { currentSnapshot } from '../compliance/snapshotBuilder';
import { runCheck, type Finding, type Membership as SnapshotSeat } from '../engine';
import { packLibrary } from '../rulePacks/library';
import type { MembershipTerms } from './committee.schemas';

export interface ConstitutionEffect {
  /** The day the committee is checked on. */
  day: string;
  /** Rules that pass without the change and fail with it. */
  newlyFailing: { ruleId: string; message: string }[];
  /** Rules that fail either way. */
  stillFailing: { ruleId: string; message: string }[];
}

export interface SeatChange {
  committeeId: string;
  personId: string;
  /** The seat being changed or ended, by its start as recorded; absent for a new seat. */
  replacing?: { from: string };
  seat: MembershipTerms;
}

const constitutionFindings = (findings: readonly Finding[], committeeId: string) =>
  findings.filter((f) => f.committeeId === committeeId && f.ruleId.startsWith('constitution.')).map((f) => ({ ruleId: f.ruleId, message: f.message }));

export async function constitutionEffect(change: SeatChange, day: string): Promise<ConstitutionEffect> {
  const [snapshot, { packs }] = await Promise.all([currentSnapshot(day), packLibrary()]);
  const check = (members: SnapshotSeat[] | undefined) => {
    const changed = { ...snapshot, committees: snapshot.committees.map((c) => (c.id === change.committeeId && members ? { ...c, members } : c)) };
    const result = runCheck(changed, packs, { asAt: day });
    return result.ok ? constitutionFindings(result.document.findings, change.committeeId) : [];
  };
  const committee = snapshot.committees.find((c) => c.id === change.committeeId);
  const others = (committee?.members ?? []).filter((m) => !(change.replacing && m.personId === change.personId && m.from === change.replacing.from));
  const before = check(undefined);
  const after = check([...others, { personId: change.personId, ...change.seat } as SnapshotSeat]);
  const failedBefore = new Set(before.map((f) => f.message));
  return { day, newlyFailing: after.filter((f) => !failedBefore.has(f.message)), stillFailing: after.filter((f) => failedBefore.has(f.message)) };
}
