import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import session from 'express-session';
import { createApp, type AppDeps } from '../../src/app';
import { MongooseSessionStore } from '../../src/accounts/sessionStore';
import { createMailer } from '../../src/mail/mailer';
import { createServices, type ServiceOptions, type Services } from '../../src/services';
import { createLogger } from '../../src/shared/logger';
import { expectDescribedByApiDocument, isApiPath } from './apiDescription';
import { connectTestDatabase } from './database';
import { loopbackServer } from './loopback';
import { signInLinkIn, TestMailbox } from './mailbox';

/** The app's clock in tests: real time until a test moves it (no sleeping). */
export class TestClock {
  private offsetMs = 0;
  readonly now = () => new Date(Date.now() + this.offsetMs);
  advanceDays(days: number): void {
    this.offsetMs += days * 86_400_000;
  }
}

export interface TestApp {
  baseUrl: string;
  mailbox: TestMailbox;
  services: Services;
  clock: TestClock;
  agent: () => WebAgent;
  /** A new agent signed in through the emailed link, as a person would. */
  signIn: (email: string) => Promise<WebAgent>;
  close: () => Promise<void>;
}

/** What createApp needs to build the app for looking at its routes: nothing here is used until a request arrives. */
export function appDepsForInspection(): AppDeps {
  const services = createServices({
    transport: createMailer({ from: 'Register <register@test.invalid>', outboxDir: fs.mkdtempSync(path.join(os.tmpdir(), 'coi-outbox-')) }),
    mailMode: 'outbox',
    publicUrl: 'http://127.0.0.1',
    bodyName: 'NHS Test CCG',
    log: () => undefined,
  });
  return {
    ...services,
    publicUrl: 'http://127.0.0.1',
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    sessionStore: new session.MemoryStore(),
    bodyName: 'NHS Test CCG',
    exportsDir: os.tmpdir(),
  };
}

/** The real app in-process on a loopback port, with a real SMTP server catching its mail. */
export async function startTestApp(overrides: Partial<AppDeps> = {}, serviceOverrides: Partial<ServiceOptions> = {}): Promise<TestApp> {
  await connectTestDatabase();
  const mailbox = await new TestMailbox().start();
  const { server, baseUrl } = await loopbackServer();
  const sessionStore = new MongooseSessionStore();
  const clock = new TestClock();
  const services = createServices({
    transport: createMailer({ smtpUrl: mailbox.url, from: 'Register <register@test.invalid>', outboxDir: '/nonexistent' }),
    mailMode: 'live',
    publicUrl: baseUrl,
    bodyName: 'NHS Test CCG',
    clock: clock.now,
    log: () => undefined,
    ...serviceOverrides,
  });
  await services.postman.load();
  const app = createApp({
    ...services,
    publicUrl: baseUrl,
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    sessionStore,
    bodyName: 'NHS Test CCG',
    exportsDir: fs.mkdtempSync(path.join(os.tmpdir(), 'coi-test-exports-')),
    signInRateLimit: 10_000,
    signInMailboxRateLimit: 10_000,
    // Faults only: request lines would bury the test report.
    logger: createLogger({ level: process.env.LOG_LEVEL ?? 'error' }),
    ...overrides,
  });
  server.on('request', app);

  const signIn = async (email: string) => {
    const agent = new WebAgent(baseUrl);
    const before = mailbox.messages.length;
    const asked = await agent.post('/sign-in', { email });
    if (asked.status !== 200) throw new Error(`Sign-in request failed: ${asked.status}`);
    const link = new URL(signInLinkIn(await mailbox.latestTo(email, before)));
    await agent.get(link.pathname + link.search);
    const done = await agent.post('/sign-in/link', { token: link.searchParams.get('token') ?? '' });
    if (done.status !== 303 || !done.location) throw new Error(`Sign-in failed: ${done.status} ${done.text.slice(0, 200)}`);
    // Land on the page sign-in leads to, as a browser would: the new session has its own CSRF token.
    let landing = await agent.get(done.location);
    for (let hops = 0; landing.status === 303 && landing.location && hops < 3; hops++) landing = await agent.get(landing.location);
    return agent;
  };

  return {
    baseUrl,
    mailbox,
    services,
    clock,
    agent: () => new WebAgent(baseUrl),
    signIn,
    close: async () => {
      services.postman.close();
      sessionStore.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mailbox.stop();
    },
  };
}

export interface AgentResponse {
  status: number;
  text: string;
  /** The raw bytes, for downloads such as spreadsheets and PDFs. */
  body: Buffer;
  location: string | null;
  headers: Headers;
  json: <T = unknown>() => T;
}

/**
 * A minimal browser for tests: keeps cookies, sends the page's CSRF token with forms, follows nothing, and holds
 * every answer from the API to its OpenAPI description.
 */
export class WebAgent {
  private cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    options: { form?: Record<string, string | string[]>; json?: unknown; multipart?: FormData; raw?: string | Uint8Array; headers?: Record<string, string> } = {},
  ): Promise<AgentResponse> {
    const headers: Record<string, string> = { ...options.headers };
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    let body: string | Uint8Array | FormData | undefined;
    if (options.raw !== undefined) {
      body = options.raw; // as it is, with whatever content type the caller's headers give
    } else if (options.form) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(options.form)) for (const item of [v].flat()) params.append(k, item);
      body = params.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (options.multipart) {
      body = options.multipart; // fetch writes the multipart content type with its boundary
    } else if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(this.baseUrl + path, { method, headers, body, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair.split('=');
      this.cookies.set(name.trim(), value.join('='));
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const token = /name="_csrf" value="([^"]+)"/.exec(text);
    if (token) this.csrfToken = token[1];
    // Every API answer a test receives must be as the OpenAPI document describes it, so the two cannot drift apart.
    if (isApiPath(path)) expectDescribedByApiDocument({ method, path, status: response.status, contentType: response.headers.get('content-type'), text });
    return { status: response.status, text, body: bytes, location: response.headers.get('location'), headers: response.headers, json: () => JSON.parse(text) };
  }

  private cookieHeader(): string | undefined {
    return this.cookies.size > 0 ? [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
  }

  /** The session cookie and the CSRF token of the last page, for requests built by hand (the fuzzer's). */
  credentials(): { cookie?: string; csrfToken?: string } {
    return { cookie: this.cookieHeader(), csrfToken: this.csrfToken };
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request('GET', path, { headers });
  }

  /** Posts a form as the browser would, with the CSRF token of the last page seen (fetching one if needed). */
  async post(path: string, fields: Record<string, string | string[]>) {
    if (!this.csrfToken) await this.get('/sign-in');
    return this.request('POST', path, { form: { _csrf: this.csrfToken ?? '', ...fields } });
  }

  /** Calls the API as a signed-in browser's script would: JSON, with the session's CSRF token in its header. */
  async api(method: string, path: string, json?: unknown) {
    if (!this.csrfToken) await this.get('/sign-in');
    return this.request(method, path, { json, headers: { 'X-CSRF-Token': this.csrfToken ?? '' } });
  }
}
