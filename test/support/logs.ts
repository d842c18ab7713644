import { createLogger, type Logger } from '../../src/shared/logger';

export interface CapturedLogs {
  /** A logger configured as the app's, writing here. */
  logger: Logger;
  /** Each line as written. */
  lines: string[];
  /** Each line parsed: every line must be JSON. */
  records: () => Record<string, unknown>[];
}

/** Log lines kept in memory, so a test can read exactly what the app would have written. */
export function captureLogs(level = 'debug'): CapturedLogs {
  const lines: string[] = [];
  return {
    logger: createLogger({ level, destination: { write: (line: string) => void lines.push(line) } }),
    lines,
    records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
