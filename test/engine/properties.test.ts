/**
 * Property tests: random bodies built from small pools of people, organisations and
 * boundary dates, so the rules meet every edge often.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { check, validateSnapshot } from '../../src/engine';
import { compareFindings } from '../../src/engine/findings';
import {
  DECLARATION_TYPES,
  GIFT_KINDS,
  HELD_BY,
  MEMBER_CATEGORIES,
  MEMBER_ROLES,
  PARTICIPATION_ACTIONS,
  type Snapshot,
} from '../../src/engine/types';
import { shippedPacks } from './fixtures';

const DATES = ['2014-06-29', '2014-06-30', '2015-01-01', '2015-04-01', '2015-04-29', '2015-04-30', '2015-06-09', '2015-06-10', '2015-06-11', '2015-06-30', '2015-07-01'];
const NAMES = ['Example Surgery', 'The Example Practice Ltd', 'EXAMPLE & Co Medical Centre', 'Example and Co', 'Acme Ltd', 'Riverside'];
/** The ICB pack's offices, and one no pack counts. */
const OFFICES = ['chief-executive', 'finance-director', 'medical-director', 'nursing-director', 'partner-member-trust', 'partner-member-primary-care', 'partner-member-local-authority', 'clinical-lead'];
const PEOPLE = 8;
const ORGANISATIONS = [
  { id: 'ccg-a', name: 'CCG A', kind: 'ccg' },
  { id: 'ccg-b', name: 'CCG B', kind: 'ccg' },
  { id: 'pr-1', name: 'Example Surgery', kind: 'gp-practice', memberOfId: 'ccg-a' },
  { id: 'pr-2', name: 'Riverside Medical Centre', kind: 'gp-practice', memberOfId: 'ccg-a', aliases: ['Riverside'] },
  { id: 'pr-3', name: 'Example & Co Practice', kind: 'gp-practice', memberOfId: 'ccg-b' },
  { id: 'co-1', name: 'Acme Limited', kind: 'company', supplier: true },
  { id: 'pv-1', name: 'Hospital Trust', kind: 'provider' },
] as const;

const date = fc.constantFrom(...DATES);
const person = fc.nat(PEOPLE - 1);
const organisation = fc.nat(ORGANISATIONS.length - 1);
const period = fc.tuple(date, fc.option(date)).map(([a, b]) => (b !== null && b < a ? { from: b, to: a } : { from: a, to: b }));

const spec = fc.record({
  asAt: fc.option(date),
  committees: fc.array(
    fc.record({
      pack: fc.constantFrom('nhs-pccc-2017', 'nhs-pccc-lay-majority', 'nhs-icb-board-2022'),
      quorum: fc.option(fc.integer({ min: 1, max: 6 })),
      // The committee's own settings, each overriding the pack's (countedMajority only where a pack counts categories).
      majorityOfVoting: fc.option(fc.boolean()),
      countedMajority: fc.option(fc.boolean()),
      chairOrViceChair: fc.option(fc.boolean()),
      present: fc.option(
        fc.uniqueArray(
          fc.record({
            id: fc.constantFrom('a', 'b', 'c'),
            categories: fc.option(fc.uniqueArray(fc.constantFrom(...MEMBER_CATEGORIES), { minLength: 1, maxLength: 3 })),
            offices: fc.option(fc.uniqueArray(fc.constantFrom(...OFFICES), { minLength: 1, maxLength: 3 })),
            roles: fc.option(fc.uniqueArray(fc.constantFrom(...MEMBER_ROLES), { minLength: 1, maxLength: 2 })),
            min: fc.integer({ min: 1, max: 3 }),
          }),
          { selector: (r) => r.id, maxLength: 3 },
        ),
      ),
      members: fc.uniqueArray(
        fc.record({ person, category: fc.constantFrom(...MEMBER_CATEGORIES), role: fc.constantFrom(...MEMBER_ROLES), voting: fc.boolean(), office: fc.option(fc.constantFrom(...OFFICES)), period }),
        { selector: (m) => m.person, maxLength: PEOPLE },
      ),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  declarations: fc.array(
    fc.record({
      person,
      type: fc.constantFrom(...DECLARATION_TYPES),
      organisation: fc.option(organisation),
      name: fc.option(fc.constantFrom(...NAMES)),
      heldBy: fc.option(fc.constantFrom(...HELD_BY)),
      period,
      declaredOn: date,
    }),
    { maxLength: 16 },
  ),
  confirmations: fc.array(fc.record({ person, on: date }), { maxLength: 4 }),
  gifts: fc.array(
    fc.record({
      // Few people and givers, so small gifts from one source to one person add up often enough.
      person: fc.nat(2),
      kind: fc.constantFrom('gift', ...GIFT_KINDS),
      from: fc.option(fc.constantFrom(0, 5, 6)),
      // Free-text givers, some of which normalise alike.
      fromName: fc.option(fc.constantFrom(...NAMES)),
      value: fc.constantFrom(0, 5.99, 6, 24.99, 25, 25.01, 30, 49.99, 50, 75, 75.01, 200),
      cash: fc.boolean(),
      offeredOn: date,
      accepted: fc.boolean(),
      declaredOn: fc.option(date),
      approvedBy: fc.option(person),
    }),
    { maxLength: 12, size: 'medium' },
  ),
  meetings: fc.array(
    fc.record({
      committee: fc.nat(1),
      date,
      present: fc.uniqueArray(person, { maxLength: PEOPLE }),
      decisions: fc.array(
        fc.record({
          affected: fc.uniqueArray(organisation, { maxLength: 3 }),
          allPracticesOf: fc.option(fc.constantFrom('ccg-a', 'ccg-b')),
          participation: fc.uniqueArray(fc.record({ person, action: fc.constantFrom(...PARTICIPATION_ACTIONS) }), { selector: (p) => p.person, maxLength: 4 }),
        }),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 4 },
  ),
});

type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

const personId = (i: number) => `p-${i}`;

/** Builds a snapshot whose references all hold, from the random choices. */
function build(s: Spec): Snapshot {
  const committees = s.committees.map((c, i) => ({
    id: `c-${i}`,
    name: `Committee ${i}`,
    organisationIds: ['ccg-a'],
    type: 'primary-care-commissioning' as const,
    rulePack: c.pack,
    quorum: {
      minimumVoting: c.quorum,
      majorityOfVoting: c.majorityOfVoting,
      // A pack that counts no categories cannot be asked for a counted majority (a validation error, tested elsewhere).
      countedMajority: c.pack === 'nhs-icb-board-2022' && c.countedMajority === true ? false : c.countedMajority,
      chairOrViceChair: c.chairOrViceChair,
      present: c.present?.map((r) => ({ ...r, label: `members of kind ${r.id}` })) ?? null,
    },
    members: c.members.map((m) => ({ personId: personId(m.person), category: m.category, role: m.role, voting: m.voting, office: m.office, ...m.period })),
  }));
  const meetings = s.meetings.map((m, i) => ({
    id: `m-${i}`,
    committeeId: committees[m.committee % committees.length].id,
    date: m.date,
    present: m.present.map(personId),
    items: m.decisions.map((d, j) => ({ id: `m-${i}-${j}`, title: `Item ${j}`, decisionId: `dec-${i}-${j}`, participation: d.participation.map((p) => ({ personId: personId(p.person), action: p.action })) })),
  }));
  return {
    snapshotVersion: 1,
    asAt: s.asAt,
    organisations: ORGANISATIONS.map((o) => ({ ...o, aliases: 'aliases' in o ? [...o.aliases] : [] })),
    people: Array.from({ length: PEOPLE }, (_, i) => ({ id: personId(i), name: `Person ${i}` })),
    committees,
    declarations: s.declarations.map((d, i) => ({
      id: `d-${i}`,
      personId: personId(d.person),
      type: d.type,
      organisationId: d.organisation === null ? null : ORGANISATIONS[d.organisation].id,
      organisationName: d.name,
      heldBy: d.heldBy,
      ...(d.type === 'nil' ? { from: null, to: null } : d.period),
      declaredOn: d.declaredOn,
    })),
    confirmations: s.confirmations.map((c) => ({ personId: personId(c.person), confirmedOn: c.on })),
    giftsAndHospitality: s.gifts.map((g, i) => ({
      id: `g-${i}`,
      personId: personId(g.person),
      kind: g.kind,
      fromOrganisationId: g.from === null ? null : ORGANISATIONS[g.from].id,
      fromName: g.fromName,
      valueGBP: g.value,
      cashOrVoucher: g.cash,
      offeredOn: g.offeredOn,
      accepted: g.accepted,
      declaredOn: g.declaredOn,
      approvedBy: g.approvedBy === null ? null : personId(g.approvedBy),
    })),
    meetings,
    decisions: s.meetings.flatMap((m, i) =>
      m.decisions.map((d, j) => ({
        id: `dec-${i}-${j}`,
        committeeId: meetings[i].committeeId,
        meetingId: meetings[i].id,
        date: m.date,
        title: `Decision ${i}-${j}`,
        kind: 'local-incentive-scheme' as const,
        affectedOrganisationIds: d.affected.map((o) => ORGANISATIONS[o].id),
        affectsAllPracticesOf: d.allPracticesOf,
      })),
    ),
  };
}

/** Shuffles every list in a JSON value, at every depth, with a seeded generator. */
function shuffleEverything<T>(value: T, seed: number): T {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const copy = v.map(walk);
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    }
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

const AS_AT = { asAt: '2015-06-30' };

describe('engine properties', () => {
  it('when a random body is built with all its references in place, then it validates and check() returns sorted, counted findings', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const snapshot = build(s);
        const validation = validateSnapshot(snapshot, { packs: shippedPacks() });
        expect(validation.ok ? [] : validation.errors).to.deep.equal([]);
        const doc = check(snapshot, shippedPacks(), s.asAt === null ? AS_AT : {});
        for (let i = 1; i < doc.findings.length; i++) expect(compareFindings(doc.findings[i - 1], doc.findings[i])).to.be.at.most(0);
        expect(doc.summary.error + doc.summary.warning + doc.summary.info).to.equal(doc.findings.length);
      }),
      { numRuns: 300 },
    );
  });

  it('when any field of a valid body is replaced by any value, then validation never throws and check() never throws on what passes', () => {
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => [[...prefix, Array.isArray(value) ? Number(k) : k], ...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k])])
        : [];
    fc.assert(
      fc.property(spec, fc.nat(), fc.anything({ withNullPrototype: true, withObjectString: true }), (s, pick, replacement) => {
        const snapshot = build(s) as unknown as Record<string | number, unknown>;
        const all = paths(snapshot);
        const path = all[pick % all.length];
        let parent = snapshot;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path[path.length - 1]] = replacement;
        const validation = validateSnapshot(snapshot, { packs: shippedPacks() });
        if (validation.ok) check(validation.snapshot, shippedPacks(), AS_AT);
      }),
      { numRuns: 500 },
    );
  });

  it('when every list of the snapshot is shuffled, then the findings are byte for byte the same', () => {
    fc.assert(
      fc.property(spec, fc.integer(), (s, seed) => {
        const snapshot = build(s);
        const shuffled = shuffleEverything(snapshot, seed);
        expect(JSON.stringify(check(shuffled, shippedPacks(), AS_AT))).to.equal(JSON.stringify(check(snapshot, shippedPacks(), AS_AT)));
      }),
      { numRuns: 300 },
    );
  });

  it('when random bodies are generated, then they reach most rules (the properties are not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(spec, (s) => {
        for (const f of check(build(s), shippedPacks(), AS_AT).findings) seen.add(f.ruleId);
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(seen.size).to.be.at.least(18);
    // The rules this issue added are among those reached.
    for (const id of ['constitution.composition', 'gifts.cumulative-from-source', 'register.nil-with-current-interests']) expect(seen.has(id), id).to.equal(true);
  });
});
