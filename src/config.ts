import Joi from 'joi';
import path from 'node:path';
import { isLoopbackUrl, type OidcSettings } from './accounts/oidc';
import type { MailMode } from './mail/postman';
import { defaultCacheDir, defaultDataDir } from './paths';
import { DEFAULT_VISIBILITY_WINDOW_MS } from './shared/visibility';

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
  /** Set when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET all are: sign-in with that provider. */
  oidc?: OidcSettings;
  /** How old a lookup a read may use, and how long a save's acknowledgement waits (shared/visibility.ts). */
  visibilityWindowMs: number;
}

const OIDC_REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

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
  OIDC_ISSUER: Joi.string().uri({ scheme: ['https', 'http'] }),
  OIDC_CLIENT_ID: Joi.string(),
  OIDC_CLIENT_SECRET: Joi.string(),
  OIDC_PROVIDER_NAME: Joi.string().max(60).default('NHSmail'),
  VISIBILITY_WINDOW_MS: Joi.number().integer().min(10).max(5000).default(DEFAULT_VISIBILITY_WINDOW_MS),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
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
  const oidcSet = OIDC_REQUIRED.filter((name) => value[name] !== undefined);
  if (oidcSet.length > 0 && oidcSet.length < OIDC_REQUIRED.length) {
    throw new ConfigError(`Bad environment: sign-in with OpenID Connect needs all of ${OIDC_REQUIRED.join(', ')}; ${OIDC_REQUIRED.filter((n) => !oidcSet.includes(n)).join(', ')} not set`);
  }
  if (value.OIDC_ISSUER?.startsWith('http:') && !isLoopbackUrl(new URL(value.OIDC_ISSUER))) {
    throw new ConfigError('Bad environment: OIDC_ISSUER must be an https address (plain http only for a provider on this machine)');
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
    oidc:
      oidcSet.length > 0
        ? { issuer: value.OIDC_ISSUER, clientId: value.OIDC_CLIENT_ID, clientSecret: value.OIDC_CLIENT_SECRET, providerName: value.OIDC_PROVIDER_NAME }
        : undefined,
    visibilityWindowMs: value.VISIBILITY_WINDOW_MS,
  };
}
