import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, type AxeViolation, isolatedContext, launchChromium, signInInBrowser } from '../support/browser';
import { useDatabase } from '../support/database';
import { aCommittee, aMembership, anOrganisation, aPerson } from '../support/factories';

import { startTestApp, type TestApp } from '../support/testApp';

describe('In a real browser, a governance lead works through the management pages', function () {
  this.timeout(120_000);
  useDatabase();
  let app: TestApp;
  let browser: Browser;
  before(async () => {
    app = await startTestApp();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('when every list, form, error, detail and import page is opened, then each has one heading 1 and passes axe', async () => {
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg', odsCode: '05X' });
    const practice = await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001', memberOfId: ccg.id });
    const committee = await aCommittee({ organisationIds: [ccg.id] });
    const person = await aPerson({ name: 'Ann Lay' });
    const seat = await aMembership({ committeeId: committee.id, personId: person.id, role: 'chair' });
    const lead = await aPerson({ name: 'Grace Lead', role: 'governance-lead', email: 'grace.lead@test.invalid' });

    const context = await isolatedContext(browser);
    const page: Page = await context.newPage();
    const visited: { url: string; violations: AxeViolation[] }[] = [];
    const check = async () => visited.push({ url: page.url(), violations: await accessibilityViolations(page) });

    await signInInBrowser(page, app, lead.email);
    await page.getByRole('heading', { name: 'What needs doing', level: 1 }).waitFor();

    for (const path of [
      '/committees',
      `/committees/${committee.id}`,
      `/committees/${committee.id}/edit`,
      `/committees/${committee.id}/members/new`,
      `/committees/${committee.id}/members/${seat.id}/edit`,
      `/committees/${committee.id}/members/${seat.id}/end`,
      '/organisations',
      '/organisations?search=river',
      `/organisations/${ccg.id}`,
      `/organisations/${practice.id}/edit`,
      '/people',
      `/people/${person.id}`,
      `/people/${person.id}/declarations`,
      '/people/import',
    ]) {
      const response = await page.goto(`${app.baseUrl}${path}`);
      expect(response?.status(), path).to.equal(200);
      expect(await page.locator('h1').count(), `one h1 on ${path}`).to.equal(1);
      await check();
    }

    // Forms sent empty show the error summary, which must be accessible too.
    for (const [path, button] of [
      ['/committees/new', 'Add committee'],
      [`/committees/${committee.id}/members/new`, 'Add member'],
      ['/organisations/new', 'Add organisation'],
      ['/people/new', 'Add person'],
    ]) {
      await page.goto(`${app.baseUrl}${path}`);
      if (path === '/people/new') await page.getByLabel('Full name').fill('');
      await page.getByRole('button', { name: button }).click();
      await page.getByText('There is a problem').waitFor();
      await check();
    }

    // The import: a bad file is refused with the row named, then a good one is previewed and committed.
    await page.goto(`${app.baseUrl}/people/import`);
    await page.getByLabel('Or paste the CSV').fill('name,email,role\nBob,not-an-email,member');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText("Row 2: email 'not-an-email' is not a valid email address").first().waitFor();
    await check();
    await page.getByLabel('Upload a file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email,role\nBob Smith,bob.smith@test.invalid,member\n') });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'Check the import' }).waitFor();
    expect(await page.textContent('main')).to.contain('bob.smith@test.invalid');
    await check();
    await page.getByRole('button', { name: 'Import these people and memberships' }).click();
    await page.getByText('Imported 1 new person and 0 new memberships.').waitFor();
    await check();

    await context.close();
    const failures = visited.filter((v) => v.violations.length > 0);
    expect(failures, JSON.stringify(failures, null, 2)).to.deep.equal([]);
  });
});
