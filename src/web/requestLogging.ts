import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { withRequestLogger, type Logger } from '../shared/logger';

/** A request id a proxy in front of the app may already have given; anything else is replaced with our own. */
const FORWARDED_REQUEST_ID = /^[\w.:-]{8,100}$/;

/** Probes poll every few seconds: their lines are kept for debugging, not every day's log. */
const PROBES = new Set(['/health', '/ready']);

/** The path without its query, which may hold a sign-in token, an authorisation code or a search. */
const pathOf = (req: IncomingMessage) => ((req as Request).originalUrl ?? req.url ?? '').split('?')[0];

function requestFields(req: IncomingMessage, res: ServerResponse, durationMs: number) {
  return { method: req.method, path: pathOf(req), status: res.statusCode, durationMs };
}

/**
 * Logs each request once it is answered (method, path without query, status, duration) under a request id
 * that every line logged while answering it carries, that the response gives back in `X-Request-Id`, and that
 * error pages show. Nothing from headers or bodies is logged: no cookies, tokens or form fields.
 */
export function requestLogging(log: Logger): RequestHandler[] {
  const http = pinoHttp({
    logger: log,
    quietReqLogger: true,
    quietResLogger: true,
    genReqId: (req, res) => {
      const forwarded = req.headers['x-request-id'];
      const id = typeof forwarded === 'string' && FORWARDED_REQUEST_ID.test(forwarded) ? forwarded : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (req, res, error) => {
      // 503 is the database being away, which /health reports; any other 5xx is a fault.
      if (res.statusCode === 503) return 'warn';
      if (error || res.statusCode >= 500) return 'error';
      return PROBES.has(pathOf(req)) ? 'debug' : 'info';
    },
    customSuccessMessage: (req, res, ms) => `${req.method} ${pathOf(req)} ${res.statusCode} in ${ms} ms`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customSuccessObject: (req, res, fields: { responseTime: number }) => requestFields(req, res, fields.responseTime),
    // The fault itself is logged by the error handler, without anything the request sent.
    customErrorObject: (req, res, _error, fields: { responseTime: number }) => requestFields(req, res, fields.responseTime),
  });
  const shareRequestLogger = (req: Request, res: Response, next: NextFunction) => {
    res.locals.requestId = req.id;
    withRequestLogger(req.log, next);
  };
  return [http, shareRequestLogger];
}
