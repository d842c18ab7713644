/**
 * The conflicts briefing for a meeting, for the chair to plan before the day: for each
 * agenda item with a proposed decision, who holds an interest in the organisations it
 * affects (and who only possibly does, by name), what the pack's guidance says they
 * should do, and whether the meeting stays quorate, with its majority, once the
 * conflicted members withdraw.
 *
 * It asks the same questions as the conflict rules, through the same code: interests.ts
 * decides who is conflicted, quorum.ts applies the one quorum test, so the briefing and
 * the check that follows the meeting cannot disagree.
 */
import type { RuleId } from './catalogue';
import { CheckInputError } from './check';
import { conflictAdvice, nameMatchAdvice, quorumReasons, summarySentences, type AttendanceBasis } from './briefingWording';
import { compareStrings, indirectHolder } from './describe';
import { membersOn, SnapshotIndex } from './indexes';
import { interestsInDecision, type MemberInterests } from './interests';
import { planRules, type RulePack, type RuleSet } from './packs';
import { assessQuorum, quorumTestFor, type QuorumOutcome, type QuorumTest } from './quorum';
import type { Decision, DeclarationType, HeldBy, IsoDate, Meeting, MemberCategory, MemberRole, Membership, Snapshot } from './types';


export interface BriefingOptions {
  /** As for check(): use exactly these packs instead of the committee's own. */
  packIds?: readonly string[];
}

export interface BriefedPerson {
  personId: string;
  name: string;
  category: MemberCategory;
  role: MemberRole;
  voting: boolean;
}

export interface BriefedInterest {
  declarationId: string;
  type: DeclarationType;
  description: string | null;
  organisationId: string | null;
  /** The organisation's name. */
  organisation: string | null;
  heldBy: HeldBy;
  /** "their spouse or partner"; null for the person's own interest. */
  heldThrough: string | null;
  /** What the person declared they do to manage it. */
  actionTaken: string | null;
  from: IsoDate | null;
  declaredOn: IsoDate;
}

export interface ConflictedMember extends BriefedPerson {
  interests: BriefedInterest[];
  /** What they should do at the meeting, in a sentence or two. */
  advice: string;
}

export interface PossibleNameMatch extends BriefedPerson {
  declarationId: string;
  description: string | null;
  /** The organisation name as the person wrote it. */
  declaredName: string;
  /** The affected organisations it may be. */
  matches: { organisationId: string; name: string }[];
  advice: string;
}

export interface GuidanceNote {
  ruleId: RuleId;
  text: string;
}

export interface ItemQuorum {
  quorateNow: boolean;
  quorateAfterWithdrawal: boolean;
  majorityNow: boolean;
  majorityAfterWithdrawal: boolean;
  votingPresentBefore: number;
  votingPresentAfter: number;
  countedBefore: number;
  countedAfter: number;
  /** The committee's voting members on the meeting date, present or not. */
  votingMembers: number;
  minimumVoting: number | null;
  countedCategories: MemberCategory[];
  /** The quorum's `present` requirements, counted among the voting members left after withdrawal. */
  presentAfterWithdrawal: { requirementId: string; label: string; min: number; count: number; met: boolean }[];
  /** After withdrawal. */
  chairOrViceChairPresent: boolean;
  /** Who chairs the item once the conflicted withdraw: the chair, else the vice-chair, else nobody. */
  chairedBy: BriefedPerson | null;
  /** Plain-English sentences: who withdraws and what that leaves. */
  reasons: string[];
}

export interface BriefedDecision {
  id: string;
  title: string;
  kind: Decision['kind'];
  valueGBP: number | null;
  date: IsoDate;
  affectedOrganisations: { id: string; name: string }[];
  /** A scheme paying every GP practice of this organisation. */
  allPracticesOf: { id: string; name: string } | null;
}

export interface BriefingItem {
  itemId: string;
  title: string;
  decision: BriefedDecision;
  conflicted: ConflictedMember[];
  /** Looked for when the pack enables conflict.possible-name-match, as the check does. */
  nameMatches: PossibleNameMatch[];
  /** The pack's guidance for what this item raises. */
  guidance: GuidanceNote[];
  /** null when the committee's pack has no quorum rule. */
  quorum: ItemQuorum | null;
}

export interface BriefingSummary {
  decisionItems: number;
  itemsWithConflicts: number;
  /** Everyone who must withdraw from at least one item, with how many. */
  conflictedPeople: { personId: string; name: string; items: number }[];
  possibleNameMatches: number;
  /** Item ids. */
  itemsInquorateAfterWithdrawal: string[];
  itemsLosingMajority: string[];
  itemsWhereChairWithdraws: string[];
  /** Before anyone withdraws; null when the pack has no quorum rule. */
  quorateNow: boolean | null;
  sentences: string[];
}

export interface Briefing {
  meeting: { id: string; date: IsoDate; committeeId: string; committeeName: string };
  /** `expected`: nobody is recorded as present yet, so every member on the meeting date is assumed to come. */
  attendance: { basis: AttendanceBasis; members: BriefedPerson[] };
  quorumTest: QuorumTest | null;
  items: BriefingItem[];
  summary: BriefingSummary;
}

/** What every item of one meeting's briefing shares. */
interface MeetingView {
  index: SnapshotIndex;
  rules: RuleSet;
  attending: Membership[];
  basis: AttendanceBasis;
  quorumTest: QuorumTest | null;
  /** The quorum test on everyone attending, before anyone withdraws (null: the pack has no quorum rule). */
  before: QuorumOutcome | null;
  /** The committee's voting members on the meeting date: majorityOfVoting's denominator, before and after. */
  votingMembers: number;
}

/**
 * Briefs the meeting `meetingId` of a snapshot that passed validateSnapshot. Throws
 * CheckInputError for an unknown meeting or a pack that is not in `packs`.
 */
export function briefMeeting(snapshot: Snapshot, packs: readonly RulePack[], meetingId: string, options: BriefingOptions = {}): Briefing {
  const index = new SnapshotIndex(snapshot);
  const meeting = index.meetings.get(meetingId);
  const committee = meeting && index.committees.get(meeting.committeeId);
  if (!meeting || !committee) throw new CheckInputError([{ path: 'meetingId', message: `no meeting "${meetingId}" of a known committee in the snapshot` }]);
  const plan = planRules(snapshot, packs, options.packIds);
  if (!plan.ok) throw new CheckInputError(plan.errors);
  const rules = plan.plan.committees.get(committee.id);
  if (!rules) throw new CheckInputError([{ path: 'meetingId', message: `the committee "${committee.id}" has no rule pack` }]);

  // Quorum settings come from whichever quorum rule the pack enables: both read the same committee settings.
  const quorumRule = rules.get('conflict.inquorate-after-exclusions') ?? rules.get('meeting.inquorate');
  const quorumTest = quorumRule ? quorumTestFor(committee, quorumRule.committee) : null;
  const basis: AttendanceBasis = meeting.present.length > 0 ? 'present' : 'expected';
  const attending = basis === 'present' ? index.attendance(meeting) : membersOn(committee, meeting.date);
  const votingMembers = index.votingMembersAt(meeting);
  const before = quorumTest && assessQuorum(attending, quorumTest, votingMembers);
  const view: MeetingView = { index, rules, attending, basis, quorumTest, before, votingMembers };

  const items = decisionItems(snapshot, meeting).map(({ itemId, title, decision }) => briefItem(view, itemId, title, decision));
  return {
    meeting: { id: meeting.id, date: meeting.date, committeeId: committee.id, committeeName: committee.name },
    attendance: { basis, members: sortedByName(view.attending.map((m) => person(index, m))) },
    quorumTest: view.quorumTest,
    items,
    summary: summarise(items, basis, view.before?.quorate ?? null),
  };
}

/** The meeting's agenda items that record a decision of the snapshot, in agenda order. */
function decisionItems(snapshot: Snapshot, meeting: Meeting): { itemId: string; title: string; decision: Decision }[] {
  const decisions = new Map(snapshot.decisions.filter((d) => d.meetingId === meeting.id).map((d) => [d.id, d]));
  return (meeting.items ?? []).flatMap((item) => {
    const decision = item.decisionId != null ? decisions.get(item.decisionId) : undefined;
    return decision ? [{ itemId: item.id, title: item.title, decision }] : [];
  });
}

function briefItem(view: MeetingView, itemId: string, title: string, decision: Decision): BriefingItem {
  const { index, rules } = view;
  const found = interestsInDecision(index, decision, view.attending, { nameMatches: rules.get('conflict.possible-name-match') !== undefined });
  // Only interests linked by organisation id make a member withdraw; a name match is for a person to check.
  const conflictedFound = found.filter((f) => f.conflicts.length > 0);
  const withdrawing = conflictedFound.map((f) => f.member);
  const remaining = view.attending.filter((m) => !withdrawing.includes(m));
  const chairedBefore = chairOf(view.attending);
  const chairedBy = chairOf(remaining);

  const quorum = view.quorumTest && view.before && itemQuorum(view, view.before, assessQuorum(remaining, view.quorumTest, view.votingMembers), withdrawing, chairedBy);
  // Only the member who would have chaired is told who takes over (null: nobody can).
  const takesTheChair = (member: Membership) => (member !== chairedBefore ? undefined : chairedBy && index.personName(chairedBy.personId));
  const conflicted = sortedByName(conflictedFound.map((f) => conflictedMember(index, f, takesTheChair(f.member))));
  const nameMatches = sortedByName(found.flatMap((f) => possibleNameMatches(index, f)));
  return {
    itemId,
    title,
    decision: briefedDecision(index, decision),
    conflicted,
    nameMatches,
    guidance: guidanceFor(rules, conflicted.length > 0, nameMatches.length > 0, quorum !== null && !quorum.quorateAfterWithdrawal),
    quorum,
  };
}

function itemQuorum(view: MeetingView, before: QuorumOutcome, after: QuorumOutcome, withdrawing: Membership[], chairedBy: Membership | null): ItemQuorum {
  const chair = view.attending.find((m) => m.role === 'chair') ?? null;
  const vice = view.attending.find((m) => m.role === 'vice-chair') ?? null;
  const name = (m: Membership | null) => (m ? view.index.personName(m.personId) : null);
  return {
    quorateNow: before.quorate,
    quorateAfterWithdrawal: after.quorate,
    majorityNow: before.majority,
    majorityAfterWithdrawal: after.majority,
    votingPresentBefore: before.votingPresent,
    votingPresentAfter: after.votingPresent,
    countedBefore: before.countedPresent,
    countedAfter: after.countedPresent,
    votingMembers: after.votingMembers,
    minimumVoting: before.test.minimumVoting,
    countedCategories: [...before.test.countedCategories],
    presentAfterWithdrawal: after.present.map(({ requirement, count, met }) => ({ requirementId: requirement.id, label: requirement.label, min: requirement.min ?? 0, count, met })),
    chairOrViceChairPresent: after.chairOrVicePresent,
    chairedBy: chairedBy && person(view.index, chairedBy),
    reasons: quorumReasons({
      basis: view.basis,
      before,
      after,
      withdrawing: withdrawing.map((m) => view.index.personName(m.personId)).sort(compareStrings),
      chair: name(chair),
      chairWithdraws: chair !== null && withdrawing.includes(chair),
      vice: name(vice),
      viceWithdraws: vice !== null && withdrawing.includes(vice),
    }),
  };
}

/** Who chairs: the chair, or in their absence the vice-chair. */
function chairOf(attending: readonly Membership[]): Membership | null {
  return attending.find((m) => m.role === 'chair') ?? attending.find((m) => m.role === 'vice-chair') ?? null;
}

function person(index: SnapshotIndex, member: Membership): BriefedPerson {
  const { personId, category, role, voting } = member;
  return { personId, name: index.personName(personId), category, role, voting };
}

function sortedByName<T extends { name: string; personId: string }>(people: T[]): T[] {
  return people.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.personId, b.personId));
}

function conflictedMember(index: SnapshotIndex, found: MemberInterests, takesTheChair: string | null | undefined): ConflictedMember {
  const who = person(index, found.member);
  return {
    ...who,
    interests: found.conflicts.map((d) => ({
      declarationId: d.id,
      type: d.type,
      description: d.description?.trim() || null,
      organisationId: d.organisationId ?? null,
      organisation: index.interestOrganisation(d),
      heldBy: d.heldBy ?? 'self',
      heldThrough: indirectHolder(d),
      actionTaken: d.actionTaken?.trim() || null,
      from: d.from ?? null,
      declaredOn: d.declaredOn,
    })),
    advice: conflictAdvice(who, takesTheChair),
  };
}

function possibleNameMatches(index: SnapshotIndex, found: MemberInterests): PossibleNameMatch[] {
  const who = person(index, found.member);
  return found.nameMatches.map(({ declaration, organisations }) => {
    const declaredName = declaration.organisationName ?? '';
    const matches = organisations.map((o) => ({ organisationId: o.id, name: o.name }));
    return {
      ...who,
      declarationId: declaration.id,
      description: declaration.description?.trim() || null,
      declaredName,
      matches,
      advice: nameMatchAdvice(who.name, declaredName, matches.map((m) => m.name)),
    };
  });
}

function briefedDecision(index: SnapshotIndex, decision: Decision): BriefedDecision {
  const named = (id: string) => ({ id, name: index.organisationName(id) });
  return {
    id: decision.id,
    title: decision.title,
    kind: decision.kind,
    valueGBP: decision.valueGBP ?? null,
    date: decision.date,
    affectedOrganisations: decision.affectedOrganisationIds.map(named),
    allPracticesOf: decision.affectsAllPracticesOf != null ? named(decision.affectsAllPracticesOf) : null,
  };
}

/** The guidance of the pack's conflict rules that this item raises, in the order a chair acts on them. */
function guidanceFor(rules: RuleSet, conflicted: boolean, nameMatched: boolean, inquorate: boolean): GuidanceNote[] {
  const raised: RuleId[] = [
    ...(conflicted ? (['conflict.voted-while-conflicted', 'conflict.managed'] as const) : []),
    ...(inquorate ? (['conflict.inquorate-after-exclusions'] as const) : []),
    ...(nameMatched ? (['conflict.possible-name-match'] as const) : []),
  ];
  return raised.flatMap((ruleId) => {
    const rule = rules.get(ruleId);
    return rule ? [{ ruleId, text: rule.guidance }] : [];
  });
}

function summarise(items: BriefingItem[], basis: AttendanceBasis, quorateNow: boolean | null): BriefingSummary {
  const people = new Map<string, { personId: string; name: string; items: number }>();
  for (const member of items.flatMap((item) => item.conflicted)) {
    const entry = people.get(member.personId) ?? { personId: member.personId, name: member.name, items: 0 };
    entry.items++;
    people.set(member.personId, entry);
  }
  const idsWhere = (test: (item: BriefingItem) => boolean) => items.filter(test).map((item) => item.itemId);
  const summary: Omit<BriefingSummary, 'sentences'> = {
    decisionItems: items.length,
    itemsWithConflicts: items.filter((item) => item.conflicted.length > 0).length,
    conflictedPeople: sortedByName([...people.values()]),
    possibleNameMatches: items.reduce((n, item) => n + item.nameMatches.length, 0),
    itemsInquorateAfterWithdrawal: idsWhere((item) => item.quorum !== null && item.quorum.quorateNow && !item.quorum.quorateAfterWithdrawal),
    itemsLosingMajority: idsWhere((item) => item.quorum !== null && item.quorum.majorityNow && !item.quorum.majorityAfterWithdrawal),
    itemsWhereChairWithdraws: idsWhere((item) => item.conflicted.some((m) => m.role === 'chair')),
    quorateNow,
  };
  return { ...summary, sentences: summarySentences(summary, items, basis) };
}
