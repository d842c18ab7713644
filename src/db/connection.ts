import mongoose from './mongoose';

const SERVER_SELECTION_TIMEOUT_MS = 3_000;

export async function connectDatabase(uri: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS });
  await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
  return mongoose;
}

/**
 * Keeps trying to connect until it succeeds, so an app started while its database is down serves 503s and
 * then recovers by itself. Once connected, the driver reconnects on its own after an outage.
 */
export async function connectWithRetry(uri: string, log: (line: string) => void = console.error): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await connectDatabase(uri);
      return;
    } catch (error) {
      if (attempt === 1 || attempt % 10 === 0) {
        log(`The database at ${redactUri(uri)} is unreachable (${(error as Error).message}); retrying.`);
      }
      await mongoose.disconnect().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}

export function isDatabaseConnected(): boolean {
  return mongoose.connection.readyState === mongoose.ConnectionStates.connected;
}

const UNAVAILABLE_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/** True when an error means "the database can't be reached now" rather than a bug or bad input. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (UNAVAILABLE_ERRORS.has(error.name)) return true;
  return /before initial connection is complete|Client must be connected|connection .* closed/i.test(error.message);
}

export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
