/** The compliance engine's public API: pure functions, no I/O. */
export {
  briefMeeting,
  type BriefedDecision,
  type BriefedInterest,
  type BriefedPerson,
  type Briefing,
  type BriefingItem,
  type BriefingOptions,
  type BriefingSummary,
  type ConflictedMember,
  type GuidanceNote,
  type ItemQuorum,
  type PossibleNameMatch,
} from './briefing';
export type { AttendanceBasis } from './briefingWording';
export { check, runCheck, CheckInputError, type CheckOptions, type CheckResult } from './check';
export { validateSnapshot, type SnapshotValidation, type ValidateOptions } from './validate';
export { CATALOGUE, RULE_IDS, isRuleId, type RuleId, type RuleParams, type RuleScope } from './catalogue';
export {
  BODY_WIDE_PACK_IDS,
  type CommitteeSettings,
  type DisabledRule,
  type EnabledRule,
  type RulePack,
  type RuleSetting,
  type RuleTable,
} from './packs';
export { isActiveOn, isIsoDate, longDate, todayUtc } from './dates';
export { categoryGroup } from './describe';
export { normaliseOrganisationName } from './names';
export type { QuorumTest } from './quorum';
export * from './types';
