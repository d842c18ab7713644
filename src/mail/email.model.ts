import { Schema, model } from '../db/mongoose';

export const EMAIL_STATUSES = ['due', 'sent', 'failed', 'not-sent', 'cancelled'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** One delivery attempt: when, and what the mail server said. */
export interface EmailAttempt {
  at: Date;
  ok: boolean;
  error: string | null;
}

/** What the mail server (or the app) said on the latest attempt that failed. */
export function lastError(attempts: readonly EmailAttempt[]): string | null {
  return attempts.findLast((a) => !a.ok)?.error ?? null;
}

/**
 * The send log: one entry per email the register decided to send, kept for good. Its id is the email's
 * exactly-once key ("round:<id>:reminder:2:<person>"), so inserting it claims the email: a second
 * instance, or a restart, planning the same email finds it already there. Sign-in links are never stored:
 * the link is made when the email is sent and the body is kept with "[sign-in link]" in its place.
 */
export interface Email {
  _id: string;
  template: string;
  /** The template's version when it was sent; 0 is the wording the register ships with. */
  templateVersion: number | null;
  to: string;
  personId: string | null;
  roundId: string | null;
  /** What the template is rendered with, besides the sign-in link. */
  variables: Record<string, unknown>;
  /** For emails that carry a sign-in link: whose, where it leads and for how many days it works. */
  signIn: { personId: string; next: string | null; validForMinutes: number } | null;
  attachments: { filename: string; contentType: string; content: Buffer }[];
  status: EmailStatus;
  /** MAIL_MODE when it was sent, and where it actually went (the test address in `test` mode). */
  mode: string | null;
  deliveredTo: string | null;
  subject: string | null;
  body: string | null;
  attempts: EmailAttempt[];
  nextAttemptAt: Date | null;
  createdAt: Date;
  sentAt: Date | null;
}

const emailSchema = new Schema<Email>(
  {
    _id: { type: String, required: true },
    template: { type: String, required: true },
    templateVersion: { type: Number, default: null },
    to: { type: String, required: true },
    personId: { type: String, default: null },
    roundId: { type: String, default: null },
    variables: { type: Schema.Types.Mixed, default: {} },
    signIn: { type: Schema.Types.Mixed, default: null },
    attachments: { type: Schema.Types.Mixed, default: [] },
    status: { type: String, required: true, enum: EMAIL_STATUSES },
    mode: { type: String, default: null },
    deliveredTo: { type: String, default: null },
    subject: { type: String, default: null },
    body: { type: String, default: null },
    attempts: { type: Schema.Types.Mixed, default: [] },
    nextAttemptAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    sentAt: { type: Date, default: null },
  },
  { collection: 'emails', versionKey: false, minimize: false },
);
emailSchema.index({ status: 1, nextAttemptAt: 1 });
emailSchema.index({ roundId: 1 });
emailSchema.index({ createdAt: -1 });

export const EmailModel = model<Email>('Email', emailSchema);
