import { Router } from 'express';

/** Governance leads' pages: organisations, people, committees and memberships. */
export function managementRouter(): Router {
  const router = Router();
  return router;
}
