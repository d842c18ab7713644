import { randomBytes } from 'node:crypto';
import { Schema, model } from '../db/mongoose';

const settingSchema = new Schema({ _id: String, value: String }, { collection: 'settings', versionKey: false });
const SettingModel = model('Setting', settingSchema);

/**
 * Without SESSION_SECRET, a secret made once and kept in the database: sessions then survive a restart
 * and every app instance on the same database accepts the same cookies.
 */
export async function sharedSessionSecret(): Promise<string> {
  const setting = await SettingModel.findOneAndUpdate(
    { _id: 'session-secret' },
    { $setOnInsert: { value: randomBytes(32).toString('hex') } },
    { upsert: true, new: true },
  ).lean();
  if (!setting?.value) throw new Error('Could not read or create the session secret');
  return setting.value;
}
