/**
 * The quorum test, written once for meeting.inquorate and
 * conflict.inquorate-after-exclusions: enough voting members present, the counted
 * categories strictly more than half of them, and the chair or vice-chair present.
 */
import { categoryGroup } from './describe';
import type { CommitteeSettings } from './packs';
import type { Committee, MemberCategory, Membership } from './types';

export interface QuorumTest {
  minimumVoting: number;
  countedCategories: readonly MemberCategory[];
}

export interface QuorumOutcome {
  quorate: boolean;
  test: QuorumTest;
  votingPresent: number;
  countedPresent: number;
  /** At least the minimum number of voting members. */
  enoughVoting: boolean;
  /** The counted categories are strictly more than half of the voting members. */
  majority: boolean;
  chairOrVicePresent: boolean;
}

/** The committee's own minimum overrides the pack's default. */
export function quorumTestFor(committee: Committee, settings: CommitteeSettings): QuorumTest {
  return {
    minimumVoting: committee.quorum?.minimumVoting ?? settings.quorum.minimumVoting,
    countedCategories: settings.countedCategories,
  };
}

/** `attending`: the committee's members present, membership judged on the meeting date. */
export function assessQuorum(attending: readonly Membership[], test: QuorumTest): QuorumOutcome {
  let votingPresent = 0;
  let countedPresent = 0;
  let chairOrVicePresent = false;
  for (const member of attending) {
    if (member.role === 'chair' || member.role === 'vice-chair') chairOrVicePresent = true;
    if (!member.voting) continue;
    votingPresent++;
    if (test.countedCategories.includes(member.category)) countedPresent++;
  }
  const enoughVoting = votingPresent >= test.minimumVoting;
  const majority = 2 * countedPresent > votingPresent;
  return { quorate: enoughVoting && majority && chairOrVicePresent, test, votingPresent, countedPresent, enoughVoting, majority, chairOrVicePresent };
}

/** Counting the members at the meeting, or those left once conflicted members are set aside. */
export type Attendance = 'present' | 'remaining';

/**
 * Why a meeting was inquorate, e.g. "only 3 voting members were present (the quorum is 4);
 * neither the chair nor the vice-chair was present".
 */
export function explainInquorate(outcome: QuorumOutcome, attendance: Attendance): string {
  const { test, votingPresent, countedPresent } = outcome;
  const there = attendance === 'present' ? (votingPresent === 1 ? 'was present' : 'were present') : 'remained';
  const reasons: string[] = [];
  if (!outcome.enoughVoting) {
    reasons.push(`${votingPresent === 0 ? 'no' : `only ${votingPresent}`} voting ${votingPresent === 1 ? 'member' : 'members'} ${there} (the quorum is ${test.minimumVoting})`);
  }
  // With nobody voting, the count already says it all.
  if (votingPresent > 0 && !outcome.majority) {
    reasons.push(`${categoryGroup(test.countedCategories)} were ${countedPresent} of the ${votingPresent} voting members ${attendance}, not a majority`);
  }
  if (!outcome.chairOrVicePresent) {
    reasons.push(`neither the chair nor the vice-chair ${attendance === 'present' ? 'was present' : 'remained'}`);
  }
  return reasons.join('; ');
}
