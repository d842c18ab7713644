import { CATALOGUE, type RuleId, type RulePack } from '../engine';
import { loadShippedPacks } from '../rules';

let shipped: RulePack[] | undefined;

/** The packs in the top-level rules/ folder, loaded (and validated) once per process. */
export function shippedPacks(): RulePack[] {
  shipped ??= loadShippedPacks();
  return shipped;
}

/** Whether the shipped packs load and validate; a pack that fails is tried again on the next call. */
export function rulePacksLoaded(): boolean {
  try {
    shippedPacks();
    return true;
  } catch {
    return false;
  }
}

/** The ids of the shipped packs a committee can be checked against: those enabling committee rules. */
export function committeeRulePackIds(): string[] {
  return shippedPacks()
    .filter((pack) => Object.entries(pack.rules).some(([ruleId, rule]) => CATALOGUE[ruleId as RuleId].scope === 'committee' && rule?.enabled))
    .map((pack) => pack.id)
    .sort();
}
