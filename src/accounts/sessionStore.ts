import session from 'express-session';
import { Schema, model } from '../db/mongoose';
import { inputSource, noteInput, type Version } from '../shared/answerInputs';
import { noteCommit, recentLookups } from '../shared/visibility';

const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    expires: { type: Date, required: true },
  },
  { collection: 'sessions', versionKey: false },
);
sessionSchema.index({ expires: 1 });
const SessionModel = model('Session', sessionSchema);

interface StoredSession {
  data: string;
  expires: Date;
}

/** A session lasts this long after the request that last renewed it. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;
/** How far a session's expiry must move before it is saved and its cookie sent again: signing and saving on every request cost more than the rest of some pages. */
const RENEW_SESSION_AFTER_MS = 10 * 60 * 1000;

/** Whether a session in use is due to be renewed (app.ts): once its expiry would move by ten minutes, rather than on every request. */
export function sessionRenewalDue(expires: Date): boolean {
  return Date.now() + SESSION_LIFETIME_MS - expires.getTime() >= RENEW_SESSION_AFTER_MS;
}

/** The session as a page sees it: its stored text, or none; one due for renewal is about to change. */
function versionOf(doc: StoredSession | null): Version {
  if (!doc || doc.expires <= new Date()) return null;
  return sessionRenewalDue(doc.expires) ? 'due for renewal' : doc.data;
}

/**
 * Sessions in the database, so they survive a restart and several app instances share them. Expired
 * sessions are removed by a sweep rather than a TTL index, which the portable subset leaves out.
 */
export class MongooseSessionStore extends session.Store {
  private sweeper: NodeJS.Timeout;
  /** Requests of one session within the visibility window share its lookup (shared/visibility.ts), made with the driver: every signed-in request needs one. */
  private lookup = recentLookups((sid) => SessionModel.collection.findOne<StoredSession>({ _id: sid as never }));
  /** A page made for a session is sent again only while the session is unchanged (web/answersKept.ts). */
  private readonly input = inputSource('a session', async (sid) => versionOf(await this.lookup(sid)));

  constructor() {
    super();
    this.sweeper = setInterval(() => void SessionModel.deleteMany({ expires: { $lt: new Date() } }).catch(() => undefined), 15 * 60 * 1000);
    this.sweeper.unref();
  }

  override get(sid: string, callback: (err: unknown, session?: session.SessionData | null) => void): void {
    this.lookup(sid)
      .then((doc) => {
        noteInput(this.input, sid, versionOf(doc));
        callback(null, doc && doc.expires > new Date() ? JSON.parse(doc.data) : null);
      })
      .catch(callback);
  }

  override set(sid: string, data: session.SessionData, callback?: (err?: unknown) => void): void {
    const expires = expiryOf(data);
    SessionModel.updateOne({ _id: sid }, { $set: { data: JSON.stringify(data), expires } }, { upsert: true })
      .then(() => {
        this.written(sid);
        callback?.();
      })
      .catch((err) => callback?.(err));
  }

  override destroy(sid: string, callback?: (err?: unknown) => void): void {
    SessionModel.deleteOne({ _id: sid })
      .then(() => {
        this.written(sid);
        callback?.();
      })
      .catch((err) => callback?.(err));
  }

  /** A sign-in, a flash message or a sign-out: this instance reads it at once, and the response waits until others do. */
  private written(sid: string): void {
    noteCommit();
    this.lookup.forget(sid);
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}

function expiryOf(data: session.SessionData): Date {
  const expires = data.cookie?.expires;
  return expires ? new Date(expires) : new Date(Date.now() + SESSION_LIFETIME_MS);
}
