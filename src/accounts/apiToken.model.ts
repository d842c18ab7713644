import { Schema, model } from '../db/mongoose';

/** A bearer token for the JSON API. Only its SHA-256 is stored; revoking keeps the record. */
const apiTokenSchema = new Schema(
  {
    name: { type: String, required: true },
    role: { type: String, required: true },
    tokenHash: { type: String, required: true, unique: true },
    createdAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'api_tokens', versionKey: false },
);
apiTokenSchema.index({ name: 1 });

export const ApiTokenModel = model('ApiToken', apiTokenSchema);
