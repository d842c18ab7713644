/** The send log as governance leads read it: every email, filtered, newest first. */
import Joi from 'joi';
import { NotFoundError } from '../shared/errors';
import { validate } from '../shared/validation';
import { EMAIL_STATUSES, EmailModel, lastError, type Email, type EmailStatus } from './email.model';
import { latestFailures } from './failures';
import { TEMPLATE_KEYS, TEMPLATES } from './templates';

export const EMAIL_STATUS_LABELS: Record<EmailStatus, string> = {
  due: 'Waiting to send',
  sent: 'Sent',
  failed: 'Failed',
  'not-sent': 'Not sent (mail off)',
  cancelled: 'Cancelled',
};

export const EMAIL_STATUS_TAGS: Record<EmailStatus, string> = {
  due: 'nhsuk-tag--yellow',
  sent: 'nhsuk-tag--green',
  failed: 'nhsuk-tag--red',
  'not-sent': 'nhsuk-tag--grey',
  cancelled: 'nhsuk-tag--grey',
};

const filterSchema = Joi.object<{ status: EmailStatus | null; template: string | null; round: string | null }>({
  status: Joi.string().valid(...EMAIL_STATUSES).empty('').default(null).messages({ 'any.only': 'Choose a status from the list' }),
  template: Joi.string().valid(...TEMPLATE_KEYS).empty('').default(null).messages({ 'any.only': 'Choose an email from the list' }),
  round: Joi.string().hex().length(24).empty('').default(null).messages({ '*': 'Choose a round from the list' }),
});

/** How many entries one page of the log shows. */
const PAGE = 200;

function described(email: Omit<Email, 'attachments' | 'variables'>) {
  return {
    ...email,
    templateTitle: TEMPLATES[email.template as keyof typeof TEMPLATES]?.title ?? email.template,
    statusLabel: EMAIL_STATUS_LABELS[email.status],
    statusTag: EMAIL_STATUS_TAGS[email.status],
    lastError: lastError(email.attempts),
  };
}

export async function sendLog(query: unknown) {
  const filter = validate(filterSchema, query);
  const where: Record<string, string> = {};
  if (filter.status) where.status = filter.status;
  if (filter.template) where.template = filter.template;
  if (filter.round) where.roundId = filter.round;
  const emails = await EmailModel.find(where, { attachments: 0, variables: 0, body: 0 }).sort({ createdAt: -1 }).limit(PAGE).lean<Email[]>();
  return { filter, emails: emails.map(described), limited: emails.length === PAGE };
}

export async function oneEmail(id: string) {
  const email = await EmailModel.findById(id, { attachments: 0, variables: 0 }).lean<Email>();
  if (!email) throw new NotFoundError('The email');
  return described(email);
}

/** Emails that gave up, the latest 20: the governance lead's home lists them. */
export async function failedEmails() {
  return (await latestFailures(20)).map((failure) => ({
    ...failure,
    templateTitle: TEMPLATES[failure.template as keyof typeof TEMPLATES]?.title ?? failure.template,
  }));
}
