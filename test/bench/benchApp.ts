/**
 * What the benchmarks that run the app share: a fresh embedded database in a folder of its own, the app
 * started on it as its own process, people signed in through the emailed link, and the clean-up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freeLoopbackPort, startFerretdb } from '../../src/db/ferretdb';
import { defaultCacheDir, projectRoot } from '../../src/paths';
import { signInLinkIn, type TestMailbox } from '../support/mailbox';
import { WebAgent } from '../support/testApp';

export interface BenchDatabase {
  uri: string;
  /** Stops the database and removes its folder. */
  close(): Promise<void>;
}

/** A fresh embedded database in a temporary folder. */
export async function freshEmbeddedDatabase(name: string): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `coi-bench-${name}-`));
  const database = await startFerretdb({ cacheDir: process.env.COI_CACHE_DIR ?? defaultCacheDir, dataDir });
  return {
    uri: database.uri(`coi_bench_${name}`),
    close: async () => {
      await database.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Stops a process and waits for it to exit. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function waitForHealth(baseUrl: string): Promise<void> {
  for (let i = 0; ; i++) {
    if ((await fetch(`${baseUrl}/health`).catch(() => undefined))?.status === 200) return;
    if (i > 600) throw new Error('the app did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The app as its own process on the database, sending mail to the mailbox, as in production; resolves once it
 * answers. BENCH_APP_NODE_ARGS passes options to its node (--cpu-prof).
 */
export async function startAppProcess(uri: string, mailbox: TestMailbox, env: Record<string, string> = {}): Promise<{ baseUrl: string; child: ChildProcess }> {
  const port = await freeLoopbackPort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean), path.join(projectRoot, 'dist', 'src', 'server.js')], {
    env: { ...process.env, MONGODB_URI: uri, PORT: String(port), PUBLIC_URL: baseUrl, SMTP_URL: mailbox.url, SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(baseUrl);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { baseUrl, child };
}

/** Signs a person in through the emailed link; `headers` go with the request for the link (a client address behind the proxy). */
export async function signIn(baseUrl: string, mailbox: TestMailbox, email: string, headers: Record<string, string> = {}): Promise<WebAgent> {
  const agent = new WebAgent(baseUrl);
  const before = mailbox.messages.length;
  const page = await agent.get('/sign-in');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  const asked = await agent.request('POST', '/sign-in', { form: { _csrf: csrf, email }, headers });
  if (asked.status !== 200) throw new Error(`sign-in request for ${email}: ${asked.status}`);
  const link = new URL(signInLinkIn(await mailbox.latestTo(email, before)));
  await agent.get(link.pathname + link.search);
  const done = await agent.post('/sign-in/link', { token: link.searchParams.get('token') ?? '' });
  if (done.status !== 303) throw new Error(`sign-in failed for ${email}: ${done.status}`);
  return agent;
}
