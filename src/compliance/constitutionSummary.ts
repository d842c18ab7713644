import { CommitteeModel } from '../committees/committee.model';
import { MembershipModel } from '../committees/membership.model';
import type { RuleId } from '../engine';
import { PersonModel } from '../people/person.model';
import { NotFoundError } from '../shared/errors';
import { labelOf, MEMBER_CATEGORIES } from '../shared/vocabulary';
import { checkRegister } from './compliance.service';
import { shippedPacks } from './rulePacks';

/**
 * A committee's constitution at a glance on a day: voting members by category, chair and vice-chair,
 * non-voting seats, and whether each constitution rule of its pack passes (the engine decides).
 */
export async function constitutionSummary(committeeId: string, asAt: string) {
  const committee = await CommitteeModel.findById(committeeId).lean();
  if (!committee) throw new NotFoundError('The committee');
  const seats = (await MembershipModel.find({ committeeId }).lean()).filter((m) => m.from <= asAt && (!m.to || m.to >= asAt));
  const names = new Map((await PersonModel.find({ _id: { $in: seats.map((s) => s.personId) } }, { name: 1 }).lean()).map((p) => [String(p._id), p.name]));
  const named = (personId: string) => names.get(personId) ?? 'Unknown person';

  const votingByCategory = new Map<string, number>();
  for (const seat of seats.filter((s) => s.voting)) votingByCategory.set(seat.category, (votingByCategory.get(seat.category) ?? 0) + 1);
  const holder = (role: string) => seats.filter((s) => s.role === role).map((s) => `${named(s.personId)} (${labelOf(MEMBER_CATEGORIES, s.category)})`).join(', ') || null;

  const pack = shippedPacks().find((p) => p.id === committee.rulePack);
  const findings = (await checkRegister({ asAt, committeeId })).findings.filter((f) => f.committeeId === committeeId);
  const rules = Object.entries(pack?.rules ?? {})
    .filter(([ruleId, rule]) => ruleId.startsWith('constitution.') && rule?.enabled)
    .map(([ruleId]) => {
      const failing = findings.filter((f) => f.ruleId === (ruleId as RuleId));
      return { ruleId, passes: failing.length === 0, messages: failing.map((f) => f.message) };
    });

  return {
    asAt,
    votingTotal: seats.filter((s) => s.voting).length,
    votingByCategory: [...votingByCategory].map(([category, count]) => ({ category: labelOf(MEMBER_CATEGORIES, category), count })).sort((a, b) => b.count - a.count),
    chair: holder('chair'),
    viceChair: holder('vice-chair'),
    nonVoting: seats.filter((s) => !s.voting).map((s) => ({ name: named(s.personId), category: labelOf(MEMBER_CATEGORIES, s.category) })),
    rules,
    packFound: !!pack,
  };
}
