import { expect } from 'chai';
import { addGift, cleanBody, findingsOf } from './fixtures';

describe('gifts rules', () => {
  describe('gifts.undeclared', () => {
    it('when a declined £50 gift is never declared, then it fires (declined offers are declared too)', () => {
      const s = cleanBody();
      const g = addGift(s, { personId: 'p-staff', valueGBP: 50, accepted: false, declaredOn: null, fromName: 'A drug representative' });
      const found = findingsOf(s, 'gifts.undeclared');
      expect(found.map((f) => [f.giftId, f.personId, f.committeeId, f.message])).to.deep.equal([
        [g.id, 'p-staff', null, "Sam Staff's offer of a gift worth £50 from A drug representative on 1 May 2015 (declined) was not declared within 28 days: it had not been declared by 30 June 2015. Offers of £50 or more must be declared, accepted or declined."],
      ]);
    });

    it('when hospitality or travel is worth £25, then it must be declared; £24.99 need not', () => {
      const s = cleanBody();
      const hospitality = addGift(s, { personId: 'p-staff', kind: 'hospitality', valueGBP: 25, declaredOn: null });
      const travel = addGift(s, { personId: 'p-staff', kind: 'travel', valueGBP: 25, declaredOn: null });
      addGift(s, { personId: 'p-staff', kind: 'hospitality', valueGBP: 24.99, declaredOn: null });
      expect(findingsOf(s, 'gifts.undeclared').map((f) => f.giftId)).to.deep.equal([hospitality.id, travel.id]);
    });

    it('when declared on the 28th day after the offer, then it is in time; on the 29th it is late', () => {
      const s = cleanBody();
      addGift(s, { personId: 'p-staff', valueGBP: 60, offeredOn: '2015-05-01', declaredOn: '2015-05-29' });
      const late = addGift(s, { personId: 'p-staff', valueGBP: 60, offeredOn: '2015-05-01', declaredOn: '2015-05-30' });
      const found = findingsOf(s, 'gifts.undeclared');
      expect(found.map((f) => f.giftId)).to.deep.equal([late.id]);
      expect(found[0].message).to.match(/it was declared on 30 May 2015\./);
    });

    it('when the 28 days have not run out by asAt, then an undeclared offer is not yet late', () => {
      const s = cleanBody();
      addGift(s, { personId: 'p-staff', valueGBP: 60, offeredOn: '2015-06-02', declaredOn: null });
      expect(findingsOf(s, 'gifts.undeclared')).to.deep.equal([]);
      expect(findingsOf(s, 'gifts.undeclared', { asAt: '2015-07-01' })).to.have.length(1);
    });

    it('when an offer is made after asAt, then no gift rule looks at it', () => {
      const s = cleanBody();
      addGift(s, { personId: 'p-staff', valueGBP: 500, cashOrVoucher: true, offeredOn: '2015-07-01', declaredOn: null });
      const found = (['gifts.undeclared', 'gifts.cash-or-voucher'] as const).flatMap((id) => findingsOf(s, id));
      expect(found).to.deep.equal([]);
    });
  });

  describe('gifts.supplier-gift-accepted', () => {
    it('when a gift comes from an organisation that is not a supplier, then it does not fire', () => {
      const s = cleanBody();
      addGift(s, { personId: 'p-staff', fromOrganisationId: 'pv-hosp', valueGBP: 40 });
      expect(findingsOf(s, 'gifts.supplier-gift-accepted')).to.deep.equal([]);
    });

    it('when a supplier gift is declined, or the supplier offers hospitality, then it does not fire', () => {
      const s = cleanBody();
      addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 40, accepted: false });
      addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 40, kind: 'hospitality' });
      expect(findingsOf(s, 'gifts.supplier-gift-accepted')).to.deep.equal([]);
    });

    it('when a supplier gift is accepted, then the message names the supplier', () => {
      const s = cleanBody();
      addGift(s, { personId: 'p-exec2', fromOrganisationId: 'co-acme', valueGBP: 12.5 });
      expect(findingsOf(s, 'gifts.supplier-gift-accepted').map((f) => f.message)).to.deep.equal([
        'Finn Finance accepted a gift worth £12.50 from Acme Healthcare Ltd, a supplier, on 1 May 2015; gifts from suppliers must be declined unless worth less than £6.',
      ]);
    });
  });

  describe('gifts.hospitality-unapproved and gifts.cash-or-voucher', () => {
    it('when hospitality over £75 has an approver, then it does not fire', () => {
      const s = cleanBody();
      addGift(s, { personId: 'p-staff', kind: 'hospitality', valueGBP: 120, approvedBy: 'p-exec1' });
      expect(findingsOf(s, 'gifts.hospitality-unapproved')).to.deep.equal([]);
    });

    it('when travel over £75 is accepted without an approver, then hospitality-unapproved does not apply', () => {
      const s = cleanBody();
      addGift(s, { personId: 'p-staff', kind: 'travel', valueGBP: 300 });
      expect(findingsOf(s, 'gifts.hospitality-unapproved')).to.deep.equal([]);
    });

    it('when a £1 voucher is accepted, then it fires whatever the value', () => {
      const s = cleanBody();
      addGift(s, { personId: 'p-staff', cashOrVoucher: true, valueGBP: 1 });
      expect(findingsOf(s, 'gifts.cash-or-voucher').map((f) => f.message)).to.deep.equal([
        'Sam Staff accepted cash or a voucher (a gift worth £1) on 1 May 2015; cash and vouchers must always be declined.',
      ]);
    });
  });
});
