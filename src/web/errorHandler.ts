import type { NextFunction, Request, Response } from 'express';
import { InvalidTokenError, SignInRequiredError } from '../accounts/access';
import { SnapshotProblemsError } from '../compliance/compliance.service';
import { isDatabaseUnavailableError } from '../db/connection';
import { CommitOutcomeUnknownError, ConcurrencyError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors';

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
  const bodyError = error as { type?: string; status?: number };
  if (bodyError.type === 'entity.too.large') return { status: 413, title: 'Too large', message: 'The request is too large.' };
  if (bodyError.type === 'entity.parse.failed') return { status: 400, title: 'There is a problem', message: 'The request body is not valid JSON.' };
  return { status: 500, title: 'Sorry, there is a problem with the service', message: 'Something went wrong. Nothing was saved. Try again later.' };
}

export const isApiRequest = (req: Request) => req.originalUrl.startsWith('/api/') || req.originalUrl === '/api';

export function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  const http = classify(error);
  if (http.status === 500) console.error(error);
  if (res.headersSent) return;
  if (isApiRequest(req)) {
    const body: Record<string, unknown> = { error: http.message };
    if (error instanceof ValidationError) body.errors = error.errors;
    res.status(http.status).json(body);
    return;
  }
  if (http.status === 401) {
    res.redirect(303, `/sign-in?next=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  res.status(http.status).render('error', { title: http.title, message: http.message });
}

export function notFoundHandler(req: Request, _res: Response, next: NextFunction): void {
  next(new NotFoundError(`The page ${req.path}`));
}
