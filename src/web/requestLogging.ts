import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { withRequestLogger, type Logger } from '../shared/logger';

/** A request id a proxy in front of the app may already have given; anything else is replaced with our own. */
const FORWARDED_REQUEST_ID = /^[\w.:-]{8,100}$/;

/** Probes poll every few seconds: their lines are kept for debugging, not every day's log. */
const PROBES = new Set(['/health', '/ready']);

function levelOf(path: string, status: number): 'debug' | 'info' | 'warn' | 'error' {
  // 503 is the database being away, which /health reports; any other 5xx is a fault.
  if (status === 503) return 'warn';
  if (status >= 500) return 'error';
  return PROBES.has(path) ? 'debug' : 'info';
}

/**
 * Logs each request once it is answered (method, path without query, status, duration; whether it was an
 * answer kept and sent again, or why a page made was not kept: web/answersKept.ts) under a request id
 * that every line logged while answering it carries, that the response gives back in `X-Request-Id`, and that
 * error pages show. Nothing from headers or bodies is logged: no cookies, tokens or form fields.
 *
 * The request's child logger is made only when something logs, so a request whose line the level leaves out
 * costs an id and a timer (pino-http made a child logger and serialisers for every request).
 */
export function requestLogging(log: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const forwarded = req.headers['x-request-id'];
    const id = typeof forwarded === 'string' && FORWARDED_REQUEST_ID.test(forwarded) ? forwarded : randomUUID();
    res.setHeader('X-Request-Id', id);
    req.id = id;
    res.locals.requestId = id;
    let child: Logger | undefined;
    const requestLog = () => (child ??= log.child({ reqId: id }));
    const started = performance.now();
    // The path without its query, which may hold a sign-in token, an authorisation code or a search.
    const path = req.originalUrl.split('?')[0];
    res.once('close', () => {
      const level = levelOf(path, res.statusCode);
      if (!log.isLevelEnabled(level)) return;
      const durationMs = Math.round(performance.now() - started);
      const { sentAgain, notKeptBecause } = res.locals as { sentAgain?: true; notKeptBecause?: string };
      const answered = res.writableFinished ? `${res.statusCode} in ${durationMs} ms${sentAgain ? ', sent again' : ''}` : `abandoned by the client after ${durationMs} ms`;
      requestLog()[level]({ method: req.method, path, status: res.statusCode, durationMs, sentAgain, notKeptBecause }, `${req.method} ${path} ${answered}`);
    });
    withRequestLogger(requestLog, next);
  };
}
