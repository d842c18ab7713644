import { Router } from 'express';
import Joi from 'joi';
import { isoDate, validate } from '../shared/validation';
import { checkRegister, checkSnapshot } from './compliance.service';

const checkQuerySchema = Joi.object({
  asAt: isoDate().label('asAt'),
  packs: Joi.string().pattern(/^[\w.-]+(,[\w.-]+)*$/).label('packs').messages({ 'string.pattern.base': 'packs must be a comma-separated list of rule pack ids' }),
});

/** POST /api/checks checks a snapshot sent in; GET /api/compliance checks the register's own data. */
export function complianceApi(): Router {
  const router = Router();
  router.post('/checks', async (req, res) => {
    const query = validate(checkQuerySchema, req.query);
    res.json(await checkSnapshot(req.body, { asAt: query.asAt, packIds: query.packs?.split(',') }));
  });

  router.get('/compliance', async (req, res) => {
    res.json(await checkRegister(req.query));
  });

  return router;
}
