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
export { categoryGroup, countOf, singularOf } from './describe';
export { membersOn } from './indexes';
export { normaliseOrganisationName } from './names';
export { describeQuorum, quorumTestFor, type QuorumTest } from './quorum';
export { recordDecisions, type DecisionRecord, type RecordedConflict, type RecordedInterest } from './procurement';
export { countRequirements, matchesRequirement, type RequirementCount } from './requirements';
export { presentRequirementSchema, quorumSettingsSchema, requirementList, requirementSchema } from './schema';
export * from './types';
