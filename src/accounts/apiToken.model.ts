import { model } from '../db/mongoose';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export interface ApiToken {
  _id: string;
  name: string;
  role: string;
  revokedAt: Date | null;
}

/**
 * A bearer token for the JSON API. Its id is the token's SHA-256, so a request's token is looked up by id;
 * the token itself is never stored. Revoking keeps the record.
 */
const apiTokenSchema = versionedSchema<ApiToken>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, required: true },
    revokedAt: { type: Date, default: null },
  },
  'api_tokens',
);

export const ApiTokenModel = model<ApiToken & VersionFields>('ApiToken', apiTokenSchema);
