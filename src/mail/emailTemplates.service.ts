/** Governance leads' wording of the register's emails: versioned and audited like every record. */
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { addDays, longDate } from '../engine/dates';
import { registerState } from '../readModel/registerState';
import { NotFoundError, ValidationError } from '../shared/errors';
import { validate } from '../shared/validation';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import { EmailTemplateModel } from './emailTemplate.model';
import type { CurrentTemplate } from './postman';
import { renderTemplate, templateProblems, TEMPLATES, TEMPLATE_KEYS, type TemplateDefinition, type TemplateKey } from './templates';

const RECORD_TYPE = 'email-template';

const templateInput = Joi.object<{ subject: string; body: string; version: number | null }>({
  subject: Joi.string().trim().max(300).required().messages({
    'any.required': 'Enter the subject',
    'string.empty': 'Enter the subject',
    'string.max': 'The subject must be 300 characters or fewer',
  }),
  body: Joi.string().max(20_000).required().messages({
    'any.required': 'Enter the body of the email',
    'string.empty': 'Enter the body of the email',
    'string.max': 'The body must be 20,000 characters or fewer',
  }),
  // Absent when the shipped wording is being changed for the first time.
  version: Joi.number().integer().min(1).empty('').allow(null).default(null).messages({ '*': 'version must be the version number of the wording you opened, a whole number' }),
});

export function templateDefinition(key: string): TemplateDefinition {
  if (!(TEMPLATE_KEYS as readonly string[]).includes(key)) throw new NotFoundError('The email template');
  return TEMPLATES[key as TemplateKey];
}

/** The wording in use: the latest saved version, or the shipped one (version 0). */
export async function currentTemplate(key: TemplateKey): Promise<CurrentTemplate> {
  const saved = await EmailTemplateModel.findById(key).lean();
  return saved ? { subject: saved.subject, body: saved.body, version: saved.version } : { subject: TEMPLATES[key].subject, body: TEMPLATES[key].body, version: 0 };
}

export async function allTemplates() {
  return Promise.all(TEMPLATE_KEYS.map(async (key) => ({ definition: TEMPLATES[key], current: await currentTemplate(key) })));
}

/** Checks a draft and renders it with `variables` (real data where there is some); nothing is saved. */
export function previewTemplate(key: string, input: unknown, variables: Record<string, unknown>) {
  const definition = templateDefinition(key);
  const draft = validate(templateInput, input, (value) => templateProblems(definition, value));
  return renderTemplate(draft, variables);
}

/**
 * Saves a new version of an email's wording. It must compile and name only the variables its email
 * provides (a field error otherwise, and nothing is saved).
 */
export async function saveTemplate(key: string, input: unknown, actor: Actor) {
  const definition = templateDefinition(key);
  const { version, ...wording } = validate(templateInput, input, (value) => templateProblems(definition, value));
  const saved = await EmailTemplateModel.findById(key).lean();
  if (!saved) {
    if (version !== null) throw new ValidationError([{ field: 'version', message: 'This email still has its shipped wording: send no version' }]);
    return createVersioned(EmailTemplateModel, RECORD_TYPE, { _id: key, ...wording }, actor, 'created', { id: key });
  }
  return updateVersioned(EmailTemplateModel, RECORD_TYPE, key, version ?? 0, wording, actor);
}

export function templateHistory(key: TemplateKey) {
  return versionHistory(RECORD_TYPE, key);
}

/**
 * Values to preview a template with: real names from the register where it has them (a member, the latest
 * round, a committee), the examples otherwise. A preview never makes a real sign-in link.
 */
export async function previewVariables(key: string, common: Record<string, unknown>, today: string): Promise<Record<string, unknown>> {
  const definition = templateDefinition(key);
  const store = await registerState();
  const member = store.all('person').find((p) => p.role === 'member');
  const round = store.all('round').sort((a, b) => String(b.opensOn).localeCompare(String(a.opensOn)))[0];
  const committee = store.all('committee')[0];
  const lead = store.all('person').find((p) => p.role === 'governance-lead');
  const real: Record<string, unknown> = {
    ...common,
    link: '[sign-in link]',
    linkValidUntil: longDate(addDays(today, 7)),
    ...(member && { personName: member.name, jobTitle: member.jobTitle ?? 'no job title recorded' }),
    ...(round && { roundName: round.name, dueOn: longDate(String(round.dueOn)) }),
    ...(committee && { committeeName: committee.name }),
    ...(lead && { leadName: lead.name, chairName: lead.name }),
  };
  return Object.fromEntries(Object.entries(definition.variables).map(([name, variable]) => [name, real[name] ?? variable.example]));
}
