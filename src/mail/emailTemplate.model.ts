import { model } from '../db/mongoose';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

/** A governance lead's wording of one email; its id is the template's key. Until first edited, the shipped wording is used. */
export interface EmailTemplate {
  _id: string;
  subject: string;
  body: string;
}

const emailTemplateSchema = versionedSchema<EmailTemplate>(
  {
    _id: { type: String, required: true },
    subject: { type: String, required: true },
    body: { type: String, required: true },
  },
  'email_templates',
);

export const EmailTemplateModel = model<EmailTemplate & VersionFields>('EmailTemplate', emailTemplateSchema);
