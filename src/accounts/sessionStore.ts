import session from 'express-session';
import { Schema, model } from '../db/mongoose';

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

const DEFAULT_LIFETIME_MS = 8 * 60 * 60 * 1000;

/**
 * Sessions in the database, so they survive a restart and several app instances share them. Expired
 * sessions are removed by a sweep rather than a TTL index, which the portable subset leaves out.
 */
export class MongooseSessionStore extends session.Store {
  private sweeper: NodeJS.Timeout;

  constructor() {
    super();
    this.sweeper = setInterval(() => void SessionModel.deleteMany({ expires: { $lt: new Date() } }).catch(() => undefined), 15 * 60 * 1000);
    this.sweeper.unref();
  }

  override get(sid: string, callback: (err: unknown, session?: session.SessionData | null) => void): void {
    SessionModel.findById(sid)
      .lean()
      .then((doc) => callback(null, doc && doc.expires > new Date() ? JSON.parse(doc.data) : null))
      .catch(callback);
  }

  override set(sid: string, data: session.SessionData, callback?: (err?: unknown) => void): void {
    SessionModel.updateOne({ _id: sid }, { $set: { data: JSON.stringify(data), expires: expiryOf(data) } }, { upsert: true })
      .then(() => callback?.())
      .catch((err) => callback?.(err));
  }

  override destroy(sid: string, callback?: (err?: unknown) => void): void {
    SessionModel.deleteOne({ _id: sid })
      .then(() => callback?.())
      .catch((err) => callback?.(err));
  }

  override touch(sid: string, data: session.SessionData, callback?: () => void): void {
    SessionModel.updateOne({ _id: sid }, { $set: { expires: expiryOf(data) } })
      .then(() => callback?.())
      .catch(() => callback?.());
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}

function expiryOf(data: session.SessionData): Date {
  const expires = data.cookie?.expires;
  return expires ? new Date(expires) : new Date(Date.now() + DEFAULT_LIFETIME_MS);
}
