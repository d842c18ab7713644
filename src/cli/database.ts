import { ConfigError, loadConfig } from '../config';
import { openAppDatabase } from '../db/appDatabase';
import { EmbeddedDatabaseError } from '../db/ferretdb';
import { EXIT_BAD_INPUT, type CliIo } from './io';

/**
 * Runs a command against the database the app uses (MONGODB_URI, or the embedded one) and closes it
 * afterwards. Configuration and embedded-database problems are reported as bad input (exit 2).
 */
export async function withAppDatabase(io: CliIo, work: () => Promise<number>): Promise<number> {
  let database;
  try {
    database = await openAppDatabase(loadConfig());
  } catch (error) {
    if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) {
      io.err(`coi: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  try {
    return await work();
  } finally {
    await database.close();
  }
}
