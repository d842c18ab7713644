import type { NextFunction, Request, Response } from 'express';
import { InvalidTokenError, SignInRequiredError } from '../accounts/access';
import { SnapshotProblemsError } from '../compliance/compliance.service';
import { isDatabaseUnavailableError } from '../db/connection';
import { logger } from '../shared/logger';
import { CommitOutcomeUnknownError, ConcurrencyError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors';
import { isApiRequest } from './requestKind';

const DATABASE_UNAVAILABLE =
  'The register is temporarily unavailable because its database cannot be reached. Nothing was saved. Try again in a minute.';

interface HttpError {
  status: number;
  title: string;
  message: string;
}

function classify(error: unknown): HttpError {
  if (error instanceof ValidationError) return { status: 400, title: 'There is a problem', message: error.message };
  if (error instanceof InvalidTokenError) return { status: 401, title: 'Sign in', message: error.message };
  if (error instanceof SignInRequiredError) return { status: 401, title: 'Sign in', message: error.message };
  if (error instanceof ForbiddenError) return { status: 403, title: 'You cannot do that', message: error.message };
  // A malformed id in a URL names no record: that is a 404, not a fault.
  if (error instanceof NotFoundError) return { status: 404, title: 'Page not found', message: error.message };
  if ((error as Error)?.name === 'CastError') return { status: 404, title: 'Page not found', message: 'That record was not found' };
  if (error instanceof ConcurrencyError) return { status: 409, title: 'This record changed', message: error.message };
  if (error instanceof SnapshotProblemsError) return { status: 422, title: 'The register data needs attention', message: error.message };
  if (error instanceof CommitOutcomeUnknownError) return { status: 503, title: 'Sorry, the service is unavailable', message: error.message };
  if (isDatabaseUnavailableError(error)) return { status: 503, title: 'Sorry, the service is unavailable', message: DATABASE_UNAVAILABLE };
  // An http-errors style refusal (the edge's own, or a library's) whose message is meant for the caller.
  const { status, expose, message } = error as { status?: unknown; expose?: unknown; message?: unknown };
  if (typeof status === 'number' && status >= 400 && status < 500 && expose === true && typeof message === 'string') {
    return { status, title: 'There is a problem', message };
  }
  return { status: 500, title: 'Sorry, there is a problem with the service', message: 'Something went wrong. Nothing was saved. Try again later.' };
}

const RETURN_ADDRESS_MAX = 2000;

/**
 * Logs a fault: what failed and where, never what was sent. The request's body, cookies, tokens and query are
 * left out, and the logger blanks any email address the error quotes (a duplicate key error quotes the key).
 */
export function logFault(error: unknown, req: Request): void {
  const { name, message, stack } = error instanceof Error ? error : { name: typeof error, message: String(error), stack: undefined };
  logger().error({ fault: { name, message, stack } }, `Fault answering ${req.method} ${req.path}: ${name}: ${message}`);
}

export function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  const http = classify(error);
  if (http.status === 500) logFault(error, req);
  if (res.headersSent) return;
  if (isApiRequest(req)) {
    const body: Record<string, unknown> = { error: http.message };
    if (error instanceof ValidationError) body.errors = error.errors;
    res.status(http.status).json(body);
    return;
  }
  if (http.status === 401) {
    // Back to the page after sign-in, unless its address would make the redirect too long for a browser's headers.
    res.redirect(303, req.originalUrl.length <= RETURN_ADDRESS_MAX ? `/sign-in?next=${encodeURIComponent(req.originalUrl)}` : '/sign-in');
    return;
  }
  res.status(http.status).render('error', { title: http.title, message: http.message });
}

export function notFoundHandler(req: Request, _res: Response, next: NextFunction): void {
  next(new NotFoundError(`The page ${req.path}`));
}
