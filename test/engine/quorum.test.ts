import { expect } from 'chai';
import { briefMeeting, describeQuorum, quorumTestFor, validateSnapshot } from '../../src/engine';
import type { Snapshot } from '../../src/engine/types';
import { addDeclaration, addIcbDecision, cleanBody, findingsOf, ICB_MEETING, icbBody, member, shippedPacks } from './fixtures';

const inquorate = (s: Snapshot) => findingsOf(s, 'meeting.inquorate').map((f) => f.message);
const afterExclusions = (s: Snapshot) => findingsOf(s, 'conflict.inquorate-after-exclusions').map((f) => f.message);
const ICB_MEETING_TEXT = 'The meeting of NHS Example ICB Board on 10 May 2023 was inquorate';

describe('quorum settings', () => {
  describe('majorityOfVoting (the ICB board: more than half of its 10 voting members)', () => {
    it('when 6 of the 10 are present, then the meeting is quorate; with 5 it is not, and the message says why', () => {
      const s = icbBody();
      expect(inquorate(s)).to.deep.equal([]);
      s.meetings[0].present = s.meetings[0].present.filter((id) => id !== 'p-pm-trust');
      expect(inquorate(s)).to.deep.equal([`${ICB_MEETING_TEXT}: only 5 of the committee's 10 voting members were present, not more than half.`]);
    });

    it("when a member's membership ended before the meeting, then they leave the denominator too", () => {
      const s = icbBody();
      s.meetings[0].present = s.meetings[0].present.filter((id) => id !== 'p-pm-trust');
      // 5 present of 9 voting members on the day: a majority.
      member(s, 'p-pm-la').to = '2023-05-09';
      expect(inquorate(s)).to.deep.equal([]);
    });

    it('when conflicted members are set aside, then the denominator stays the committee’s voting members', () => {
      const s = icbBody();
      // Dr Pat Practice leaves the room: 5 remain of the board's 10 voting members, not more than half
      // (it would be a majority of the 9 others, which is not the test).
      addIcbDecision(s, { id: 'dec-icb', affectedOrganisationIds: ['pr-m81001'] }, [{ personId: 'p-pm-pc', action: 'left-room' }]);
      expect(afterExclusions(s)).to.deep.equal([
        "'Community services contract award' (NHS Example ICB Board, 10 May 2023) was decided although the meeting was inquorate without its conflicted members (Dr Pat Practice): only 5 of the committee's 10 voting members remained, not more than half. The decision should have been deferred or referred.",
      ]);
      s.meetings[0].present.push('p-pm-la');
      expect(afterExclusions(s)).to.deep.equal([]);
    });
  });

  describe('present requirements (an executive director and a non-executive)', () => {
    it('when no executive director is present, then the meeting is inquorate naming the requirement and its minimum', () => {
      const s = icbBody();
      s.meetings[0].present = ['p-chair', 'p-ned1', 'p-ned2', 'p-pm-trust', 'p-pm-pc', 'p-pm-la'];
      expect(inquorate(s)).to.deep.equal([`${ICB_MEETING_TEXT}: no executive directors were present (the quorum needs at least 1).`]);
    });

    it('when the chair is the only non-executive present, then the chair counts: the requirement names no roles', () => {
      const s = icbBody();
      s.meetings[0].present = ['p-chair', 'p-ceo', 'p-cfo', 'p-md', 'p-pm-trust', 'p-pm-pc'];
      expect(inquorate(s)).to.deep.equal([]);
    });

    it('when a matching member attends without a vote, then they are not counted', () => {
      const s = icbBody();
      s.meetings[0].present = ['p-chair', 'p-ned2', 'p-ceo', 'p-cfo', 'p-pm-trust', 'p-pm-pc'];
      member(s, 'p-ceo').voting = false;
      member(s, 'p-cfo').voting = false;
      expect(inquorate(s)).to.deep.equal([
        `${ICB_MEETING_TEXT}: only 4 of the committee's 8 voting members were present, not more than half; no executive directors were present (the quorum needs at least 1).`,
      ]);
    });

    it('when the only executive director present is conflicted, then the decision is inquorate after exclusions', () => {
      const s = icbBody();
      s.meetings[0].present = ['p-chair', 'p-ned1', 'p-ned2', 'p-cfo', 'p-pm-trust', 'p-pm-pc', 'p-pm-la'];
      addDeclaration(s, { personId: 'p-cfo', type: 'indirect', heldBy: 'spouse-or-partner', organisationId: 'pv-hosp', declaredOn: '2022-07-20' });
      addIcbDecision(s, { id: 'dec-icb', affectedOrganisationIds: ['pv-hosp'] }, [{ personId: 'p-cfo', action: 'left-room' }]);
      expect(afterExclusions(s)).to.deep.equal([
        "'Community services contract award' (NHS Example ICB Board, 10 May 2023) was decided although the meeting was inquorate without its conflicted members (Frank Finance): no executive directors remained (the quorum needs at least 1). The decision should have been deferred or referred.",
      ]);
    });
  });

  describe("a committee's own settings override the pack's, one by one", () => {
    it('when every setting fails at once, then the message names each one', () => {
      const s = icbBody();
      s.committees[0].quorum = { minimumVoting: 4 };
      s.meetings[0].present = ['p-pm-trust', 'p-pm-pc', 'p-pm-la'];
      expect(inquorate(s)).to.deep.equal([
        `${ICB_MEETING_TEXT}: only 3 voting members were present (the quorum is 4); only 3 of the committee's 10 voting members were present, not more than half; neither the chair nor the vice-chair was present; no executive directors were present (the quorum needs at least 1); no independent non-executive members were present (the quorum needs at least 1).`,
      ]);
    });

    it('when the committee turns majorityOfVoting and chairOrViceChair off, then only the settings left apply', () => {
      const s = icbBody();
      s.committees[0].quorum = { majorityOfVoting: false, chairOrViceChair: false };
      s.meetings[0].present = ['p-ned2', 'p-ceo'];
      expect(inquorate(s)).to.deep.equal([]);
    });

    it("when the committee sets its own present requirements, then they replace the pack's", () => {
      const s = icbBody();
      s.committees[0].quorum = { present: [{ id: 'partners', label: 'partner members', categories: ['partner-member'], min: 3 }] };
      expect(inquorate(s)).to.deep.equal([`${ICB_MEETING_TEXT}: only 2 partner members were present (the quorum needs at least 3).`]);
    });

    it('when a PCCC turns countedMajority off, then a meeting without a lay and executive majority is quorate', () => {
      const s = cleanBody();
      member(s, 'p-lay3').category = 'nurse';
      member(s, 'p-exec1').category = 'gp';
      s.meetings[0].present = ['p-lay1', 'p-lay2', 'p-lay3', 'p-exec1'];
      expect(inquorate(s)).to.have.length(1);
      s.committees[0].quorum = { countedMajority: false };
      expect(inquorate(s)).to.deep.equal([]);
    });

    it('when a committee asks for a counted majority under a pack that counts no categories, then the snapshot is refused at that path', () => {
      const s = icbBody();
      s.committees[0].quorum = { countedMajority: true };
      const validation = validateSnapshot(s, { packs: shippedPacks() });
      expect(validation.ok ? [] : validation.errors).to.deep.equal([
        {
          path: 'committees[0].quorum.countedMajority',
          message: 'rule pack "nhs-icb-board-2022" counts no categories (countedCategories), so there is no counted majority to require: leave countedMajority out or set it to false',
        },
      ]);
    });

    it('when quorum settings or their requirements are malformed, then validation names each field', () => {
      const s = icbBody() as unknown as { committees: { quorum: unknown; members: { office: unknown }[] }[] };
      s.committees[0].quorum = {
        minimumVoting: 0,
        majorityOfVoting: 'yes',
        present: [
          { id: 'execs', label: 'executives', categories: ['executive'] },
          { id: 'execs', label: 'executives', categories: ['boss'], min: 1 },
        ],
      };
      s.committees[0].members[3].office = 'Chief Executive';
      const validation = validateSnapshot(s, { packs: shippedPacks() });
      expect(validation.ok ? [] : validation.errors).to.have.deep.members([
        { path: 'committees[0].members[3].office', message: 'must be lower-case letters and digits joined by hyphens, like finance-director' },
        { path: 'committees[0].quorum.minimumVoting', message: 'must be greater than or equal to 1' },
        { path: 'committees[0].quorum.majorityOfVoting', message: 'must be a boolean' },
        { path: 'committees[0].quorum.present[0].min', message: 'is required' },
        { path: 'committees[0].quorum.present[1]', message: 'repeats the id "execs" of an earlier requirement: each id is used once in a list' },
        { path: 'committees[0].quorum.present[1].categories[0]', message: 'must be one of [lay, executive, gp, nurse, secondary-care-doctor, other-clinician, nhs-england, local-authority, healthwatch, practice-manager, officer, other, non-executive, partner-member]' },
      ]);
    });
  });

  describe('the quorum in words', () => {
    it('when the PCCC and ICB packs are described, then each setting is in the sentence', () => {
      const pccc = shippedPacks().find((p) => p.id === 'nhs-pccc-2017')!;
      const icb = shippedPacks().find((p) => p.id === 'nhs-icb-board-2022')!;
      expect(describeQuorum(quorumTestFor(cleanBody().committees[0], pccc.committee!))).to.equal(
        'At least 4 voting members, of whom lay, executive and NHS England members are a majority, with the chair or vice-chair present.',
      );
      expect(describeQuorum(quorumTestFor(icbBody().committees[0], icb.committee!))).to.equal(
        "More than half of the committee's voting members, including at least 1 executive director and at least 1 independent non-executive member, with the chair or vice-chair present.",
      );
    });
  });

  describe('the conflicts briefing applies every setting', () => {
    it('when the only executive director expected is conflicted, then the item is not quorate once they withdraw, and the reasons name the requirement', () => {
      const s = icbBody();
      s.meetings[0].present = [];
      for (const id of ['p-ceo', 'p-md', 'p-dn']) member(s, id).to = '2023-01-01';
      addDeclaration(s, { personId: 'p-cfo', organisationId: 'pv-hosp', declaredOn: '2022-07-20', description: 'Governor of the hospital trust' });
      addIcbDecision(s, { id: 'dec-icb', affectedOrganisationIds: ['pv-hosp'] });
      const briefing = briefMeeting(s, shippedPacks(), ICB_MEETING);
      const [item] = briefing.items;
      expect(item.quorum).to.deep.include({ quorateNow: true, quorateAfterWithdrawal: false, votingMembers: 7, minimumVoting: null });
      expect(item.quorum?.presentAfterWithdrawal).to.deep.equal([
        { requirementId: 'executive-director', label: 'executive directors', min: 1, count: 0, met: false },
        { requirementId: 'non-executive', label: 'independent non-executive members', min: 1, count: 3, met: true },
      ]);
      expect(item.quorum?.reasons).to.deep.equal([
        'Frank Finance should withdraw, leaving 6 voting members.',
        'Without them the meeting would not be quorate for this item: no executive directors would remain (the quorum needs at least 1). The decision should be deferred or referred.',
      ]);
      expect(briefing.summary.itemsInquorateAfterWithdrawal).to.deep.equal([item.itemId]);
      expect(briefing.summary.itemsLosingMajority, 'the ICB counts no categories').to.deep.equal([]);
    });
  });
});
