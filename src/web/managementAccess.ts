import type { NextFunction, Request, Response } from 'express';
import { requireRole } from '../accounts/access';

const readers = requireRole('governance-lead', 'auditor');

/** Only governance leads (and administrators) change organisations, people and committees. */
export const requireManager = requireRole('governance-lead');

/** Governance leads manage organisations, people and committees; auditors may only read them. */
export function requireManagementAccess(req: Request, res: Response, next: NextFunction): void {
  const reading = req.method === 'GET' || req.method === 'HEAD';
  (reading ? readers : requireManager)(req, res, next);
}
