import mongoose from './mongoose';

/**
 * How long the driver waits before it gives up on the database. A request whose database has stalled
 * (stopped, not gone) fails within these bounds, so nothing hangs for long: the driver's monitor notices a
 * server that stops answering within HEARTBEAT_MS + CONNECT_TIMEOUT_MS, interrupts the operations waiting
 * on it, and a new operation waits at most SERVER_SELECTION_TIMEOUT_MS for a server.
 */
const SERVER_SELECTION_TIMEOUT_MS = 2_000;
const HEARTBEAT_MS = 500;
const CONNECT_TIMEOUT_MS = 1_000;

/** The app's own check: a ping every PING_EVERY_MS, and the database counts as down when none answered lately. */
const PING_EVERY_MS = 500;
const PING_TIMEOUT_MS = 1_000;
const DOWN_AFTER_MS = 1_500;

let lastAnswerAt = 0;
let pinger: NodeJS.Timeout | undefined;

function ping(): void {
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS).unref());
  Promise.race([mongoose.connection.db?.admin().ping(), timeout])
    .then((answer) => {
      if (answer) lastAnswerAt = Date.now();
    })
    .catch(() => undefined);
}

function startPinging(): void {
  lastAnswerAt = Date.now();
  if (pinger) return;
  pinger = setInterval(ping, PING_EVERY_MS);
  pinger.unref();
}

export async function connectDatabase(uri: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, {
    serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
    heartbeatFrequencyMS: HEARTBEAT_MS,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
  });
  await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
  startPinging();
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

/** Connected, and the database answered a ping within the last DOWN_AFTER_MS (a stalled server counts as down). */
export function isDatabaseAvailable(): boolean {
  return mongoose.connection.readyState === mongoose.ConnectionStates.connected && Date.now() - lastAnswerAt < DOWN_AFTER_MS;
}

export async function disconnectDatabase(): Promise<void> {
  if (pinger) clearInterval(pinger);
  pinger = undefined;
  await mongoose.disconnect();
}

const UNAVAILABLE_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoOperationTimeoutError',
]);

/** True when an error means "the database can't be reached now" rather than a bug or bad input. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (UNAVAILABLE_ERRORS.has(error.name)) return true;
  return /before initial connection is complete|Client must be connected|connection .* closed|interrupted/i.test(error.message);
}

export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
