import { expect } from 'chai';
import { BreachModel } from '../../src/decisions/breach.model';
import { ComplianceRunModel } from '../../src/compliance/complianceRun.model';
import { MeetingModel } from '../../src/decisions/meeting.model';
import { addDays, longDate, todayUtc } from '../../src/engine/dates';
import { loadDemoData } from '../../src/seed/demoData';
import { clearDatabase, connectTestDatabase } from '../support/database';
import { readCsv } from '../registers/helpers';
import { startTestApp, type TestApp, type WebAgent } from '../support/testApp';

const today = todayUtc();
const dateBoxes = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
};
const mainOf = (html: string) => (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');

async function exportCsv(agent: WebAgent, register: string, asAt: string) {
  await agent.get('/registers');
  const posted = await agent.post('/registers/exports', { formats: ['csv'], registers: [register], ...dateBoxes('asAt', asAt) });
  expect(posted.status, posted.text.slice(0, 500)).to.equal(303);
  const page = await agent.get(posted.location ?? '');
  const name = /href="[^"]*\/files\/([^"]+\.csv)"/.exec(page.text)?.[1];
  return { page, csv: readCsv((await agent.get(`${posted.location}/files/${name}`)).body) };
}

/**
 * The demo a newcomer starts on: two years of the committees' work, stamped on the days it happened,
 * so the dashboard, the breaches, next month's briefing and the registers of a year ago tell its story.
 */
describe('The demo tells the story of two years of decisions', function () {
  this.timeout(180_000);
  let app: TestApp;
  let lead: WebAgent;

  before(async () => {
    await connectTestDatabase();
    await clearDatabase();
    await loadDemoData(new Date());
    app = await startTestApp();
    lead = await app.signIn('governance.lead@example.org');
  });
  after(async () => {
    await app.close();
    await clearDatabase();
  });

  it('when the governance lead opens the home page, then it shows the open breach and next month\'s briefing naming who must withdraw', async () => {
    const home = mainOf((await lead.get('/home')).text);
    expect(home).to.contain('1 breach is open');
    expect(home).to.contain('Dr Aileen McBride');
    expect(home).to.contain('South Worcestershire Primary Care Commissioning Committee');
    expect(home).to.contain('Dr Sam Okafor (2 items) and Owen Pritchard (1 item) should withdraw');
  });

  it('when the compliance dashboard is opened, then the stored runs of the last two years are listed, the latest first', async () => {
    const runs = await ComplianceRunModel.find().sort({ ranAt: 1 }).lean();
    expect(runs).to.have.length(6);
    expect(runs[0].asAt < addDays(today, -600)).to.equal(true);
    const page = mainOf((await lead.get('/compliance')).text);
    expect(page).to.contain(longDate(runs.at(-1)!.asAt));
  });

  it('when the register of breaches is opened, then the GP shareholder who voted on the federation contract is open and the inquorate decision is closed with its action', async () => {
    const breaches = await BreachModel.find().lean();
    expect(breaches.map((b) => [b.ruleId, b.status]).sort()).to.deep.equal([
      ['conflict.inquorate-after-exclusions', 'closed'],
      ['conflict.voted-while-conflicted', 'open'],
    ]);
    const page = mainOf((await lead.get('/breaches')).text);
    expect(page).to.contain('Extended access contract: Severnside GP Federation Ltd');
    expect(page).to.contain('Dr Aileen McBride');
    expect(page).to.contain('Winter access funding for every practice');
    expect(page).to.contain('ratified the decision at its next, quorate meeting');
  });

  it('when the briefing for next month\'s meeting is opened, then it names the GP shareholder who must withdraw and says the meeting stays quorate', async () => {
    const planned = await MeetingModel.findOne({ date: { $gt: today } }).lean();
    expect(planned?.present).to.deep.equal([]);
    const page = mainOf((await lead.get(`/meetings/${String(planned?._id)}/briefing`)).text);
    expect(page).to.contain('Extended-hours hub hosted by Severnside GP Federation Ltd');
    expect(page).to.contain('Shareholder in Severnside GP Federation Ltd');
    expect(page).to.contain('Dr Sam Okafor should withdraw');
    expect(page).to.contain('Quorate once the members with an interest withdraw');
  });

  it('when the registers are exported as at a year ago, then they show what stood then: shares since sold still held, interests declared since not yet there', async () => {
    const yearAgo = addDays(today, -365);
    const { csv: interests } = await exportCsv(lead, 'interests', yearAgo);
    const descriptions = interests.rows.map((row) => row.Description);
    expect(descriptions).to.include('Shares in Meridian Pharma UK Ltd held in a personal investment portfolio (since sold).');
    expect(descriptions.some((d) => d?.startsWith('Shareholder in Severnside GP Federation Ltd (bought when'))).to.equal(false);
    expect(interests.rows.find((row) => row.Description?.startsWith('Shares in Meridian'))).to.include({ To: '', 'Status on the as-at day': 'Current' });

    const { csv: breaches } = await exportCsv(lead, 'breaches', yearAgo);
    expect(breaches.rows.map((row) => row.Status)).to.deep.equal(['Closed']);
  });

  it('when the registers are asked for as at a day before anything was recorded, then the page says so in words', async () => {
    const { page } = await exportCsv(lead, 'interests', addDays(today, -800));
    expect(mainOf(page.text)).to.contain(`Nothing had been recorded in the register by ${longDate(addDays(today, -800))}`);
  });
});
