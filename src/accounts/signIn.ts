import { createHash, randomBytes } from 'node:crypto';
import Joi from 'joi';
import { PersonModel } from '../people/person.model';
import type { Mailer } from '../mail/mailer';
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
  mailer: Mailer;
  publicUrl: string;
  /** Where to announce the link when mail is not really sent (the embedded default). */
  announceLink?: (link: string) => void;
}

/**
 * Emails a single-use sign-in link if the address belongs to someone. The caller says the same thing
 * either way, so the form can't be used to find out who has an account.
 */
export async function requestSignInLink(input: unknown, deps: SignInDeps): Promise<{ email: string }> {
  const { email } = validate(emailSchema, input);
  const person = await PersonModel.findOne({ email }).lean();
  if (!person) return { email };

  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await SignInTokenModel.create({
    _id: hashToken(token),
    personId: String(person._id),
    createdAt: now,
    expiresAt: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000),
  });
  const link = `${deps.publicUrl}/sign-in/link?token=${token}`;
  await deps.mailer.send({
    to: person.email,
    subject: 'Your sign-in link for the conflicts of interest register',
    text:
      `Hello ${person.name},\n\nUse this link to sign in. It works once, for ${SIGN_IN_LINK_MINUTES} minutes:\n\n${link}\n\n` +
      `If you did not ask to sign in, you can ignore this email.\n`,
  });
  deps.announceLink?.(link);
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
  return PersonModel.findById(link.personId).lean();
}
