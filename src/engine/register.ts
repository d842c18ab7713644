/**
 * register.*: the register of interests as it stood on `asAt`, for everyone who is a
 * member of any committee on `asAt`, voting or not. Declarations and confirmations
 * made after `asAt` did not exist yet, so they are left out.
 */
import type { CheckContext } from './context';
import { addMonths, daysBetween, isActiveOn, longDate } from './dates';
import { compareStrings, declarationLabel, listJoin } from './describe';
import type { ActiveRule, RuleSet } from './packs';
import type { Committee, Declaration, IsoDate } from './types';

interface Member {
  personId: string;
  /** Committees the person sits on on `asAt`. */
  committees: Committee[];
  /** The day they first joined any committee. */
  firstJoined: IsoDate;
}

/** Members on `asAt`, each once however many committees they sit on. */
function membersOnAsAt(ctx: CheckContext): Member[] {
  const people = new Map<string, Member>();
  for (const committee of ctx.index.snapshot.committees) {
    for (const membership of committee.members) {
      let person = people.get(membership.personId);
      if (!person) people.set(membership.personId, (person = { personId: membership.personId, committees: [], firstJoined: membership.from }));
      if (membership.from < person.firstJoined) person.firstJoined = membership.from;
      if (isActiveOn(membership, ctx.asAt) && !person.committees.includes(committee)) person.committees.push(committee);
    }
  }
  return [...people.values()].filter((person) => person.committees.length > 0);
}

export function checkRegister(ctx: CheckContext, rules: RuleSet): void {
  const missing = rules.get('register.no-declaration');
  const annual = rules.get('register.annual-confirmation-overdue');
  const late = rules.get('register.late-declaration');
  const nilWithInterests = rules.get('register.nil-with-current-interests');
  if (!missing && !annual && !late && !nilWithInterests) return;

  const latestConfirmation = new Map<string, IsoDate>();
  for (const { personId, confirmedOn } of ctx.index.snapshot.confirmations) {
    const latest = latestConfirmation.get(personId);
    if (confirmedOn <= ctx.asAt && (latest === undefined || confirmedOn > latest)) latestConfirmation.set(personId, confirmedOn);
  }
  const overdueBefore = annual ? addMonths(ctx.asAt, -annual.params.months) : '';

  for (const member of membersOnAsAt(ctx)) {
    const { personId } = member;
    const name = ctx.index.personName(personId);
    const committees = listJoin(member.committees.map((c) => c.name).sort(compareStrings));
    const declarations = ctx.index.declarationsOf(personId).filter((d) => d.declaredOn <= ctx.asAt);

    if (declarations.length === 0) {
      // With nothing declared at all, only this rule speaks: an overdue confirmation would repeat it.
      if (missing) {
        ctx.findings.add(missing, { personId }, `${name} sits on ${committees} but has no declaration of interests on the register, not even a nil declaration.`);
      }
    } else if (annual) {
      // A nil declaration and a confirmation both count as the person's latest word.
      let latest = latestConfirmation.get(personId) ?? '';
      for (const declaration of declarations) if (declaration.declaredOn > latest) latest = declaration.declaredOn;
      // Exactly `months` before asAt is still in time; a day earlier is overdue.
      if (latest < overdueBefore) {
        ctx.findings.add(
          annual,
          { personId },
          `${name}'s latest declaration or confirmation of interests was on ${longDate(latest)}, more than ${annual.params.months} months before ${longDate(ctx.asAt)}; as a member of ${committees} they must confirm their declaration at least every ${annual.params.months} months.`,
        );
      }
    }

    if (nilWithInterests) checkNilDeclarations(ctx, nilWithInterests, personId, declarations);

    if (!late) continue;
    for (const declaration of declarations) {
      if (declaration.type === 'nil' || declaration.from == null) continue;
      // An interest that ended before they joined any committee never had to be declared.
      if (declaration.to != null && declaration.to < member.firstJoined) continue;
      const joinedLater = member.firstJoined > declaration.from;
      const start = joinedLater ? member.firstJoined : declaration.from;
      if (daysBetween(start, declaration.declaredOn) <= late.params.days) continue;
      ctx.findings.add(
        late,
        { personId, declarationId: declaration.id },
        `${name} declared ${declarationLabel(declaration, ctx.index.interestOrganisation(declaration))} on ${longDate(declaration.declaredOn)}, ${daysBetween(start, declaration.declaredOn)} days after ${joinedLater ? 'joining a committee' : 'the interest began'} on ${longDate(start)}; interests must be declared within ${late.params.days} days.`,
      );
    }
  }
}

/**
 * register.nil-with-current-interests: a nil declaration says there is nothing to declare, so one made
 * while the person had an interest on the register (declared by that day and active on it) contradicts it.
 * `declarations` are the person's, made on or before `asAt`.
 */
function checkNilDeclarations(ctx: CheckContext, rule: ActiveRule<'register.nil-with-current-interests'>, personId: string, declarations: readonly Declaration[]): void {
  for (const nil of declarations) {
    if (nil.type !== 'nil') continue;
    const current = declarations.filter((d) => d.type !== 'nil' && d.declaredOn <= nil.declaredOn && isActiveOn(d, nil.declaredOn));
    if (current.length === 0) continue;
    const labels = current.map((d) => declarationLabel(d, ctx.index.interestOrganisation(d))).sort(compareStrings);
    ctx.findings.add(
      rule,
      { personId, declarationId: nil.id },
      `${ctx.index.personName(personId)} made a nil declaration on ${longDate(nil.declaredOn)} while ${current.length === 1 ? 'an interest they had declared was' : 'interests they had declared were'} current (${listJoin(labels)}); a nil declaration says there is nothing to declare, so check which is right.`,
    );
  }
}
