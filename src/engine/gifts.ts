/**
 * gifts.*: the register of gifts and hospitality, body-wide (anyone may be offered a
 * gift, not only committee members), for offers made on or before `asAt`.
 */
import type { CheckContext } from './context';
import { addDays, longDate } from './dates';
import { money } from './describe';
import type { RuleSet } from './packs';
import type { GiftKind, GiftOrHospitality } from './types';

const KIND_NOUNS: Record<GiftKind, string> = {
  gift: 'a gift',
  hospitality: 'hospitality',
  travel: 'travel or accommodation',
};

export function checkGifts(ctx: CheckContext, rules: RuleSet): void {
  const cash = rules.get('gifts.cash-or-voucher');
  const supplier = rules.get('gifts.supplier-gift-accepted');
  const undeclared = rules.get('gifts.undeclared');
  const unapproved = rules.get('gifts.hospitality-unapproved');
  if (!cash && !supplier && !undeclared && !unapproved) return;

  for (const gift of ctx.index.snapshot.giftsAndHospitality) {
    if (gift.offeredOn > ctx.asAt) continue;
    const subject = { personId: gift.personId, giftId: gift.id };
    const giver = gift.fromOrganisationId != null ? ctx.index.organisations.get(gift.fromOrganisationId) : undefined;
    const giverName = giver?.name ?? (gift.fromName?.trim() || null);
    const what = `${KIND_NOUNS[gift.kind]} worth ${money(gift.valueGBP)}${giverName ? ` from ${giverName}` : ''}`;
    const name = ctx.index.personName(gift.personId);
    const on = longDate(gift.offeredOn);

    if (cash && gift.accepted && gift.cashOrVoucher) {
      ctx.findings.add(cash, subject, `${name} accepted cash or a voucher (${what}) on ${on}; cash and vouchers must always be declined.`);
    }
    if (supplier && gift.accepted && gift.kind === 'gift' && giver?.supplier && gift.valueGBP >= supplier.params.minimumValueGBP) {
      ctx.findings.add(supplier, subject, `${name} accepted ${what}, a supplier, on ${on}; gifts from suppliers must be declined unless worth less than ${money(supplier.params.minimumValueGBP)}.`);
    }
    if (undeclared) checkDeclared(ctx, gift, undeclared.params, (message) => ctx.findings.add(undeclared, subject, `${name}'s offer of ${what} on ${on} ${message}`));
    if (unapproved && gift.accepted && gift.kind === 'hospitality' && gift.valueGBP > unapproved.params.approvalAboveGBP && gift.approvedBy == null) {
      ctx.findings.add(unapproved, subject, `${name} accepted ${what} on ${on} without senior approval; hospitality worth more than ${money(unapproved.params.approvalAboveGBP)} needs a senior approver.`);
    }
  }
}

/**
 * Offers at or above the threshold (accepted or declined) must be declared within
 * `days` of the offer. Reported only once that deadline has passed by `asAt`.
 */
function checkDeclared(
  ctx: CheckContext,
  gift: GiftOrHospitality,
  params: { giftMinimumGBP: number; hospitalityMinimumGBP: number; days: number },
  report: (message: string) => void,
): void {
  const threshold = gift.kind === 'gift' ? params.giftMinimumGBP : params.hospitalityMinimumGBP;
  if (gift.valueGBP < threshold) return;
  const deadline = addDays(gift.offeredOn, params.days);
  const declaredOn = gift.declaredOn != null && gift.declaredOn <= ctx.asAt ? gift.declaredOn : null;
  if ((declaredOn !== null && declaredOn <= deadline) || deadline >= ctx.asAt) return;
  const outcome = declaredOn !== null ? `it was declared on ${longDate(declaredOn)}` : `it had not been declared by ${longDate(ctx.asAt)}`;
  report(`(${gift.accepted ? 'accepted' : 'declined'}) was not declared within ${params.days} days: ${outcome}. Offers of ${money(threshold)} or more must be declared, accepted or declined.`);
}
