import { expect } from 'chai';
import { check, validateSnapshot, type RulePack } from '../../src/engine';
import type { Requirement, Snapshot } from '../../src/engine/types';
import { AS_AT, cleanBody, findingsOf, icbBody, member, membership, shippedPacks } from './fixtures';

/** A pack whose only rule is constitution.composition with these requirements. */
function compositionPack(requirements: Requirement[]): RulePack {
  return {
    id: 'composition-only',
    version: '1',
    title: 'Composition only',
    source: 'Test terms of reference',
    rules: { 'constitution.composition': { enabled: true, severity: 'error', params: { requirements }, guidance: 'Our terms of reference, section 3.' } },
  };
}

/** The composition findings for the clean PCCC checked with only these requirements. */
function compositionFindings(s: Snapshot, requirements: Requirement[]) {
  s.committees[0].rulePack = 'composition-only';
  const packs = [...shippedPacks(), compositionPack(requirements)];
  const validation = validateSnapshot(s, { packs });
  expect(validation.ok ? [] : validation.errors).to.deep.equal([]);
  return check(s, packs).findings.filter((f) => f.ruleId === 'constitution.composition');
}

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

describe('constitution.composition', () => {
  describe('each condition of a requirement on its own', () => {
    // The clean PCCC on 30 June 2015: four lay members (chair, vice-chair, two members), two executives,
    // a GP, all voting; Healthwatch and the local authority without a vote.
    it('when only categories are stated, then every member of those categories counts, voting or not', () => {
      const found = compositionFindings(cleanBody(), [{ id: 'seats', label: 'lay members and standing seats', categories: ['lay', 'healthwatch', 'local-authority'], max: 5 }]);
      expect(messages(found)).to.deep.equal(['Primary Care Commissioning Committee has 6 lay members and standing seats; it needs at most 5.']);
    });

    it('when only offices are stated, then a member with no office never matches', () => {
      const s = cleanBody();
      member(s, 'p-exec2').office = 'finance-director';
      expect(compositionFindings(s, [{ id: 'cfo', label: 'finance directors', offices: ['finance-director'], min: 1 }])).to.deep.equal([]);
      member(s, 'p-exec2').office = null;
      expect(messages(compositionFindings(s, [{ id: 'cfo', label: 'finance directors', offices: ['finance-director'], min: 1 }]))).to.deep.equal([
        'Primary Care Commissioning Committee has no finance directors; it needs at least 1.',
      ]);
    });

    it('when only roles are stated, then members of any category in those roles count', () => {
      const found = compositionFindings(cleanBody(), [{ id: 'officers', label: 'chairs and vice-chairs', roles: ['chair', 'vice-chair'], max: 1 }]);
      expect(messages(found)).to.deep.equal(['Primary Care Commissioning Committee has 2 chairs and vice-chairs; it needs at most 1.']);
    });

    it('when only voting is stated, then true counts voting members and false non-voting ones', () => {
      const s = cleanBody();
      expect(messages(compositionFindings(s, [{ id: 'voters', label: 'voting members', voting: true, min: 8 }]))).to.deep.equal([
        'Primary Care Commissioning Committee has 7 voting members; it needs at least 8.',
      ]);
      expect(messages(compositionFindings(s, [{ id: 'observers', label: 'non-voting members', voting: false, min: 3 }]))).to.deep.equal([
        'Primary Care Commissioning Committee has 2 non-voting members; it needs at least 3.',
      ]);
    });

    it('when several conditions are stated, then a member must meet all of them', () => {
      const s = cleanBody();
      // A voting lay member as vice-chair: only p-lay2.
      const found = compositionFindings(s, [{ id: 'lay-vice', label: 'lay vice-chairs', categories: ['lay'], roles: ['vice-chair'], voting: true, min: 2 }]);
      expect(messages(found)).to.deep.equal(['Primary Care Commissioning Committee has 1 lay vice-chair; it needs at least 2.']);
    });
  });

  describe('bounds', () => {
    const lay = (bounds: Pick<Requirement, 'min' | 'max'>): Requirement => ({ id: 'lay-members', label: 'lay members', categories: ['lay'], ...bounds });

    it('when the count equals min or max, then the requirement is met; one fewer or one more is not', () => {
      expect(compositionFindings(cleanBody(), [lay({ min: 4 })])).to.deep.equal([]);
      expect(compositionFindings(cleanBody(), [lay({ max: 4 })])).to.deep.equal([]);
      expect(messages(compositionFindings(cleanBody(), [lay({ min: 5 })]))).to.deep.equal(['Primary Care Commissioning Committee has 4 lay members; it needs at least 5.']);
      expect(messages(compositionFindings(cleanBody(), [lay({ max: 3 })]))).to.deep.equal(['Primary Care Commissioning Committee has 4 lay members; it needs at most 3.']);
    });

    it('when min equals max, then the bound reads "exactly"', () => {
      expect(messages(compositionFindings(cleanBody(), [lay({ min: 2, max: 2 })]))).to.deep.equal(['Primary Care Commissioning Committee has 4 lay members; it needs exactly 2.']);
    });

    it("when a member's membership ended the day before asAt, then they are not counted", () => {
      const s = cleanBody();
      member(s, 'p-lay4').to = '2015-06-29';
      expect(messages(compositionFindings(s, [lay({ min: 4 })]))).to.deep.equal(['Primary Care Commissioning Committee has 3 lay members; it needs at least 4.']);
      member(s, 'p-lay4').to = AS_AT;
      expect(compositionFindings(s, [lay({ min: 4 })])).to.deep.equal([]);
    });

    it('when a member only joins after asAt, then they are not counted yet', () => {
      const s = cleanBody();
      s.people.push({ id: 'p-lay5', name: 'Eli Lay' });
      s.committees[0].members.push({ ...membership('p-lay5', 'lay'), from: '2015-07-01' });
      s.declarations.push({ id: 'd-lay5', personId: 'p-lay5', type: 'nil', declaredOn: '2015-06-20' });
      expect(messages(compositionFindings(s, [lay({ min: 5 })]))).to.deep.equal(['Primary Care Commissioning Committee has 4 lay members; it needs at least 5.']);
    });
  });

  it('when several requirements fail, then each has its own finding carrying its requirementId, in id order', () => {
    const found = compositionFindings(cleanBody(), [
      { id: 'z-gps', label: 'GPs', categories: ['gp'], min: 2 },
      { id: 'a-nurses', label: 'nurses', categories: ['nurse'], min: 1 },
      { id: 'exec', label: 'executives', categories: ['executive'], min: 2 },
    ]);
    expect(found.map((f) => [f.requirementId, f.committeeId, f.personId, f.severity, f.guidance])).to.deep.equal([
      ['a-nurses', 'sw-pccc', null, 'error', 'Our terms of reference, section 3.'],
      ['z-gps', 'sw-pccc', null, 'error', 'Our terms of reference, section 3.'],
    ]);
    expect(messages(found)).to.deep.equal([
      'Primary Care Commissioning Committee has no nurses; it needs at least 1.',
      'Primary Care Commissioning Committee has 1 GP; it needs at least 2.',
    ]);
  });

  it('when other rules report, then their findings carry no requirementId at all', () => {
    const s = cleanBody();
    member(s, 'p-lay1').category = 'gp';
    for (const f of findingsOf(s, 'constitution.chair-lay')) expect(f).not.to.have.property('requirementId');
  });

  describe('the shipped pack nhs-icb-board-2022', () => {
    it('when the board meets the minimum exactly, then nothing is found by any rule', () => {
      expect(check(icbBody(), shippedPacks()).findings).to.deep.equal([]);
    });

    it('when only one non-executive sits besides the chair, then the finding reads as the spec words it', () => {
      const s = icbBody();
      member(s, 'p-ned2').to = '2023-06-29';
      const found = findingsOf(s, 'constitution.composition');
      expect(found.map((f) => [f.requirementId, f.message])).to.deep.equal([['non-executives', 'NHS Example ICB Board has 1 independent non-executive member; it needs at least 2.']]);
      expect(found[0].guidance).to.match(/at least two independent non-executive members/);
    });

    it('when the chair is the only other non-executive, then the chair does not count towards the two (roles member and vice-chair)', () => {
      const s = icbBody();
      member(s, 'p-ned1').category = 'executive';
      member(s, 'p-ned2').category = 'executive';
      expect(findingsOf(s, 'constitution.composition').map((f) => f.message)).to.deep.equal(['NHS Example ICB Board has no independent non-executive members; it needs at least 2.']);
    });

    it('when each office is vacant, then each requirement names its own label', () => {
      const s = icbBody();
      for (const m of s.committees[0].members) m.office = null;
      expect(findingsOf(s, 'constitution.composition').map((f) => f.message)).to.deep.equal([
        'NHS Example ICB Board has no chief executives; it needs at least 1.',
        'NHS Example ICB Board has no finance directors; it needs at least 1.',
        'NHS Example ICB Board has no medical directors; it needs at least 1.',
        'NHS Example ICB Board has no directors of nursing; it needs at least 1.',
        'NHS Example ICB Board has no partner members nominated by local authorities; it needs at least 1.',
        'NHS Example ICB Board has no partner members nominated by providers of primary medical services; it needs at least 1.',
        'NHS Example ICB Board has no partner members nominated by NHS trusts and foundation trusts; it needs at least 1.',
      ]);
    });

    it('when the chair or the deputy is not a non-executive, then chair-lay and vice-chair-lay say so', () => {
      const s = icbBody();
      member(s, 'p-chair').category = 'partner-member';
      member(s, 'p-ned1').category = 'executive';
      expect(findingsOf(s, 'constitution.chair-lay').map((f) => f.message)).to.deep.equal([
        'The chair of NHS Example ICB Board, Carol Chair, is a partner member; the chair must be an independent non-executive member.',
      ]);
      expect(findingsOf(s, 'constitution.vice-chair-lay').map((f) => f.message)).to.deep.equal([
        'The vice-chair of NHS Example ICB Board, Nadia Deputy, is an executive; the vice-chair must be an independent non-executive member.',
      ]);
    });

    it('when the board has no lay members, GPs or standing seats, then the PCCC rules it does not enable stay silent', () => {
      const ruleIds = new Set(check(icbBody(), shippedPacks()).findings.map((f) => f.ruleId));
      for (const id of ['constitution.voting-majority', 'constitution.gp-minority', 'constitution.gp-cap', 'constitution.non-voting-seats'] as const) expect(ruleIds.has(id)).to.equal(false);
    });
  });
});
