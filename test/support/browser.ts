import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { AppDeps } from '../../src/app';
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
export async function isolatedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: true, ...options });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  return context;
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
  /** The window width the page was checked at. */
  width?: number;
}

/** A desktop and a small phone: every page is checked at both. */
export const CHECKED_WIDTHS = [1280, 375];

/** Runs axe-core on the page as it is laid out now, for WCAG 2.2 AA (and the A and AA levels before it). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate<boolean>('typeof axe !== "undefined"'))) await page.addScriptTag({ content: axeSource });
  // A string, because the test's TypeScript has no DOM types; it runs in the page.
  return page.evaluate<AxeViolation[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))
  `);
}

/**
 * A page wider than the window, as a violation naming the elements that stick out past its right edge.
 * It reads the layout without waiting on the page, so it also works where the page's scripts are off.
 */
export async function widerThanWindow(page: Page): Promise<AxeViolation[]> {
  const { overflow, outside } = await page.evaluate<{ overflow: number; outside: string[] }>(`(() => {
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
    const outside = overflow > 0 ? [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map(name) : [];
    return { overflow, outside: outside.slice(-5) };
  })()`);
  if (overflow <= 0) return [];
  return [{ id: 'wider-than-window', impact: 'serious', help: `The page is ${overflow} px wider than the window`, nodes: outside.map((e) => ({ target: [e] })) }];
}

/** Sets the window's size and waits for the layout: NHS.UK's header script moves links into its menu on a resize. */
export async function resizeWindow(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

/**
 * What makes the page hard to use, at each of CHECKED_WIDTHS: axe-core's WCAG 2.2 AA violations, and the page
 * being wider than the window (a person would have to scroll sideways). The window is put back as it was.
 */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const original = page.viewportSize();
  const found: AxeViolation[] = [];
  try {
    for (const width of CHECKED_WIDTHS) {
      await resizeWindow(page, width, original?.height ?? 720);
      for (const violation of [...(await axeViolations(page)), ...(await widerThanWindow(page))]) found.push({ ...violation, width });
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
  return found;
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
  /** Checks the current page at each of CHECKED_WIDTHS (accessibilityViolations) and keeps the result. */
  checkAccessibility(): Promise<void>;
  /**
   * Closes the current page's context and opens a clean one (another person, no cookies). With
   * `javaScriptEnabled: false` the page runs no script, and axe, which needs timers, cannot run on it.
   */
  freshPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Registers a browser suite's hooks: the app and Chromium once for the suite, a fresh isolated page for
 * each test. Read `app` and `page` inside tests, after the hooks have run. `appDeps` gives the app anything
 * beyond the test defaults, once the suite's earlier hooks have run.
 */
export function useBrowserPages(appDeps: () => Partial<AppDeps> = () => ({})): BrowserPages {
  let browser: Browser;
  let context: BrowserContext | undefined;
  const pages = {
    visited: [],
    async checkAccessibility() {
      pages.visited.push({ url: pages.page.url(), violations: await accessibilityViolations(pages.page) });
    },
    async freshPage(options?: BrowserContextOptions) {
      await context?.close();
      context = await isolatedContext(browser, options);
      pages.page = await context.newPage();
      return pages.page;
    },
  } as unknown as BrowserPages;

  before(async () => {
    pages.app = await startTestApp(appDeps());
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
