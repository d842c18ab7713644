/**
 * The briefing's sentences. It speaks to a chair planning a meeting, so it is in the
 * present and future tense, unlike the findings, which report what happened. The
 * numbers come from the one quorum test (quorum.ts); only the words are here.
 */
import { capitalise, categoryGroup, listJoin, plural } from './describe';
import { quorumShortfalls, type AttendanceWords, type QuorumOutcome } from './quorum';
import type { MemberCategory, MemberRole } from './types';

/** `present`: who the meeting recorded as present; `expected`: every member, as nobody is recorded yet. */
export type AttendanceBasis = 'present' | 'expected';

const quoted = (titles: readonly string[]) => listJoin(titles.map((t) => `'${t}'`));

function members(count: number): string {
  return count === 1 ? 'voting member' : 'voting members';
}

/** Who is there before the meeting: "is present", "are expected". */
function beforeTheMeeting(basis: AttendanceBasis): AttendanceWords {
  return { there: (n) => `${n === 1 ? 'is' : 'are'} ${basis}`, adjective: basis, were: 'are', had: 'has' };
}

/** Who would be left once the conflicted withdraw. */
const ONCE_THEY_WITHDRAW: AttendanceWords = { there: () => 'would remain', adjective: 'remaining', were: 'would be', had: 'has' };

/** "5 voting members (the quorum is 4)", "only 3 voting members": the verdict after it says what falls short. */
function leaving(after: QuorumOutcome): string {
  const { votingPresent: voting, test } = after;
  if (voting === 0) return 'no voting members';
  if (!after.enoughVoting) return `only ${voting} ${members(voting)}`;
  return test.minimumVoting === null ? `${voting} ${members(voting)}` : `${voting} ${members(voting)} (the quorum is ${test.minimumVoting})`;
}

function majorityAfter(before: QuorumOutcome, after: QuorumOutcome): string {
  const standing = after.majority ? (before.majority ? 'still a majority' : 'a majority') : before.majority ? 'no longer a majority' : 'not a majority';
  return `${capitalise(categoryGroup(after.test.countedCategories))} would be ${after.countedPresent} of those ${after.votingPresent}, ${standing}.`;
}

export interface QuorumReasonsInput {
  basis: AttendanceBasis;
  before: QuorumOutcome;
  after: QuorumOutcome;
  /** Names of the conflicted members, sorted. */
  withdrawing: string[];
  /** The chair's and vice-chair's names when they attend, else null. */
  chair: string | null;
  chairWithdraws: boolean;
  vice: string | null;
  viceWithdraws: boolean;
}

/** Who takes the chair when the person who would chair the item is conflicted. */
function chairSentence({ basis, chair, chairWithdraws, vice, viceWithdraws }: QuorumReasonsInput): string | null {
  const nobody = 'so nobody can take the chair for this item';
  if (chair !== null && chairWithdraws) {
    if (vice !== null && !viceWithdraws) return `The chair, ${chair}, is conflicted, so the vice-chair, ${vice}, must take the chair for this item.`;
    if (vice !== null) return `The chair, ${chair}, and the vice-chair, ${vice}, are both conflicted, ${nobody}.`;
    return `The chair, ${chair}, is conflicted and the vice-chair is not ${basis}, ${nobody}.`;
  }
  if (chair === null && vice !== null && viceWithdraws) return `The vice-chair, ${vice}, is conflicted and the chair is not ${basis}, ${nobody}.`;
  return null;
}

/** The quorum after withdrawal, in sentences: who withdraws, what that leaves, who chairs, and the verdict. */
export function quorumReasons(input: QuorumReasonsInput): string[] {
  const { basis, before, after, withdrawing } = input;
  const reasons: string[] = [];
  if (!before.quorate) {
    reasons.push(`The meeting ${basis === 'expected' ? 'will not be' : 'is not'} quorate even before anyone withdraws: ${quorumShortfalls(before, beforeTheMeeting(basis))}.`);
  }
  if (withdrawing.length === 0) {
    reasons.push(`Nobody ${basis} holds an interest in the organisations this decision affects, so nobody needs to withdraw.`);
    if (before.quorate) reasons.push(basis === 'expected' ? 'If every member comes, the meeting will be quorate for this item.' : 'The meeting is quorate for this item.');
    return reasons;
  }
  reasons.push(`${listJoin(withdrawing)} should withdraw, leaving ${leaving(after)}.`);
  if (after.votingPresent > 0 && after.test.countedMajority) reasons.push(majorityAfter(before, after));
  const chair = chairSentence(input);
  if (chair) reasons.push(chair);
  if (after.quorate) reasons.push('The meeting stays quorate for this item once they withdraw.');
  else reasons.push(`Without them the meeting would not be quorate for this item: ${quorumShortfalls(after, ONCE_THEY_WITHDRAW)}. The decision should be deferred or referred.`);
  return reasons;
}

/** What a conflicted member should do; `takesTheChair` names who chairs instead when they would have chaired. */
export function conflictAdvice(member: { voting: boolean; role: MemberRole }, takesTheChair: string | null | undefined): string {
  const part = member.voting ? 'take no part in the discussion or the vote' : 'take no part in the discussion';
  const advice = [`Declare the interest when the item starts, ${part}, and normally leave the room until it has been decided.`];
  if (takesTheChair === null) advice.push('Nobody remains who can take the chair, so the item cannot go ahead as planned.');
  else if (takesTheChair !== undefined) advice.push(`Hand the chair to ${takesTheChair} for this item.`);
  return advice.join(' ');
}

export function nameMatchAdvice(name: string, declaredName: string, organisations: readonly string[]): string {
  return `Ask ${name} whether '${declaredName}' is ${listJoin(organisations)}. If it is, link the declaration to the organisation and treat it as a conflict.`;
}

/** What summarySentences reads about each item. */
interface ItemFacts {
  itemId: string;
  title: string;
  conflicted: { role: MemberRole }[];
  quorum: { chairedBy: { role: MemberRole } | null; countedCategories: MemberCategory[] } | null;
}

interface SummaryFacts {
  decisionItems: number;
  itemsWithConflicts: number;
  conflictedPeople: { name: string; items: number }[];
  possibleNameMatches: number;
  itemsInquorateAfterWithdrawal: string[];
  itemsLosingMajority: string[];
  itemsWhereChairWithdraws: string[];
  quorateNow: boolean | null;
}

/** The meeting in a few sentences, most pressing first. */
export function summarySentences(summary: SummaryFacts, items: readonly ItemFacts[], basis: AttendanceBasis): string[] {
  if (summary.decisionItems === 0) return ['No agenda item proposes a decision, so there are no conflicts to plan for.'];
  const titles = (ids: readonly string[]) => quoted(items.filter((item) => ids.includes(item.itemId)).map((item) => item.title));
  const sentences: string[] = [];
  if (summary.quorateNow === false) {
    sentences.push(basis === 'expected' ? 'The meeting will not be quorate even if every member comes.' : 'The meeting is not quorate with the members recorded as present.');
  }
  const proposed = plural(summary.decisionItems, 'item proposes', 'items propose');
  if (summary.itemsWithConflicts === 0) {
    sentences.push(`${proposed} a decision; nobody ${basis} holds an interest in the organisations ${summary.decisionItems === 1 ? 'it affects' : 'they affect'}.`);
  } else if (summary.decisionItems === 1) {
    sentences.push(`${proposed} a decision, and it has conflicts: ${listJoin(summary.conflictedPeople.map((p) => p.name))} should withdraw from it.`);
  } else {
    const people = summary.conflictedPeople.map((p) => `${p.name} (${plural(p.items, 'item')})`);
    sentences.push(`${proposed} a decision, ${summary.itemsWithConflicts} of them with conflicts: ${listJoin(people)} should withdraw.`);
  }
  if (summary.itemsInquorateAfterWithdrawal.length > 0) {
    sentences.push(`Once the conflicted members withdraw, the meeting would not be quorate for ${titles(summary.itemsInquorateAfterWithdrawal)}: plan to defer or refer ${summary.itemsInquorateAfterWithdrawal.length === 1 ? 'that decision' : 'those decisions'}.`);
  }
  if (summary.itemsLosingMajority.length > 0) {
    const group = categoryGroup(items.find((item) => item.quorum)?.quorum?.countedCategories ?? []);
    sentences.push(`Without the conflicted members, ${group} would no longer be a majority for ${titles(summary.itemsLosingMajority)}.`);
  }
  const chairConflicted = items.filter((item) => summary.itemsWhereChairWithdraws.includes(item.itemId));
  const nobodyToChair = chairConflicted.filter((item) => item.quorum?.chairedBy === null);
  const handedOver = chairConflicted.filter((item) => !nobodyToChair.includes(item));
  const them = (list: readonly ItemFacts[]) => (list.length === 1 ? 'it' : 'them');
  if (handedOver.length > 0) {
    sentences.push(`The chair is conflicted on ${quoted(handedOver.map((i) => i.title))}: the vice-chair must take the chair for ${them(handedOver)}.`);
  }
  if (nobodyToChair.length > 0) {
    sentences.push(`The chair is conflicted on ${quoted(nobodyToChair.map((i) => i.title))}, and nobody remains who can take the chair for ${them(nobodyToChair)}.`);
  }
  if (summary.possibleNameMatches > 0) {
    sentences.push(`${plural(summary.possibleNameMatches, 'declaration names', 'declarations name')} an organisation only in words that match one the meeting will decide on: check ${summary.possibleNameMatches === 1 ? 'it' : 'them'} before the meeting.`);
  }
  return sentences;
}
