/**
 * The rule catalogue of shared/spec/snapshot.md: the fixed rule ids, what each one's
 * parameters look like, and whether it judges one committee or the whole body.
 */
import type { MemberCategory, Requirement, Severity } from './types';

type NoParams = Record<string, never>;

/** Parameters of each rule, as a rule pack sets them. */
export interface RuleParams {
  'constitution.voting-majority': NoParams;
  'constitution.gp-minority': NoParams;
  'constitution.gp-cap': { maxGps: number };
  'constitution.chair-lay': { allowedCategories: MemberCategory[] };
  'constitution.vice-chair-lay': { allowedCategories: MemberCategory[] };
  /**
   * The rule's own severity applies when a seat holder has a vote (a breach);
   * a missing seat is reported at `missingSeatSeverity` (advice, by default a warning).
   */
  'constitution.non-voting-seats': { seats: MemberCategory[]; missingSeatSeverity: Severity };
  'constitution.composition': { requirements: Requirement[] };
  'meeting.inquorate': NoParams;
  'register.no-declaration': NoParams;
  'register.annual-confirmation-overdue': { months: number };
  'register.late-declaration': { days: number };
  'register.nil-with-current-interests': NoParams;
  'gifts.cash-or-voucher': NoParams;
  'gifts.supplier-gift-accepted': { minimumValueGBP: number };
  'gifts.undeclared': { giftMinimumGBP: number; hospitalityMinimumGBP: number; days: number };
  'gifts.hospitality-unapproved': { approvalAboveGBP: number };
  'gifts.cumulative-from-source': { thresholdGBP: number; months: number; days: number };
  'conflict.voted-while-conflicted': NoParams;
  'conflict.undeclared-at-decision': NoParams;
  'conflict.managed': NoParams;
  'conflict.inquorate-after-exclusions': NoParams;
  'conflict.possible-name-match': NoParams;
}

export type RuleId = keyof RuleParams;

/** committee: run per committee with that committee's pack; body: run once with the body-wide packs. */
export type RuleScope = 'committee' | 'body';

interface CatalogueEntry {
  scope: RuleScope;
  /** Reads the pack's `committee` settings (counted categories, default quorum). */
  usesCommitteeSettings: boolean;
}

const committeeRule = (usesCommitteeSettings = false): CatalogueEntry => ({ scope: 'committee', usesCommitteeSettings });
const bodyRule: CatalogueEntry = { scope: 'body', usesCommitteeSettings: false };

export const CATALOGUE: { readonly [K in RuleId]: CatalogueEntry } = {
  'constitution.voting-majority': committeeRule(true),
  'constitution.gp-minority': committeeRule(),
  'constitution.gp-cap': committeeRule(),
  'constitution.chair-lay': committeeRule(),
  'constitution.vice-chair-lay': committeeRule(),
  'constitution.non-voting-seats': committeeRule(),
  'constitution.composition': committeeRule(),
  'meeting.inquorate': committeeRule(true),
  'register.no-declaration': bodyRule,
  'register.annual-confirmation-overdue': bodyRule,
  'register.late-declaration': bodyRule,
  'register.nil-with-current-interests': bodyRule,
  'gifts.cash-or-voucher': bodyRule,
  'gifts.supplier-gift-accepted': bodyRule,
  'gifts.undeclared': bodyRule,
  'gifts.hospitality-unapproved': bodyRule,
  'gifts.cumulative-from-source': bodyRule,
  'conflict.voted-while-conflicted': committeeRule(),
  'conflict.undeclared-at-decision': committeeRule(),
  'conflict.managed': committeeRule(),
  'conflict.inquorate-after-exclusions': committeeRule(true),
  'conflict.possible-name-match': committeeRule(),
};

export const RULE_IDS = Object.keys(CATALOGUE) as RuleId[];

export function isRuleId(value: string): value is RuleId {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, value);
}
