import Joi from 'joi';
import path from 'node:path';
import type { MailMode } from './mail/postman';
import { defaultCacheDir, defaultDataDir } from './paths';

export interface Config {
  port: number;
  host: string;
  /** Set: use this MongoDB deployment. Unset: start the embedded FerretDB. */
  mongodbUri?: string;
  /** Set: send mail through this SMTP server. Unset: write .eml files to data/outbox/. */
  smtpUrl?: string;
  /** live: to each person; test: everything to mailTestTo; off: logged, not sent; outbox: files (no SMTP_URL). */
  mailMode: MailMode;
  mailTestTo?: string;
  mailFrom: string;
  /** The address people reach the app on, used to build sign-in links. */
  publicUrl: string;
  /** Unset: a secret generated once and kept in the database, so restarts and other instances share it. */
  sessionSecret?: string;
  dataDir: string;
  cacheDir: string;
  /** Load demo data on the first start of an empty embedded database. */
  seedDemo: boolean;
  bodyName: string;
}

const schema = Joi.object({
  PORT: Joi.number().integer().min(0).max(65535).default(3000),
  HOST: Joi.string().default('127.0.0.1'),
  MONGODB_URI: Joi.string().uri({ scheme: ['mongodb', 'mongodb+srv'] }),
  SMTP_URL: Joi.string().uri({ scheme: ['smtp', 'smtps'] }),
  MAIL_MODE: Joi.string().valid('live', 'test', 'off'),
  MAIL_TEST_TO: Joi.string().email({ tlds: false }),
  MAIL_FROM: Joi.string().default('Conflicts of interest register <no-reply@coi.invalid>'),
  PUBLIC_URL: Joi.string().uri({ scheme: ['http', 'https'] }),
  SESSION_SECRET: Joi.string().min(32),
  COI_DATA_DIR: Joi.string(),
  COI_CACHE_DIR: Joi.string(),
  SEED_DEMO: Joi.boolean().truthy('1').falsy('0').default(true),
  BODY_NAME: Joi.string().default('NHS South Worcestershire CCG'),
  NODE_ENV: Joi.string().valid('development', 'production', 'test'),
}).unknown(true);

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { value, error } = schema.validate(env, { abortEarly: false, convert: true });
  if (error) {
    throw new ConfigError(`Bad environment: ${error.details.map((d) => d.message).join('; ')}`);
  }
  const dataDir = path.resolve(value.COI_DATA_DIR ?? defaultDataDir);
  const mailMode: MailMode = value.MAIL_MODE ?? (value.SMTP_URL ? 'live' : 'outbox');
  if (mailMode === 'live' && !value.SMTP_URL) throw new ConfigError('Bad environment: MAIL_MODE=live needs SMTP_URL, the mail server to send through');
  if (mailMode === 'test' && !value.MAIL_TEST_TO) throw new ConfigError('Bad environment: MAIL_MODE=test needs MAIL_TEST_TO, the address every email goes to instead');
  if (env.NODE_ENV === 'production' && !value.SESSION_SECRET) {
    throw new ConfigError('Bad environment: SESSION_SECRET (at least 32 characters) is required in production');
  }
  return {
    port: value.PORT,
    host: value.HOST,
    mongodbUri: value.MONGODB_URI,
    smtpUrl: value.SMTP_URL,
    mailMode,
    mailTestTo: value.MAIL_TEST_TO,
    mailFrom: value.MAIL_FROM,
    publicUrl: (value.PUBLIC_URL ?? `http://localhost:${value.PORT}`).replace(/\/$/, ''),
    sessionSecret: value.SESSION_SECRET,
    dataDir,
    cacheDir: path.resolve(value.COI_CACHE_DIR ?? defaultCacheDir),
    seedDemo: value.SEED_DEMO,
    bodyName: value.BODY_NAME,
  };
}
