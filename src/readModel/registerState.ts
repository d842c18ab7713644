/**
 * This process's copy of the register, for pages and the scheduler to read instead of the database. Each
 * call brings it up to the newest saved change first (one lookup by id; see recordStore.ts).
 */
import { RecordStore } from './recordStore';

/** Everything pages read; stored check runs and exports are read from the database when asked for. */
const REGISTER_TYPES = [
  'organisation',
  'person',
  'committee',
  'membership',
  'declaration',
  'confirmation',
  'gift',
  'meeting',
  'decision',
  'breach',
  'round',
  'return',
  'email-template',
] as const;

let store = new RecordStore(REGISTER_TYPES);

export function registerState(): Promise<RecordStore> {
  return store.fresh();
}

/** Tests empty the database between cases. */
export function forgetRegisterState(): void {
  store = new RecordStore(REGISTER_TYPES);
}
