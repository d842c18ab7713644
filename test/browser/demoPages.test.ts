import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, loadDemoData } from '../../src/seed/demoData';
import { signInInBrowser, useBrowserPages, widerThanWindow } from '../support/browser';
import { useDatabase } from '../support/database';

/** A link to one record's page (a person, a committee, a round, an export…), rather than to a list or a form. */
const RECORD_PAGE = /^\/(people|committees|organisations|rounds|returns|meetings|decisions|emails|compliance\/runs|registers\/exports|declarations\/(interests|gifts))\/[^/?#]+$/;

/** The record's kind, so one page of each kind is checked. */
const kindOf = (path: string) => path.replace(/\/[^/]+$/, '');

const GOVERNANCE_LEAD_SECTIONS = ['Home', 'My declarations', 'Declaration rounds', 'Compliance', 'Meetings and decisions', 'Breaches', 'Registers', 'Emails', 'Rule packs', 'Audit trail', 'Committees', 'People', 'Organisations'];

const hrefsIn = (page: Page, selector: string) => page.evaluate<string[]>(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((a) => a.getAttribute('href'))`);

describe('In a real browser, each role reads its main pages of the demo register', function () {
  this.timeout(600_000);
  useDatabase();
  const web = useBrowserPages();

  it('when each demo account opens every section of the header and a record from each, then every page passes axe and fits the window at 1,280 and 375 px', async () => {
    const { app, visited } = web;
    await loadDemoData(app.clock.now());
    const recordKindsChecked = new Set<string>();
    // An administrator's header is a governance lead's: the same pages are not checked twice.
    const headersChecked = new Set<string>();
    const open = async (page: Page, path: string) => {
      const response = await page.goto(`${app.baseUrl}${path}`);
      expect(response?.status(), path).to.equal(200);
      await web.checkAccessibility();
    };

    let page = web.page;
    for (const path of ['/', '/register', '/sign-in']) await open(page, path);

    for (const account of DEMO_ACCOUNTS) {
      page = await web.freshPage();
      await signInInBrowser(page, app, account.email);
      await web.checkAccessibility();
      const sections = await hrefsIn(page, 'nav[aria-label="Menu"] a');
      expect(sections, account.email).to.include('/declarations');
      if (headersChecked.has(sections.join())) continue;
      headersChecked.add(sections.join());
      for (const section of sections) {
        await open(page, section);
        const record = (await hrefsIn(page, 'main a[href^="/"]')).find((href) => RECORD_PAGE.test(href) && !recordKindsChecked.has(kindOf(href)));
        if (!record) continue;
        recordKindsChecked.add(kindOf(record));
        await open(page, record);
      }

      // What each role does most: a governance lead checks compliance, an auditor exports; each lands on a success page.
      if (account.role === 'governance-lead') {
        await open(page, '/compliance');
        await page.getByRole('button', { name: 'Run the check' }).click();
        await page.getByRole('heading', { name: /^Compliance check/, level: 1 }).waitFor();
        await web.checkAccessibility();
      }
      if (account.role === 'auditor') {
        await open(page, '/registers');
        await page.getByRole('button', { name: 'Export' }).click();
        await page.getByRole('heading', { name: 'Registers exported' }).waitFor();
        await web.checkAccessibility();
      }
    }

    const failures = visited.filter((v) => v.violations.length > 0);
    expect(failures, JSON.stringify(failures, null, 2)).to.deep.equal([]);
    expect([...recordKindsChecked]).to.include.members(['/people', '/committees', '/organisations', '/rounds', '/declarations/interests']);
    expect(visited.length).to.be.greaterThan(40);
  });

  it('when the browser runs no script, then every link of the header is in view, without a menu button, and the pages fit a small screen', async () => {
    const { app } = web;
    await loadDemoData(app.clock.now());
    const page = await web.freshPage({ javaScriptEnabled: false });
    await signInInBrowser(page, app, DEMO_ACCOUNTS.find((a) => a.role === 'governance-lead')!.email);
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['/home', '/people', '/audit', '/register']) {
      await page.goto(`${app.baseUrl}${path}`);
      const links = await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').all();
      // A governance lead's header: every section.
      expect(await Promise.all(links.map((link) => link.innerText()))).to.deep.equal(GOVERNANCE_LEAD_SECTIONS);
      for (const link of links) expect(await link.isVisible(), `${await link.textContent()} on ${path}`).to.equal(true);
      expect(await page.getByRole('button', { name: 'Browse More' }).isVisible(), path).to.equal(false);
      expect(await widerThanWindow(page), path).to.deep.equal([]);
    }
  });
});
