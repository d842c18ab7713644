/**
 * check: a validated snapshot and rule packs in, the findings document out.
 * runCheck: the same from untrusted input, returning every input problem instead of throwing.
 */
import { checkConflicts } from './conflicts';
import { checkConstitution } from './constitution';
import type { CheckContext } from './context';
import { isIsoDate, todayUtc } from './dates';
import { compareFindings, FindingList, summarise } from './findings';
import { checkGifts } from './gifts';
import { SnapshotIndex } from './indexes';
import { checkMeetings } from './meetings';
import { planRules, type RulePack } from './packs';
import { checkRegister } from './register';
import type { FindingsDocument, IsoDate, Problem, Snapshot } from './types';
import { validateSnapshot } from './validate';

export interface CheckOptions {
  /** The day to check for; wins over the snapshot's own `asAt` (default: today, UTC). */
  asAt?: IsoDate;
  /**
   * Use exactly these packs for every committee and for the body-wide rules, instead
   * of each committee's `rulePack` plus the body-wide packs. When several named packs
   * enable the same rule, the one named last wins.
   */
  packIds?: readonly string[];
}

/** Thrown by check() for options or packs that cannot be used; runCheck() reports them instead. */
export class CheckInputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`cannot check: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'CheckInputError';
  }
}

function optionProblems(options: CheckOptions): Problem[] {
  return options.asAt === undefined || isIsoDate(options.asAt)
    ? []
    : [{ path: 'options.asAt', message: 'must be a real date in the form YYYY-MM-DD' }];
}

/**
 * Checks a snapshot that passed validateSnapshot. `packs` is the library of loaded
 * packs the committees' `rulePack` ids (or `options.packIds`) are resolved against.
 * Throws CheckInputError only for a bad `options.asAt` or a pack that is not in `packs`.
 */
export function check(snapshot: Snapshot, packs: readonly RulePack[], options: CheckOptions = {}): FindingsDocument {
  const problems = optionProblems(options);
  const plan = planRules(snapshot, packs, options.packIds);
  if (!plan.ok) problems.push(...plan.errors);
  if (!plan.ok || problems.length > 0) throw new CheckInputError(problems);

  const asAt = options.asAt ?? snapshot.asAt ?? todayUtc();
  const ctx: CheckContext = { asAt, index: new SnapshotIndex(snapshot), findings: new FindingList() };
  for (const committee of snapshot.committees) {
    const rules = plan.plan.committees.get(committee.id);
    if (!rules) continue;
    checkConstitution(ctx, committee, rules);
    checkMeetings(ctx, committee, rules);
    checkConflicts(ctx, committee, rules);
  }
  checkRegister(ctx, plan.plan.body);
  checkGifts(ctx, plan.plan.body);

  const findings = ctx.findings.findings.sort(compareFindings);
  return { asAt, rulePacks: plan.plan.used, findings, summary: summarise(findings) };
}

export type CheckResult = { ok: true; document: FindingsDocument; snapshot: Snapshot } | { ok: false; errors: Problem[] };

/** Validates untrusted input, the options and the pack selection together, then checks. */
export function runCheck(input: unknown, packs: readonly RulePack[], options: CheckOptions = {}): CheckResult {
  const validation = validateSnapshot(input, { packs, packIds: options.packIds });
  const errors = [...(validation.ok ? [] : validation.errors), ...optionProblems(options)];
  if (!validation.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, document: check(validation.snapshot, packs, options), snapshot: validation.snapshot };
}
