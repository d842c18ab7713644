/**
 * constitution.*: is the committee, as constituted on `asAt`, safe to take decisions?
 * Judged on the members whose membership is active on `asAt`.
 */
import type { CheckContext } from './context';
import { longDate } from './dates';
import { anyOfCategories, categoryGroup, categoryNoun, compareStrings, countOf, listJoin, plural, withArticle } from './describe';
import { membersOn } from './indexes';
import type { ActiveRule, RuleSet } from './packs';
import { countRequirements } from './requirements';
import type { Committee, MemberRole, Membership } from './types';

export function checkConstitution(ctx: CheckContext, committee: Committee, rules: RuleSet): void {
  const members = membersOn(committee, ctx.asAt);
  const voting = members.filter((member) => member.voting);
  const gps = voting.filter((member) => member.category === 'gp');
  const on = longDate(ctx.asAt);
  const subject = { committeeId: committee.id };
  const names = (list: readonly Membership[]) => listJoin(list.map((m) => ctx.index.personName(m.personId)).sort(compareStrings));

  const majority = rules.get('constitution.voting-majority');
  if (majority) {
    const counted = majority.committee.countedCategories ?? [];
    const held = voting.filter((member) => counted.includes(member.category)).length;
    if (voting.length === 0) {
      ctx.findings.add(majority, subject, `${committee.name} has no voting members on ${on}; ${categoryGroup(counted)} must hold more than half of the votes.`);
    } else if (2 * held <= voting.length) {
      ctx.findings.add(majority, subject, `On ${on}, ${categoryGroup(counted)} hold ${held} of the ${voting.length} votes on ${committee.name}; they must hold more than half.`);
    }
  }

  const minority = rules.get('constitution.gp-minority');
  // A committee with no GPs has them in a minority, even with no voting members at all.
  if (minority && gps.length > 0 && 2 * gps.length >= voting.length) {
    ctx.findings.add(minority, subject, `On ${on}, GPs (${names(gps)}) hold ${gps.length} of the ${voting.length} votes on ${committee.name}; GPs must be a minority of voting members.`);
  }

  const cap = rules.get('constitution.gp-cap');
  if (cap && gps.length > cap.params.maxGps) {
    ctx.findings.add(cap, subject, `On ${on}, ${committee.name} has ${plural(gps.length, 'voting GP')} (${names(gps)}); its constitution allows at most ${cap.params.maxGps}.`);
  }

  checkOfficeHolder(ctx, committee, members, 'chair', rules.get('constitution.chair-lay'));
  checkOfficeHolder(ctx, committee, members, 'vice-chair', rules.get('constitution.vice-chair-lay'));

  const seats = rules.get('constitution.non-voting-seats');
  if (seats) {
    for (const category of seats.params.seats) {
      const holders = members.filter((member) => member.category === category);
      const seat = categoryNoun(category);
      if (holders.length === 0) {
        ctx.findings.add(seats, subject, `${committee.name} has no ${seat} on ${on}; the non-voting ${seat} seat should be filled.`, seats.params.missingSeatSeverity);
      }
      for (const holder of holders.filter((member) => member.voting)) {
        ctx.findings.add(seats, { ...subject, personId: holder.personId }, `${ctx.index.personName(holder.personId)} sits on ${committee.name} as ${withArticle(seat)} and has a vote; that seat must not vote.`);
      }
    }
  }

  const composition = rules.get('constitution.composition');
  if (composition) {
    for (const { requirement, count, breach } of countRequirements(members, composition.params.requirements)) {
      if (breach === null) continue;
      const { min, max } = requirement;
      const bound = min === max ? `exactly ${min}` : breach === 'below' ? `at least ${min}` : `at most ${max}`;
      ctx.findings.add(composition, { ...subject, requirementId: requirement.id }, `${committee.name} has ${countOf(count, requirement.label)}; it needs ${bound}.`);
    }
  }
}

/** chair-lay and vice-chair-lay: the office must be held, and by someone of an allowed category. */
function checkOfficeHolder(
  ctx: CheckContext,
  committee: Committee,
  members: readonly Membership[],
  role: Extract<MemberRole, 'chair' | 'vice-chair'>,
  rule: ActiveRule<'constitution.chair-lay' | 'constitution.vice-chair-lay'> | undefined,
): void {
  if (!rule) return;
  const allowed = rule.params.allowedCategories;
  const holders = members.filter((member) => member.role === role);
  if (holders.length === 0) {
    ctx.findings.add(rule, { committeeId: committee.id }, `${committee.name} has no ${role} on ${longDate(ctx.asAt)}; the ${role} must be ${anyOfCategories(allowed)}.`);
  }
  for (const holder of holders) {
    if (allowed.includes(holder.category)) continue;
    ctx.findings.add(
      rule,
      { committeeId: committee.id, personId: holder.personId },
      `The ${role} of ${committee.name}, ${ctx.index.personName(holder.personId)}, is ${withArticle(categoryNoun(holder.category))}; the ${role} must be ${anyOfCategories(allowed)}.`,
    );
  }
}
