import { todayUtc } from '../engine/dates';
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { CommitteeModel } from '../committees/committee.model';
import { syncBreaches } from '../decisions/breaches.service';
import { runCheck, type CheckOptions, type Finding, type FindingsDocument, type Problem } from '../engine';
import { NotFoundError, ValidationError } from '../shared/errors';
import { isoDate, objectId, validate } from '../shared/validation';
import { createVersioned } from '../shared/versionedRecords';
import { ComplianceRunModel } from './complianceRun.model';
import { diffFindings } from './findingsDiff';
import { packLibrary } from '../rulePacks/library';
import { buildSnapshot } from './snapshotBuilder';

/** The database's own data failed snapshot validation: a data problem to show, not to hide. */
export class SnapshotProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The register's data does not form a valid snapshot: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'SnapshotProblemsError';
  }
}

const scopeSchema = Joi.object({
  asAt: isoDate().empty('').label('As at date'),
  committeeId: objectId().empty('').allow(null).label('Committee'),
});

/** Checks untrusted snapshot JSON (POST /api/checks) against the shipped packs and the body's own. */
export async function checkSnapshot(input: unknown, options: CheckOptions) {
  const result = runCheck(input, (await packLibrary()).packs, options);
  if (!result.ok) throw new ValidationError(result.errors.map((e) => ({ field: e.path, message: e.message })));
  return result.document;
}

/**
 * Checks the database's own data as at a day, for the whole body or one committee. For a committee,
 * its own findings and the register and gifts findings of the people who sit on it that day.
 */
export async function checkRegister(input: unknown): Promise<FindingsDocument> {
  const scope = validate(scopeSchema, input);
  const asAt = scope.asAt ?? todayUtc();
  const [snapshot, library] = await Promise.all([buildSnapshot(asAt), packLibrary()]);
  const result = runCheck(snapshot, library.packs, { asAt });
  if (!result.ok) throw new SnapshotProblemsError(result.errors);
  if (!scope.committeeId) return result.document;

  const committee = snapshot.committees.find((c) => c.id === scope.committeeId);
  if (!committee) throw new NotFoundError('The committee');
  const sitting = new Set(committee.members.filter((m) => m.from <= asAt && (!m.to || m.to >= asAt)).map((m) => m.personId));
  const inScope = (f: Finding) => f.committeeId === committee.id || (f.committeeId === null && f.personId !== null && sitting.has(f.personId));
  const findings = result.document.findings.filter(inScope);
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity] += 1;
  return { ...result.document, findings, summary };
}

/**
 * Enters on the register of breaches, at once, the breaches a decision's record shows (a member who voted
 * with an interest, a decision inquorate without its conflicted members), rather than at the next check.
 */
export async function enterBreachesOfDecisions(decisionIds: readonly string[], date: string, actor: Actor, at = new Date()) {
  if (decisionIds.length === 0) return [];
  const document = await checkRegister({ asAt: date });
  return syncBreaches(document.findings.filter((f) => f.decisionId !== null && decisionIds.includes(f.decisionId)), actor, at);
}

/**
 * Runs a check from the dashboard and stores it, so the next run can show what changed. `at` is when it
 * ran, if not now (the demo's stored runs).
 */
export async function runAndStoreCheck(input: { asAt?: string; committeeId?: string | null }, actor: Actor, at = new Date()) {
  const document = await checkRegister(input);
  const committeeId = input.committeeId || null;
  if (committeeId && !(await CommitteeModel.exists({ _id: committeeId }))) throw new NotFoundError('The committee');
  const run = await createVersioned(ComplianceRunModel, 'compliance-run', {
    ranAt: at,
    ranBy: { personId: actor.personId, name: actor.name },
    committeeId,
    asAt: document.asAt,
    rulePacks: document.rulePacks,
    findings: document.findings,
    summary: document.summary,
  }, actor, 'created', { at });
  await syncBreaches(document.findings, actor, at);
  return run;
}

/** A stored run with what changed since the run before it of the same scope. */
export async function getRun(id: string) {
  const run = await ComplianceRunModel.findById(id).lean();
  if (!run) throw new NotFoundError('The compliance run');
  const previous = await ComplianceRunModel.findOne({ committeeId: run.committeeId, ranAt: { $lt: run.ranAt } })
    .sort({ ranAt: -1 })
    .lean();
  return { run, previous, diff: diffFindings(previous?.findings, run.findings) };
}

export function recentRuns(limit = 20) {
  return ComplianceRunModel.find({}, { findings: 0 }).sort({ ranAt: -1 }).limit(limit).lean();
}
