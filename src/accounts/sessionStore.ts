import session from 'express-session';
import { Schema, model } from '../db/mongoose';
import { lookupsStartingNow } from '../shared/sharedLookups';

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

const DEFAULT_LIFETIME_MS = 8 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 10 * 60 * 1000;

/**
 * Sessions in the database, so they survive a restart and several app instances share them. Expired
 * sessions are removed by a sweep rather than a TTL index, which the portable subset leaves out.
 */
export class MongooseSessionStore extends session.Store {
  private sweeper: NodeJS.Timeout;
  /** Requests of one session that arrive together share its lookup (shared/sharedLookups.ts), made with the driver: every signed-in request makes one. */
  private lookup = lookupsStartingNow((sid) => SessionModel.collection.findOne<StoredSession>({ _id: sid as never }));
  /** The expiry last written for each session, so a request that would move it only a little writes nothing. */
  private writtenExpiry = new Map<string, number>();

  constructor() {
    super();
    this.sweeper = setInterval(() => {
      void SessionModel.deleteMany({ expires: { $lt: new Date() } }).catch(() => undefined);
      const now = Date.now();
      for (const [sid, expires] of this.writtenExpiry) if (expires < now) this.writtenExpiry.delete(sid);
    }, 15 * 60 * 1000);
    this.sweeper.unref();
  }

  override get(sid: string, callback: (err: unknown, session?: session.SessionData | null) => void): void {
    this.lookup(sid)
      .then((doc) => callback(null, doc && doc.expires > new Date() ? JSON.parse(doc.data) : null))
      .catch(callback);
  }

  override set(sid: string, data: session.SessionData, callback?: (err?: unknown) => void): void {
    const expires = expiryOf(data);
    SessionModel.updateOne({ _id: sid }, { $set: { data: JSON.stringify(data), expires } }, { upsert: true })
      .then(() => {
        this.writtenExpiry.set(sid, expires.getTime());
        callback?.();
      })
      .catch((err) => callback?.(err));
  }

  override destroy(sid: string, callback?: (err?: unknown) => void): void {
    this.writtenExpiry.delete(sid);
    SessionModel.deleteOne({ _id: sid })
      .then(() => callback?.())
      .catch((err) => callback?.(err));
  }

  /** Moves a session's expiry on, at most once every TOUCH_EVERY_MS: a session lasts 8 hours, so minutes don't matter. */
  override touch(sid: string, data: session.SessionData, callback?: () => void): void {
    const expires = expiryOf(data);
    if (expires.getTime() - (this.writtenExpiry.get(sid) ?? 0) < TOUCH_EVERY_MS) return callback?.();
    SessionModel.updateOne({ _id: sid }, { $set: { expires } })
      .then(() => this.writtenExpiry.set(sid, expires.getTime()))
      .catch(() => undefined)
      .finally(() => callback?.());
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}

function expiryOf(data: session.SessionData): Date {
  const expires = data.cookie?.expires;
  return expires ? new Date(expires) : new Date(Date.now() + DEFAULT_LIFETIME_MS);
}
