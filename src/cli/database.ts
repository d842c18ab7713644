import { ConfigError, loadConfig } from '../config';
import { openAppDatabase } from '../db/appDatabase';
import { EmbeddedDatabaseError } from '../db/ferretdb';
import { untilCommitsVisible } from '../shared/visibility';
import { EXIT_BAD_INPUT, type CliIo } from './io';

/**
 * Runs a command against the database the app uses (MONGODB_URI, or the embedded one) and closes it
 * afterwards, once its saves are visible everywhere. Configuration and embedded-database problems are reported as bad input (exit 2).
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
    const code = await work();
    // Whoever reads the command's report may go straight to a page: its saves must be there.
    await untilCommitsVisible();
    return code;
  } finally {
    await database.close();
  }
}
