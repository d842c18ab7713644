/**
 * What a change of seats would do to a committee's constitution, before it is saved: the engine checks the
 * committee as it would stand on the day the change takes effect, with the change and without it, and
 * the constitution rules that would fail only with it are what the governance lead is shown.
 */
import { constitutionSnapshot } from '../compliance/snapshotBuilder';
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

interface Failure {
  ruleId: string;
  message: string;
  /** The rule and whom or what it is about: a failure keeps it when only the counts in its message change. */
  subject: string;
}

const constitutionFindings = (findings: readonly Finding[], committeeId: string): Failure[] =>
  findings
    .filter((f) => f.committeeId === committeeId && f.ruleId.startsWith('constitution.'))
    .map((f) => ({ ruleId: f.ruleId, message: f.message, subject: [f.ruleId, f.personId ?? '', f.requirementId ?? ''].join(' ') }));

/**
 * Which failures after the change were there before it. A failure with the same words was; so was one
 * of the same rule about the same subject whose words changed ("3 of the 6 votes" becoming "2 of the
 * 5"), as long as a failure of that rule and subject before is left unaccounted for.
 */
function failingBefore(before: readonly Failure[], after: readonly Failure[]): Set<Failure> {
  const same = new Set(after.filter((f) => before.some((b) => b.message === f.message)));
  const reworded = new Map<string, number>();
  for (const b of before) if (!after.some((f) => f.message === b.message)) reworded.set(b.subject, (reworded.get(b.subject) ?? 0) + 1);
  for (const f of after) {
    const left = reworded.get(f.subject) ?? 0;
    if (same.has(f) || left === 0) continue;
    same.add(f);
    reworded.set(f.subject, left - 1);
  }
  return same;
}

const shown = ({ ruleId, message }: Failure) => ({ ruleId, message });

export async function constitutionEffect(change: SeatChange, day: string): Promise<ConstitutionEffect> {
  const [snapshot, { packs }] = await Promise.all([constitutionSnapshot(change.committeeId, day, change.personId), packLibrary()]);
  const check = (members: SnapshotSeat[] | undefined) => {
    const changed = { ...snapshot, committees: snapshot.committees.map((c) => (c.id === change.committeeId && members ? { ...c, members } : c)) };
    const result = runCheck(changed, packs, { asAt: day });
    return result.ok ? constitutionFindings(result.document.findings, change.committeeId) : [];
  };
  const committee = snapshot.committees.find((c) => c.id === change.committeeId);
  const others = (committee?.members ?? []).filter((m) => !(change.replacing && m.personId === change.personId && m.from === change.replacing.from));
  const before = check(undefined);
  const after = check([...others, { personId: change.personId, ...change.seat } as SnapshotSeat]);
  const already = failingBefore(before, after);
  return { day, newlyFailing: after.filter((f) => !already.has(f)).map(shown), stillFailing: after.filter((f) => already.has(f)).map(shown) };
}
