import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { CommitteeModel } from '../../src/committees/committee.model';
import { resizeWindow, signInInBrowser, useBrowserPages, widerThanWindow } from '../support/browser';
import { useDatabase } from '../support/database';
import { aCommittee, aDeclaration, aMembership, anOrganisation, aPerson } from '../support/factories';
import { aCommissioningBody, aDecisionItem, aMeeting } from '../decisions/fixtures';
import { OURS } from './fixtures';

/** The two widths every page must work at: a desktop, and a small phone. */
const WIDTHS = [1280, 375] as const;

/** Set SCREENSHOTS_DIR to keep a full-page screenshot of each page at each width, to look at. */
const SCREENSHOTS_DIR = process.env.SCREENSHOTS_DIR;

/** An ICB board on nhs-icb-board-2022 a non-executive short, with an office holder on every other seat. */
async function anIcbBoardOneShort() {
  const icb = await anOrganisation({ name: 'NHS Example ICB', kind: 'icb', odsCode: 'QXX' });
  const board = await aCommittee({ name: 'NHS Example ICB Board', organisationIds: [icb.id], type: 'governing-body', commissioningLevel: null, rulePack: 'nhs-icb-board-2022', quorum: null });
  const seat = async (name: string, category: string, role: string, office: string | null = null) =>
    (await aMembership({ committeeId: board.id, personId: (await aPerson({ name })).id, category, role, office, from: '2022-07-01' })).personId;
  const people: string[] = [];
  people.push(await seat('Carol Chair', 'non-executive', 'chair'), await seat('Nadia Deputy', 'non-executive', 'vice-chair'));
  for (const [name, office] of [['Cath Chief', 'chief-executive'], ['Frank Finance', 'finance-director'], ['Dr Mo Medical', 'medical-director'], ['Nora Nursing', 'nursing-director']]) people.push(await seat(name, 'executive', 'member', office));
  for (const [name, office] of [['Tom Trust', 'partner-member-trust'], ['Dr Pat Practice', 'partner-member-primary-care'], ['Cllr Liz Council', 'partner-member-local-authority']]) people.push(await seat(name, 'partner-member', 'member', office));
  return { ...board, people };
}

describe('In a real browser, rule packs, committees on them and the register of procurement decisions', function () {
  this.timeout(300_000);
  useDatabase();
  const web = useBrowserPages();

  /** Opens the page at each width: it must not be wider than the window, and must pass axe. */
  async function atBothWidths(label: string): Promise<void> {
    const { page } = web;
    for (const width of WIDTHS) {
      await resizeWindow(page, width, 900);
      if (SCREENSHOTS_DIR) {
        // The web fonts are refused (no traffic leaves the machine): wait for the fallback before the picture.
        await page.evaluate('document.fonts.ready.then(() => true)');
        fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${label}-${width}.png`), fullPage: true });
      }
      expect(await widerThanWindow(page), `${label} at ${width} px`).to.deep.equal([]);
      await web.checkAccessibility();
    }
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  }

  it('when a governance lead adds a pack with problems, fixes it, and puts a committee on it, then every page fits both widths and passes axe', async () => {
    const { app, page, visited } = web;
    const body = await aCommissioningBody();
    const board = await anIcbBoardOneShort();
    await signInInBrowser(page, app, (await aPerson({ role: 'governance-lead', name: 'Grace Lead' })).email);

    await page.goto(`${app.baseUrl}/rule-packs`);
    await atBothWidths('rule-packs');
    await page.getByRole('link', { name: 'Add a rule pack' }).click();
    await atBothWidths('rule-pack-new');

    // Every problem is on the form before anything is saved.
    await page.getByLabel('Or paste the YAML').fill(OURS.replace('categories: [lay], min: 3 }', 'categories: [lay, boss] }'));
    await page.getByRole('button', { name: 'Check and add the rule pack' }).click();
    await page.getByText('There is a problem').waitFor();
    const summary = await page.locator('.nhsuk-error-summary__list').textContent();
    expect(summary).to.contain('The rule pack has 2 problems').and.to.contain('params.requirements[0] needs min, max or both').and.to.contain('params.requirements[0].categories[1] must be one of');
    await atBothWidths('rule-pack-new-problems');

    await page.getByLabel('Or paste the YAML').fill(OURS);
    await page.getByRole('button', { name: 'Check and add the rule pack' }).click();
    await page.getByRole('heading', { name: 'Our primary care commissioning committee', level: 1 }).waitFor();
    expect(await page.textContent('main')).to.contain('Rule pack our-pccc has been added as version 1.');
    await atBothWidths('rule-pack-own');
    await page.getByRole('link', { name: 'Change this rule pack' }).click();
    await atBothWidths('rule-pack-edit');
    await page.goto(`${app.baseUrl}/rule-packs/nhs-icb-board-2022`);
    await atBothWidths('rule-pack-icb');

    // The PCCC is put on the body's own pack, with quorum settings of its own.
    await page.goto(`${app.baseUrl}/committees/${body.committee.id}/edit`);
    await page.getByLabel('Rule pack', { exact: true }).selectOption('our-pccc');
    await page.getByRole('group', { name: 'Must the chair or the vice-chair be present?' }).getByLabel('No').check();
    await page.getByLabel('Members who must be present (optional)').fill('- id: lay\n  label: lay members\n  categories: [lay]\n');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('There is a problem').waitFor();
    expect((await page.textContent('.nhsuk-error-summary__list'))?.trim()).to.equal('Members who must be present, entry 1: min is required');
    await atBothWidths('committee-edit-problem');
    await page.getByLabel('Members who must be present (optional)').fill('- id: lay\n  label: lay members\n  categories: [lay]\n  min: 2\n');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Example PCCC', level: 1 }).waitFor();
    expect((await CommitteeModel.findById(body.committee.id).lean())?.quorum).to.deep.equal({
      minimumVoting: 4,
      chairOrViceChair: false,
      present: [{ id: 'lay', label: 'lay members', categories: ['lay'], min: 2 }],
    });
    await atBothWidths('committee-own-pack');

    // The ICB board: each requirement with its count, one failing.
    await page.goto(`${app.baseUrl}/committees/${board.id}`);
    const main = await page.textContent('main');
    expect(main).to.contain('NHS Example ICB Board has 1 independent non-executive member; it needs at least 2.');
    expect(await page.getByRole('table', { name: 'Who the constitution asks for' }).getByText('Does not meet it').count()).to.equal(1);
    await atBothWidths('committee-icb-board');
    await page.goto(`${app.baseUrl}/committees/${board.id}/edit`);
    await atBothWidths('committee-icb-board-edit');
    await page.goto(`${app.baseUrl}/committees/${board.id}/members/new`);
    await atBothWidths('membership-new-icb');

    // The register of procurement decisions, on the register page and the decision's own.
    const { committee, chair, vice, lay, exec1, gp, riverside } = body;
    const meetingId = await aMeeting(committee.id, [chair.id, vice.id, lay.id, exec1.id, gp.id]);
    const { decisionId } = await aDecisionItem(meetingId, { title: 'Minor surgery contract', affectedOrganisationIds: [riverside.id] }, [{ personId: gp.id, action: 'left-room' }]);
    await page.goto(`${app.baseUrl}/decisions`);
    expect(await page.textContent('main')).to.contain('Dr Gail Price: left the room');
    await atBothWidths('decisions-register');
    await page.goto(`${app.baseUrl}/decisions/${decisionId}`);
    await atBothWidths('decision');

    // The ICB board's briefing: 5 of its 9 members are present, and its primary care partner member must withdraw, leaving 4.
    const [chairId, deputyId, , , , , trustId, practiceId] = board.people;
    await aDeclaration({ personId: practiceId, organisationId: riverside.id, description: 'GP partner at Riverside Surgery', declaredOn: '2022-07-10' });
    const boardMeeting = await aMeeting(board.id, [chairId, deputyId, trustId, practiceId, board.people[2]], '2023-05-10');
    await aDecisionItem(boardMeeting, { title: 'Primary medical services contract', affectedOrganisationIds: [riverside.id] }, [{ personId: practiceId, action: 'left-room' }]);
    await page.goto(`${app.baseUrl}/meetings/${boardMeeting}/briefing`);
    expect(await page.textContent('main')).to.contain('Without them the meeting would not be quorate for this item:');
    await atBothWidths('briefing-icb-board');

    const failures = visited.filter((v) => v.violations.length > 0);
    expect(failures, JSON.stringify(failures, null, 2)).to.deep.equal([]);
    expect(visited).to.have.length(2 * 14);
  });
});
