/**
 * Who holds an interest in what a decision affects. This is the one matcher behind the
 * conflict.* rules (after the meeting) and the conflicts briefing (before it), so what a
 * chair is told to plan for and what the check later reports can never disagree.
 *
 * A member is *conflicted* when one of their interests (their own or an indirect one:
 * all non-nil declarations count) is active on the decision date and is linked by
 * organisation id to an organisation the decision affects. A declaration with only a
 * free-text organisation name whose normal form equals an affected organisation's name
 * or alias is a *possible name match*: a person must resolve it, and it does not make
 * the member conflicted.
 */
import { isActiveOn } from './dates';
import type { SnapshotIndex } from './indexes';
import type { Decision, Declaration, Membership, Organisation, ParticipationAction } from './types';

/**
 * Whether an organisation is one the decision pays or contracts. Organisations are compared as the
 * index's objects, which costs less than comparing their ids as strings.
 */
function affectedBy(index: SnapshotIndex, decision: Decision): (organisation: Organisation) => boolean {
  // A decision lists a few dozen organisations: a search of them beats building a set.
  const listed = index.affectedOrganisations(decision);
  const allPracticesOf = decision.affectsAllPracticesOf ?? null;
  return (organisation) =>
    listed.includes(organisation) || (allPracticesOf !== null && organisation.kind === 'gp-practice' && organisation.memberOfId === allPracticesOf);
}

/** A nil declaration is never an interest; others count while active on the day. */
function isInterestOn(declaration: Declaration, day: string): boolean {
  return declaration.type !== 'nil' && isActiveOn(declaration, day);
}

export interface NameMatch {
  declaration: Declaration;
  /** The affected organisations whose name or an alias the declaration's free text matches. */
  organisations: readonly Organisation[];
}

/** One member's interests that bear on a decision. */
export interface MemberInterests {
  member: Membership;
  /** Interests linked by organisation id to an affected organisation: these make the member conflicted. */
  conflicts: Declaration[];
  nameMatches: NameMatch[];
}

export interface MatchOptions {
  /** Look for possible name matches too (off when a pack disables the rule: normalising names costs time). */
  nameMatches: boolean;
}

/**
 * The members (of those given) holding an interest in, or a possible name match with, an
 * organisation the decision affects on its date, in the order given. Members with neither are left out.
 */
export function interestsInDecision(
  index: SnapshotIndex,
  decision: Decision,
  members: readonly Membership[],
  options: MatchOptions,
): MemberInterests[] {
  const isAffected = affectedBy(index, decision);
  const found: MemberInterests[] = [];
  for (const member of members) {
    // A quick first sift: most members have no interest, on any date, in anything the decision affects.
    if (!index.interestOrganisations(member.personId, options.nameMatches).some(isAffected)) continue;
    const conflicts: Declaration[] = [];
    const nameMatches: NameMatch[] = [];
    for (const declaration of index.declarationsOf(member.personId)) {
      if (!isInterestOn(declaration, decision.date)) continue;
      if (declaration.organisationId != null) {
        const organisation = index.organisations.get(declaration.organisationId);
        if (organisation && isAffected(organisation)) conflicts.push(declaration);
        continue;
      }
      if (!options.nameMatches) continue;
      const named = index.organisationsNamedLike(declaration);
      // Most free-text names match no organisation at all: no list is made for them.
      const alike = named.length === 0 ? named : named.filter(isAffected);
      if (alike.length > 0) nameMatches.push({ declaration, organisations: alike });
    }
    if (conflicts.length > 0 || nameMatches.length > 0) found.push({ member, conflicts, nameMatches });
  }
  return found;
}

/** What each member did on the agenda item that records the decision, as recorded there. */
export function recordedActions(index: SnapshotIndex, decisionId: string): Map<string, ParticipationAction> {
  const actions = new Map<string, ParticipationAction>();
  for (const entry of index.itemOf(decisionId)?.participation ?? []) actions.set(entry.personId, entry.action);
  return actions;
}

/** A present voting member with no entry on the item voted; a non-voting one with no entry did not (null). */
export function actionOf(member: Membership, actions: ReadonlyMap<string, ParticipationAction>): ParticipationAction | null {
  return actions.get(member.personId) ?? (member.voting ? 'voted' : null);
}
