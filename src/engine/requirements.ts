/**
 * Requirements: counts of members a constitution asks for ("at least two independent
 * non-executive members", "a finance director"). One matcher serves
 * constitution.composition, the quorum's `present` requirements and the committee page.
 */
import type { Membership, Requirement } from './types';

/** A member matches when every condition the requirement states holds; one left out always holds. */
export function matchesRequirement(member: Membership, requirement: Requirement): boolean {
  if (requirement.categories != null && !requirement.categories.includes(member.category)) return false;
  if (requirement.offices != null && (member.office == null || !requirement.offices.includes(member.office))) return false;
  if (requirement.roles != null && !requirement.roles.includes(member.role)) return false;
  if (requirement.voting != null && member.voting !== requirement.voting) return false;
  return true;
}

export function matchingCount(members: readonly Membership[], requirement: Requirement): number {
  let count = 0;
  for (const member of members) if (matchesRequirement(member, requirement)) count++;
  return count;
}

export interface RequirementCount {
  requirement: Requirement;
  count: number;
  /** Below `min`, above `max`, or neither (null). */
  breach: 'below' | 'above' | null;
}

/** Each requirement counted among the members given (a committee's on a day), in the order given. */
export function countRequirements(members: readonly Membership[], requirements: readonly Requirement[]): RequirementCount[] {
  return requirements.map((requirement) => {
    const count = matchingCount(members, requirement);
    const breach = requirement.min != null && count < requirement.min ? 'below' : requirement.max != null && count > requirement.max ? 'above' : null;
    return { requirement, count, breach };
  });
}
