import { Schema, model } from '../db/mongoose';

/** A single-use sign-in link. Only the SHA-256 of the token is stored, so a database reader can't sign in. */
const signInTokenSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    personId: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'sign_in_tokens', versionKey: false },
);

export const SignInTokenModel = model('SignInToken', signInTokenSchema);
