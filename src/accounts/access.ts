import type { NextFunction, Request, Response } from 'express';
import type { Actor } from '../audit/auditLog';
import { PersonModel } from '../people/person.model';
import { ForbiddenError } from '../shared/errors';
import type { Role } from '../shared/vocabulary';
import { userForApiToken } from './apiTokens';

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: CurrentUser;
  }
}

export class SignInRequiredError extends Error {
  constructor() {
    super('Sign in to continue');
    this.name = 'SignInRequiredError';
  }
}

/**
 * Works out who is calling: an API bearer token, or the signed-in person, read afresh on each request
 * so a changed role takes effect at once. A bearer token that is not valid is refused outright.
 */
export async function loadCurrentUser(req: Request, res: Response, next: NextFunction): Promise<void> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
  if (bearer) {
    req.user = await userForApiToken(bearer[1]);
    return next(req.user ? undefined : new InvalidTokenError());
  }
  const personId = req.session?.personId;
  if (personId) {
    const person = await PersonModel.findById(personId).lean();
    if (person) {
      req.user = { id: String(person._id), name: person.name, email: person.email, role: person.role as Role };
      res.locals.user = { ...req.user, canManage: hasRole(req.user, ['governance-lead']), canReadAll: hasRole(req.user, ['governance-lead', 'auditor']) };
    }
  }
  next();
}

export class InvalidTokenError extends Error {
  constructor() {
    super('The API token is not valid or has been revoked');
    this.name = 'InvalidTokenError';
  }
}

export function hasRole(user: CurrentUser | undefined, roles: readonly Role[]): boolean {
  // An administrator can do whatever any other role can.
  return !!user && (user.role === 'admin' || roles.includes(user.role));
}

/** Route guard: signed in, and holding one of the roles. */
export function requireRole(...roles: Role[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!req.user) return next(new SignInRequiredError());
    if (roles.length > 0 && !hasRole(req.user, roles)) return next(new ForbiddenError());
    next();
  };
}

export const requireSignIn = requireRole();

/** The signed-in person, for handlers behind requireRole. */
export function currentUser(req: Request): CurrentUser {
  if (!req.user) throw new SignInRequiredError();
  return req.user;
}

export function actorOf(req: Request): Actor {
  if (!req.user) throw new SignInRequiredError();
  return { personId: req.user.id, name: req.user.name, role: req.user.role };
}
