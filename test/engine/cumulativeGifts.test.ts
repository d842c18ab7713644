import { expect } from 'chai';
import type { Snapshot } from '../../src/engine/types';
import { addGift, cleanBody, findingsOf } from './fixtures';

const cumulative = (s: Snapshot) => findingsOf(s, 'gifts.cumulative-from-source');

/** Two small gifts from Acme to Sam Staff, undeclared, adding up to `second` + 30. */
function twoAcmeGifts(s: Snapshot, second = 20) {
  const first = addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', description: 'Conference bag', valueGBP: 30, offeredOn: '2015-03-01', declaredOn: null });
  const then = addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', description: 'Book', valueGBP: second, offeredOn: '2015-05-01', declaredOn: null });
  return [first, then];
}

describe('gifts.cumulative-from-source', () => {
  it('when small gifts from one source reach exactly £50 and none was declared, then one warning names the gift that reached it', () => {
    const s = cleanBody();
    const [, reached] = twoAcmeGifts(s, 20);
    const found = cumulative(s);
    expect(found.map((f) => [f.severity, f.personId, f.giftId, f.committeeId, f.message])).to.deep.equal([
      [
        'warning',
        'p-staff',
        reached.id,
        null,
        'Sam Staff accepted 2 gifts from Acme Healthcare Ltd worth £50 in all in the 12 months to 30 June 2015, each worth less than £50. Gifts from one source that reach £50 together must be declared within 28 days of each offer; none of these was.',
      ],
    ]);
    expect(found[0].guidance).to.match(/cumulative value of gifts from the same source/);
  });

  it('when they come to £49.99, then nothing is found', () => {
    const s = cleanBody();
    twoAcmeGifts(s, 19.99);
    expect(cumulative(s)).to.deep.equal([]);
  });

  it('when every gift was declared within 28 days, then nothing is found; one declared on the 29th day is enough to report', () => {
    const s = cleanBody();
    const [first, second] = twoAcmeGifts(s);
    first.declaredOn = '2015-03-29';
    second.declaredOn = '2015-05-29';
    expect(cumulative(s)).to.deep.equal([]);
    second.declaredOn = '2015-05-30';
    expect(cumulative(s).map((f) => f.message)).to.deep.equal([
      'Sam Staff accepted 2 gifts from Acme Healthcare Ltd worth £50 in all in the 12 months to 30 June 2015, each worth less than £50. Gifts from one source that reach £50 together must be declared within 28 days of each offer; 1 of these was not.',
    ]);
  });

  it('when a gift was declared only after asAt, then as the register stood on asAt it was never declared', () => {
    const s = cleanBody();
    const [first, second] = twoAcmeGifts(s);
    first.declaredOn = '2015-03-02';
    second.declaredOn = '2015-05-02';
    expect(cumulative(s)).to.deep.equal([]);
    // On 1 May the second gift, offered that day, had not been declared yet.
    expect(findingsOf(s, 'gifts.cumulative-from-source', { asAt: '2015-05-01' }).map((f) => f.message)).to.deep.equal([
      'Sam Staff accepted 2 gifts from Acme Healthcare Ltd worth £50 in all in the 12 months to 1 May 2015, each worth less than £50. Gifts from one source that reach £50 together must be declared within 28 days of each offer; 1 of these was not.',
    ]);
  });

  it('when one gift was offered exactly 12 months before asAt, then it is outside the window; a day later it is inside', () => {
    const s = cleanBody();
    addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 30, offeredOn: '2014-06-30', declaredOn: null });
    const second = addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 20, offeredOn: '2015-05-01', declaredOn: null });
    expect(cumulative(s)).to.deep.equal([]);
    s.giftsAndHospitality[s.giftsAndHospitality.length - 2].offeredOn = '2014-07-01';
    expect(cumulative(s).map((f) => f.giftId)).to.deep.equal([second.id]);
  });

  it('when a gift is offered after asAt, then it does not count yet', () => {
    const s = cleanBody();
    twoAcmeGifts(s)[1].offeredOn = '2015-07-01';
    expect(cumulative(s)).to.deep.equal([]);
  });

  it('when free-text sources normalise alike ("Acme Ltd", "ACME Limited", "the acme"), then they are one source', () => {
    const s = cleanBody();
    addGift(s, { personId: 'p-staff', fromName: 'Acme Ltd', valueGBP: 20, offeredOn: '2015-02-01', declaredOn: null });
    addGift(s, { personId: 'p-staff', fromName: 'ACME Limited', valueGBP: 20, offeredOn: '2015-03-01', declaredOn: null });
    const third = addGift(s, { personId: 'p-staff', fromName: 'the acme', valueGBP: 10, offeredOn: '2015-04-01', declaredOn: null });
    const found = cumulative(s);
    expect(found.map((f) => f.giftId)).to.deep.equal([third.id]);
    expect(found[0].message).to.match(/^Sam Staff accepted 3 gifts from Acme Ltd worth £50 in all /);
  });

  it('when a free-text name and an organisation are the same company, then they are different sources (the spec keys by id, else by name)', () => {
    const s = cleanBody();
    addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 30, offeredOn: '2015-02-01', declaredOn: null });
    addGift(s, { personId: 'p-staff', fromName: 'Acme Healthcare Ltd', valueGBP: 30, offeredOn: '2015-03-01', declaredOn: null });
    expect(cumulative(s)).to.deep.equal([]);
  });

  it('when one of the gifts was declined, then it does not count towards the total', () => {
    const s = cleanBody();
    twoAcmeGifts(s)[0].accepted = false;
    expect(cumulative(s)).to.deep.equal([]);
  });

  it('when hospitality, travel or a gift worth £50 or more comes from the same source, then none of them counts', () => {
    const s = cleanBody();
    addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 30, kind: 'hospitality', offeredOn: '2015-02-01', declaredOn: null });
    addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 30, kind: 'travel', offeredOn: '2015-02-01', declaredOn: null });
    addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 50, offeredOn: '2015-02-01', declaredOn: null });
    addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 30, offeredOn: '2015-02-01', declaredOn: null });
    expect(cumulative(s)).to.deep.equal([]);
  });

  it('when two people each receive gifts from one source, then each person and source is reported once', () => {
    const s = cleanBody();
    twoAcmeGifts(s);
    twoAcmeGifts(s);
    addGift(s, { personId: 'p-exec1', fromOrganisationId: 'co-acme', valueGBP: 25, offeredOn: '2015-06-01', declaredOn: null });
    addGift(s, { personId: 'p-exec1', fromOrganisationId: 'co-acme', valueGBP: 25, offeredOn: '2015-06-01', declaredOn: null });
    const found = cumulative(s);
    expect(found.map((f) => f.personId)).to.deep.equal(['p-exec1', 'p-staff']);
    // Same day: the running total reaches £50 at the gift with the later id.
    expect(found[0].giftId).to.equal(s.giftsAndHospitality[s.giftsAndHospitality.length - 1].id);
    expect(found[1].message).to.match(/accepted 4 gifts from Acme Healthcare Ltd worth £100 in all/);
  });

  it('when a gift names no source at all, then it cannot be added up with others', () => {
    const s = cleanBody();
    addGift(s, { personId: 'p-staff', valueGBP: 30, offeredOn: '2015-02-01', declaredOn: null });
    addGift(s, { personId: 'p-staff', fromName: 'Ltd', valueGBP: 30, offeredOn: '2015-03-01', declaredOn: null });
    expect(cumulative(s)).to.deep.equal([]);
  });
});
