import { expect } from 'chai';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { GiftModel } from '../../src/declarations/gift.model';
import { addDays, addMonths, todayUtc } from '../../src/engine/dates';
import { useDatabase } from '../support/database';
import { aDeclaration, aPerson } from '../support/factories';
import { startTestApp, type TestApp } from '../support/testApp';

/** The three date boxes for an ISO date, as the form posts them. */
const dateBoxes = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
};

const anInterestFrom = (from: string) => ({
  type: 'financial',
  category: '',
  organisationName: '',
  description: 'Shareholder in Severn Health Ltd',
  heldBy: 'self',
  ...dateBoxes('from', from),
  actionTaken: '',
});

const aGift = (overrides: Record<string, string> = {}) => ({
  kind: 'hospitality',
  fromName: 'Severn Health Ltd',
  description: 'Dinner after a supplier presentation',
  valueGBP: '45',
  cashOrVoucher: 'false',
  ...dateBoxes('offeredOn', todayUtc()),
  accepted: 'true',
  ...overrides,
});

const errorBeside = (html: string, field: string) => new RegExp(`id="${field}-error"[^>]*>[\\s\\S]*?</span>([^<]*)`).exec(html)?.[1]?.trim();

describe('Member forms say what they record and ask when something does not add up', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when an interest began more than 28 days ago, then the member is asked why, and the reason is kept and shown to the governance lead', async () => {
    const member = await aPerson({ name: 'Dr Priya Shah' });
    const agent = await app.signIn(member.email);
    await agent.post('/declarations/interests/new', anInterestFrom(addDays(todayUtc(), -40)));
    const check = await agent.get('/declarations/interests/new/check');
    expect(check.text).to.contain('Why is this declared now?').and.to.contain('more than 28 days ago');

    const silent = await agent.post('/declarations/interests/new/check', { lateReason: '  ' });
    expect(silent.status).to.equal(400);
    expect(errorBeside(silent.text, 'lateReason')).to.equal('Say why this is declared more than 28 days after it began');
    expect(await DeclarationModel.countDocuments()).to.equal(0);

    expect((await agent.post('/declarations/interests/new/check', { lateReason: 'I bought the shares before joining and missed the form' })).status).to.equal(303);
    const stored = await DeclarationModel.findOne().lean();
    expect(stored?.lateReason).to.equal('I bought the shares before joining and missed the form');

    const lead = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    const page = await lead.get(`/declarations/interests/${String(stored?._id)}`);
    expect(page.text).to.contain('Why it was declared late').and.to.contain('I bought the shares before joining and missed the form');
  });

  it('when an interest began within 28 days, then no reason is asked for and none is kept', async () => {
    const agent = await app.signIn((await aPerson()).email);
    await agent.post('/declarations/interests/new', anInterestFrom(addDays(todayUtc(), -3)));
    const check = await agent.get('/declarations/interests/new/check');
    expect(check.text).not.to.contain('Why is this declared now?');
    expect((await agent.post('/declarations/interests/new/check', { lateReason: 'typed anyway' })).status).to.equal(303);
    expect((await DeclarationModel.findOne().lean())?.lateReason).to.equal(null);
  });

  it('when the member checks their answers, then every row has a Change link back to its field', async () => {
    const agent = await app.signIn((await aPerson()).email);
    await agent.post('/declarations/interests/new', anInterestFrom(todayUtc()));
    const check = await agent.get('/declarations/interests/new/check');
    const rows = check.text.match(/<div class="nhsuk-summary-list__row">/g) ?? [];
    const changes = [...check.text.matchAll(/href="\/declarations\/interests\/new\?change(?:=|&#x3D;)1#([\w-]+)">Change/g)].map((m) => m[1]);
    expect(changes).to.deep.equal(['type', 'category', 'organisationName', 'description', 'heldBy', 'from-day', 'to-day', 'actionTaken']);
    expect(changes).to.have.length(rows.length);
    const back = await agent.get('/declarations/interests/new?change=1');
    expect(back.text).to.contain('Shareholder in Severn Health Ltd');
  });

  it('when a member with current interests makes a nil declaration, then they must end them or keep them, and ending keeps each one\'s history', async () => {
    const member = await aPerson();
    const interest = await aDeclaration({ personId: member.id, description: 'Partner at Riverside Surgery' });
    const agent = await app.signIn(member.email);

    const form = await agent.get('/declarations/nil');
    expect(form.text).to.contain('You have a current interest on the register').and.to.contain('Partner at Riverside Surgery');
    const unanswered = await agent.post('/declarations/nil', {});
    expect(unanswered.status).to.equal(400);
    expect(errorBeside(unanswered.text, 'currentInterests')).to.equal('You hold a current interest: end it, or keep it and confirm your declarations instead');
    expect(await DeclarationModel.countDocuments({ type: 'nil' })).to.equal(0);

    const kept = await agent.post('/declarations/nil', { currentInterests: 'keep' });
    expect(kept.location).to.equal('/declarations/confirm');
    expect(await DeclarationModel.countDocuments({ type: 'nil' })).to.equal(0);

    expect((await agent.post('/declarations/nil', { currentInterests: 'end' })).status).to.equal(303);
    expect(await DeclarationModel.findById(interest.id).lean()).to.include({ to: todayUtc(), version: 2 });
    expect(await DeclarationModel.countDocuments({ type: 'nil', personId: member.id })).to.equal(1);
    expect(await AuditEventModel.countDocuments({ recordId: interest.id, action: 'declaration.ended' })).to.equal(1);
  });

  it('when a member with no current interests makes a nil declaration, then it is recorded without a question', async () => {
    const member = await aPerson();
    await aDeclaration({ personId: member.id, from: '2012-01-01', to: '2014-01-01' });
    const agent = await app.signIn(member.email);
    expect((await agent.get('/declarations/nil')).text).not.to.contain('current interest');
    expect((await agent.post('/declarations/nil', {})).status).to.equal(303);
    expect(await DeclarationModel.countDocuments({ type: 'nil', personId: member.id })).to.equal(1);
  });

  it('when a member confirms, then the page lists exactly the current interests and the last 12 months of gifts being confirmed', async () => {
    const member = await aPerson();
    await aDeclaration({ personId: member.id, description: 'Partner at Riverside Surgery' });
    await aDeclaration({ personId: member.id, description: 'Director of an old company', from: '2010-01-01', to: '2012-01-01' });
    const agent = await app.signIn(member.email);
    await agent.post('/declarations/gifts/new', aGift({ description: 'Lunch this month' }));
    await agent.post('/declarations/gifts/new', aGift({ description: 'Dinner two years ago', ...dateBoxes('offeredOn', addMonths(todayUtc(), -24)) }));

    const page = await agent.get('/declarations/confirm');
    const main = /<main[\s\S]*<\/main>/.exec(page.text)?.[0] ?? '';
    expect(main).to.contain('Partner at Riverside Surgery').and.to.contain('Lunch this month');
    expect(main).not.to.contain('Director of an old company');
    expect(main).not.to.contain('Dinner two years ago');
  });

  for (const [typed, stored] of [['£1,200.50', 1200.5], ['1200', 1200], [' £ 45 ', 45]] as const) {
    it(`when a gift's value is typed as "${typed}", then it is read as ${stored} pounds`, async () => {
      const agent = await app.signIn((await aPerson()).email);
      const saved = await agent.post('/declarations/gifts/new', aGift({ valueGBP: typed }));
      expect(saved.status).to.equal(303);
      expect((await GiftModel.findOne().lean())?.valueGBP).to.equal(stored);
    });
  }

  it('when a gift\'s value is not an amount of money, then the value field says so and nothing is written', async () => {
    const agent = await app.signIn((await aPerson()).email);
    const refused = await agent.post('/declarations/gifts/new', aGift({ valueGBP: '12,00' }));
    expect(refused.status).to.equal(400);
    expect(errorBeside(refused.text, 'valueGBP')).to.equal('Value must be an amount in pounds, like 25, 12.50 or £1,200');
    expect(await GiftModel.countDocuments()).to.equal(0);
  });
});
