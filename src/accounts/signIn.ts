import { createHash, randomBytes } from 'node:crypto';
import Joi from 'joi';
import { PersonModel } from '../people/person.model';
import type { Postman } from '../mail/postman';
import { claim } from '../shared/claims';
import { validate } from '../shared/validation';
import { SignInTokenModel } from './signInToken.model';

export const SIGN_IN_LINK_MINUTES = 15;

const emailSchema = Joi.object({
  email: Joi.string().trim().lowercase().email({ tlds: false }).required().label('Email address').messages({
    'string.empty': 'Enter your email address',
    'any.required': 'Enter your email address',
    'string.email': 'Enter an email address in the correct format, like name@example.org',
  }),
});

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SignInDeps {
  postman: Postman;
}

/**
 * Makes a single-use link that signs `personId` in and takes them to `next`. Only the token's hash is
 * stored. Links sent on request last 15 minutes; those a round or a new seat sends last for days, because
 * they are read when the person gets to them.
 */
export async function issueSignInLink(publicUrl: string, personId: string, next: string | null, validForMinutes: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await SignInTokenModel.create({ _id: hashToken(token), personId, next, createdAt: now, expiresAt: new Date(now.getTime() + validForMinutes * 60_000) });
  return `${publicUrl}/sign-in/link?token=${token}`;
}

/**
 * Emails a single-use sign-in link if the address belongs to someone. The caller says the same thing
 * either way, so the form can't be used to find out who has an account.
 */
export async function requestSignInLink(input: unknown, deps: SignInDeps): Promise<{ email: string }> {
  const { email } = validate(emailSchema, input);
  const person = await PersonModel.findOne({ email }).lean();
  if (!person) return { email };
  const personId = String(person._id);
  await deps.postman.send({
    key: `sign-in:${randomBytes(12).toString('hex')}`,
    template: 'sign-in-link',
    to: person.email,
    personId,
    variables: { personName: person.name, minutes: SIGN_IN_LINK_MINUTES },
    signIn: { personId, next: null, validForMinutes: SIGN_IN_LINK_MINUTES },
  });
  return { email };
}

/**
 * Uses up a sign-in token: valid once, before it expires. Returns the person it signs in, or null. The
 * link is used up by claiming its hash: of several browsers redeeming one link at once, one insert lands.
 */
export async function redeemSignInToken(token: unknown) {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const link = await SignInTokenModel.findById(tokenHash).lean();
  if (!link || link.expiresAt <= new Date()) return null;
  if (!(await claim(`sign-in-link:${tokenHash}`, link.personId))) return null;
  const person = await PersonModel.findById(link.personId).lean();
  return person ? { person, next: link.next ?? null } : null;
}
