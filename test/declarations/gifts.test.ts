import { expect } from 'chai';
import { GiftModel } from '../../src/declarations/gift.model';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { anOrganisation, aPerson } from '../support/factories';
import { startTestApp, type TestApp } from '../support/testApp';

const aGift = (overrides: Record<string, string> = {}) => ({
  kind: 'hospitality',
  fromName: 'Malvern Diagnostics Ltd',
  description: 'Dinner after a product briefing',
  valueGBP: '120',
  cashOrVoucher: 'false',
  'offeredOn-day': '1',
  'offeredOn-month': '5',
  'offeredOn-year': '2015',
  accepted: 'true',
  ...overrides,
});

describe('A member declares gifts, hospitality and travel', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a member declares hospitality from a supplier on the register, then it is linked to the supplier and listed', async () => {
    const supplier = await anOrganisation({ name: 'Malvern Diagnostics Ltd', kind: 'company', supplier: true });
    const member = await aPerson();
    const agent = await app.signIn(member.email);
    await agent.get('/declarations/gifts/new');
    const response = await agent.post('/declarations/gifts/new', aGift());
    expect(response.status).to.equal(303);
    const gift = await GiftModel.findOne({ personId: member.id }).lean();
    expect(gift).to.include({ fromOrganisationId: supplier.id, fromName: null, valueGBP: 120, accepted: true, cashOrVoucher: false, offeredOn: '2015-05-01' });
    expect((await agent.get('/declarations')).text).to.contain('Dinner after a product briefing').and.to.contain('£120');
  });

  it('when a member declares a declined offer from someone not on the register, then the name is kept as typed', async () => {
    const agent = await app.signIn((await aPerson()).email);
    await agent.post('/declarations/gifts/new', aGift({ kind: 'travel', fromName: 'A conference organiser', accepted: 'false', valueGBP: '200' }));
    expect(await GiftModel.findOne().lean()).to.include({ fromOrganisationId: null, fromName: 'A conference organiser', accepted: false, kind: 'travel' });
  });

  const badInputs: [string, Record<string, string>, string, string][] = [
    ['no kind', { kind: '' }, 'kind', 'Select what was offered'],
    ['no giver', { fromName: '' }, 'fromName', 'Enter who offered it'],
    ['a value that is not money', { valueGBP: 'about twenty' }, 'valueGBP', 'Value must be an amount in pounds'],
    ['a negative value', { valueGBP: '-5' }, 'valueGBP', 'Value must be £0 or more'],
    ['no cash-or-voucher answer', { cashOrVoucher: '' }, 'cashOrVoucher', 'Select whether it was cash or a voucher'],
    ['an impossible date', { 'offeredOn-day': '32' }, 'offeredOn-day', 'Date offered must be a real date'],
    ['no accepted-or-declined answer', { accepted: '' }, 'accepted', 'Select whether you accepted or declined it'],
  ];
  for (const [what, overrides, field, message] of badInputs) {
    it(`when the gift form has ${what}, then the field is named and nothing is written`, async () => {
      const agent = await app.signIn((await aPerson()).email);
      const response = await agent.post('/declarations/gifts/new', aGift(overrides));
      expect(response.status).to.equal(400);
      expect(response.text).to.contain(`href="#${field}"`).and.to.contain(message);
      expect(await GiftModel.countDocuments()).to.equal(0);
    });
  }

  it('when a member corrects a gift, then the earlier version is kept, and another member cannot see it', async () => {
    const member = await aPerson();
    const agent = await app.signIn(member.email);
    await agent.post('/declarations/gifts/new', aGift());
    const id = String((await GiftModel.findOne().lean())?._id);
    await agent.get(`/declarations/gifts/${id}/edit`);
    expect((await agent.post(`/declarations/gifts/${id}/edit`, { ...aGift({ valueGBP: '95' }), version: '1' })).status).to.equal(303);
    expect((await versionHistory('gift', id)).map((v) => (v.state as { valueGBP: number }).valueGBP)).to.deep.equal([120, 95]);

    const other = await app.signIn((await aPerson()).email);
    expect((await other.get(`/declarations/gifts/${id}`)).status).to.equal(403);
    expect((await other.post(`/declarations/gifts/${id}/edit`, { ...aGift({ valueGBP: '1' }), version: '2' })).status).to.equal(403);
    expect(await GiftModel.findById(id).lean()).to.include({ valueGBP: 95 });
  });
});
