/**
 * gifts.*: the register of gifts and hospitality, body-wide (anyone may be offered a
 * gift, not only committee members), for offers made on or before `asAt`.
 */
import type { CheckContext } from './context';
import { addMonths, daysBetween, longDate } from './dates';
import { compareStrings, money, plural } from './describe';
import { normaliseOrganisationName } from './names';
import type { ActiveRule, RuleSet } from './packs';
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
  const cumulative = rules.get('gifts.cumulative-from-source');
  if (cumulative) checkCumulative(ctx, cumulative);
  if (!cash && !supplier && !undeclared && !unapproved) return;

  for (const gift of ctx.index.snapshot.giftsAndHospitality) {
    if (gift.offeredOn > ctx.asAt) continue;
    const giver = gift.fromOrganisationId != null ? ctx.index.organisations.get(gift.fromOrganisationId) : undefined;
    const cashTaken = cash !== undefined && gift.accepted && gift.cashOrVoucher;
    const fromSupplier = gift.accepted && gift.kind === 'gift' && giver?.supplier === true && supplier !== undefined && gift.valueGBP >= supplier.params.minimumValueGBP;
    const lateness = undeclared ? notDeclaredInTime(ctx, gift, undeclared.params) : null;
    const unapprovedHospitality = gift.accepted && gift.kind === 'hospitality' && unapproved !== undefined && gift.valueGBP > unapproved.params.approvalAboveGBP && gift.approvedBy == null;
    // Most offers break no rule: only those that do are put into words.
    if (!cashTaken && !fromSupplier && lateness === null && !unapprovedHospitality) continue;

    const subject = { personId: gift.personId, giftId: gift.id };
    const giverName = giver?.name ?? (gift.fromName?.trim() || null);
    const what = `${KIND_NOUNS[gift.kind]} worth ${money(gift.valueGBP)}${giverName ? ` from ${giverName}` : ''}`;
    const name = ctx.index.personName(gift.personId);
    const on = longDate(gift.offeredOn);
    if (cash && cashTaken) {
      ctx.findings.add(cash, subject, `${name} accepted cash or a voucher (${what}) on ${on}; cash and vouchers must always be declined.`);
    }
    if (supplier && fromSupplier) {
      ctx.findings.add(supplier, subject, `${name} accepted ${what}, a supplier, on ${on}; gifts from suppliers must be declined unless worth less than ${money(supplier.params.minimumValueGBP)}.`);
    }
    if (undeclared && lateness !== null) ctx.findings.add(undeclared, subject, `${name}'s offer of ${what} on ${on} ${lateness}`);
    if (unapproved && unapprovedHospitality) {
      ctx.findings.add(unapproved, subject, `${name} accepted ${what} on ${on} without senior approval; hospitality worth more than ${money(unapproved.params.approvalAboveGBP)} needs a senior approver.`);
    }
  }
}

/**
 * Offers at or above the threshold (accepted or declined) must be declared within `days` of the offer:
 * how one was not, once that deadline has passed by `asAt`, or null.
 */
function notDeclaredInTime(ctx: CheckContext, gift: GiftOrHospitality, params: { giftMinimumGBP: number; hospitalityMinimumGBP: number; days: number }): string | null {
  const threshold = gift.kind === 'gift' ? params.giftMinimumGBP : params.hospitalityMinimumGBP;
  if (gift.valueGBP < threshold) return null;
  const declaredOn = gift.declaredOn != null && gift.declaredOn <= ctx.asAt ? gift.declaredOn : null;
  if ((declaredOn !== null && daysBetween(gift.offeredOn, declaredOn) <= params.days) || daysBetween(gift.offeredOn, ctx.asAt) <= params.days) return null;
  const outcome = declaredOn !== null ? `it was declared on ${longDate(declaredOn)}` : `it had not been declared by ${longDate(ctx.asAt)}`;
  return `(${gift.accepted ? 'accepted' : 'declined'}) was not declared within ${params.days} days: ${outcome}. Offers of ${money(threshold)} or more must be declared, accepted or declined.`;
}

/**
 * Who gave a gift, for adding up gifts from one source: the organisation, or the name written in its
 * place read as conflict.possible-name-match reads names. Null when neither says who.
 */
function sourceKey(gift: GiftOrHospitality): string | null {
  if (gift.fromOrganisationId != null) return `organisation:${gift.fromOrganisationId}`;
  const name = normaliseOrganisationName(gift.fromName ?? '');
  return name === '' ? null : `name:${name}`;
}

/**
 * gifts.cumulative-from-source: accepted gifts each under the threshold, from one source to one person
 * in the `months` months up to `asAt`, that reach the threshold together, at least one of them not
 * declared within `days` days of its offer (as the register stood on `asAt`). One finding per person
 * and source, on the gift that took the running total to the threshold.
 */
function checkCumulative(ctx: CheckContext, rule: ActiveRule<'gifts.cumulative-from-source'>): void {
  const { thresholdGBP, months, days } = rule.params;
  const windowStart = addMonths(ctx.asAt, -months);
  const groups = new Map<string, GiftOrHospitality[]>();
  for (const gift of ctx.index.snapshot.giftsAndHospitality) {
    if (gift.kind !== 'gift' || !gift.accepted || gift.valueGBP >= thresholdGBP || gift.offeredOn <= windowStart || gift.offeredOn > ctx.asAt) continue;
    const source = sourceKey(gift);
    if (source === null) continue;
    const key = `${gift.personId}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(gift);
    else groups.set(key, [gift]);
  }
  const declaredInTime = (gift: GiftOrHospitality) => gift.declaredOn != null && gift.declaredOn <= ctx.asAt && daysBetween(gift.offeredOn, gift.declaredOn) <= days;

  for (const gifts of groups.values()) {
    gifts.sort((a, b) => compareStrings(a.offeredOn, b.offeredOn) || compareStrings(a.id, b.id));
    let total = 0;
    const reached = gifts.find((gift) => (total += gift.valueGBP) >= thresholdGBP);
    const late = gifts.filter((gift) => !declaredInTime(gift)).length;
    if (!reached || late === 0) continue;
    const sum = gifts.reduce((n, gift) => n + gift.valueGBP, 0);
    const first = gifts[0];
    const giver = first.fromOrganisationId != null ? ctx.index.organisationName(first.fromOrganisationId) : (first.fromName ?? '').trim();
    ctx.findings.add(
      rule,
      { personId: first.personId, giftId: reached.id },
      `${ctx.index.personName(first.personId)} accepted ${plural(gifts.length, 'gift')} from ${giver} worth ${money(sum)} in all in the ${months} months to ${longDate(ctx.asAt)}, each worth less than ${money(thresholdGBP)}. Gifts from one source that reach ${money(thresholdGBP)} together must be declared within ${days} days of each offer; ${late === gifts.length ? 'none of these was' : `${late} of these ${late === 1 ? 'was' : 'were'} not`}.`,
    );
  }
}
