import { logger } from '../shared/logger';
import mongoose from './mongoose';

/**
 * How long the driver waits before it gives up on the database. A request whose database has stalled
 * (stopped, not gone) fails within these bounds, so nothing hangs for long: the driver's monitor notices a
 * server that stops answering within HEARTBEAT_MS + CONNECT_TIMEOUT_MS, interrupts the operations waiting
 * on it, and a new operation waits at most SERVER_SELECTION_TIMEOUT_MS for a server.
 */
const SERVER_SELECTION_TIMEOUT_MS = 1_500;
const HEARTBEAT_MS = 500;
const CONNECT_TIMEOUT_MS = 1_000;

/**
 * The app's own check, for /health and for refusing requests at once while the database is away: a ping
 * every PING_EVERY_MS; the database counts as down from the moment a ping fails or goes unanswered for
 * PING_TIMEOUT_MS, so a stalled server is reported down within PING_EVERY_MS + PING_TIMEOUT_MS.
 */
const PING_EVERY_MS = 500;
const PING_TIMEOUT_MS = 1_000;
/** A timeout that fires this late was held up by a busy event loop, not by the database: it proves nothing. */
const LATE_TIMER_MS = 250;

let lastPingFailed = false;
let pingInFlight = false;
let pinger: NodeJS.Timeout | undefined;

function ping(): void {
  const db = mongoose.connection.db;
  if (pingInFlight || !db) return;
  pingInFlight = true;
  const sentAt = Date.now();
  let settled = false;
  const settle = (failed: boolean) => {
    if (settled) return;
    settled = true;
    pingInFlight = false;
    lastPingFailed = failed;
  };
  const timer = setTimeout(() => {
    // After a busy spell the answer may be waiting unread: setImmediate runs after pending I/O is read.
    if (Date.now() - sentAt - PING_TIMEOUT_MS < LATE_TIMER_MS) setImmediate(() => settle(true));
  }, PING_TIMEOUT_MS);
  timer.unref();
  db.admin()
    .ping()
    .then(() => settle(false), () => settle(true))
    .finally(() => clearTimeout(timer));
}

function startPinging(): void {
  lastPingFailed = false;
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
export async function connectWithRetry(uri: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await connectDatabase(uri);
      return;
    } catch (error) {
      if (attempt === 1 || attempt % 10 === 0) {
        logger().warn(`The database at ${redactUri(uri)} is unreachable (${(error as Error).message}); retrying.`);
      }
      await mongoose.disconnect().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}

/** Connected, and the last ping was answered in time (a stalled server counts as down). */
export function isDatabaseAvailable(): boolean {
  return mongoose.connection.readyState === mongoose.ConnectionStates.connected && !lastPingFailed;
}

export async function disconnectDatabase(): Promise<void> {
  if (pinger) clearInterval(pinger);
  pinger = undefined;
  await mongoose.disconnect();
}

/** Refused without asking: the database has not answered lately (see isDatabaseAvailable). */
export class DatabaseUnavailableError extends Error {
  constructor() {
    super('The database is not answering');
    this.name = 'DatabaseUnavailableError';
  }
}

const UNAVAILABLE_ERRORS = new Set([
  'DatabaseUnavailableError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoOperationTimeoutError',
]);

/** The socket's own errors, which the driver can pass on as they are (a write to a server that was just killed). */
const SOCKET_ERRORS = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);

/** True when an error means "the database can't be reached now" rather than a bug or bad input. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (UNAVAILABLE_ERRORS.has(error.name)) return true;
  if (SOCKET_ERRORS.has(String((error as NodeJS.ErrnoException).code))) return true;
  return /before initial connection is complete|Client must be connected|connection .* closed|interrupted|ECONNRESET|ECONNREFUSED|EPIPE/i.test(error.message);
}

export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
