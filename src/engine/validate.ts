/**
 * validateSnapshot: every problem with an input snapshot, each located by path, so a
 * producer can fix them all in one go. Never throws.
 */
import type Joi from 'joi';
import { planRules, type RulePack } from './packs';
import { checkReferences } from './references';
import { SNAPSHOT_VALIDATION, snapshotSchema } from './schema';
import type { Problem, Snapshot } from './types';

export type SnapshotValidation = { ok: true; snapshot: Snapshot } | { ok: false; errors: Problem[] };

export interface ValidateOptions {
  /** When given, the packs the snapshot needs must be among these (committee `rulePack` ids, or `packIds`). */
  packs?: readonly RulePack[];
  /** The packs a check will be told to use instead of each committee's own. */
  packIds?: readonly string[];
}

/** `committees[0].members[2].category`, from joi's path array. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function joiProblems(error: Joi.ValidationError | undefined): Problem[] {
  return (error?.details ?? []).map((detail) => ({ path: formatPath(detail.path) || '(snapshot)', message: detail.message }));
}

export function validateSnapshot(input: unknown, options: ValidateOptions = {}): SnapshotValidation {
  const { error } = snapshotSchema.validate(input, SNAPSHOT_VALIDATION);
  const errors = [...joiProblems(error), ...checkReferences(input)];
  if (errors.length > 0) return { ok: false, errors };
  // joi neither converts nor fills defaults here, so its copy equals the input: keep one copy alive, not two.
  const snapshot = input as Snapshot;
  if (options.packs) {
    const plan = planRules(snapshot, options.packs, options.packIds);
    if (!plan.ok) return { ok: false, errors: plan.errors };
  }
  return { ok: true, snapshot };
}
