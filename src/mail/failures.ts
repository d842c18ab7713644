/**
 * The emails that gave up, noted apart from the send log. The governance lead's home page lists them on every
 * visit, and to find the failed entries of the send log the embedded database reads every entry, attachments
 * and all (a briefing's PDF), which under load took longer than the rest of the page. A failure is noted by
 * the postman as it records it; the postman's load (at start-up, and now and then) notes any it finds
 * unnoted: one that failed in a process stopped before it noted it, or before notes were kept.
 */
import { Schema, model } from '../db/mongoose';
import { inputSource, noteInput } from '../shared/answerInputs';
import { noteCommit, recentLookups } from '../shared/visibility';
import { EmailModel, lastError, type Email } from './email.model';

export interface EmailFailure {
  /** The send log entry's id. */
  _id: string;
  template: string;
  to: string;
  createdAt: Date;
  /** What the mail server (or the app) last said. */
  lastError: string | null;
}

const failureSchema = new Schema<EmailFailure>(
  {
    _id: { type: String, required: true },
    template: { type: String, required: true },
    to: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastError: { type: String, default: null },
  },
  { collection: 'email_failures', versionKey: false },
);
const EmailFailureModel = model<EmailFailure>('EmailFailure', failureSchema);

export type FailedEntry = Pick<Email, '_id' | 'template' | 'to' | 'createdAt' | 'attempts'>;

function failureOf(entry: FailedEntry): EmailFailure {
  return { _id: entry._id, template: entry.template, to: entry.to, createdAt: entry.createdAt, lastError: lastError(entry.attempts) };
}

/** Notes an entry the postman has just recorded as failed. */
export async function noteFailure(entry: FailedEntry): Promise<void> {
  const { _id, ...fields } = failureOf(entry);
  await EmailFailureModel.collection.updateOne({ _id: _id as never }, { $set: fields }, { upsert: true });
  noteCommit();
  allFailures.forget('');
}

/** Notes those of the send log's failed entries (by id) that are not noted yet. */
export async function noteUnnotedFailures(failedIds: readonly string[]): Promise<void> {
  if (failedIds.length === 0) return;
  const noted = new Set((await EmailFailureModel.find({}, { _id: 1 }).lean()).map((f) => f._id));
  for (const id of failedIds) {
    if (noted.has(id)) continue;
    const entry = await EmailModel.findById(id, { template: 1, to: 1, createdAt: 1, attempts: 1 }).lean<FailedEntry>();
    if (entry) await noteFailure(entry);
  }
}

/** Home pages asking within the visibility window share one read (shared/visibility.ts). */
const allFailures = recentLookups(() => EmailFailureModel.find({}).lean<EmailFailure[]>().exec());

/** Each lookup's list as text, made once: a page listing failures is sent again only while it is unchanged (web/answersKept.ts). */
const versions = new WeakMap<EmailFailure[], string>();
const versionOf = (failures: EmailFailure[]) => versions.get(failures) ?? versions.set(failures, JSON.stringify(failures)).get(failures)!;
const FAILURES_INPUT = inputSource('the failed emails', async () => versionOf(await allFailures('')));

/** The latest failures, newest first. */
export async function latestFailures(limit: number): Promise<EmailFailure[]> {
  const failures = await allFailures('');
  noteInput(FAILURES_INPUT, '', versionOf(failures));
  return [...failures].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, limit);
}
