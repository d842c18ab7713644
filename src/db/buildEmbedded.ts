import { loadConfig } from '../config';
import { buildFerretdb, EmbeddedDatabaseError } from './ferretdb';

/** `npm run db:build`: builds the embedded FerretDB ahead of time (the test command runs it first). */
try {
  if (process.env.MONGODB_URI) {
    console.log('MONGODB_URI is set: the embedded database is not needed.');
  } else {
    buildFerretdb(loadConfig().cacheDir);
  }
} catch (error) {
  console.error(error instanceof EmbeddedDatabaseError ? error.message : error);
  process.exit(1);
}
