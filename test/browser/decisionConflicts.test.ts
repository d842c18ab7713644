import { expect } from 'chai';
import type { Locator, Page } from 'playwright-core';
import { BreachModel } from '../../src/decisions/breach.model';
import { MembershipModel } from '../../src/committees/membership.model';
import { followHeaderLink, signInInBrowser, useBrowserPages } from '../support/browser';
import { useDatabase } from '../support/database';
import { aCommittee, aDeclaration, anOrganisation, aPerson } from '../support/factories';

/** The visible text of a part of the page, with runs of white space made one space. */
const textOf = async (locator: Locator) => ((await locator.innerText()) ?? '').replace(/\s+/g, ' ');

/** Fills an NHS.UK date input found by its legend. */
async function fillDate(page: Page, legend: string, day: string, month: string, year: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** The error summary's links, as text and the id of the field each leads to. */
async function errorSummary(page: Page) {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  const links = await summary.getByRole('link').all();
  return Promise.all(links.map(async (link) => ({ text: (await link.innerText()).trim(), href: (await link.getAttribute('href')) ?? '' })));
}

describe('In a real browser, a governance lead is shown conflicts where decisions and seats are recorded', function () {
  this.timeout(180_000);
  useDatabase();
  const web = useBrowserPages();

  /** Every page the test checked passed axe and fitted the window at both widths; there were at least `atLeast`. */
  const expectEveryPageReadable = (atLeast: number) => {
    const failures = web.visited.filter((v) => v.violations.length > 0);
    expect(failures, JSON.stringify(failures, null, 2)).to.deep.equal([]);
    expect(web.visited.length).to.be.at.least(atLeast);
  };
  beforeEach(() => {
    web.visited.length = 0;
  });

  it('when a GP holding shares in the federation being paid is recorded as voting, then the form flags them, asks for a confirmation and a reason, and the breach is on the register at once', async () => {
    const { app, page, checkAccessibility } = web;
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    // A similar name, so the search by ODS code must pick the right one.
    await anOrganisation({ name: 'Severnside GP Federation Ltd', kind: 'provider', odsCode: 'Y02345' });
    const charity = await anOrganisation({ name: 'Severn Carers Trust', kind: 'charity' });
    const [chair, vice, lay, officer, gp, healthwatch] = await Promise.all(
      ['Ann Chair', 'Ben Vice', 'Cara Lay', 'Eve Officer', 'Dr Gail Price', 'Hana Watch'].map((name) => aPerson({ name })),
    );
    const committee = await aCommittee({
      name: 'Example PCCC',
      organisationIds: [ccg.id],
      quorum: { minimumVoting: 4 },
      members: [
        { personId: chair.id, category: 'lay', role: 'chair' },
        { personId: vice.id, category: 'lay', role: 'vice-chair' },
        { personId: lay.id, category: 'lay' },
        { personId: officer.id, category: 'executive' },
        { personId: gp.id, category: 'gp' },
        { personId: healthwatch.id, category: 'healthwatch', voting: false },
      ],
    });
    const [severnside] = await Promise.all([
      anOrganisation({ name: 'Severnside GP Federation', kind: 'provider', odsCode: 'Y02346' }),
      // Someone else's interest in another organisation is not a conflict on this decision.
      aDeclaration({ personId: lay.id, organisationId: charity.id, description: 'Trustee' }),
    ]);
    await aDeclaration({ personId: gp.id, organisationId: severnside.id, description: 'Shareholder (10% of the shares)', declaredOn: '2015-03-02' });
    const lead = await aPerson({ name: 'Grace Lead', role: 'governance-lead', email: 'grace.lead@test.invalid' });

    await signInInBrowser(page, app, lead.email);
    await checkAccessibility();

    // The meeting, who was present and the decision item, through the app's own forms.
    await page.goto(`${app.baseUrl}/committees/${committee.id}`);
    await page.getByRole('link', { name: 'Meetings of this committee' }).click();
    await page.getByRole('heading', { name: 'Meetings of Example PCCC', level: 1 }).waitFor();
    await checkAccessibility();
    await page.getByRole('link', { name: 'Record a meeting' }).click();
    await checkAccessibility();
    await fillDate(page, 'What is the date of the meeting?', '10', '6', '2015');
    await page.getByRole('button', { name: 'Record meeting' }).click();
    await page.getByRole('heading', { name: 'Change the date or who was present', level: 1 }).waitFor();
    await checkAccessibility();
    const present = page.getByRole('group', { name: 'Who was present?' });
    for (const person of [chair, vice, lay, officer, gp, healthwatch]) await present.getByRole('checkbox', { name: person.name }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Meeting of Example PCCC, 10 June 2015', level: 1 }).waitFor();
    await checkAccessibility();

    await page.getByRole('link', { name: 'Add an agenda item' }).click();
    await page.getByRole('heading', { name: 'Add an agenda item', level: 1 }).waitFor();
    await checkAccessibility();
    await page.getByLabel('Title of the agenda item').fill('Extended access contract 2015/16');
    await page.getByRole('group', { name: 'Does this item lead to a decision?' }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('group', { name: 'What kind of decision is it?' }).getByRole('radio', { name: 'Contract award' }).check();
    await page.getByLabel('Value in pounds (optional)').fill('£480,000');
    await page.getByLabel('Find an organisation by name or ODS code').fill('Y02346');
    await page.getByRole('button', { name: 'Find and add' }).click();
    const chosen = page.locator('#affectedOrganisationIds');
    expect(await textOf(chosen)).to.contain('Severnside GP Federation').and.not.to.contain('Ltd');
    await checkAccessibility();
    await page.getByRole('button', { name: 'Add item' }).click();

    // The participation form: nothing chosen, the GP flagged with the declaration and what to do.
    await page.getByRole('heading', { name: "What members did on 'Extended access contract 2015/16'", level: 1 }).waitFor();
    await checkAccessibility();
    const form = page.locator('main form');
    expect(await form.getByRole('radio', { checked: true }).count(), 'no radio is chosen before it is recorded').to.equal(0);
    expect(await form.getByRole('checkbox', { checked: true }).count(), 'no confirmation is ticked before it is recorded').to.equal(0);

    const warning = page.locator('.nhsuk-warning-callout', { hasText: 'Dr Gail Price holds an interest' });
    expect(await warning.count(), 'one warning, for the GP').to.equal(1);
    expect(await page.locator('.nhsuk-warning-callout').count(), 'nobody else is flagged').to.equal(1);
    const warningText = await textOf(warning);
    expect(warningText).to.contain('Shareholder (10% of the shares) (Severnside GP Federation), their own, declared 2 March 2015.');
    expect(warningText).to.contain('Declare the interest when the item starts, take no part in the discussion or the vote, and normally leave the room until it has been decided.');

    // The warning stands just above the GP's own choices.
    expect(await warning.locator('xpath=following-sibling::div[1]//legend').innerText()).to.equal('Dr Gail Price (GP, voting)');
    const gpRow = page.getByRole('group', { name: 'Dr Gail Price (GP, voting)' });
    const watchRow = page.getByRole('group', { name: 'Hana Watch (Healthwatch, non-voting)' });
    const labels = async (row: Locator) => Promise.all((await row.locator('label').all()).map((l) => l.innerText()));
    expect(await labels(gpRow)).to.deep.equal(['Voted', 'Abstained', 'Did not vote', 'Left the room', 'Excluded from discussion']);
    expect(await labels(watchRow), 'a member without a vote is not offered "Voted"').to.deep.equal(['Abstained', 'Did not vote', 'Left the room', 'Excluded from discussion']);
    // Only the conflicted member is asked to confirm a vote.
    expect(await page.getByRole('checkbox').count()).to.equal(1);
    expect(await page.getByRole('checkbox', { name: 'I confirm Dr Gail Price voted although they hold this interest' }).isChecked()).to.equal(false);

    // Every voting member voted, the GP included; Healthwatch did not vote. Saved without the confirmation or a reason.
    for (const person of [chair, vice, lay, officer]) {
      await page.getByRole('group', { name: new RegExp(`^${person.name} \\(`) }).getByRole('radio', { name: 'Voted' }).check();
    }
    await gpRow.getByRole('radio', { name: 'Voted' }).check();
    await watchRow.getByRole('radio', { name: 'Did not vote' }).check();
    await page.getByRole('button', { name: 'Save' }).click();

    const problems = await errorSummary(page);
    await checkAccessibility();
    expect(problems).to.deep.include({ text: 'Confirm that Dr Gail Price voted although they hold an interest in what the decision affects', href: `#confirmVoted-${gp.id}` });
    const reasonProblem = problems.find((p) => p.href === `#reason-${gp.id}`);
    expect(reasonProblem?.text).to.match(/^Dr Gail Price holds an interest in Severnside GP Federation: say why they voted/);
    // The summary leads to the fields, which say the same beside them; what was chosen is kept.
    expect(await page.locator(`#confirmVoted-${gp.id}`).getAttribute('type')).to.equal('checkbox');
    expect(await page.getByLabel('Why Dr Gail Price voted (if they did)').getAttribute('id')).to.equal(`reason-${gp.id}`);
    expect(await textOf(page.locator(`#reason-${gp.id}-error`))).to.contain('say why they voted');
    expect(await gpRow.getByRole('radio', { name: 'Voted' }).isChecked()).to.equal(true);
    expect(await watchRow.getByRole('radio', { name: 'Did not vote' }).isChecked()).to.equal(true);
    expect(await BreachModel.countDocuments(), 'nothing is written while the form has errors').to.equal(0);

    await page.getByRole('checkbox', { name: 'I confirm Dr Gail Price voted although they hold this interest' }).check();
    await page.getByLabel('Why Dr Gail Price voted (if they did)').fill('The chair allowed it: the interest was declared at the start of the meeting');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { name: 'Meeting of Example PCCC, 10 June 2015', level: 1 }).waitFor();
    await checkAccessibility();
    const banner = await textOf(page.locator('.nhsuk-notification-banner'));
    expect(banner).to.contain('What each member did has been recorded. A breach is on the register of breaches:').and.to.contain('Dr Gail Price');
    expect(await textOf(page.locator('main'))).to.contain('Voted: a breach');

    // On the register of breaches straight away: nobody has run a check.
    await followHeaderLink(page, 'Breaches');
    await page.getByRole('heading', { name: 'Register of breaches', level: 1 }).waitFor();
    await checkAccessibility();
    const breach = page.locator('.nhsuk-card', { hasText: 'Dr Gail Price' });
    expect(await breach.count()).to.equal(1);
    const breachText = await textOf(breach);
    expect(breachText).to.contain('Voted while conflicted: 10 June 2015').and.to.contain('Open');
    expect(breachText).to.contain('Severnside GP Federation').and.to.contain('Extended access contract 2015/16').and.to.contain('Example PCCC');
    expect(await page.getByText('There are no breaches').count()).to.equal(0);

    // Reopening the form shows what was recorded, the confirmation and reason included.
    await page.goBack();
    await page.getByRole('link', { name: 'Record what members did on Extended access contract 2015/16' }).click();
    await page.getByRole('heading', { name: "What members did on 'Extended access contract 2015/16'", level: 1 }).waitFor();
    await checkAccessibility();
    expect(await gpRow.getByRole('radio', { name: 'Voted' }).isChecked()).to.equal(true);
    expect(await page.getByRole('checkbox', { name: 'I confirm Dr Gail Price voted although they hold this interest' }).isChecked()).to.equal(true);
    expect(await page.getByLabel('Why Dr Gail Price voted (if they did)').inputValue()).to.equal('The chair allowed it: the interest was declared at the start of the meeting');
    expectEveryPageReadable(12);
  });

  it("when a seat change would break the committee's constitution, then the page says which rules before anything is saved, and saving needs a reason that the audit trail keeps", async () => {
    const { app, page, checkAccessibility } = web;
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const [chair, vice, officer, gp1, gp2, healthwatch, councillor, newcomer] = await Promise.all(
      ['Ann Chair', 'Ben Vice', 'Eve Officer', 'Dr Gail Price', 'Dr Hari Patel', 'Hana Watch', 'Cllr Lee Town', 'Dr Ivy Newman'].map((name) => aPerson({ name })),
    );
    // Three lay and executive votes to two GPs' votes: every constitution rule passes.
    await aCommittee({
      name: 'Example PCCC',
      organisationIds: [ccg.id],
      members: [
        { personId: chair.id, category: 'lay', role: 'chair' },
        { personId: vice.id, category: 'lay', role: 'vice-chair' },
        { personId: officer.id, category: 'executive' },
        { personId: gp1.id, category: 'gp' },
        { personId: gp2.id, category: 'gp' },
        { personId: healthwatch.id, category: 'healthwatch', voting: false },
        { personId: councillor.id, category: 'local-authority', voting: false },
      ],
    });
    const lead = await aPerson({ name: 'Grace Lead', role: 'governance-lead', email: 'grace.lead@test.invalid' });
    await signInInBrowser(page, app, lead.email);

    await followHeaderLink(page, 'Committees');
    await page.getByRole('link', { name: 'Example PCCC' }).click();
    await page.getByRole('heading', { name: 'Example PCCC', level: 1 }).waitFor();
    await checkAccessibility();
    expect(await textOf(page.getByRole('table', { name: 'Constitution rules' }))).not.to.contain('Fails');

    // A third voting GP: GPs would no longer be a minority, nor lay and executive members a majority.
    await page.getByRole('link', { name: 'Add a member' }).click();
    await page.getByRole('heading', { name: 'Add a member to Example PCCC', level: 1 }).waitFor();
    await checkAccessibility();
    await page.getByLabel('Person').selectOption({ label: 'Dr Ivy Newman' });
    await page.getByLabel('Category').selectOption({ label: 'GP' });
    await page.getByRole('group', { name: 'Role on the committee' }).getByRole('radio', { name: 'Member', exact: true }).check();
    await page.getByRole('group', { name: 'Do they vote?' }).getByRole('radio', { name: 'Yes' }).check();
    await fillDate(page, 'When did the membership start?', '1', '4', '2016');
    await page.getByRole('button', { name: 'Add member' }).click();

    await page.getByRole('heading', { name: "This change breaks the committee's constitution", level: 1 }).waitFor();
    await checkAccessibility();
    const failing = await page.locator('#newly-failing li').allInnerTexts();
    expect(failing).to.have.length(2);
    expect(failing.find((rule) => rule.includes('GPs (Dr Gail Price, Dr Hari Patel and Dr Ivy Newman) hold 3 of the 6 votes on Example PCCC; GPs must be a minority of voting members.'))).to.be.a('string');
    expect(failing.find((rule) => rule.includes('hold 3 of the 6 votes on Example PCCC; they must hold more than half.'))).to.be.a('string');
    expect(await textOf(page.locator('main'))).to.contain('Nothing has been saved.');
    expect(await MembershipModel.countDocuments({ personId: newcomer.id }), 'nothing is saved before the governance lead goes on').to.equal(0);

    await page.getByRole('button', { name: 'Save anyway' }).click();
    const problems = await errorSummary(page);
    await checkAccessibility();
    expect(problems).to.deep.equal([{ text: 'Say why this change should be saved although the committee would break its constitution', href: '#constitutionReason' }]);
    expect(await page.locator('#newly-failing li').count(), 'the rules are still shown beside the error').to.equal(2);
    expect(await MembershipModel.countDocuments({ personId: newcomer.id })).to.equal(0);

    await page.getByLabel('Why should this be saved anyway?').fill('Dr Patel steps down at the end of April; a lay member joins in May');
    await page.getByRole('button', { name: 'Save anyway' }).click();
    await page.getByRole('heading', { name: 'Example PCCC', level: 1 }).waitFor();
    await checkAccessibility();
    expect(await textOf(page.locator('.nhsuk-notification-banner'))).to.contain('The member has been added.');
    expect(await textOf(page.getByRole('table', { name: 'Current members' }))).to.contain('Dr Ivy Newman');
    expect(await textOf(page.getByRole('table', { name: 'Constitution rules' }))).to.contain('GPs must be a minority of voting members');

    // Ending the lay chair's seat: the committee would have no chair.
    await page.getByRole('link', { name: "End Ann Chair's membership" }).click();
    await page.getByRole('heading', { name: "End Ann Chair's membership of Example PCCC", level: 1 }).waitFor();
    await checkAccessibility();
    await fillDate(page, 'What was the last day of the membership?', '31', '3', '2017');
    await page.getByRole('button', { name: 'End membership' }).click();
    await page.getByRole('heading', { name: "This change breaks the committee's constitution", level: 1 }).waitFor();
    await checkAccessibility();
    const chairless = await page.locator('#newly-failing li').allInnerTexts();
    expect(chairless).to.have.length(1);
    expect(chairless[0]).to.match(/^Example PCCC has no chair on .+; the chair must be a lay member\.$/);
    // The rules it breaks already, since the third GP joined, are told apart from the one this change breaks.
    const main = await textOf(page.locator('main'));
    expect(main).to.contain('From ').and.to.contain('the committee would break this rule');
    expect(main).to.contain('It already breaks these rules, with or without this change:');
    expect(main.split('with or without this change:')[1]).to.contain('GPs must be a minority of voting members').and.to.contain('they must hold more than half');
    await page.getByLabel('Why should this be saved anyway?').fill('Ann Chair retires; Ben Vice chairs until a lay chair is appointed');
    await page.getByRole('button', { name: 'Save anyway' }).click();
    await page.getByRole('heading', { name: 'Example PCCC', level: 1 }).waitFor();
    await checkAccessibility();
    expect(await textOf(page.getByRole('table', { name: 'Former members' }))).to.contain('Ann Chair').and.to.contain('31 March 2017');

    // The audit trail keeps each reason with the seat it was given for.
    await followHeaderLink(page, 'Audit trail');
    await page.getByLabel('Record type').selectOption({ label: 'Committee membership' });
    await page.getByRole('button', { name: 'Find events' }).click();
    await page.getByRole('heading', { name: /events, newest first$/ }).waitFor();
    await checkAccessibility();
    const added = page.locator('.nhsuk-card', { hasText: 'Committee membership created: Dr Ivy Newman on Example PCCC' });
    expect(await textOf(added)).to.contain('Dr Patel steps down at the end of April; a lay member joins in May').and.to.contain('constitution.gp-minority');
    const ended = page.locator('.nhsuk-card', { hasText: 'Committee membership ended: Ann Chair on Example PCCC' });
    expect(await textOf(ended)).to.contain('Ann Chair retires; Ben Vice chairs until a lay chair is appointed').and.to.contain('constitution.chair-lay');
    expect(await textOf(ended)).not.to.contain('constitution.gp-minority');
    expectEveryPageReadable(9);
  });
});
