import { loadConfig } from '../config';
import { buildFerretdb, EmbeddedDatabaseError } from './ferretdb';

/**
 * `npm run db:build`: builds the embedded FerretDB ahead of time (the test command runs it first). A command a person
 * runs, so it prints plain text rather than the server's JSON log lines.
 */
try {
  if (process.env.MONGODB_URI) {
    console.log('MONGODB_URI is set: the embedded database is not needed.');
  } else {
    buildFerretdb(loadConfig().cacheDir, (line) => console.log(line));
  }
} catch (error) {
  console.error(error instanceof EmbeddedDatabaseError ? error.message : error);
  process.exit(1);
}
