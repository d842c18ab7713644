import { createHash, randomBytes } from 'node:crypto';
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { claim, claimHolder, releaseClaim } from '../shared/claims';
import { ValidationError } from '../shared/errors';
import { validate } from '../shared/validation';
import { createVersioned, updateVersioned } from '../shared/versionedRecords';
import type { Role } from '../shared/vocabulary';
import { registerState } from '../readModel/registerState';
import { ApiTokenModel } from './apiToken.model';
import type { CurrentUser } from './access';

export const API_TOKEN_ROLES = ['governance-lead', 'auditor'] as const satisfies readonly Role[];

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** An active token's name is claimed by the token, so two tokens can never share a name. */
const nameKey = (name: string) => `api-token-name:${name}`;

const createSchema = Joi.object({
  name: Joi.string().trim().pattern(/^[\w.-]{1,64}$/).required().label('name').messages({
    'string.pattern.base': 'name must be 1 to 64 letters, digits, dots, dashes or underscores',
  }),
  role: Joi.string().valid(...API_TOKEN_ROLES).required().label('role'),
});

/** Creates a token and returns it once; afterwards only its hash exists. */
export async function createApiToken(input: unknown, actor: Actor): Promise<{ name: string; role: string; token: string }> {
  const { name, role } = validate(createSchema, input);
  const token = `coi_${randomBytes(32).toString('base64url')}`;
  const id = hashToken(token);
  if (!(await claim(nameKey(name), id))) {
    throw new ValidationError([{ field: 'name', message: `A token named ${name} already exists; revoke it first or choose another name` }]);
  }
  try {
    await createVersioned(ApiTokenModel, 'api-token', { name, role, revokedAt: null }, actor, 'created', { id });
  } catch (error) {
    await releaseClaim(nameKey(name), id).catch(() => undefined);
    throw error;
  }
  return { name, role, token };
}

/** Revokes the active token with this name; returns false when there is none. */
export async function revokeApiToken(name: string, actor: Actor): Promise<boolean> {
  const holder = await claimHolder(nameKey(name));
  const active = holder?.owner ? await ApiTokenModel.findById(holder.owner).lean() : null;
  if (!active || active.revokedAt) return false;
  await updateVersioned(ApiTokenModel, 'api-token', active._id, active.version, { revokedAt: new Date() }, actor, 'revoked');
  await releaseClaim(nameKey(name), active._id);
  return true;
}

/** The caller a bearer token stands for, or undefined for an unknown or revoked token. */
export async function userForApiToken(token: string): Promise<CurrentUser | undefined> {
  const found = (await registerState()).get('api-token', hashToken(token));
  if (!found || found.revokedAt) return undefined;
  return { id: `api-token:${found.name}`, name: `API token ${found.name}`, email: '', role: found.role as Role };
}
