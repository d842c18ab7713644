import { createHash, randomBytes } from 'node:crypto';
import Joi from 'joi';
import { appendAuditEvent, type Actor } from '../audit/auditLog';
import { ValidationError } from '../shared/errors';
import { validate } from '../shared/validation';
import type { Role } from '../shared/vocabulary';
import { ApiTokenModel } from './apiToken.model';
import type { CurrentUser } from './access';

export const API_TOKEN_ROLES = ['governance-lead', 'auditor'] as const satisfies readonly Role[];

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const createSchema = Joi.object({
  name: Joi.string().trim().pattern(/^[\w.-]{1,64}$/).required().label('name').messages({
    'string.pattern.base': 'name must be 1 to 64 letters, digits, dots, dashes or underscores',
  }),
  role: Joi.string().valid(...API_TOKEN_ROLES).required().label('role'),
});

/** Creates a token and returns it once; afterwards only its hash exists. */
export async function createApiToken(input: unknown, actor: Actor): Promise<{ name: string; role: string; token: string }> {
  const { name, role } = validate(createSchema, input);
  if (await ApiTokenModel.exists({ name, revokedAt: null })) {
    throw new ValidationError([{ field: 'name', message: `A token named ${name} already exists; revoke it first or choose another name` }]);
  }
  const token = `coi_${randomBytes(32).toString('base64url')}`;
  const created = await ApiTokenModel.create({ name, role, tokenHash: hashToken(token), createdAt: new Date() });
  await appendAuditEvent({ actor, action: 'api-token.created', recordType: 'api-token', recordId: String(created._id), before: null, after: { name, role } });
  return { name, role, token };
}

/** Revokes the active token with this name; returns false when there is none. */
export async function revokeApiToken(name: string, actor: Actor): Promise<boolean> {
  const revoked = await ApiTokenModel.findOneAndUpdate({ name, revokedAt: null }, { $set: { revokedAt: new Date() } }, { new: true }).lean();
  if (!revoked) return false;
  await appendAuditEvent({ actor, action: 'api-token.revoked', recordType: 'api-token', recordId: String(revoked._id), before: { name }, after: { name, revokedAt: revoked.revokedAt } });
  return true;
}

/** The caller a bearer token stands for, or undefined for an unknown or revoked token. */
export async function userForApiToken(token: string): Promise<CurrentUser | undefined> {
  const found = await ApiTokenModel.findOne({ tokenHash: hashToken(token), revokedAt: null }).lean();
  if (!found) return undefined;
  return { id: `api-token:${found.name}`, name: `API token ${found.name}`, email: '', role: found.role as Role };
}
