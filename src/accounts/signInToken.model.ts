import { Schema, model } from '../db/mongoose';

/**
 * A single-use sign-in link. Its id is the SHA-256 of the token, so a database reader can't sign in and a
 * link is looked up by id. It is used up by a claim (see signIn.ts), never by updating this document.
 */
const signInTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    personId: { type: String, required: true },
    /** Where the link leads after signing in (a round's link leads to the person's return). */
    next: { type: String, default: null },
    expiresAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'sign_in_tokens', versionKey: false },
);

export const SignInTokenModel = model('SignInToken', signInTokenSchema);
