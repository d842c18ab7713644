/**
 * The controlled vocabularies of shared/domain.md and shared/spec/snapshot.md, each with its labels for pages.
 * Typed by the engine's snapshot types, so a value added to one and not the other fails to compile.
 */
import type {
  CommissioningLevel,
  CommitteeType,
  DeclarationType,
  DecisionKind,
  GiftKind,
  HeldBy,
  MemberCategory,
  MemberRole,
  OrganisationKind,
  ParticipationAction,
} from '../engine/types';
import type { RuleId } from '../engine/catalogue';
import { capitalise } from '../engine/describe';

export type { DecisionKind, ParticipationAction };

export interface Vocabulary<T extends string> {
  values: readonly T[];
  labels: Record<T, string>;
}

function vocabulary<T extends string>(labels: Record<T, string>): Vocabulary<T> {
  return { values: Object.keys(labels) as T[], labels };
}

export function labelOf<T extends string>(vocab: Vocabulary<T>, value: string | null | undefined): string {
  return value == null ? '' : (vocab.labels[value as T] ?? value);
}

/** An office as people read it: "finance-director" is "Finance director". */
export function officeLabel(office: string | null | undefined): string {
  return office ? capitalise(office.replace(/-/g, ' ')) : '';
}

export const ROLES = vocabulary({
  member: 'Committee member',
  'governance-lead': 'Governance lead',
  auditor: 'Auditor',
  admin: 'Administrator',
});
export type Role = (typeof ROLES.values)[number];

export const ORGANISATION_KINDS = vocabulary<OrganisationKind>({
  ccg: 'Clinical commissioning group',
  icb: 'Integrated care board',
  'gp-practice': 'GP practice',
  provider: 'Provider',
  company: 'Company',
  charity: 'Charity',
  'local-authority': 'Local authority',
  'nhs-england': 'NHS England',
  healthwatch: 'Healthwatch',
  other: 'Other',
});

export const COMMITTEE_TYPES = vocabulary<CommitteeType>({
  'primary-care-commissioning': 'Primary care commissioning committee',
  'joint-commissioning': 'Joint commissioning committee',
  'governing-body': 'Governing body',
  audit: 'Audit committee',
  other: 'Other committee',
});

export const COMMISSIONING_LEVELS = vocabulary<CommissioningLevel>({
  'greater-involvement': 'Greater involvement',
  joint: 'Joint commissioning',
  delegated: 'Delegated commissioning',
});

export const MEMBER_CATEGORIES = vocabulary<MemberCategory>({
  lay: 'Lay member',
  executive: 'Executive',
  gp: 'GP',
  nurse: 'Nurse',
  'secondary-care-doctor': 'Secondary care doctor',
  'other-clinician': 'Other clinician',
  'nhs-england': 'NHS England',
  'local-authority': 'Local authority',
  healthwatch: 'Healthwatch',
  'practice-manager': 'Practice manager',
  officer: 'Officer in attendance',
  other: 'Other',
  'non-executive': 'Independent non-executive member',
  'partner-member': 'Partner member',
});

export const MEMBERSHIP_ROLES = vocabulary<MemberRole>({
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  member: 'Member',
  attendee: 'Attendee',
});

export const INTEREST_TYPES = vocabulary<Exclude<DeclarationType, 'nil'>>({
  financial: 'Financial',
  'non-financial-professional': 'Non-financial professional',
  'non-financial-personal': 'Non-financial personal',
  indirect: 'Indirect (held by someone close to me)',
});

/** What each type of interest means, as the declaration form explains it. */
export const INTEREST_TYPE_HINTS = vocabulary<Exclude<DeclarationType, 'nil'>>({
  financial: 'You could gain or lose money from it: a job, a partnership, shares, a directorship or a contract.',
  'non-financial-professional': 'It could help your career or professional standing: a post in a professional body, an advisory role, research you lead.',
  'non-financial-personal': 'A personal benefit that is neither money nor career: a voluntary or charity role, membership of a campaign group.',
  indirect: 'A spouse or partner, close relative, close friend or business partner holds one of the interests above.',
});

export const INTEREST_CATEGORIES = vocabulary({
  'outside-employment': 'Outside employment',
  shareholdings: 'Shareholdings and other ownership',
  patents: 'Patents',
  'loyalty-interests': 'Loyalty interests',
  donations: 'Donations',
  'sponsored-events': 'Sponsored events',
  'sponsored-research': 'Sponsored research',
  'sponsored-posts': 'Sponsored posts',
  'clinical-private-practice': 'Clinical private practice',
  gifts: 'Gifts',
  hospitality: 'Hospitality',
});

export const HELD_BY = vocabulary<HeldBy>({
  self: 'Me',
  'spouse-or-partner': 'My spouse or partner',
  relative: 'A close relative',
  friend: 'A close friend',
  'business-partner': 'A business partner',
});

export const GIFT_KINDS = vocabulary<GiftKind>({
  gift: 'Gift',
  hospitality: 'Hospitality (meals, refreshments, events)',
  travel: 'Travel or accommodation',
});

export const DECISION_KINDS = vocabulary<DecisionKind>({
  'contract-award': 'Contract award',
  'contract-variation': 'Contract variation',
  procurement: 'Procurement',
  'local-incentive-scheme': 'Local incentive scheme',
  investment: 'Investment',
  other: 'Other',
});

export const PARTICIPATION_ACTIONS = vocabulary<ParticipationAction>({
  voted: 'Voted',
  abstained: 'Abstained',
  'did-not-vote': 'Did not vote',
  'left-room': 'Left the room',
  'excluded-from-discussion': 'Excluded from discussion',
});

export const BREACH_STATUSES = vocabulary({
  open: 'Open',
  'under-review': 'Under review',
  closed: 'Closed',
});
export type BreachStatus = (typeof BREACH_STATUSES.values)[number];

/** Every rule of the catalogue, as people read it (the ids are the rule packs' and the snapshot format's). */
export const RULES = vocabulary<RuleId>({
  'constitution.voting-majority': 'The counted members are a majority of the voting members',
  'constitution.gp-minority': 'GPs are a minority of the voting members',
  'constitution.gp-cap': 'No more voting GPs than the pack allows',
  'constitution.chair-lay': 'The chair is a member who may chair',
  'constitution.vice-chair-lay': 'The vice-chair is a member who may be vice-chair',
  'constitution.non-voting-seats': 'The non-voting seats are filled, and their holders do not vote',
  'constitution.composition': 'The members the constitution asks for',
  'meeting.inquorate': 'Meetings are quorate',
  'register.no-declaration': 'Every committee member has declared',
  'register.annual-confirmation-overdue': 'Declarations are confirmed every year',
  'register.late-declaration': 'Interests are declared in time',
  'register.nil-with-current-interests': 'No nil declaration while interests are current',
  'gifts.cash-or-voucher': 'No cash or vouchers accepted',
  'gifts.supplier-gift-accepted': 'No gifts accepted from suppliers',
  'gifts.undeclared': 'Gifts and hospitality are declared in time',
  'gifts.hospitality-unapproved': 'Hospitality over the limit is approved',
  'gifts.cumulative-from-source': 'Small gifts from one source stay under the limit together',
  'conflict.voted-while-conflicted': 'Voted while conflicted',
  'conflict.undeclared-at-decision': 'Interest undeclared at the decision',
  'conflict.managed': 'How a conflict at a decision was managed',
  'conflict.inquorate-after-exclusions': 'Decided while inquorate after exclusions',
  'conflict.possible-name-match': 'A declaration may name an affected organisation',
});

/** Some of a vocabulary's values, with the same labels. */
function subset<T extends string, K extends T>(vocab: Vocabulary<T>, values: readonly K[]): Vocabulary<K> {
  return { values, labels: Object.fromEntries(values.map((value) => [value, vocab.labels[value]])) as Record<K, string> };
}

/** The constitution rules a committee's page lists. */
export const CONSTITUTION_RULES = subset(RULES, [
  'constitution.voting-majority',
  'constitution.gp-minority',
  'constitution.gp-cap',
  'constitution.chair-lay',
  'constitution.vice-chair-lay',
  'constitution.non-voting-seats',
  'constitution.composition',
] as const);

/** The conflict rules whose findings are breaches, entered on the register of breaches. */
export const BREACH_RULES = subset(RULES, ['conflict.voted-while-conflicted', 'conflict.undeclared-at-decision', 'conflict.inquorate-after-exclusions'] as const);
export type BreachRuleId = (typeof BREACH_RULES.values)[number];

export const ROUND_SCOPES = vocabulary({
  'decision-making': 'All decision-making staff',
  committees: 'Members of chosen committees',
});
