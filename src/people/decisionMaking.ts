/**
 * "Decision-making staff", the one definition the published register and the declaration rounds use:
 * everyone with a committee or governing-body seat on the day, and everyone a governance lead has marked
 * as decision-making (a procurement lead, staff at band 8d and above).
 */
import { labelOf, MEMBERSHIP_ROLES } from '../shared/vocabulary';

export interface DecisionMakerFacts {
  person: { decisionMaking?: boolean | null; decisionMakingReason?: string | null; jobTitle?: string | null } | undefined;
  /** Their seats on the day, as the registers describe them ("Chair, Example PCCC"). */
  seats: string[];
}

/** A seat as the registers describe it: "Chair, Example PCCC". */
export function seatLabel(role: string, committeeName: string | undefined): string {
  return `${labelOf(MEMBERSHIP_ROLES, role)}, ${committeeName ?? 'a committee'}`;
}

/** The positions a decision-maker holds, for the published register; null for someone who is not one. */
export function decisionMakingPositions({ person, seats }: DecisionMakerFacts): string[] | null {
  if (seats.length > 0) return seats;
  if (!person?.decisionMaking) return null;
  return [[person.jobTitle, person.decisionMakingReason].filter(Boolean).join(', ') || 'Decision-making staff'];
}
