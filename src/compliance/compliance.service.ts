import { todayUtc } from '../engine/dates';
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { CommitteeModel } from '../committees/committee.model';
import { syncBreaches } from '../decisions/breaches.service';
import { runCheck, type CheckOptions, type Finding, type FindingsDocument, type Problem } from '../engine';
import { NotFoundError, ValidationError } from '../shared/errors';
import { isoDate, objectId, validate } from '../shared/validation';
import { createVersioned } from '../shared/versionedRecords';
import { ComplianceRunModel, type ComplianceRun } from './complianceRun.model';
import { diffFindings } from './findingsDiff';
import { packLibrary } from '../rulePacks/library';
import { currentSnapshot, meetingSnapshot } from './snapshotBuilder';
import { derived } from '../readModel/derived';
import type { RecordStore } from '../readModel/recordStore';
import { storedRecord } from '../registers/recordSource';

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
  const { snapshot, document } = await wholeBodyCheck(asAt);
  if (!scope.committeeId) return document;

  const committee = snapshot.committees.find((c) => c.id === scope.committeeId);
  if (!committee) throw new NotFoundError('The committee');
  const sitting = new Set(committee.members.filter((m) => m.from <= asAt && (!m.to || m.to >= asAt)).map((m) => m.personId));
  const inScope = (f: Finding) => f.committeeId === committee.id || (f.committeeId === null && f.personId !== null && sitting.has(f.personId));
  const findings = document.findings.filter(inScope);
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity] += 1;
  return { ...document, findings, summary };
}

/** The whole body checked on a day, kept until the next save (a rule pack's too: they are in the store). */
const wholeBodyCheck = derived(async (_store, asAt: string) => {
  const [snapshot, library] = await Promise.all([currentSnapshot(asAt), packLibrary()]);
  const result = runCheck(snapshot, library.packs, { asAt });
  if (!result.ok) throw new SnapshotProblemsError(result.errors);
  return { snapshot, document: result.document };
});

/**
 * Enters on the register of breaches, at once, the breaches a decision's record shows (a member who voted
 * with an interest, a decision inquorate without its conflicted members), rather than at the next check.
 */
export async function enterBreachesOfDecisions(decisionIds: readonly string[], date: string, actor: Actor, at = new Date()) {
  if (decisionIds.length === 0) return [];
  return syncBreaches(await findingsOnDecisions(decisionIds, date), actor, at);
}

/**
 * The findings about these decisions on `asAt`: the whole body's check would give the same, but each
 * decision's meeting's part of the register is checked instead (snapshotBuilder.ts), as a meeting is saved.
 */
export const findingsOnDecisions = derived(async (store, decisionIds: readonly string[], asAt: string): Promise<Finding[]> => {
  const { packs } = await packLibrary();
  const meetingIds = new Set<string>();
  for (const id of decisionIds) {
    const decision = storedRecord(store, 'decision', id);
    if (decision) meetingIds.add(decision.meetingId);
  }
  return [...meetingIds].flatMap((meetingId) => {
    const meeting = storedRecord(store, 'meeting', meetingId);
    if (!meeting) return [];
    const result = runCheck(meetingSnapshot(store, meeting, asAt), packs, { asAt });
    if (!result.ok) throw new SnapshotProblemsError(result.errors);
    return result.document.findings.filter((f) => f.decisionId !== null && decisionIds.includes(f.decisionId));
  });
});

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

/** A stored run as the register in memory holds it: its moments as ISO text, and without its findings. */
type StoredRun = Omit<ComplianceRun, 'ranAt' | 'findings'> & { _id: string; version: number; ranAt: string };

/** The stored runs, latest first, worked out again only after a save. */
const runsLatestFirst = derived((store) => (store.all('compliance-run') as unknown as StoredRun[]).sort((a, b) => b.ranAt.localeCompare(a.ranAt)));

/** Findings of the stored runs read last, by id and version: a stored run's findings never change. */
const findingsRead = new Map<string, Promise<Finding[]>>();
const FINDINGS_KEPT = 4;

/** A stored run's findings, which the register in memory leaves out (readModel/registerState.ts). */
function findingsOf(store: RecordStore, run: StoredRun): Promise<Finding[]> {
  const key = `${run._id}@${run.version}`;
  const kept = findingsRead.get(key);
  if (kept) return kept;
  const findings = store.complete('compliance-run', run._id).then((complete) => (complete?.findings ?? []) as Finding[]);
  findings.catch(() => findingsRead.delete(key));
  findingsRead.set(key, findings);
  if (findingsRead.size > FINDINGS_KEPT) findingsRead.delete(findingsRead.keys().next().value as string);
  return findings;
}

/** A stored run, findings and all, with what changed since the run before it of the same scope, kept until the next save. */
const runWithChanges = derived(async (store, id: string) => {
  const summary = store.get('compliance-run', id.toLowerCase()) as StoredRun | undefined;
  if (!summary) throw new NotFoundError('The compliance run');
  const before = (await runsLatestFirst()).find((r) => r.committeeId === summary.committeeId && r.ranAt < summary.ranAt) ?? null;
  const [findings, previousFindings] = await Promise.all([findingsOf(store, summary), before ? findingsOf(store, before) : undefined]);
  const run = { ...summary, findings };
  const previous = before && previousFindings ? { ...before, findings: previousFindings } : null;
  return { run, previous, diff: diffFindings(previousFindings, findings) };
});

export function getRun(id: string) {
  return runWithChanges(id);
}

/** The latest runs, without their findings (a run may hold thousands, and the register in memory leaves them out). */
export async function recentRuns(limit = 20) {
  return (await runsLatestFirst()).slice(0, limit);
}
