import { Schema, model } from '../db/mongoose';
import { insertOnce } from './claims';

/** Small values the app keeps for itself (the session secret, how far the save sweep has got), by name. */
const settingSchema = new Schema({ _id: String, value: String }, { collection: 'settings', versionKey: false });
const SettingModel = model('Setting', settingSchema);

export async function readSetting(name: string): Promise<string | null> {
  return (await SettingModel.findById(name).lean())?.value ?? null;
}

/** Overwrites a setting. Only for values any instance may set to the same effect (a checkpoint). */
export async function writeSetting(name: string, value: string): Promise<void> {
  await SettingModel.collection.replaceOne({ _id: name as never }, { value }, { upsert: true });
}

/** The setting's value, made by `make` if nobody has set it yet; when two instances race, both get the first. */
export async function settingOnce(name: string, make: () => string): Promise<string> {
  await insertOnce(SettingModel, { _id: name, value: make() });
  const value = await readSetting(name);
  if (value === null) throw new Error(`Could not read the setting ${name}`);
  return value;
}
