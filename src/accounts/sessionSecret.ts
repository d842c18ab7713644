import { randomBytes } from 'node:crypto';
import { settingOnce } from '../shared/settings';

/**
 * Without SESSION_SECRET, a secret made once and kept in the database: sessions then survive a restart
 * and every app instance on the same database accepts the same cookies.
 */
export function sharedSessionSecret(): Promise<string> {
  return settingOnce('session-secret', () => randomBytes(32).toString('hex'));
}
