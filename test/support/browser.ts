import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { signInLinkIn } from './mailbox';
import { startTestApp, type TestApp } from './testApp';

/** Debian's Chromium, never a browser a tool downloads; these flags keep it off the network. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A browser context for the app's pages. bypassCSP only lets the test inject axe-core (the app's pages run
 * no script); without the CSP the stylesheet would fetch its web fonts from the internet, so every request
 * that is not to loopback is refused.
 */
export async function isolatedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: true });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  return context;
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page for WCAG 2.2 AA (and the A and AA levels before it). */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  // A string, because the test's TypeScript has no DOM types; it runs in the page.
  return page.evaluate<AxeViolation[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))
  `);
}

/** Signs in as a person would: asks for a link, opens it from the real mailbox, presses Sign in. */
export async function signInInBrowser(page: Page, app: TestApp, email: string): Promise<void> {
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.goto(signInLinkIn(await app.mailbox.latestTo(email)));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/**
 * Follows a link in the header as a person would: NHS.UK's header keeps the links that do not fit the
 * window behind its "More" button, so that is opened first when the link is out of sight.
 */
export async function followHeaderLink(page: Page, name: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await page.getByRole('button', { name: 'Browse More' }).click();
  await link.click();
}

/** What a browser suite works with: the app, the current page, and the axe results of the pages checked. */
export interface BrowserPages {
  app: TestApp;
  page: Page;
  visited: { url: string; violations: AxeViolation[] }[];
  /** Runs axe on the current page and keeps the result. */
  checkAccessibility(): Promise<void>;
  /** Closes the current page's context and opens a clean one (another person, no cookies). */
  freshPage(): Promise<Page>;
}

/**
 * Registers a browser suite's hooks: the app and Chromium once for the suite, a fresh isolated page for
 * each test. Read `app` and `page` inside tests, after the hooks have run.
 */
export function useBrowserPages(): BrowserPages {
  let browser: Browser;
  let context: BrowserContext | undefined;
  const pages = {
    visited: [],
    async checkAccessibility() {
      pages.visited.push({ url: pages.page.url(), violations: await accessibilityViolations(pages.page) });
    },
    async freshPage() {
      await context?.close();
      context = await isolatedContext(browser);
      pages.page = await context.newPage();
      return pages.page;
    },
  } as unknown as BrowserPages;

  before(async () => {
    pages.app = await startTestApp();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await pages.app?.close();
  });
  beforeEach(() => pages.freshPage());
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  return pages;
}
