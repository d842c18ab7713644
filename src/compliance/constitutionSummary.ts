import { membershipsByCommittee } from '../committees/committees.service';
import { countRequirements, describeQuorum, quorumTestFor, runCheck, type Membership, type QuorumSettings, type RuleId } from '../engine';
import type { StoredRecord } from '../registers/recordSource';
import { packLibrary, whoIsCounted } from '../rulePacks/library';
import { NotFoundError } from '../shared/errors';
import { labelOf, MEMBER_CATEGORIES, officeLabel } from '../shared/vocabulary';
import { SnapshotProblemsError } from './compliance.service';
import { constitutionSnapshot } from './snapshotBuilder';

/** "at least 2", "at most 5", "between 2 and 5", "exactly 1". */
function boundText(min: number | null | undefined, max: number | null | undefined): string {
  if (min != null && max != null) return min === max ? `exactly ${min}` : `between ${min} and ${max}`;
  return min != null ? `at least ${min}` : `at most ${max}`;
}

/** The quorum settings a committee sets itself, in words, beside its pack's. */
function ownQuorumSettings(quorum: QuorumSettings | null): string[] {
  if (!quorum) return [];
  const yesNo = (setting: boolean) => (setting ? 'yes' : 'no');
  return [
    ...(quorum.minimumVoting != null ? [`at least ${quorum.minimumVoting} voting members present`] : []),
    ...(quorum.majorityOfVoting != null ? [`more than half of its voting members present: ${yesNo(quorum.majorityOfVoting)}`] : []),
    ...(quorum.countedMajority != null ? [`the counted categories a majority of those present: ${yesNo(quorum.countedMajority)}`] : []),
    ...(quorum.chairOrViceChair != null ? [`the chair or vice-chair present: ${yesNo(quorum.chairOrViceChair)}`] : []),
    ...(quorum.present?.length ? [`its own list of members who must be present (${quorum.present.map((r) => r.label).join('; ')})`] : []),
  ];
}

/**
 * A committee's constitution at a glance on a day: voting members by category, chair and vice-chair,
 * non-voting seats, each requirement of its pack with its count, its quorum, and whether each
 * constitution rule of its pack passes (the engine decides, from the committee's part of the register).
 */
export async function constitutionSummary(committeeId: string, asAt: string) {
  const { store, byCommittee } = await membershipsByCommittee();
  const committee = store.get('committee', committeeId.toLowerCase()) as StoredRecord<'committee'> | undefined;
  if (!committee) throw new NotFoundError('The committee');
  committeeId = String(committee._id);
  const seats = (byCommittee.get(committeeId) ?? []).filter((m) => m.from <= asAt && (!m.to || m.to >= asAt));
  const named = (personId: string) => (store.get('person', personId)?.name as string | undefined) ?? 'Unknown person';

  const votingByCategory = new Map<string, number>();
  for (const seat of seats.filter((s) => s.voting)) votingByCategory.set(seat.category, (votingByCategory.get(seat.category) ?? 0) + 1);
  const holder = (role: string) => seats.filter((s) => s.role === role).map((s) => `${named(s.personId)} (${labelOf(MEMBER_CATEGORIES, s.category)})`).join(', ') || null;

  const [{ packs }, part] = await Promise.all([packLibrary(), constitutionSnapshot(committeeId, asAt)]);
  const pack = packs.find((p) => p.id === committee.rulePack);
  const checked = runCheck(part, packs, { asAt });
  if (!checked.ok) throw new SnapshotProblemsError(checked.errors);
  const findings = checked.document.findings.filter((f) => f.committeeId === committeeId);
  const rules = Object.entries(pack?.rules ?? {})
    .filter(([ruleId, rule]) => ruleId.startsWith('constitution.') && rule?.enabled)
    .map(([ruleId]) => {
      const failing = findings.filter((f) => f.ruleId === (ruleId as RuleId));
      return { ruleId, passes: failing.length === 0, messages: failing.map((f) => f.message) };
    });

  const composition = pack?.rules['constitution.composition'];
  const requirements = composition?.enabled
    ? countRequirements(seats as Membership[], composition.params.requirements).map(({ requirement, count, breach }) => ({
        id: requirement.id,
        label: requirement.label,
        who: whoIsCounted(requirement),
        count,
        bound: boundText(requirement.min, requirement.max),
        passes: breach === null,
      }))
    : [];
  const quorumRule = pack?.rules['meeting.inquorate']?.enabled || pack?.rules['conflict.inquorate-after-exclusions']?.enabled;

  return {
    asAt,
    votingTotal: seats.filter((s) => s.voting).length,
    votingByCategory: [...votingByCategory].map(([category, count]) => ({ category: labelOf(MEMBER_CATEGORIES, category), count })).sort((a, b) => b.count - a.count),
    chair: holder('chair'),
    viceChair: holder('vice-chair'),
    officeHolders: seats.filter((s) => s.office).map((s) => ({ office: officeLabel(s.office), name: named(s.personId) })).sort((a, b) => a.office.localeCompare(b.office)),
    nonVoting: seats.filter((s) => !s.voting).map((s) => ({ name: named(s.personId), category: labelOf(MEMBER_CATEGORIES, s.category) })),
    requirements,
    quorum: pack?.committee && quorumRule ? describeQuorum(quorumTestFor(committee, pack.committee)) : null,
    ownQuorum: ownQuorumSettings(committee.quorum),
    rules,
    packFound: !!pack,
  };
}
