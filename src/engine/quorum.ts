/**
 * The quorum test, written once for meeting.inquorate, conflict.inquorate-after-exclusions
 * and the conflicts briefing. Its settings come from the pack's `committee.quorum`, each one
 * overridden by the committee's own: enough voting members present (`minimumVoting`), more
 * than half of the committee's voting members present (`majorityOfVoting`), the counted
 * categories strictly more than half of the voting members present (`countedMajority`), the
 * chair or vice-chair present (`chairOrViceChair`), and each `present` requirement met among
 * the voting members present.
 */
import { capitalise, categoryGroup, compareStrings, countOf, listJoin } from './describe';
import type { CommitteeSettings } from './packs';
import { matchingCount } from './requirements';
import type { Committee, MemberCategory, Membership, Requirement } from './types';

export interface QuorumTest {
  /** null: no minimum number. */
  minimumVoting: number | null;
  majorityOfVoting: boolean;
  countedMajority: boolean;
  chairOrViceChair: boolean;
  countedCategories: readonly MemberCategory[];
  present: readonly Requirement[];
}

export interface PresentRequirementOutcome {
  requirement: Requirement;
  /** Voting members present who match it. */
  count: number;
  met: boolean;
}

export interface QuorumOutcome {
  quorate: boolean;
  test: QuorumTest;
  votingPresent: number;
  countedPresent: number;
  /** The committee's voting members on the meeting date, present or not: majorityOfVoting's denominator. */
  votingMembers: number;
  /** At least the minimum number of voting members (true when the test sets none). */
  enoughVoting: boolean;
  /** More than half of the committee's voting members are present (true when the test does not ask). */
  majorityOfVotingPresent: boolean;
  /** The counted categories are strictly more than half of the voting members present (true when the test does not ask). */
  majority: boolean;
  /** A fact, whether or not the test asks for it. */
  chairOrVicePresent: boolean;
  present: PresentRequirementOutcome[];
}

/**
 * Each setting the committee's own quorum holds overrides the pack's; the rest take their defaults. A
 * committee with no quorum of its own (`{}`) gets the pack's.
 */
export function quorumTestFor(committee: Pick<Committee, 'quorum'>, settings: CommitteeSettings): QuorumTest {
  const own = committee.quorum ?? {};
  const pack = settings.quorum ?? {};
  return {
    minimumVoting: own.minimumVoting ?? pack.minimumVoting ?? null,
    majorityOfVoting: own.majorityOfVoting ?? pack.majorityOfVoting ?? false,
    countedMajority: own.countedMajority ?? pack.countedMajority ?? true,
    chairOrViceChair: own.chairOrViceChair ?? pack.chairOrViceChair ?? true,
    countedCategories: settings.countedCategories ?? [],
    present: own.present ?? pack.present ?? [],
  };
}

/**
 * `attending`: the committee's members present (or remaining), membership judged on the meeting date;
 * `votingMembers`: how many voting members the committee had that day, present or not.
 */
export function assessQuorum(attending: readonly Membership[], test: QuorumTest, votingMembers: number): QuorumOutcome {
  let votingPresent = 0;
  let countedPresent = 0;
  let chairOrVicePresent = false;
  const voting: Membership[] = [];
  for (const member of attending) {
    if (member.role === 'chair' || member.role === 'vice-chair') chairOrVicePresent = true;
    if (!member.voting) continue;
    voting.push(member);
    votingPresent++;
    if (test.countedCategories.includes(member.category)) countedPresent++;
  }
  const enoughVoting = test.minimumVoting === null || votingPresent >= test.minimumVoting;
  const majorityOfVotingPresent = !test.majorityOfVoting || 2 * votingPresent > votingMembers;
  const majority = !test.countedMajority || 2 * countedPresent > votingPresent;
  const present = test.present.map((requirement) => {
    const count = matchingCount(voting, requirement);
    return { requirement, count, met: count >= (requirement.min ?? 0) };
  });
  const quorate = enoughVoting && majorityOfVotingPresent && majority && (!test.chairOrViceChair || chairOrVicePresent) && present.every((p) => p.met);
  return { quorate, test, votingPresent, countedPresent, votingMembers, enoughVoting, majorityOfVotingPresent, majority, chairOrVicePresent, present };
}

/**
 * How a tense speaks of who is there: at the meeting ("was present"), once the conflicted are set
 * aside ("remained"), or before the meeting ("is expected").
 */
export interface AttendanceWords {
  /** "was present", "were present", "remained", "are expected" for a count of people. */
  there(count: number): string;
  /** After "the voting members": "present", "remaining", "expected". */
  adjective: string;
  /** "were" or "are": the counted categories "were 2 of the 5 voting members present". */
  were: string;
  /** "had" or "has": the committee "had no voting members". */
  had: string;
}

const past = (verb: (count: number) => string, adjective: string): AttendanceWords => ({ there: verb, adjective, were: 'were', had: 'had' });

/** Counting the members at the meeting, or those left once conflicted members are set aside. */
export const AT_THE_MEETING = past((n) => (n === 1 ? 'was present' : 'were present'), 'present');
export const ONCE_WITHDRAWN = past(() => 'remained', 'remaining');

/**
 * Every setting the outcome fails, in words, e.g. "only 3 voting members were present (the quorum is 4);
 * neither the chair nor the vice-chair was present; no executive directors were present (the quorum
 * needs at least 1)".
 */
export function quorumShortfalls(outcome: QuorumOutcome, words: AttendanceWords): string {
  const { test, votingPresent, countedPresent, votingMembers } = outcome;
  const reasons: string[] = [];
  if (!outcome.enoughVoting) {
    reasons.push(`${votingPresent === 0 ? 'no' : `only ${votingPresent}`} voting ${votingPresent === 1 ? 'member' : 'members'} ${words.there(votingPresent)} (the quorum is ${test.minimumVoting})`);
  }
  if (!outcome.majorityOfVotingPresent) {
    reasons.push(
      votingMembers === 0
        ? `the committee ${words.had} no voting members, so a majority of them cannot be present`
        : `${votingPresent === 0 ? 'none' : `only ${votingPresent}`} of the committee's ${votingMembers} voting members ${words.there(votingPresent === 1 ? 1 : 2)}, not more than half`,
    );
  }
  // With nobody voting, the count already says it all.
  if (votingPresent > 0 && !outcome.majority) {
    reasons.push(`${categoryGroup(test.countedCategories)} ${words.were} ${countedPresent} of the ${votingPresent} voting members ${words.adjective}, not a majority`);
  }
  if (test.chairOrViceChair && !outcome.chairOrVicePresent) {
    reasons.push(`neither the chair nor the vice-chair ${words.there(1)}`);
  }
  // In id order, so the order a committee lists them in never changes a finding.
  const unmet = outcome.present.filter((p) => !p.met).sort((a, b) => compareStrings(a.requirement.id, b.requirement.id));
  for (const { requirement, count } of unmet) {
    reasons.push(`${count === 0 ? '' : 'only '}${countOf(count, requirement.label)} ${words.there(count)} (the quorum needs at least ${requirement.min})`);
  }
  return reasons.join('; ');
}

/** "at least 1 executive director", "at least 2 independent non-executive members". */
function atLeast(requirement: Requirement): string {
  return `at least ${countOf(requirement.min ?? 0, requirement.label)}`;
}

/**
 * The quorum a test asks for, in a sentence: "At least 4 voting members, of whom lay and executive
 * members are a majority, with the chair or vice-chair present."
 */
export function describeQuorum(test: QuorumTest): string {
  const size = [
    ...(test.minimumVoting !== null ? [`at least ${test.minimumVoting} voting members`] : []),
    ...(test.majorityOfVoting ? [`more than half of the committee's voting members`] : []),
  ];
  const parts = [size.length > 0 ? listJoin(size) : 'any number of voting members'];
  if (test.countedMajority) parts.push(`of whom ${categoryGroup(test.countedCategories)} are a majority`);
  if (test.present.length > 0) parts.push(`including ${listJoin(test.present.map(atLeast))}`);
  if (test.chairOrViceChair) parts.push('with the chair or vice-chair present');
  return `${capitalise(parts.join(', '))}.`;
}
