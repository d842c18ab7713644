/**
 * The app's long-lived services, made once and handed to the web app, the scheduler and the `coi`
 * command: the postman (every email goes through it) and the declaration scheduler, on one clock.
 */
import { issueSignInLink } from './accounts/signIn';
import { currentTemplate } from './mail/emailTemplates.service';
import path from 'node:path';
import type { Config } from './config';
import { createMailer, type Mailer } from './mail/mailer';
import { Postman, type MailMode } from './mail/postman';
import { Scheduler } from './rounds/scheduler';

export interface Services {
  postman: Postman;
  scheduler: Scheduler;
  /** Now, as the app sees it (tests move it). */
  clock: () => Date;
}

export interface ServiceOptions {
  transport: Mailer;
  mailMode: MailMode;
  mailTestTo?: string;
  publicUrl: string;
  bodyName: string;
  clock?: () => Date;
  /** Told each sign-in link, for the console when mail only goes to the outbox. */
  announceSignInLink?: (link: string) => void;
  log: (line: string) => void;
}

export function createServices(options: ServiceOptions): Services {
  const clock = options.clock ?? (() => new Date());
  const postman: Postman = new Postman({
    transport: options.transport,
    mode: options.mailMode,
    testTo: options.mailTestTo,
    clock,
    template: currentTemplate,
    signInLink: (personId, next, minutes) => issueSignInLink(options.publicUrl, personId, next, minutes),
    announceSignInLink: options.announceSignInLink,
    common: { bodyName: options.bodyName, registerUrl: options.publicUrl },
    stillWanted: (email) => scheduler.stillWanted(email),
    log: options.log,
  });
  const scheduler = new Scheduler({ postman, clock });
  return { postman, scheduler, clock };
}

/** The services as configured by the environment (the server and the `coi` command). */
export function servicesFromConfig(config: Config, log: (line: string) => void): Services {
  const outboxDir = path.join(config.dataDir, 'outbox');
  return createServices({
    transport: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir }),
    mailMode: config.mailMode,
    mailTestTo: config.mailTestTo,
    publicUrl: config.publicUrl,
    bodyName: config.bodyName,
    // Without SMTP no email leaves the machine, so the link is logged for whoever is trying the register locally:
    // the one line that carries a token, and only in that mode. Its address is not logged.
    announceSignInLink: config.mailMode === 'outbox' ? (link) => log(`Sign-in link (SMTP_URL is unset, so the email was written to ${outboxDir}): ${link}`) : undefined,
    log,
  });
}
