import { Router } from 'express';

/** The JSON API: JSON in and out, joi-validated, 400 with field errors, 404 for unknown ids. */
export function apiRouter(): Router {
  const router = Router();
  return router;
}
