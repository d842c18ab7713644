/** The compliance engine's public API: pure functions, no I/O. */
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
export { isIsoDate, longDate, todayUtc } from './dates';
export { normaliseOrganisationName } from './names';
export * from './types';
