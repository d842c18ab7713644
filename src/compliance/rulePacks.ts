import type { RuleId, RulePack } from '../engine';
import { loadShippedPacks } from '../rules';

let shipped: RulePack[] | undefined;

/** The packs in the top-level rules/ folder, loaded (and validated) once per process. */
function shippedPacks(): RulePack[] {
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

/** A parameter of a body-wide rule as a shipped pack sets it, so pages and reminders agree with the checks. */
function packParam(packId: string, ruleId: RuleId, name: string, fallback: number): number {
  const rule = shippedPacks().find((pack) => pack.id === packId)?.rules[ruleId];
  const value = (rule?.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'number' ? value : fallback;
}

const registerParam = (ruleId: RuleId, name: string, fallback: number) => packParam('nhs-register-2017', ruleId, name, fallback);

/** How often declarations must be confirmed: `register.annual-confirmation-overdue`'s months. */
export const annualConfirmationMonths = () => registerParam('register.annual-confirmation-overdue', 'months', 12);

/** How soon an interest (or a new seat) must be declared: `register.late-declaration`'s days. */
export const declareWithinDays = () => registerParam('register.late-declaration', 'days', 28);

/** Accepted hospitality worth more than this needs a senior approver: `gifts.hospitality-unapproved`'s threshold. */
export const hospitalityApprovalAboveGBP = () => packParam('nhs-gifts-hospitality-2017', 'gifts.hospitality-unapproved', 'approvalAboveGBP', 75);
