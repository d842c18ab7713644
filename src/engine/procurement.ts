/**
 * The register of procurement decisions as the Provider Selection Regime (2024, regulations 21
 * and 24) asks for it: for each decision, who made it, each member present with a declared or
 * possible conflict, and how each conflict was managed. Who is conflicted is decided by the one
 * matcher the conflict rules and the briefing use (interests.ts), so the register, the checks
 * and the briefing cannot disagree.
 */
import { compareStrings, indirectHolder } from './describe';
import { SnapshotIndex } from './indexes';
import { actionOf, interestsInDecision, recordedActions } from './interests';
import type { Decision, Declaration, IsoDate, ParticipationAction, Snapshot } from './types';

export interface RecordedInterest {
  declarationId: string;
  /** `organisation`: linked to an affected organisation (a conflict); `name`: only its name matches one (a possible conflict). */
  match: 'organisation' | 'name';
  organisation: string | null;
  description: string | null;
  /** "their spouse or partner"; null for the person's own interest. */
  heldThrough: string | null;
  declaredOn: IsoDate;
  /** Declared only after the decision was taken. */
  declaredAfterDecision: boolean;
  /** What the person declared they do to manage it. */
  actionTaken: string | null;
}

export interface RecordedConflict {
  personId: string;
  name: string;
  voting: boolean;
  /** What they did on the decision; null: a non-voting member with nothing recorded. */
  participation: ParticipationAction | null;
  /** Linked to an affected organisation by id; false when only a name matches (a possible conflict to resolve). */
  conflicted: boolean;
  interests: RecordedInterest[];
}

export interface DecisionRecord {
  decisionId: string;
  /** The voting members present who did not stand back (they voted), by name. */
  decisionMakers: { personId: string; name: string }[];
  /** Members present with a declared or possible conflict, by name. */
  conflicts: RecordedConflict[];
}

const byName = <T extends { name: string; personId: string }>(a: T, b: T) => compareStrings(a.name, b.name) || compareStrings(a.personId, b.personId);

function recordedInterest(index: SnapshotIndex, declaration: Declaration, match: RecordedInterest['match'], decision: Decision): RecordedInterest {
  return {
    declarationId: declaration.id,
    match,
    organisation: index.interestOrganisation(declaration),
    description: declaration.description?.trim() || null,
    heldThrough: indirectHolder(declaration),
    declaredOn: declaration.declaredOn,
    declaredAfterDecision: declaration.declaredOn > decision.date,
    actionTaken: declaration.actionTaken?.trim() || null,
  };
}

/** The record of one decision; a decision whose meeting is not in the snapshot has nobody recorded. */
function recordDecision(index: SnapshotIndex, decision: Decision): DecisionRecord {
  const meeting = index.meetings.get(decision.meetingId);
  if (!meeting) return { decisionId: decision.id, decisionMakers: [], conflicts: [] };
  const attending = index.attendance(meeting);
  const actions = recordedActions(index, decision.id);
  const decisionMakers = attending
    .filter((member) => member.voting && actionOf(member, actions) === 'voted')
    .map((member) => ({ personId: member.personId, name: index.personName(member.personId) }))
    .sort(byName);
  const conflicts = interestsInDecision(index, decision, attending, { nameMatches: true }).map(({ member, conflicts: linked, nameMatches }) => ({
    personId: member.personId,
    name: index.personName(member.personId),
    voting: member.voting,
    participation: actionOf(member, actions),
    conflicted: linked.length > 0,
    interests: [
      ...linked.map((d) => recordedInterest(index, d, 'organisation', decision)),
      ...nameMatches.map(({ declaration }) => recordedInterest(index, declaration, 'name', decision)),
    ].sort((a, b) => compareStrings(a.declaredOn, b.declaredOn) || compareStrings(a.declarationId, b.declarationId)),
  }));
  return { decisionId: decision.id, decisionMakers, conflicts: conflicts.sort(byName) };
}

/** The record of every decision of a snapshot that passed validateSnapshot, by decision id. */
export function recordDecisions(snapshot: Snapshot): Map<string, DecisionRecord> {
  const index = new SnapshotIndex(snapshot);
  return new Map(snapshot.decisions.map((decision) => [decision.id, recordDecision(index, decision)]));
}
