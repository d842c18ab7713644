/**
 * The governance snapshot and the findings document of shared/spec/snapshot.md.
 * Field names are a contract with the web app, the API and the exports: never rename them.
 * Optional fields may be absent or null; the engine treats both alike.
 */

import type { RuleId } from './catalogue';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const ORGANISATION_KINDS = [
  'ccg',
  'icb',
  'gp-practice',
  'provider',
  'company',
  'charity',
  'local-authority',
  'nhs-england',
  'healthwatch',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const COMMITTEE_TYPES = [
  'primary-care-commissioning',
  'joint-commissioning',
  'governing-body',
  'audit',
  'other',
] as const;
export type CommitteeType = (typeof COMMITTEE_TYPES)[number];

export const COMMISSIONING_LEVELS = ['greater-involvement', 'joint', 'delegated'] as const;
export type CommissioningLevel = (typeof COMMISSIONING_LEVELS)[number];

export const MEMBER_CATEGORIES = [
  'lay',
  'executive',
  'gp',
  'nurse',
  'secondary-care-doctor',
  'other-clinician',
  'nhs-england',
  'local-authority',
  'healthwatch',
  'practice-manager',
  'officer',
  'other',
  'non-executive',
  'partner-member',
] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export const MEMBER_ROLES = ['chair', 'vice-chair', 'member', 'attendee'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const DECLARATION_TYPES = [
  'financial',
  'non-financial-professional',
  'non-financial-personal',
  'indirect',
  'nil',
] as const;
export type DeclarationType = (typeof DECLARATION_TYPES)[number];

export const HELD_BY = ['self', 'spouse-or-partner', 'relative', 'friend', 'business-partner'] as const;
export type HeldBy = (typeof HELD_BY)[number];

export const GIFT_KINDS = ['gift', 'hospitality', 'travel'] as const;
export type GiftKind = (typeof GIFT_KINDS)[number];

export const PARTICIPATION_ACTIONS = [
  'voted',
  'abstained',
  'did-not-vote',
  'left-room',
  'excluded-from-discussion',
] as const;
export type ParticipationAction = (typeof PARTICIPATION_ACTIONS)[number];

export const DECISION_KINDS = [
  'contract-award',
  'contract-variation',
  'procurement',
  'local-incentive-scheme',
  'investment',
  'other',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  odsCode?: string | null;
  companiesHouseNumber?: string | null;
  /** A GP practice names its CCG here. */
  memberOfId?: string | null;
  aliases?: string[] | null;
  /** Supplies or contracts with the body. */
  supplier?: boolean | null;
}

export interface Person {
  id: string;
  name: string;
  email?: string | null;
}

/** An office a member holds beyond their category, in lower case with hyphens ("chief-executive"). */
export const OFFICE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Membership {
  personId: string;
  category: MemberCategory;
  role: MemberRole;
  voting: boolean;
  /** The office held beyond the category, such as `finance-director`; null or absent: none. */
  office?: string | null;
  from: IsoDate;
  /** null or absent: still a member. */
  to?: IsoDate | null;
}

/**
 * A count of members a constitution asks for, as a pack or a committee writes it. A member
 * matches when every condition stated holds; a condition left out always holds.
 */
export interface Requirement {
  /** Unique within its list: lower case, digits and hyphens. */
  id: string;
  /** Plain English, in the plural ("independent non-executive members"), for messages. */
  label: string;
  categories?: MemberCategory[] | null;
  offices?: string[] | null;
  roles?: MemberRole[] | null;
  /** true: voting members only; false: non-voting members only. */
  voting?: boolean | null;
  /** A requirement has min, max or both. */
  min?: number | null;
  max?: number | null;
}

/** Quorum settings, in a pack's `committee.quorum` or on a committee; each one a committee sets wins. */
export interface QuorumSettings {
  /** At least this many voting members present. */
  minimumVoting?: number | null;
  /** More than half of the committee's voting members on the meeting date are present (default false). */
  majorityOfVoting?: boolean | null;
  /** The pack's counted categories are more than half of the voting members present (default true). */
  countedMajority?: boolean | null;
  /** The chair or the vice-chair is present (default true). */
  chairOrViceChair?: boolean | null;
  /** Requirements counted among the voting members present; only `min` is used. */
  present?: Requirement[] | null;
}

export interface Committee {
  id: string;
  name: string;
  organisationIds: string[];
  type: CommitteeType;
  commissioningLevel?: CommissioningLevel | null;
  /** Id of the rule pack that checks this committee. */
  rulePack: string;
  /** Each setting it holds overrides the pack's setting of the same name. */
  quorum?: QuorumSettings | null;
  members: Membership[];
}

export interface Declaration {
  id: string;
  personId: string;
  type: DeclarationType;
  category?: string | null;
  organisationId?: string | null;
  /** Free text when there is no organisationId. */
  organisationName?: string | null;
  description?: string | null;
  /** Absent means self. */
  heldBy?: HeldBy | null;
  /** null for a nil declaration. */
  from?: IsoDate | null;
  to?: IsoDate | null;
  declaredOn: IsoDate;
  /** What the person declared they do to manage the interest (an added field; the briefing shows it). */
  actionTaken?: string | null;
}

export interface Confirmation {
  personId: string;
  confirmedOn: IsoDate;
}

export interface GiftOrHospitality {
  id: string;
  personId: string;
  kind: GiftKind;
  fromOrganisationId?: string | null;
  fromName?: string | null;
  description?: string | null;
  valueGBP: number;
  cashOrVoucher?: boolean | null;
  offeredOn: IsoDate;
  accepted: boolean;
  /** null: never declared. */
  declaredOn?: IsoDate | null;
  /** Person id of a senior approver. */
  approvedBy?: string | null;
}

export interface Participation {
  personId: string;
  action: ParticipationAction;
}

export interface AgendaItem {
  id: string;
  title: string;
  decisionId?: string | null;
  /** A present voting member with no entry on a decision item voted. */
  participation?: Participation[] | null;
}

export interface Meeting {
  id: string;
  committeeId: string;
  date: IsoDate;
  /** Person ids present. */
  present: string[];
  items?: AgendaItem[] | null;
}

export interface Decision {
  id: string;
  committeeId: string;
  meetingId: string;
  date: IsoDate;
  title: string;
  kind: DecisionKind;
  valueGBP?: number | null;
  affectedOrganisationIds: string[];
  /** Every GP practice whose memberOfId is this organisation. */
  affectsAllPracticesOf?: string | null;
}

export interface Snapshot {
  snapshotVersion: 1;
  asAt?: IsoDate | null;
  organisations: Organisation[];
  people: Person[];
  committees: Committee[];
  declarations: Declaration[];
  confirmations: Confirmation[];
  giftsAndHospitality: GiftOrHospitality[];
  meetings: Meeting[];
  decisions: Decision[];
}

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The subject keys every finding carries, null where they do not apply. */
export interface FindingSubject {
  committeeId: string | null;
  personId: string | null;
  meetingId: string | null;
  decisionId: string | null;
  declarationId: string | null;
  giftId: string | null;
}

export const SUBJECT_KEYS = [
  'committeeId',
  'personId',
  'meetingId',
  'decisionId',
  'declarationId',
  'giftId',
] as const satisfies readonly (keyof FindingSubject)[];

export interface Finding extends FindingSubject {
  ruleId: RuleId;
  /** constitution.composition only: the requirement that is not met. */
  requirementId?: string;
  severity: Severity;
  message: string;
  guidance: string;
}

export interface FindingsDocument {
  asAt: IsoDate;
  rulePacks: { id: string; version: string }[];
  findings: Finding[];
  summary: Record<Severity, number>;
}

/** One problem with an input, located by a path such as `committees[0].members[2].category`. */
export interface Problem {
  path: string;
  message: string;
}
