/**
 * Sends the register's emails, each exactly once, and keeps the send log.
 *
 * An email is claimed by inserting its log entry under its exactly-once key (see email.model.ts); only the
 * instance whose insert lands goes on. Each delivery attempt is claimed the same way
 * ("email-attempt:<key>:<n>"), so two instances never both send attempt n. A failed attempt is retried with
 * back-off (1, 5, 15 and 60 minutes), then the email is left as failed and shown to governance leads.
 * Nothing is lost when the mail server refuses or is down: the email stays due.
 *
 * MAIL_MODE: `live` sends to each person; `test` sends everything to MAIL_TEST_TO; `off` records the email
 * and sends nothing; `outbox` (no SMTP_URL) writes each email as a file, as a local trial needs.
 */
import type { Mailer } from './mailer';
import { claim, claimHolder } from '../shared/claims';
import { EmailModel, type Email, type EmailAttempt, type EmailStatus } from './email.model';
import { noteFailure, noteUnnotedFailures } from './failures';
import { renderTemplate, type TemplateKey } from './templates';

export const MAIL_MODES = ['live', 'test', 'off', 'outbox'] as const;
export type MailMode = (typeof MAIL_MODES)[number];

/** Minutes to wait after each failed attempt; one more failure than there are waits gives up. */
const RETRY_AFTER_MINUTES = [1, 5, 15, 60];
/** An attempt claimed this long ago with no outcome recorded: its instance stopped while sending. */
const ABANDONED_AFTER_MS = 10 * 60_000;

export interface EmailRequest {
  /** Exactly once: a second request with the same key is ignored. */
  key: string;
  template: TemplateKey;
  to: string;
  personId?: string | null;
  roundId?: string | null;
  variables: Record<string, unknown>;
  /** Give the email a sign-in link for this person, made when it is sent (never stored). */
  signIn?: { personId: string; next: string | null; validForMinutes: number };
  attachments?: Email['attachments'];
}

export interface CurrentTemplate {
  subject: string;
  body: string;
  /** 0: the wording the register ships with. */
  version: number;
}

export interface PostmanDeps {
  transport: Mailer;
  mode: MailMode;
  /** Where every email goes in `test` mode. */
  testTo?: string;
  clock: () => Date;
  /** The template as a governance lead last saved it (or as shipped). */
  template: (key: TemplateKey) => Promise<CurrentTemplate>;
  /** Makes a single-use sign-in link. */
  signInLink: (personId: string, next: string | null, validForMinutes: number) => Promise<string>;
  /** Told each sign-in link sent, for the console when mail only goes to the outbox (never with the address). */
  announceSignInLink?: (link: string) => void;
  /** Variables every email can use (the body's name, the register's address). */
  common: Record<string, unknown>;
  /** False when the email should no longer go (its round was closed): it is logged as cancelled. */
  stillWanted?: (email: Email) => Promise<boolean>;
  log?: (line: string) => void;
}

/** Emails attempted at once in a delivery pass. */
const DELIVERY_CONCURRENCY = 16;

/** A new send-log entry: due now, nothing attempted yet. */
function logEntry(request: EmailRequest, now: Date) {
  return {
    _id: request.key,
    template: request.template,
    templateVersion: null,
    to: request.to,
    personId: request.personId ?? null,
    roundId: request.roundId ?? null,
    variables: request.variables,
    signIn: request.signIn ?? null,
    attachments: request.attachments ?? [],
    status: 'due',
    mode: null,
    deliveredTo: null,
    subject: null,
    body: null,
    attempts: [],
    nextAttemptAt: now,
    createdAt: now,
    sentAt: null,
  };
}

/** An attachment read back from the log: the driver gives stored bytes back as a BSON Binary. */
function asBuffer(content: unknown): Buffer {
  if (Buffer.isBuffer(content)) return content;
  const binary = content as { buffer?: Uint8Array };
  return Buffer.from(binary.buffer ?? new Uint8Array());
}

export class Postman {
  /** Emails this process knows are in the log, so planning does not claim them again. */
  private known = new Set<string>();
  /** Due emails and when each may next be attempted. */
  private due = new Map<string, number>();
  /** Entries this process logged and has not attempted yet: the first attempt need not read them back. */
  private logged = new Map<string, Email>();
  private delivering: Promise<void> | undefined;

  constructor(private readonly deps: PostmanDeps) {}

  get mode(): MailMode {
    return this.deps.mode;
  }

  close(): void {
    this.deps.transport.close();
  }

  /** Reads which emails are in the log and which are still due (at start-up, and now and then for others' leftovers). */
  async load(): Promise<void> {
    const entries = await EmailModel.find({}, { _id: 1, status: 1, nextAttemptAt: 1 }).lean();
    for (const entry of entries) {
      this.known.add(entry._id);
      if (entry.status === 'due') this.due.set(entry._id, entry.nextAttemptAt?.getTime() ?? 0);
    }
    await noteUnnotedFailures(entries.filter((entry) => entry.status === 'failed').map((entry) => entry._id));
  }

  knows(key: string): boolean {
    return this.known.has(key);
  }

  /** Logs the email as due, unless someone already has; true when this call claimed it. */
  async enqueue(request: EmailRequest): Promise<boolean> {
    return (await this.enqueueAll([request])) === 1;
  }

  /**
   * Logs the emails as due, one insert for the lot, each claimed by its key: a key already in the log (another
   * instance planned it, or it went before a restart) is refused alone. Returns how many this call claimed.
   */
  async enqueueAll(requests: EmailRequest[]): Promise<number> {
    const fresh = requests.filter((r) => !this.known.has(r.key));
    if (fresh.length === 0) return 0;
    const now = this.deps.clock();
    const refused = new Set<number>();
    try {
      await EmailModel.collection.insertMany(fresh.map((request) => logEntry(request, now)) as never[], { ordered: false });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: { index: number; code?: number }[] | { index: number; code?: number } }).writeErrors;
      const list = writeErrors === undefined ? undefined : Array.isArray(writeErrors) ? writeErrors : [writeErrors];
      if (!list || list.some((e) => e.code !== 11000)) throw error;
      list.forEach((e) => refused.add(e.index));
    }
    fresh.forEach((request, i) => {
      this.known.add(request.key);
      if (refused.has(i)) return;
      this.due.set(request.key, now.getTime());
      this.logged.set(request.key, logEntry(request, now) as Email);
    });
    return fresh.length - refused.size;
  }

  /**
   * Logs the email and makes its first attempt now; a failure leaves it due for a retry. Returns where it
   * stands: sent, due (to be tried again), not sent (mail is off), or null when the key was already used.
   */
  async send(request: EmailRequest): Promise<EmailStatus | null> {
    if (!(await this.enqueue(request))) return null;
    await this.attempt(request.key);
    return (await EmailModel.findById(request.key, { status: 1 }).lean())?.status ?? null;
  }

  /**
   * Attempts every due email whose time has come, a few at a time (the mail server and the database each
   * take several at once). Overlapping calls share one pass; a pass reads each template once.
   */
  deliverDue(): Promise<void> {
    this.delivering ??= (async () => {
      const now = this.deps.clock().getTime();
      const ready = [...this.due].filter(([, at]) => at <= now).map(([key]) => key);
      const templates = new Map<TemplateKey, Promise<CurrentTemplate>>();
      const templateFor = (key: TemplateKey) => {
        if (!templates.has(key)) templates.set(key, this.deps.template(key));
        return templates.get(key)!;
      };
      await Promise.all(Array.from({ length: DELIVERY_CONCURRENCY }, async () => {
        for (let key = ready.shift(); key !== undefined; key = ready.shift()) await this.attempt(key, templateFor);
      }));
    })().finally(() => (this.delivering = undefined));
    return this.delivering;
  }

  /** How many emails this process is waiting to deliver. */
  get dueCount(): number {
    return this.due.size;
  }

  private async attempt(key: string, templateFor: (key: TemplateKey) => Promise<CurrentTemplate> = this.deps.template): Promise<void> {
    const email = this.logged.get(key) ?? (await EmailModel.findById(key).lean<Email>());
    this.logged.delete(key);
    if (!email || email.status !== 'due') {
      this.due.delete(key);
      return;
    }
    const number = email.attempts.length + 1;
    const now = this.deps.clock();
    if (!(await claim(`email-attempt:${key}:${number}`, null, now))) {
      await this.abandonedAttempt(email, number, now);
      return;
    }
    if (this.deps.stillWanted && !(await this.deps.stillWanted(email))) {
      await this.record(email, { status: 'cancelled', nextAttemptAt: null });
      return;
    }
    const template = await templateFor(email.template as TemplateKey);
    const link = email.signIn ? await this.deps.signInLink(email.signIn.personId, email.signIn.next, email.signIn.validForMinutes) : undefined;
    // Only links people asked for at the sign-in page: a round's links would flood the console.
    if (link && email.template === 'sign-in-link') this.deps.announceSignInLink?.(link);
    const rendered = renderTemplate(template, { ...this.deps.common, ...email.variables, ...(link ? { link } : {}) });
    const kept = { templateVersion: template.version, subject: rendered.subject, body: link ? rendered.text.split(link).join('[sign-in link]') : rendered.text, mode: this.deps.mode };

    if (this.deps.mode === 'off') {
      await this.record(email, { ...kept, status: 'not-sent', nextAttemptAt: null });
      return;
    }
    const deliveredTo = this.deps.mode === 'test' ? (this.deps.testTo ?? email.to) : email.to;
    const subject = this.deps.mode === 'test' ? `[Test, for ${email.to}] ${rendered.subject}` : rendered.subject;
    try {
      await this.deps.transport.send({ to: deliveredTo, subject, text: rendered.text, attachments: email.attachments.map((a) => ({ ...a, content: asBuffer(a.content) })) });
    } catch (error) {
      const message = (error as Error).message;
      const attempt: EmailAttempt = { at: now, ok: false, error: message };
      const retryIn = RETRY_AFTER_MINUTES[number - 1];
      this.deps.log?.(`Email ${key} (${email.template}) attempt ${number} failed: ${message}${retryIn ? `; trying again in ${retryIn} min` : '; giving up'}`);
      await this.record(email, {
        ...kept,
        status: retryIn ? 'due' : 'failed',
        attempts: [...email.attempts, attempt],
        nextAttemptAt: retryIn ? new Date(now.getTime() + retryIn * 60_000) : null,
      });
      return;
    }
    await this.record(email, { ...kept, status: 'sent', deliveredTo, sentAt: now, attempts: [...email.attempts, { at: now, ok: true, error: null }], nextAttemptAt: null });
  }

  /**
   * Another instance holds this attempt. If it claimed it long ago and never said how it went, that
   * instance stopped mid-send: the email may or may not have gone, so it is logged as failed for a
   * person to check rather than sent twice.
   */
  private async abandonedAttempt(email: Email, number: number, now: Date): Promise<void> {
    this.due.delete(email._id);
    const held = await claimHolder(`email-attempt:${email._id}:${number}`);
    if (held && now.getTime() - held.claimedAt.getTime() > ABANDONED_AFTER_MS) {
      const attempt: EmailAttempt = { at: now, ok: false, error: 'The app stopped while sending this email, so it may or may not have been delivered.' };
      await this.record(email, { status: 'failed', attempts: [...email.attempts, attempt], nextAttemptAt: null });
    }
  }

  /** Writes an attempt's outcome. Only the instance holding the attempt's claim writes it. */
  private async record(email: Email, change: Partial<Email>): Promise<void> {
    await EmailModel.collection.updateOne({ _id: email._id as never }, { $set: change });
    if (change.status === 'failed') await noteFailure({ ...email, ...change });
    if (change.status === 'due') this.due.set(email._id, change.nextAttemptAt?.getTime() ?? 0);
    else this.due.delete(email._id);
  }
}
