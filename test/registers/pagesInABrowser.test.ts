import { expect } from 'chai';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { followHeaderLink, signInInBrowser, useBrowserPages } from '../support/browser';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { aGpWhoseInterestChangedLater, anInterest } from './helpers';

describe('In a real browser, the register, export and audit pages', function () {
  this.timeout(180_000);
  useDatabase();
  const web = useBrowserPages();

  const signIn = (email: string) => signInInBrowser(web.page, web.app, email);

  it('when an auditor exports, browses and verifies, and a governance lead withholds an entry, then every page passes axe', async () => {
    const { app, visited, checkAccessibility } = web;
    let { page } = web;
    const { gp } = await aGpWhoseInterestChangedLater();
    const current = await anInterest(gp.id, { organisationName: 'Riverside Pharmacy', description: 'Owner of Riverside Pharmacy' });

    await page.goto(`${app.baseUrl}/register`);
    await checkAccessibility();
    await page.getByLabel('Search by name or organisation').fill('riverside');
    await page.getByRole('button', { name: 'Search' }).click();
    expect(await page.textContent('main')).to.contain('Owner of Riverside Pharmacy');
    await checkAccessibility();

    await signIn((await aPerson({ role: 'auditor', name: 'Ada Auditor' })).email);
    await followHeaderLink(page, 'Registers');
    await page.getByRole('heading', { name: 'Export registers' }).waitFor();
    await checkAccessibility();
    await page.getByRole('checkbox', { name: 'CSV, one file per register' }).uncheck();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByText('There is a problem').waitFor();
    await checkAccessibility();
    await page.getByRole('checkbox', { name: /Excel workbook/ }).check();
    const asAt = page.getByRole('group', { name: 'As at' });
    await asAt.getByLabel('Day').fill('30');
    await asAt.getByLabel('Month').fill('6');
    await asAt.getByLabel('Year').fill('2015');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('heading', { name: 'Registers exported' }).waitFor();
    expect(await page.textContent('main')).to.contain('registers-as-at-2015-06-30.xlsx');
    await checkAccessibility();

    await followHeaderLink(page, 'Audit trail');
    await checkAccessibility();
    await page.getByRole('button', { name: 'Verify the audit trail' }).click();
    await page.getByText(/The audit trail is intact: \d+ events, head [0-9a-f]{64}/).waitFor();
    await checkAccessibility();
    const from = page.getByRole('group', { name: 'On or after' });
    await from.getByLabel('Day').fill('31');
    await from.getByLabel('Month').fill('2');
    await from.getByLabel('Year').fill('2015');
    await page.getByRole('button', { name: 'Find events' }).click();
    await page.getByText('There is a problem').waitFor();
    await checkAccessibility();

    page = await web.freshPage();
    await signIn((await aPerson({ role: 'governance-lead' })).email);
    await page.goto(`${app.baseUrl}/registers/published`);
    await checkAccessibility();
    await page.getByRole('link', { name: "Withhold Dr Gail Price's entry" }).click();
    await page.getByRole('button', { name: 'Withhold this entry' }).click();
    await page.getByText('There is a problem').waitFor();
    await checkAccessibility();
    await page.getByLabel('Why is this entry withheld?').fill('A threat against the practice');
    await page.getByRole('button', { name: 'Withhold this entry' }).click();
    await page.getByRole('heading', { name: 'Published register: what is withheld' }).waitFor();
    await checkAccessibility();
    expect((await DeclarationModel.findById(current.id).lean())?.withheldReason).to.equal('A threat against the practice');

    const failures = visited.filter((v) => v.violations.length > 0);
    expect(failures, JSON.stringify(failures, null, 2)).to.deep.equal([]);
    expect(visited.length).to.equal(11);
  });
});
