import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Anything that looks like an email address, blanked from every log line whatever logged it. A dotted domain is
 * required, so a redacted database address (`mongodb://***@db.internal`) is left readable.
 */
const EMAIL_ADDRESS = /[A-Za-z0-9][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

const withoutEmailAddresses = (text: string) => text.replace(EMAIL_ADDRESS, '[email address]');

export interface LoggerOptions {
  /** One of pino's levels or `silent`; LOG_LEVEL, else `info`. */
  level?: string;
  /** Where the JSON lines go; standard output unless a test captures them. */
  destination?: DestinationStream;
}

/**
 * A JSON logger: one line per event, with time, level and message. Fields that could carry personal data are
 * redacted by name, and any email address in a finished line is blanked, so a message that quotes one (a
 * database error) still logs none.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  return pino(
    {
      // A LOG_LEVEL pino does not know is named by the configuration check; meanwhile this logger must still work to say so.
      level: level in pino.levels.values || level === 'silent' ? level : 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['email', '*.email', 'token', '*.token', 'password', '*.password', 'cookie', '*.cookie', 'authorization', '*.authorization'], censor: '[redacted]' },
      hooks: { streamWrite: withoutEmailAddresses },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

let processLogger: Logger | undefined;
/** The answering request's logger, made when first asked for (web/requestLogging.ts). */
const requestLogger = new AsyncLocalStorage<() => Logger>();

/**
 * The logger to write to: while answering a request, that request's (its lines carry the request id and go
 * where the app's logger goes); otherwise the process's.
 */
export function logger(): Logger {
  const current = requestLogger.getStore();
  if (current) return current();
  processLogger ??= createLogger();
  return processLogger;
}

/** Runs the rest of a request's handling with its own logger as the one `logger()` gives. */
export function withRequestLogger(log: () => Logger, run: () => void): void {
  requestLogger.run(log, run);
}
