import { expect } from 'chai';
import { briefMeeting, CheckInputError, validateSnapshot, type Briefing, type BriefingItem } from '../../src/engine';
import type { Snapshot } from '../../src/engine/types';
import { addDecision, addDeclaration, cleanBody, run, shippedPacks } from './fixtures';

/** A meeting planned for after the clean body's one: nobody is recorded as present yet. */
const PLANNED = 'm-2';
const PLANNED_DATE = '2015-07-08';

/**
 * The clean body plus a planned meeting whose one decision is a local incentive scheme paying
 * every practice of South Worcestershire CCG (Dr Jane Doe is a partner at one of them).
 */
function plannedScheme(change: (s: Snapshot) => void = () => {}): Snapshot {
  const s = cleanBody();
  s.meetings.push({ id: PLANNED, committeeId: 'sw-pccc', date: PLANNED_DATE, present: [], items: [{ id: 'm-2-1', title: 'Declarations of interest', participation: [] }] });
  addDecision(s, { id: 'dec-2', meetingId: PLANNED, date: PLANNED_DATE, affectsAllPracticesOf: 'swccg', affectedOrganisationIds: [] });
  change(s);
  return s;
}

function brief(s: Snapshot, meetingId = PLANNED): Briefing {
  const validation = validateSnapshot(s, { packs: shippedPacks() });
  expect(validation.ok ? [] : validation.errors, 'the fixture is a valid snapshot').to.deep.equal([]);
  return briefMeeting(s, shippedPacks(), meetingId);
}

function onlyItem(briefing: Briefing): BriefingItem {
  expect(briefing.items).to.have.length(1);
  return briefing.items[0];
}

const conflictedIds = (item: BriefingItem) => item.conflicted.map((m) => m.personId);

describe('briefMeeting: the conflicts briefing before a meeting', () => {
  describe('who is conflicted', () => {
    it('when a scheme pays every practice of the CCG, then the GP partner is conflicted through their practice and the decision names the CCG', () => {
      const item = onlyItem(brief(plannedScheme()));
      expect(item.itemId).to.equal('m-2-dec-2');
      expect(item.decision).to.deep.include({ id: 'dec-2', title: 'Local incentive scheme replacing QOF', kind: 'local-incentive-scheme', valueGBP: 1200000, affectedOrganisations: [] });
      expect(item.decision.allPracticesOf).to.deep.equal({ id: 'swccg', name: 'NHS South Worcestershire CCG' });
      expect(item.conflicted).to.have.length(1);
      expect(item.conflicted[0]).to.deep.include({ personId: 'p-gp1', name: 'Dr Jane Doe', category: 'gp', role: 'member', voting: true });
      expect(item.conflicted[0].interests).to.deep.equal([
        {
          declarationId: 'd-gp1',
          type: 'financial',
          description: 'Partner at Example Surgery',
          organisationId: 'pr-m81001',
          organisation: 'Example Surgery',
          heldBy: 'self',
          heldThrough: null,
          actionTaken: null,
          from: '2009-01-01',
          declaredOn: '2015-04-10',
        },
      ]);
      expect(item.conflicted[0].advice).to.equal('Declare the interest when the item starts, take no part in the discussion or the vote, and normally leave the room until it has been decided.');
    });

    it("when the scheme pays a neighbouring CCG's practices, then an interest in this CCG's practice is no conflict", () => {
      const s = plannedScheme((s) => (s.decisions[1].affectsAllPracticesOf = 'wfccg'));
      expect(conflictedIds(onlyItem(brief(s)))).to.deep.equal([]);
    });

    it('when the interest ended the day before the meeting, then the member is not conflicted', () => {
      const s = plannedScheme((s) => (s.declarations[0].to = '2015-07-07'));
      expect(conflictedIds(onlyItem(brief(s)))).to.deep.equal([]);
    });

    it('when the interest ends on the meeting day, then the member is still conflicted', () => {
      const s = plannedScheme((s) => (s.declarations[0].to = PLANNED_DATE));
      expect(conflictedIds(onlyItem(brief(s)))).to.deep.equal(['p-gp1']);
    });

    it('when the interest starts the day after the meeting, then the member is not conflicted', () => {
      const s = plannedScheme((s) => (s.declarations[0].from = '2015-07-09'));
      expect(conflictedIds(onlyItem(brief(s)))).to.deep.equal([]);
    });

    it("when a member's spouse is a partner at an affected practice, then the member is conflicted through them, with the action they declared", () => {
      const s = plannedScheme((s) =>
        addDeclaration(s, {
          id: 'd-spouse',
          personId: 'p-lay3',
          type: 'indirect',
          heldBy: 'spouse-or-partner',
          organisationId: 'pr-m81002',
          description: 'Husband is a GP partner',
          actionTaken: 'Leaves the room for decisions about Riverside Medical Centre.',
        }),
      );
      const item = onlyItem(brief(s));
      expect(conflictedIds(item)).to.deep.equal(['p-lay3', 'p-gp1']);
      expect(item.conflicted[0].interests).to.deep.equal([
        {
          declarationId: 'd-spouse',
          type: 'indirect',
          description: 'Husband is a GP partner',
          organisationId: 'pr-m81002',
          organisation: 'Riverside Medical Centre',
          heldBy: 'spouse-or-partner',
          heldThrough: 'their spouse or partner',
          actionTaken: 'Leaves the room for decisions about Riverside Medical Centre.',
          from: '2009-01-01',
          declaredOn: '2015-04-10',
        },
      ]);
    });

    it('when a nil declaration names an affected organisation, then it is never an interest', () => {
      const s = plannedScheme((s) => (s.declarations[0].type = 'nil'));
      expect(conflictedIds(onlyItem(brief(s)))).to.deep.equal([]);
    });

    it('when a free-text interest matches an affected practice after normalisation, then it is a possible name match and nobody withdraws for it', () => {
      const s = plannedScheme((s) => {
        s.declarations[0].to = '2015-01-01';
        addDeclaration(s, { id: 'd-free', personId: 'p-exec2', organisationName: 'The RIVERSIDE Surgery Ltd', description: 'Sessional work' });
      });
      const item = onlyItem(brief(s));
      expect(item.conflicted).to.deep.equal([]);
      expect(item.nameMatches).to.have.length(1);
      expect(item.nameMatches[0]).to.deep.include({
        personId: 'p-exec2',
        name: 'Finn Finance',
        declarationId: 'd-free',
        description: 'Sessional work',
        declaredName: 'The RIVERSIDE Surgery Ltd',
        matches: [{ organisationId: 'pr-m81002', name: 'Riverside Medical Centre' }],
      });
      expect(item.nameMatches[0].advice).to.equal(
        "Ask Finn Finance whether 'The RIVERSIDE Surgery Ltd' is Riverside Medical Centre. If it is, link the declaration to the organisation and treat it as a conflict.",
      );
      expect(item.quorum?.votingPresentAfter).to.equal(item.quorum?.votingPresentBefore);
      expect(item.guidance.map((g) => g.ruleId)).to.deep.equal(['conflict.possible-name-match']);
    });
  });

  describe('who is expected', () => {
    it('when nobody is recorded as present, then every member on the meeting date is expected, voting or not, and a member who left before it is not', () => {
      const s = plannedScheme((s) => (s.committees[0].members.find((m) => m.personId === 'p-lay4')!.to = '2015-07-01'));
      const briefing = brief(s);
      expect(briefing.attendance.basis).to.equal('expected');
      expect(briefing.attendance.members.map((m) => [m.personId, m.voting])).to.deep.equal([
        ['p-lay1', true],
        ['p-lay2', true],
        ['p-lay3', true],
        ['p-gp1', true],
        ['p-exec1', true],
        ['p-exec2', true],
        ['p-hw', false],
        ['p-la', false],
      ]);
      expect(onlyItem(briefing).quorum).to.include({ votingPresentBefore: 6, votingPresentAfter: 5, countedBefore: 5, countedAfter: 5 });
    });

    it('when attendance is recorded, then only those present are briefed on', () => {
      const s = plannedScheme((s) => (s.meetings[1].present = ['p-lay1', 'p-lay2', 'p-lay3', 'p-exec1', 'p-exec2']));
      const briefing = brief(s);
      expect(briefing.attendance.basis).to.equal('present');
      expect(conflictedIds(onlyItem(briefing))).to.deep.equal([]);
      expect(onlyItem(briefing).quorum?.reasons).to.deep.equal([
        'Nobody present holds an interest in the organisations this decision affects, so nobody needs to withdraw.',
        'The meeting is quorate for this item.',
      ]);
    });

    it('when a non-voting member is conflicted, then they withdraw from the discussion and the vote count is unchanged', () => {
      const s = plannedScheme((s) => addDeclaration(s, { personId: 'p-hw', organisationId: 'pr-m81003', heldBy: 'relative' }));
      const item = onlyItem(brief(s));
      const watch = item.conflicted.find((m) => m.personId === 'p-hw');
      expect(watch?.advice).to.equal('Declare the interest when the item starts, take no part in the discussion, and normally leave the room until it has been decided.');
      expect(item.quorum).to.include({ votingPresentBefore: 7, votingPresentAfter: 6 });
    });
  });

  describe('the quorum once the conflicted withdraw', () => {
    it('when everyone is expected, then the GP withdrawing leaves the meeting quorate and the reasons say so', () => {
      const item = onlyItem(brief(plannedScheme()));
      expect(item.quorum).to.deep.include({
        quorateNow: true,
        quorateAfterWithdrawal: true,
        majorityNow: true,
        majorityAfterWithdrawal: true,
        votingPresentBefore: 7,
        votingPresentAfter: 6,
        countedBefore: 6,
        countedAfter: 6,
        minimumVoting: 4,
        countedCategories: ['lay', 'executive', 'nhs-england'],
        chairOrViceChairPresent: true,
      });
      expect(item.quorum?.chairedBy).to.deep.include({ personId: 'p-lay1', role: 'chair' });
      expect(item.quorum?.reasons).to.deep.equal([
        'Dr Jane Doe should withdraw, leaving 6 voting members (the quorum is 4).',
        'Lay, executive and NHS England members would be 6 of those 6, still a majority.',
        'The meeting stays quorate for this item once they withdraw.',
      ]);
      expect(item.guidance.map((g) => g.ruleId)).to.deep.equal(['conflict.voted-while-conflicted', 'conflict.managed']);
      expect(item.guidance[0].text).to.match(/must not take part in the decision/);
    });

    it('when the withdrawal leaves fewer voting members than the quorum, then the item is inquorate and should be deferred or referred', () => {
      const briefing = brief(plannedScheme((s) => (s.meetings[1].present = ['p-lay1', 'p-lay2', 'p-exec1', 'p-gp1', 'p-hw'])));
      const item = onlyItem(briefing);
      expect(item.quorum).to.include({ quorateNow: true, quorateAfterWithdrawal: false, votingPresentBefore: 4, votingPresentAfter: 3, majorityAfterWithdrawal: true });
      expect(item.quorum?.reasons).to.deep.equal([
        'Dr Jane Doe should withdraw, leaving only 3 voting members.',
        'Lay, executive and NHS England members would be 3 of those 3, still a majority.',
        'Without them the meeting would not be quorate for this item: only 3 voting members would remain (the quorum is 4). The decision should be deferred or referred.',
      ]);
      expect(item.guidance.map((g) => g.ruleId)).to.include('conflict.inquorate-after-exclusions');
      expect(briefing.summary.itemsInquorateAfterWithdrawal).to.deep.equal(['m-2-dec-2']);
      expect(briefing.summary.sentences).to.include(
        "Once the conflicted members withdraw, the meeting would not be quorate for 'Local incentive scheme replacing QOF': plan to defer or refer that decision.",
      );
    });

    it('when a lay member withdraws under the lay-majority pack, then lay members lose their majority and the item is inquorate though enough remain', () => {
      const briefing = brief(
        plannedScheme((s) => {
          s.committees[0].rulePack = 'nhs-pccc-lay-majority';
          s.declarations[0].to = '2015-01-01';
          addDeclaration(s, { personId: 'p-lay3', organisationId: 'pr-m81003', description: 'Patient participation group chair' });
        }),
      );
      const item = onlyItem(briefing);
      expect(item.quorum).to.include({
        quorateNow: true,
        quorateAfterWithdrawal: false,
        majorityNow: true,
        majorityAfterWithdrawal: false,
        votingPresentAfter: 6,
        countedBefore: 4,
        countedAfter: 3,
      });
      expect(item.quorum?.countedCategories).to.deep.equal(['lay']);
      expect(item.quorum?.reasons).to.include('Lay members would be 3 of those 6, no longer a majority.');
      expect(briefing.summary.itemsLosingMajority).to.deep.equal(['m-2-dec-2']);
      expect(briefing.summary.sentences).to.include("Without the conflicted members, lay members would no longer be a majority for 'Local incentive scheme replacing QOF'.");
    });

    it('when the chair is conflicted, then the vice-chair must take the chair and the chair is told to hand it over', () => {
      const briefing = brief(plannedScheme((s) => addDeclaration(s, { personId: 'p-lay1', organisationId: 'pr-m81002', heldBy: 'friend', description: 'Close friend is practice manager' })));
      const item = onlyItem(briefing);
      const chair = item.conflicted.find((m) => m.personId === 'p-lay1');
      expect(chair?.advice).to.match(/ Hand the chair to Ben Lay for this item\.$/);
      expect(item.conflicted.find((m) => m.personId === 'p-gp1')?.advice).not.to.match(/chair/);
      expect(item.quorum?.chairedBy).to.deep.include({ personId: 'p-lay2', name: 'Ben Lay', role: 'vice-chair' });
      expect(item.quorum).to.include({ quorateAfterWithdrawal: true, chairOrViceChairPresent: true });
      expect(item.quorum?.reasons).to.include('The chair, Ann Example, is conflicted, so the vice-chair, Ben Lay, must take the chair for this item.');
      expect(briefing.summary.itemsWhereChairWithdraws).to.deep.equal(['m-2-dec-2']);
      expect(briefing.summary.sentences).to.include("The chair is conflicted on 'Local incentive scheme replacing QOF': the vice-chair must take the chair for it.");
    });

    it('when the chair is conflicted and the vice-chair is not present, then nobody can chair and the item is inquorate', () => {
      const item = onlyItem(
        brief(
          plannedScheme((s) => {
            s.meetings[1].present = ['p-lay1', 'p-lay3', 'p-lay4', 'p-exec1', 'p-exec2'];
            addDeclaration(s, { personId: 'p-lay1', organisationId: 'pr-m81002', heldBy: 'relative' });
          }),
        ),
      );
      expect(item.quorum).to.include({ quorateNow: true, quorateAfterWithdrawal: false, chairOrViceChairPresent: false, chairedBy: null });
      expect(item.quorum?.reasons).to.include('The chair, Ann Example, is conflicted and the vice-chair is not present, so nobody can take the chair for this item.');
      expect(item.conflicted[0].advice).to.match(/Nobody remains who can take the chair, so the item cannot go ahead as planned\.$/);
    });

    it('when too few are expected even before anyone withdraws, then the briefing says so first', () => {
      const briefing = brief(plannedScheme((s) => (s.committees[0].quorum = { minimumVoting: 8 })));
      expect(briefing.summary.quorateNow).to.equal(false);
      expect(briefing.summary.sentences[0]).to.equal('The meeting will not be quorate even if every member comes.');
      expect(onlyItem(briefing).quorum?.reasons[0]).to.equal('The meeting will not be quorate even before anyone withdraws: only 7 voting members are expected (the quorum is 8).');
      expect(briefing.summary.itemsInquorateAfterWithdrawal, 'the withdrawal is not what makes it inquorate').to.deep.equal([]);
    });
  });

  describe('the meeting as a whole', () => {
    it('when one item has conflicts and another none, then the summary counts both and names who withdraws', () => {
      const s = plannedScheme();
      addDecision(s, { id: 'dec-3', meetingId: PLANNED, date: PLANNED_DATE, title: 'Hospital contract award', kind: 'contract-award', affectedOrganisationIds: ['pv-hosp'] });
      const briefing = brief(s);
      expect(briefing.meeting).to.deep.equal({ id: PLANNED, date: PLANNED_DATE, committeeId: 'sw-pccc', committeeName: 'Primary Care Commissioning Committee' });
      expect(briefing.items.map((i) => [i.title, conflictedIds(i)])).to.deep.equal([
        ['Local incentive scheme replacing QOF', ['p-gp1']],
        ['Hospital contract award', []],
      ]);
      expect(briefing.items[1].decision.affectedOrganisations).to.deep.equal([{ id: 'pv-hosp', name: 'Worcestershire Acute Hospitals NHS Trust' }]);
      expect(briefing.summary).to.deep.include({ decisionItems: 2, itemsWithConflicts: 1, possibleNameMatches: 0, quorateNow: true });
      expect(briefing.summary.conflictedPeople).to.deep.equal([{ personId: 'p-gp1', name: 'Dr Jane Doe', items: 1 }]);
      expect(briefing.summary.sentences).to.deep.equal(['2 items propose a decision, 1 of them with conflicts: Dr Jane Doe (1 item) should withdraw.']);
    });

    it('when the agenda proposes no decision, then the briefing says there is nothing to plan for', () => {
      const s = plannedScheme();
      s.meetings[1].items = [{ id: 'm-2-1', title: 'Declarations of interest', participation: [] }];
      s.decisions.pop();
      const briefing = brief(s);
      expect(briefing.items).to.deep.equal([]);
      expect(briefing.summary.sentences).to.deep.equal(['No agenda item proposes a decision, so there are no conflicts to plan for.']);
    });

    it('when the meeting has been held, then the briefing finds the same conflicted members as the check does', () => {
      const s = cleanBody();
      addDecision(s, { id: 'dec-2', affectsAllPracticesOf: 'swccg' }, [{ personId: 'p-gp1', action: 'left-room' }]);
      addDeclaration(s, { personId: 'p-lay3', type: 'indirect', heldBy: 'relative', organisationId: 'pr-m81003' });
      const checked = run(s).findings.filter((f) => f.decisionId === 'dec-2' && ['conflict.voted-while-conflicted', 'conflict.managed'].includes(f.ruleId));
      const item = brief(s, 'm-1').items.find((i) => i.decision.id === 'dec-2');
      expect(item && conflictedIds(item).sort()).to.deep.equal(checked.map((f) => f.personId).sort());
    });

    it('when the meeting id is unknown, then it is an input error naming the meeting', () => {
      expect(() => briefMeeting(plannedScheme(), shippedPacks(), 'm-404')).to.throw(CheckInputError, /no meeting "m-404"/);
    });
  });
});
