import type { RulePack } from '../engine';
import { loadShippedPacks } from '../rules';

let shipped: RulePack[] | undefined;

/** The packs in the top-level rules/ folder, loaded (and validated) once per process. */
export function shippedPacks(): RulePack[] {
  shipped ??= loadShippedPacks();
  return shipped;
}
