/**
 * conflict.*: for each decision taken on or before `asAt`, cross-check the members
 * present at its meeting against what they had declared. Who counts as conflicted, and
 * what is only a possible name match, is decided by interests.ts (shared with the briefing).
 */
import type { CheckContext } from './context';
import { longDate } from './dates';
import { decisionReference, declarationLabel, distinctSorted, indirectHolder, listJoin } from './describe';
import type { SnapshotIndex } from './indexes';
import { actionOf, interestsInDecision, recordedActions, type MemberInterests } from './interests';
import type { ActiveRule, RuleSet } from './packs';
import { assessQuorum, ONCE_WITHDRAWN, quorumShortfalls, quorumTestFor } from './quorum';
import type { Committee, Decision, Declaration, Meeting, Membership, ParticipationAction } from './types';

/** "a declared interest in Example Surgery", "declared interests in A and B, held through their spouse or partner". */
function interestPhrase(index: SnapshotIndex, declarations: readonly Declaration[], decision: Decision): string {
  const organisations = listJoin(distinctSorted(declarations.map((d) => index.interestOrganisation(d) ?? 'an unnamed organisation')));
  const holders = distinctSorted(declarations.flatMap((d) => indirectHolder(d) ?? []));
  const declared = declarations.every((d) => d.declaredOn <= decision.date);
  const noun = declarations.length === 1 ? (declared ? 'a declared interest' : 'an interest') : declared ? 'declared interests' : 'interests';
  return `${noun} in ${organisations}${holders.length > 0 ? `, held through ${listJoin(holders)}` : ''}`;
}

/** How a conflicted member who did not vote stood back, for conflict.managed. */
const STOOD_BACK: Record<Exclude<ParticipationAction, 'voted'>, string> = {
  'left-room': 'left the room for',
  'excluded-from-discussion': 'was excluded from the discussion of',
  'did-not-vote': 'did not vote on',
  abstained: 'abstained on',
};

/** The conflict rules a committee's pack enables. */
interface ConflictRules {
  voted?: ActiveRule<'conflict.voted-while-conflicted'>;
  undeclared?: ActiveRule<'conflict.undeclared-at-decision'>;
  managed?: ActiveRule<'conflict.managed'>;
  inquorate?: ActiveRule<'conflict.inquorate-after-exclusions'>;
  nameMatch?: ActiveRule<'conflict.possible-name-match'>;
}

/** One decision being checked, with what every member's check needs. */
interface DecisionInView {
  decision: Decision;
  meeting: Meeting;
  committee: Committee;
  actions: ReadonlyMap<string, ParticipationAction>;
  /** "'Title' (Committee, date)" */
  reference: string;
}

export function checkConflicts(ctx: CheckContext, committee: Committee, rules: RuleSet): void {
  const enabled: ConflictRules = {
    voted: rules.get('conflict.voted-while-conflicted'),
    undeclared: rules.get('conflict.undeclared-at-decision'),
    managed: rules.get('conflict.managed'),
    inquorate: rules.get('conflict.inquorate-after-exclusions'),
    nameMatch: rules.get('conflict.possible-name-match'),
  };
  if (Object.values(enabled).every((rule) => rule === undefined)) return;
  const { index } = ctx;

  for (const decision of index.decisionsOf(committee.id)) {
    const meeting = index.meetings.get(decision.meetingId);
    if (decision.date > ctx.asAt || !meeting) continue;
    const attending = index.attendance(meeting);
    const found = interestsInDecision(index, decision, attending, { nameMatches: enabled.nameMatch !== undefined });
    // Most decisions: no one present had an interest, and there is nothing to put into words.
    if (found.length === 0) continue;
    const view: DecisionInView = { decision, meeting, committee, actions: recordedActions(index, decision.id), reference: decisionReference(decision, committee) };

    const conflicted: Membership[] = [];
    for (const interests of found) {
      reportNameMatches(ctx, view, interests, enabled);
      if (interests.conflicts.length === 0) continue;
      reportConflict(ctx, view, interests, enabled);
      conflicted.push(interests.member);
    }
    if (enabled.inquorate && conflicted.length > 0) checkQuorumWithout(ctx, view, attending, conflicted, enabled.inquorate);
  }
}

/** One warning per declaration whose free-text organisation name may be an affected organisation. */
function reportNameMatches(ctx: CheckContext, view: DecisionInView, interests: MemberInterests, rules: ConflictRules): void {
  if (!rules.nameMatch) return;
  const { personId } = interests.member;
  const name = ctx.index.personName(personId);
  for (const { declaration, organisations } of interests.nameMatches) {
    ctx.findings.add(
      rules.nameMatch,
      { committeeId: view.committee.id, personId, decisionId: view.decision.id, declarationId: declaration.id },
      `${name} declared an interest in '${declaration.organisationName}', which may be ${listJoin(distinctSorted(organisations.map((o) => o.name)))}, affected by ${view.reference}; check the declaration and link it to the organisation.`,
    );
  }
}

/** How a conflicted member took part (voted, or stood back), and any interest not yet declared on the day. */
function reportConflict(ctx: CheckContext, view: DecisionInView, interests: MemberInterests, rules: ConflictRules): void {
  const { index } = ctx;
  const { decision, committee, reference } = view;
  const { member, conflicts: linked } = interests;
  const { personId } = member;
  const name = index.personName(personId);
  const subject = { committeeId: committee.id, personId, decisionId: decision.id };

  const interest = interestPhrase(index, linked, decision);
  const action = actionOf(member, view.actions);
  if (action === 'voted') {
    if (rules.voted) ctx.findings.add(rules.voted, subject, `${name} voted on ${reference} while holding ${interest}.`);
  } else if (rules.managed) {
    ctx.findings.add(rules.managed, subject, `${name} ${action === null ? 'had no vote on' : STOOD_BACK[action]} ${reference}, holding ${interest}.`);
  }
  for (const declaration of linked) {
    if (!rules.undeclared || declaration.declaredOn <= decision.date) continue;
    ctx.findings.add(
      rules.undeclared,
      { ...subject, declarationId: declaration.id },
      `${name}'s interest ${declarationLabel(declaration, index.interestOrganisation(declaration))} was active when ${reference} was decided, but was not declared until ${longDate(declaration.declaredOn)}.`,
    );
  }
}

/**
 * The meeting's quorum test on those present minus every conflicted member, whatever each of them did. The
 * committee's voting members stay the denominator of majorityOfVoting: setting people aside shrinks who
 * is there, not the committee.
 */
function checkQuorumWithout(
  ctx: CheckContext,
  view: DecisionInView,
  attending: readonly Membership[],
  conflicted: readonly Membership[],
  rule: ActiveRule<'conflict.inquorate-after-exclusions'>,
): void {
  const remaining = attending.filter((member) => !conflicted.includes(member));
  const outcome = assessQuorum(remaining, quorumTestFor(view.committee, rule.committee), ctx.index.votingMembersAt(view.meeting));
  if (outcome.quorate) return;
  const names = listJoin(distinctSorted(conflicted.map((member) => ctx.index.personName(member.personId))));
  ctx.findings.add(
    rule,
    { committeeId: view.committee.id, decisionId: view.decision.id },
    `${view.reference} was decided although the meeting was inquorate without its conflicted members (${names}): ${quorumShortfalls(outcome, ONCE_WITHDRAWN)}. The decision should have been deferred or referred.`,
  );
}
