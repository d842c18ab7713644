import { todayUtc } from '../engine/dates';
import { createHash } from 'node:crypto';
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { findingKey } from '../compliance/findingsDiff';
import type { Finding } from '../engine';
import { derived } from '../readModel/derived';
import { registerState } from '../readModel/registerState';
import { inStore } from '../registers/recordSource';
import { ConcurrencyError } from '../shared/errors';
import { findRecord, namesById } from '../shared/records';
import { choose, expectedVersion, validate } from '../shared/validation';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import { BREACH_RULES, BREACH_STATUSES, type BreachRuleId, type BreachStatus } from '../shared/vocabulary';
import { BreachModel } from './breach.model';
import { DecisionModel } from './decision.model';

const RECORD_TYPE = 'breach';

const statusChangeSchema = Joi.object<{ status: BreachStatus; actionTaken: string | null; version: number }>({
  status: Joi.string().valid(...BREACH_STATUSES.values).required().messages(choose('the status of the breach')),
  actionTaken: Joi.string().trim().max(2000).empty('').allow(null).default(null).messages({ 'string.max': 'Action taken must be 2000 characters or fewer' }),
  version: expectedVersion(),
});

const closingChecks = (value: { status: BreachStatus; actionTaken: string | null }) =>
  value.status === 'closed' && !value.actionTaken ? [{ field: 'actionTaken', message: 'Enter the action taken before closing the breach' }] : [];

const filterSchema = Joi.object<{ status: BreachStatus | 'all' }>({
  status: Joi.string().valid('all', ...BREACH_STATUSES.values).empty('').default('all').messages(choose('a status from the list')),
});

/** The findings that are breaches: a conflict rule's finding that a decision was taken improperly. */
export function breachFindings(findings: readonly Finding[]) {
  return findings.filter((finding): finding is Finding & { ruleId: BreachRuleId } => (BREACH_RULES.values as readonly string[]).includes(finding.ruleId));
}

/**
 * A breach's id comes from its finding, so the first save of version 1 claims the entry: another check
 * entering the same breach a moment later is refused, and the register keeps one entry.
 */
function breachId(finding: Finding): string {
  return createHash('sha256').update(findingKey(finding)).digest('hex').slice(0, 24);
}

async function enteredOnce<T>(create: () => Promise<T>): Promise<T | null> {
  try {
    return await create();
  } catch (error) {
    if (error instanceof ConcurrencyError) return null;
    throw error;
  }
}

/** A new entry of the register for a breach finding: open, dated the day of its decision. */
function newBreach(finding: Finding & { ruleId: BreachRuleId }, decisionDates: Map<string, string>, at: Date) {
  const { ruleId, committeeId, decisionId, meetingId, personId, declarationId, message, guidance } = finding;
  return {
    findingKey: findingKey(finding),
    ruleId,
    committeeId,
    decisionId,
    meetingId,
    personId,
    declarationId,
    message,
    guidance,
    // Every breach rule is about a decision; the fallback only guards a finding made from other data.
    occurredOn: decisionDates.get(decisionId ?? '') ?? todayUtc(at),
    firstFoundAt: at,
    status: 'open' as const,
    actionTaken: null,
  };
}

/**
 * Enters each breach finding on the register of breaches the first time a check finds it. Entries already
 * there are left exactly as they are, whether found again or not: a breach stays on the register once
 * recorded, and only a governance lead changes its status. Returns the new entries. `at` is when the check
 * ran, if not now (the demo's history).
 */
export async function syncBreaches(findings: readonly Finding[], actor: Actor, at = new Date()) {
  const breaches = breachFindings(findings);
  const known = new Set((await BreachModel.find({ findingKey: { $in: breaches.map(findingKey) } }, { findingKey: 1 }).lean()).map((b) => b.findingKey));
  const fresh = breaches.filter((f) => !known.has(findingKey(f)));
  const decisionDates = await namesById(DecisionModel, fresh.map((f) => f.decisionId), 'date');
  const entered = [];
  for (const finding of fresh) {
    const breach = await enteredOnce(() => createVersioned(BreachModel, RECORD_TYPE, newBreach(finding, decisionDates, at), actor, 'recorded', { id: breachId(finding), at }));
    if (breach) entered.push(breach);
  }
  return entered;
}

/** Moves a breach to under review or closed (with the action taken), as a new version. */
export async function updateBreachStatus(id: string, input: unknown, actor: Actor) {
  await getBreach(id);
  const { version, ...change } = validate(statusChangeSchema, input, closingChecks);
  return updateVersioned(BreachModel, RECORD_TYPE, id, version, change, actor, change.status === 'closed' ? 'closed' : 'updated');
}

export function getBreach(id: string) {
  return findRecord(BreachModel, id, 'The breach');
}

export async function breachWithHistory(id: string) {
  return { breach: await getBreach(id), history: await versionHistory(RECORD_TYPE, id) };
}

/** The register of breaches, newest first, optionally only those with one status (`?status=open`). */
export async function listBreaches(query: unknown) {
  const { status } = validate(filterSchema, query);
  const breaches = (await breachesLatestFirst()).filter((b) => status === 'all' || b.status === status);
  return { status, breaches };
}

/** Every breach, the latest first, from the register in memory: worked out again only after a save. */
const breachesLatestFirst = derived((store) =>
  inStore(store, RECORD_TYPE).sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || String(b.firstFoundAt).localeCompare(String(a.firstFoundAt))),
);

/** The register of breaches as its page shows it: each with the names of who and what it concerns. */
export async function breachRegister(query: unknown) {
  const { status, breaches } = await listBreaches(query);
  const store = await registerState();
  return {
    status,
    breaches: breaches.map((b) => ({
      ...b,
      personName: store.text('person', b.personId),
      committeeName: store.text('committee', b.committeeId),
      decisionTitle: store.text('decision', b.decisionId, 'title'),
    })),
  };
}

/** The open breaches on the register for a decision, for the page that recorded it to say so. */
export function openBreachesOfDecision(decisionId: string) {
  return BreachModel.find({ decisionId, status: 'open' }).lean();
}
