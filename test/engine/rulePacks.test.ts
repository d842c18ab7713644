/**
 * Every rule of every shipped pack, with one fixture that passes and one that fails,
 * run through that pack (committee rules through a committee whose rulePack is the
 * pack; body-wide rules through the body-wide packs). The ICB board pack is run on the
 * ICB body, with fixtures of its own where a board differs from a PCCC.
 */
import { expect } from 'chai';
import { CATALOGUE, RULE_IDS, type RuleId } from '../../src/engine/catalogue';
import type { Snapshot } from '../../src/engine/types';
import { addDecision, addDeclaration, addGift, addIcbDecision, AS_AT, cleanBody, findingsOf, ICB_AS_AT, ICB_MEETING_DATE, icbBody, member, MEETING_DATE, shippedPacks } from './fixtures';

interface Fixture {
  when: string;
  change: (s: Snapshot) => void;
}

const gpConflict = (s: Snapshot, action?: 'left-room') =>
  addDecision(s, { id: 'dec-2', affectedOrganisationIds: ['pr-m81001'] }, action ? [{ personId: 'p-gp1', action }] : []);

const FIXTURES: Record<RuleId, { pass: Fixture; fail: Fixture }> = {
  'constitution.voting-majority': {
    pass: { when: 'lay members alone hold 4 of the 7 votes', change: () => {} },
    fail: {
      when: 'two lay members and an executive are replaced by nurses',
      change: (s) => ['p-lay3', 'p-lay4', 'p-exec2'].forEach((id) => (member(s, id).category = 'nurse')),
    },
  },
  'constitution.gp-minority': {
    pass: { when: 'GPs hold 3 of the 7 votes', change: (s) => ['p-lay3', 'p-lay4'].forEach((id) => (member(s, id).category = 'gp')) },
    fail: { when: 'GPs hold 4 of the 7 votes', change: (s) => ['p-lay3', 'p-lay4', 'p-exec2'].forEach((id) => (member(s, id).category = 'gp')) },
  },
  'constitution.gp-cap': {
    pass: { when: 'one voting member is a GP', change: () => {} },
    fail: { when: 'two voting members are GPs', change: (s) => (member(s, 'p-lay4').category = 'gp') },
  },
  'constitution.chair-lay': {
    pass: { when: 'the chair is lay', change: () => {} },
    fail: { when: 'the chair is an executive', change: (s) => (member(s, 'p-lay1').category = 'executive') },
  },
  'constitution.vice-chair-lay': {
    pass: { when: 'the vice-chair is lay', change: () => {} },
    fail: { when: 'the vice-chair is a GP', change: (s) => (member(s, 'p-lay2').category = 'gp') },
  },
  'constitution.non-voting-seats': {
    pass: { when: 'Healthwatch and the local authority sit without a vote', change: () => {} },
    fail: { when: 'the Healthwatch member has a vote', change: (s) => (member(s, 'p-hw').voting = true) },
  },
  'constitution.composition': {
    pass: { when: 'the board has one of each office and two non-executives besides the chair', change: () => {} },
    fail: { when: 'the finance director leaves', change: (s) => (member(s, 'p-cfo').to = '2023-06-01') },
  },
  'meeting.inquorate': {
    pass: { when: 'five voting members attend, lay and executive in the majority, chair present', change: () => {} },
    fail: { when: 'only three voting members attend', change: (s) => (s.meetings[0].present = ['p-lay1', 'p-lay2', 'p-exec1']) },
  },
  'conflict.voted-while-conflicted': {
    pass: { when: 'the GP leaves the room for a decision paying their practice', change: (s) => gpConflict(s, 'left-room') },
    fail: { when: 'the GP stays and votes on a decision paying their practice', change: (s) => gpConflict(s) },
  },
  'conflict.undeclared-at-decision': {
    pass: { when: 'the conflicting interest was declared before the decision', change: (s) => gpConflict(s, 'left-room') },
    fail: {
      when: 'the conflicting interest was declared after the decision',
      change: (s) => {
        gpConflict(s, 'left-room');
        s.declarations[0].declaredOn = '2015-06-11';
      },
    },
  },
  'conflict.managed': {
    pass: { when: 'the decision pays a practice nobody present has an interest in', change: (s) => addDecision(s, { id: 'dec-2', affectedOrganisationIds: ['pr-m81010'] }) },
    fail: { when: 'a conflicted GP leaves the room', change: (s) => gpConflict(s, 'left-room') },
  },
  'conflict.inquorate-after-exclusions': {
    pass: { when: 'four voting members remain once the conflicted GP is set aside', change: (s) => gpConflict(s, 'left-room') },
    fail: {
      when: 'only three voting members remain once the conflicted GP is set aside',
      change: (s) => {
        s.meetings[0].present = ['p-lay1', 'p-lay2', 'p-exec1', 'p-gp1'];
        gpConflict(s, 'left-room');
      },
    },
  },
  'conflict.possible-name-match': {
    pass: {
      when: 'a free-text interest names a different organisation',
      change: (s) => {
        addDeclaration(s, { personId: 'p-exec1', organisationName: 'Example Health Centre' });
        gpConflict(s, 'left-room');
      },
    },
    fail: {
      when: "a free-text interest in 'The Example Practice Ltd' meets a decision paying Example Surgery",
      change: (s) => {
        addDeclaration(s, { personId: 'p-exec1', organisationName: 'The Example Practice Ltd' });
        gpConflict(s, 'left-room');
      },
    },
  },
  'register.no-declaration': {
    pass: { when: 'a member has only a nil declaration', change: () => {} },
    fail: { when: 'a member has no declaration at all', change: (s) => (s.declarations = s.declarations.filter((d) => d.personId !== 'p-lay4')) },
  },
  'register.annual-confirmation-overdue': {
    pass: { when: 'the latest word was exactly 12 months before asAt', change: (s) => (s.declarations.find((d) => d.personId === 'p-lay4')!.declaredOn = '2014-06-30') },
    fail: { when: 'the latest word was 12 months and a day before asAt', change: (s) => (s.declarations.find((d) => d.personId === 'p-lay4')!.declaredOn = '2014-06-29') },
  },
  'register.nil-with-current-interests': {
    pass: { when: 'a member with nothing to declare makes a nil declaration', change: () => {} },
    fail: { when: 'the GP makes a nil declaration while a partner at their practice', change: (s) => addDeclaration(s, { personId: 'p-gp1', type: 'nil', from: null, declaredOn: '2015-05-01' }) },
  },
  'register.late-declaration': {
    pass: { when: 'an interest is declared on the 28th day', change: (s) => addDeclaration(s, { personId: 'p-lay4', from: '2015-05-01', declaredOn: '2015-05-29' }) },
    fail: { when: 'an interest is declared on the 29th day', change: (s) => addDeclaration(s, { personId: 'p-lay4', from: '2015-05-01', declaredOn: '2015-05-30' }) },
  },
  'gifts.cash-or-voucher': {
    pass: { when: 'a voucher is declined', change: (s) => addGift(s, { personId: 'p-staff', cashOrVoucher: true, accepted: false }) },
    fail: { when: 'a voucher is accepted', change: (s) => addGift(s, { personId: 'p-staff', cashOrVoucher: true }) },
  },
  'gifts.supplier-gift-accepted': {
    pass: { when: 'a supplier gift worth £5.99 is accepted', change: (s) => addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 5.99 }) },
    fail: { when: 'a supplier gift worth £6 is accepted', change: (s) => addGift(s, { personId: 'p-staff', fromOrganisationId: 'co-acme', valueGBP: 6 }) },
  },
  'gifts.undeclared': {
    pass: { when: 'a £49.99 gift is never declared', change: (s) => addGift(s, { personId: 'p-staff', valueGBP: 49.99, declaredOn: null }) },
    fail: { when: 'a £50 gift is never declared', change: (s) => addGift(s, { personId: 'p-staff', valueGBP: 50, declaredOn: null }) },
  },
  'gifts.hospitality-unapproved': {
    pass: { when: 'hospitality worth £75 is accepted without approval', change: (s) => addGift(s, { personId: 'p-staff', kind: 'hospitality', valueGBP: 75 }) },
    fail: { when: 'hospitality worth £75.01 is accepted without approval', change: (s) => addGift(s, { personId: 'p-staff', kind: 'hospitality', valueGBP: 75.01 }) },
  },
  'gifts.cumulative-from-source': {
    pass: { when: 'two undeclared gifts from a supplier come to £49', change: (s) => [24, 25].forEach((valueGBP) => addGift(s, { personId: 'p-staff', fromName: 'Acme', valueGBP, declaredOn: null })) },
    fail: { when: 'two undeclared gifts from a supplier come to £50', change: (s) => [25, 25].forEach((valueGBP) => addGift(s, { personId: 'p-staff', fromName: 'Acme', valueGBP, declaredOn: null })) },
  },
};

const partnerConflict = (s: Snapshot, action?: 'left-room') =>
  addIcbDecision(s, { id: 'dec-icb', affectedOrganisationIds: ['pr-m81001'] }, action ? [{ personId: 'p-pm-pc', action }] : []);

/** Where an ICB board differs from a PCCC: its chair and deputy are non-executives, its quorum a majority of members. */
const ICB_FIXTURES: Partial<Record<RuleId, { pass: Fixture; fail: Fixture }>> = {
  'constitution.chair-lay': {
    pass: { when: 'the chair is an independent non-executive', change: () => {} },
    fail: { when: 'the chair is a partner member', change: (s) => (member(s, 'p-chair').category = 'partner-member') },
  },
  'constitution.vice-chair-lay': {
    pass: { when: 'the deputy chair is an independent non-executive', change: () => {} },
    fail: { when: 'the deputy chair is an executive', change: (s) => (member(s, 'p-ned1').category = 'executive') },
  },
  'meeting.inquorate': {
    pass: { when: '6 of the 10 voting members attend with the chair, an executive director and a non-executive', change: () => {} },
    fail: { when: 'only 5 of the 10 voting members attend', change: (s) => s.meetings[0].present.pop() },
  },
  'conflict.voted-while-conflicted': {
    pass: { when: 'the primary care partner member leaves the room for a decision paying their practice', change: (s) => partnerConflict(s, 'left-room') },
    fail: { when: 'the primary care partner member votes on a decision paying their practice', change: (s) => partnerConflict(s) },
  },
  'conflict.undeclared-at-decision': {
    pass: { when: 'the conflicting interest was declared before the decision', change: (s) => partnerConflict(s, 'left-room') },
    fail: {
      when: 'the conflicting interest was declared after the decision',
      change: (s) => {
        partnerConflict(s, 'left-room');
        s.declarations.find((d) => d.personId === 'p-pm-pc')!.declaredOn = '2023-05-11';
      },
    },
  },
  'conflict.managed': {
    pass: { when: 'the decision pays a practice nobody present has an interest in', change: (s) => addIcbDecision(s, { id: 'dec-icb', affectedOrganisationIds: ['pr-m81010'] }) },
    fail: { when: 'a conflicted partner member leaves the room', change: (s) => partnerConflict(s, 'left-room') },
  },
  'conflict.inquorate-after-exclusions': {
    pass: { when: '6 of the 10 voting members remain once the conflicted partner member is set aside', change: (s) => {
      s.meetings[0].present.push('p-pm-la');
      partnerConflict(s, 'left-room');
    } },
    fail: { when: 'only 5 of the 10 remain once the conflicted partner member is set aside', change: (s) => partnerConflict(s, 'left-room') },
  },
  'conflict.possible-name-match': {
    pass: { when: 'a free-text interest names a different organisation', change: (s) => {
      addDeclaration(s, { personId: 'p-ceo', organisationName: 'Example Health Centre', declaredOn: '2022-07-10' });
      partnerConflict(s, 'left-room');
    } },
    fail: { when: "a free-text interest in 'The Example Practice Ltd' meets a decision paying Example Surgery", change: (s) => {
      addDeclaration(s, { personId: 'p-ceo', organisationName: 'The Example Practice Ltd', declaredOn: '2022-07-10' });
      partnerConflict(s, 'left-room');
    } },
  },
};

/** Shipped packs with committee rules: the ones a committee's rulePack can name. */
const COMMITTEE_PACKS = new Set(
  shippedPacks()
    .filter((pack) => RULE_IDS.some((id) => CATALOGUE[id].scope === 'committee' && pack.rules[id]))
    .map((pack) => pack.id),
);

const ICB_PACK = 'nhs-icb-board-2022';

/** The clean body (the ICB body for the ICB pack) with one change; the committee is checked with `packId` when it is a committee pack. */
function body(packId: string, fixture: Fixture): Snapshot {
  const s = packId === ICB_PACK ? icbBody() : cleanBody();
  if (COMMITTEE_PACKS.has(packId)) s.committees[0].rulePack = packId;
  fixture.change(s);
  return s;
}

const fixturesFor = (packId: string, id: RuleId) => (packId === ICB_PACK ? ICB_FIXTURES[id] : undefined) ?? FIXTURES[id];

describe('every rule of every shipped pack', () => {
  it('when the clean body is checked with either committee pack, or the ICB body with the ICB pack, then nothing is found', () => {
    expect(AS_AT > MEETING_DATE && ICB_AS_AT > ICB_MEETING_DATE).to.equal(true);
    expect([...COMMITTEE_PACKS].sort()).to.deep.equal([ICB_PACK, 'nhs-pccc-2017', 'nhs-pccc-lay-majority']);
    for (const pack of COMMITTEE_PACKS) {
      const s = pack === ICB_PACK ? icbBody() : cleanBody();
      s.committees[0].rulePack = pack;
      for (const id of RULE_IDS) expect(findingsOf(s, id), `${pack} ${id}`).to.deep.equal([]);
    }
  });

  for (const pack of shippedPacks()) {
    describe(`pack ${pack.id}`, () => {
      for (const id of RULE_IDS) {
        const setting = pack.rules[id];
        if (!setting) continue;
        const { pass, fail } = fixturesFor(pack.id, id);
        if (!setting.enabled) {
          it(`when ${fail.when}, then ${id} stays silent because the pack switches it off`, () => {
            expect(findingsOf(body(pack.id, fail), id)).to.deep.equal([]);
          });
          continue;
        }
        it(`when ${pass.when}, then ${id} finds nothing`, () => {
          expect(findingsOf(body(pack.id, pass), id)).to.deep.equal([]);
        });
        it(`when ${fail.when}, then ${id} reports it with the pack's severity and guidance`, () => {
          const found = findingsOf(body(pack.id, fail), id);
          expect(found).to.have.length(1);
          expect(found[0].severity).to.equal(setting.severity);
          expect(found[0].guidance).to.equal(setting.guidance);
          expect(found[0].message).to.be.a('string').and.not.equal('');
        });
      }
    });
  }
});
