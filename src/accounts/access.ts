import type { NextFunction, Request, Response } from 'express';
import type { Actor } from '../audit/auditLog';
import { registerState } from '../readModel/registerState';
import type { StoredRecord } from '../registers/recordSource';
import { ForbiddenError } from '../shared/errors';
import type { Role } from '../shared/vocabulary';
import { isApiRequest } from '../web/requestKind';
import { userForApiToken } from './apiTokens';

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Named on the register as a senior approver of hospitality. */
  seniorApprover?: boolean;
}

export class SignInRequiredError extends Error {
  constructor() {
    super('Sign in to continue');
    this.name = 'SignInRequiredError';
  }
}

/** The bearer token an API client sent, if any. */
export function bearerTokenOf(req: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
}

/**
 * Works out who is calling: an API bearer token, or the signed-in person, read afresh on each request
 * so a changed role takes effect at once. A bearer token that is not valid is refused outright, and so
 * is one sent to a page: tokens are for the JSON API, and the pages expect a signed-in person.
 */
export async function loadCurrentUser(req: Request, res: Response, next: NextFunction): Promise<void> {
  const token = bearerTokenOf(req);
  if (token !== undefined) {
    if (!isApiRequest(req)) return next(new ForbiddenError('API tokens can only be used with the JSON API under /api. Sign in to use the pages.'));
    req.user = await userForApiToken(token);
    return next(req.user ? undefined : new InvalidTokenError());
  }
  const personId = req.session?.personId;
  if (personId) {
    const person = (await registerState()).get('person', personId) as StoredRecord<'person'> | undefined;
    if (person) {
      req.user = { id: String(person._id), name: person.name, email: person.email, role: person.role as Role, seniorApprover: !!person.seniorApprover };
      res.locals.user = { ...req.user, canManage: holds(req.user, 'manage'), canReadAll: holds(req.user, 'read-all'), canApproveGifts: holds(req.user, 'approve-gifts') };
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

/**
 * What the access policy table grants: `own-records` is any signed-in person, whom the services then limit
 * to their own records (src/declarations/access.ts). Auditors only read. `approve-gifts` is held by those who
 * manage the register and by anyone named a senior approver, whatever their role.
 */
export type Permission = 'public' | 'signed-in' | 'own-records' | 'read-all' | 'manage' | 'admin' | 'approve-gifts';

const ROLES_HOLDING: Record<'read-all' | 'manage' | 'admin', readonly Role[]> = {
  'read-all': ['governance-lead', 'auditor', 'admin'],
  manage: ['governance-lead', 'admin'],
  admin: ['admin'],
};

export function holds(user: CurrentUser | undefined, permission: Permission): boolean {
  if (permission === 'public') return true;
  if (!user) return false;
  if (permission === 'signed-in' || permission === 'own-records') return true;
  if (permission === 'approve-gifts') return !!user.seniorApprover || ROLES_HOLDING.manage.includes(user.role);
  return ROLES_HOLDING[permission].includes(user.role);
}

/** The signed-in person, for handlers of routes the access policy keeps to signed-in people. */
export function currentUser(req: Request): CurrentUser {
  if (!req.user) throw new SignInRequiredError();
  return req.user;
}

export function actorOf(req: Request): Actor {
  if (!req.user) throw new SignInRequiredError();
  return { personId: req.user.id, name: req.user.name, role: req.user.role };
}
