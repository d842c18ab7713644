import { expect } from 'chai';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { addDays, todayUtc } from '../../src/engine/dates';
import { openRound } from '../../src/rounds/rounds.service';
import { signInInBrowser, useBrowserPages } from '../support/browser';
import { useDatabase } from '../support/database';
import { aCommittee, aDeclaration, anOrganisation, aPerson } from '../support/factories';
import { signInLinkIn } from '../support/mailbox';

describe('In a real browser, a member makes their annual return from the emailed link', function () {
  this.timeout(180_000);
  useDatabase();
  const web = useBrowserPages();

  it('when the member follows the link and completes the task list, then the governance lead\'s home shows the return, and every page passes axe at both widths', async () => {
    const { app, page, visited } = web;
    const ccg = await anOrganisation({ name: 'NHS Test CCG', kind: 'ccg' });
    const member = await aPerson({ name: 'Dr Sam Okafor', email: 'sam.okafor@test.invalid' });
    const lead = await aPerson({ name: 'Grace Lead', role: 'governance-lead' });
    await aCommittee({ name: 'Test PCCC', organisationIds: [ccg.id], members: [{ personId: member.id, category: 'gp', role: 'member', from: '2015-04-01' }] });
    await aDeclaration({ personId: member.id, description: 'Partner at Riverside Surgery', from: '2009-01-01' });
    const today = todayUtc(app.clock.now());
    await openRound({ name: 'Annual declarations 2026/27', opensOn: today, dueOn: addDays(today, 30), scope: 'decision-making', committeeIds: [], reminderDaysBefore: [14], overdueEvery: 7, maxReminders: 3 }, SYSTEM_ACTOR, today);
    await app.services.scheduler.tick();

    await page.goto(signInLinkIn(await app.mailbox.latestTo(member.email)));
    await web.checkAccessibility();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Annual declarations 2026/27' }).waitFor();
    await web.checkAccessibility();

    await page.getByRole('link', { name: 'Review your interests' }).click();
    await web.checkAccessibility();
    await page.getByRole('button', { name: /It is still correct/ }).click();
    await page.getByText('Still correct', { exact: true }).waitFor();
    await web.checkAccessibility();
    await page.getByRole('link', { name: 'Back to your return' }).click();

    await page.getByRole('link', { name: 'Gifts and hospitality in the last 12 months' }).click();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByText('There is a problem').waitFor();
    await web.checkAccessibility();
    await page.getByLabel('I have declared every gift and hospitality offered to me in the last 12 months').check();
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await page.getByRole('link', { name: 'Confirm, or make a nil return' }).click();
    await web.checkAccessibility();
    await page.getByRole('button', { name: 'Make my return' }).click();
    await page.getByText('You have made your return for this round').waitFor();
    await web.checkAccessibility();

    await web.freshPage();
    await signInInBrowser(web.page, app, lead.email);
    await web.page.getByRole('heading', { name: 'What needs doing' }).waitFor();
    expect(await web.page.textContent('#round-summary')).to.contain('1 of 1 returned (1 confirmed, 0 nil)');
    await web.checkAccessibility();
    await web.page.getByRole('link', { name: 'Annual declarations 2026/27' }).first().click();
    await web.page.getByRole('heading', { name: 'Progress' }).waitFor();
    await web.checkAccessibility();
    await web.page.goto(`${app.baseUrl}/people`);
    await web.checkAccessibility();
    await web.page.goto(`${app.baseUrl}/emails`);
    await web.checkAccessibility();
    await web.page.goto(`${app.baseUrl}/emails/templates/round-opened`);
    await web.checkAccessibility();
    await web.page.goto(`${app.baseUrl}/rounds/new`);
    await web.checkAccessibility();

    const failures = visited.filter((v) => v.violations.length > 0);
    expect(failures, JSON.stringify(failures, null, 2)).to.deep.equal([]);
    expect(visited.length).to.be.greaterThan(10);
  });
});
