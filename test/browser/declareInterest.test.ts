import { expect } from 'chai';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { useBrowserPages } from '../support/browser';
import { useDatabase } from '../support/database';
import { anOrganisation, aPerson } from '../support/factories';
import { signInLinkIn } from '../support/mailbox';

describe('In a real browser, a member signs in by email and declares an interest', function () {
  this.timeout(120_000);
  useDatabase();
  const web = useBrowserPages();

  it('when the member follows the emailed link and completes the forms, then the interest is listed and every page passes axe', async () => {
    const { app, page, visited, checkAccessibility } = web;
    await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    const member = await aPerson({ name: 'Dr Sam Okafor', email: 'sam.okafor@test.invalid' });

    await page.goto(`${app.baseUrl}/`);
    await checkAccessibility();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await checkAccessibility();
    await page.getByLabel('Email address').fill(member.email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await checkAccessibility();

    const link = signInLinkIn(await app.mailbox.latestTo(member.email));
    await page.goto(link);
    await checkAccessibility();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My declarations' }).waitFor();
    await checkAccessibility();

    await page.getByRole('link', { name: 'Declare an interest' }).click();
    await checkAccessibility();
    // Submitting with nothing filled in shows the error summary; that page must be accessible too.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('There is a problem').waitFor();
    await checkAccessibility();

    await page.getByRole('radio', { name: 'Financial', exact: true }).check();
    await page.getByLabel('Category (optional)').selectOption('outside-employment');
    await page.getByLabel('Organisation (optional)').fill('M81001');
    await page.getByLabel('Describe the interest').fill('Partner at Riverside Surgery');
    await page.getByLabel('Me', { exact: true }).check();
    const started = page.getByRole('group', { name: 'When did it start?' });
    await started.getByLabel('Day').fill('1');
    await started.getByLabel('Month').fill('4');
    await started.getByLabel('Year').fill('2015');
    await page.getByLabel('Action taken to manage it (optional)').fill('Leaves the room for decisions on the practice');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { name: 'Check your answers before declaring' }).waitFor();
    expect(await page.textContent('main')).to.contain('Riverside Surgery');
    await checkAccessibility();
    // Begun in 2015, so the member is asked why it comes now; leaving it blank is answered beside the box.
    await page.getByRole('button', { name: 'Declare this interest' }).click();
    await page.getByText('Say why this is declared more than 28 days after it began').first().waitFor();
    await checkAccessibility();
    await page.getByLabel('Why is this declared now?').fill('I joined the committee this month');
    await page.getByRole('button', { name: 'Declare this interest' }).click();

    await page.getByRole('heading', { name: 'My declarations' }).waitFor();
    await checkAccessibility();
    const current = page.locator('table').first();
    expect(await current.textContent()).to.contain('Partner at Riverside Surgery');
    expect(await DeclarationModel.countDocuments({ personId: member.id })).to.equal(1);

    await page.getByRole('link', { name: 'Partner at Riverside Surgery' }).click();
    await page.getByRole('heading', { name: 'Interest' }).waitFor();
    expect(await page.textContent('main')).to.contain('I joined the committee this month');
    await checkAccessibility();

    const failures = visited.filter((v) => v.violations.length > 0);
    expect(failures, JSON.stringify(failures, null, 2)).to.deep.equal([]);
    expect(visited.length).to.be.greaterThan(8);
  });
});
