import { expect } from 'chai';
import type { Participation, Snapshot } from '../../src/engine/types';
import { addDecision, addDeclaration, cleanBody, findingsOf, member, run } from './fixtures';

/** The clean body plus a local incentive scheme paying every practice of South Worcestershire CCG. */
function withScheme(participation: Participation[] = [], change: (s: Snapshot) => void = () => {}): Snapshot {
  const s = cleanBody();
  change(s);
  addDecision(s, { id: 'dec-2', affectsAllPracticesOf: 'swccg' }, participation);
  return s;
}

const conflictRules = ['conflict.voted-while-conflicted', 'conflict.managed', 'conflict.undeclared-at-decision'] as const;
function conflictFindings(s: Snapshot) {
  return run(s).findings.filter((f) => (conflictRules as readonly string[]).includes(f.ruleId));
}

describe('conflict rules', () => {
  describe('who is conflicted', () => {
    it('when a GP partner votes on a scheme paying every practice of their CCG, then voted-while-conflicted names them, the decision and the practice', () => {
      const found = findingsOf(withScheme(), 'conflict.voted-while-conflicted');
      expect(found).to.deep.equal([
        {
          ruleId: 'conflict.voted-while-conflicted',
          severity: 'error',
          committeeId: 'sw-pccc',
          personId: 'p-gp1',
          meetingId: null,
          decisionId: 'dec-2',
          declarationId: null,
          giftId: null,
          message: "Dr Jane Doe voted on 'Local incentive scheme replacing QOF' (Primary Care Commissioning Committee, 10 June 2015) while holding a declared interest in Example Surgery.",
          guidance: found[0].guidance,
        },
      ]);
    });

    it("when the scheme covers a neighbouring CCG's practices, then an interest in this CCG's practice is no conflict, and the reverse", () => {
      const s = cleanBody();
      addDeclaration(s, { personId: 'p-exec2', organisationId: 'pr-m81010', description: 'Spouse is practice manager at Kidderminster Surgery', heldBy: 'spouse-or-partner' });
      s.meetings[0].present.push('p-exec2');
      addDecision(s, { id: 'dec-2', affectsAllPracticesOf: 'wfccg' });
      expect(conflictFindings(s).map((f) => f.personId)).to.deep.equal(['p-exec2']);
    });

    it('when someone holds an interest in the CCG itself, then a scheme for its practices does not affect the CCG', () => {
      const s = withScheme([], (s) => addDeclaration(s, { personId: 'p-exec1', organisationId: 'swccg', description: 'Employed by the CCG' }));
      expect(conflictFindings(s).map((f) => f.personId)).to.deep.equal(['p-gp1']);
    });

    it('when the interest ended the day before the decision, then there is no conflict', () => {
      const s = withScheme([], (s) => (s.declarations[0].to = '2015-06-09'));
      expect(conflictFindings(s)).to.deep.equal([]);
    });

    it('when the interest ends on the decision day, then it is still a conflict', () => {
      const s = withScheme([], (s) => (s.declarations[0].to = '2015-06-10'));
      expect(conflictFindings(s).map((f) => f.ruleId)).to.deep.equal(['conflict.voted-while-conflicted']);
    });

    it('when the interest starts the day after the decision, then there is no conflict', () => {
      const s = withScheme([], (s) => {
        s.declarations[0].from = '2015-06-11';
        s.declarations[0].declaredOn = '2015-06-12';
      });
      expect(conflictFindings(s)).to.deep.equal([]);
    });

    it("when a member's spouse holds the interest, then it counts as the member's and the message says through whom", () => {
      const s = withScheme([], (s) => addDeclaration(s, { personId: 'p-lay3', type: 'indirect', heldBy: 'spouse-or-partner', organisationId: 'pr-m81002', description: 'Husband is a GP partner' }));
      const found = findingsOf(s, 'conflict.voted-while-conflicted').filter((f) => f.personId === 'p-lay3');
      expect(found.map((f) => f.message)).to.deep.equal([
        "Cara Lay voted on 'Local incentive scheme replacing QOF' (Primary Care Commissioning Committee, 10 June 2015) while holding a declared interest in Riverside Medical Centre, held through their spouse or partner.",
      ]);
    });

    it('when an indirect declaration names no holder, then it still makes the member conflicted', () => {
      const s = withScheme([], (s) => addDeclaration(s, { personId: 'p-lay3', type: 'indirect', heldBy: null, organisationId: 'pr-m81002' }));
      expect(findingsOf(s, 'conflict.voted-while-conflicted').map((f) => f.personId)).to.deep.equal(['p-gp1', 'p-lay3']);
    });

    it('when a nil declaration happens to name an affected organisation and dates, then it is never an interest', () => {
      const s = withScheme([], (s) => (s.declarations[0].type = 'nil'));
      expect(s.declarations[0]).to.include({ organisationId: 'pr-m81001', from: '2009-01-01' });
      expect(conflictFindings(s)).to.deep.equal([]);
    });

    it('when a conflicted member is absent, then nothing is reported for them', () => {
      const s = withScheme([], (s) => (s.meetings[0].present = s.meetings[0].present.filter((id) => id !== 'p-gp1')));
      expect(conflictFindings(s)).to.deep.equal([]);
    });

    it('when two declarations link the member to affected organisations, then there is one voted finding naming both', () => {
      const s = withScheme([], (s) => addDeclaration(s, { personId: 'p-gp1', organisationId: 'pr-m81003', description: 'Sessional GP at Malvern' }));
      const found = findingsOf(s, 'conflict.voted-while-conflicted');
      expect(found.map((f) => f.message)).to.deep.equal([
        "Dr Jane Doe voted on 'Local incentive scheme replacing QOF' (Primary Care Commissioning Committee, 10 June 2015) while holding declared interests in Example Surgery and Malvern Health Practice.",
      ]);
    });
  });

  describe('conflict.managed', () => {
    it('when the conflicted member left the room, then it is recorded as managed (info), not as a vote', () => {
      const s = withScheme([{ personId: 'p-gp1', action: 'left-room' }]);
      expect(conflictFindings(s).map((f) => [f.ruleId, f.severity, f.message])).to.deep.equal([
        ['conflict.managed', 'info', "Dr Jane Doe left the room for 'Local incentive scheme replacing QOF' (Primary Care Commissioning Committee, 10 June 2015), holding a declared interest in Example Surgery."],
      ]);
    });

    it('when the conflicted member abstained, did not vote or was excluded, then each is managed', () => {
      for (const [action, phrase] of [
        ['abstained', 'abstained on'],
        ['did-not-vote', 'did not vote on'],
        ['excluded-from-discussion', 'was excluded from the discussion of'],
      ] as const) {
        const found = conflictFindings(withScheme([{ personId: 'p-gp1', action }]));
        expect(found.map((f) => f.ruleId), action).to.deep.equal(['conflict.managed']);
        expect(found[0].message).to.contain(`Dr Jane Doe ${phrase} 'Local incentive scheme`);
      }
    });

    it('when a conflicted member without a vote has no entry, then they did not vote', () => {
      const s = withScheme([], (s) => {
        member(s, 'p-gp1').voting = false;
      });
      expect(conflictFindings(s).map((f) => [f.ruleId, f.message])).to.deep.equal([
        ['conflict.managed', "Dr Jane Doe had no vote on 'Local incentive scheme replacing QOF' (Primary Care Commissioning Committee, 10 June 2015), holding a declared interest in Example Surgery."],
      ]);
    });

    it('when a conflicted member is recorded as having voted, then it is a breach even without a vote of their own', () => {
      const s = withScheme([{ personId: 'p-gp1', action: 'voted' }], (s) => (member(s, 'p-gp1').voting = false));
      expect(conflictFindings(s).map((f) => f.ruleId)).to.deep.equal(['conflict.voted-while-conflicted']);
    });
  });

  describe('conflict.undeclared-at-decision', () => {
    it('when the interest was active on the decision date but declared afterwards, then there is one finding per such declaration', () => {
      const s = withScheme([{ personId: 'p-gp1', action: 'left-room' }], (s) => {
        s.declarations[0].declaredOn = '2015-06-20';
        addDeclaration(s, { personId: 'p-gp1', organisationId: 'pr-m81003', from: '2015-01-01', declaredOn: '2015-06-11', description: 'Sessional GP at Malvern' });
        addDeclaration(s, { personId: 'p-gp1', organisationId: 'pr-m81002', from: '2015-01-01', declaredOn: '2015-06-10', description: 'Locum at Riverside' });
      });
      const found = findingsOf(s, 'conflict.undeclared-at-decision');
      expect(found.map((f) => [f.declarationId, f.message])).to.deep.equal([
        ['d-10', "Dr Jane Doe's interest 'Sessional GP at Malvern' was active when 'Local incentive scheme replacing QOF' (Primary Care Commissioning Committee, 10 June 2015) was decided, but was not declared until 11 June 2015."],
        ['d-gp1', "Dr Jane Doe's interest 'Partner at Example Surgery' was active when 'Local incentive scheme replacing QOF' (Primary Care Commissioning Committee, 10 June 2015) was decided, but was not declared until 20 June 2015."],
      ]);
      expect(findingsOf(s, 'conflict.managed')[0].message).to.contain('holding interests in Example Surgery, Malvern Health Practice and Riverside Medical Centre');
    });
  });

  describe('conflict.inquorate-after-exclusions', () => {
    it('when setting the conflicted members aside leaves too few voting members, then the decision is reported whatever they did', () => {
      const s = withScheme([{ personId: 'p-gp1', action: 'left-room' }], (s) => {
        s.meetings[0].present = ['p-lay1', 'p-lay2', 'p-exec1', 'p-gp1'];
      });
      const found = findingsOf(s, 'conflict.inquorate-after-exclusions');
      expect(found.map((f) => [f.committeeId, f.personId, f.decisionId, f.message])).to.deep.equal([
        ['sw-pccc', null, 'dec-2', "'Local incentive scheme replacing QOF' (Primary Care Commissioning Committee, 10 June 2015) was decided although the meeting was inquorate without its conflicted members (Dr Jane Doe): only 3 voting members remained (the quorum is 4). The decision should have been deferred or referred."],
      ]);
      expect(findingsOf(s, 'meeting.inquorate')).to.deep.equal([]);
    });

    it('when the conflicted member is the chair and the vice-chair is absent, then the meeting is inquorate without them', () => {
      const s = withScheme([{ personId: 'p-lay1', action: 'left-room' }], (s) => {
        s.meetings[0].present = ['p-lay1', 'p-lay3', 'p-lay4', 'p-exec1', 'p-exec2'];
        addDeclaration(s, { personId: 'p-lay1', organisationId: 'pr-m81003', heldBy: 'relative' });
      });
      expect(findingsOf(s, 'conflict.inquorate-after-exclusions')[0].message).to.match(/: neither the chair nor the vice-chair remained\./);
    });

    it('when only a name matches, then the member is not set aside for the quorum', () => {
      const s = withScheme([{ personId: 'p-gp1', action: 'left-room' }], (s) => {
        s.meetings[0].present = ['p-lay1', 'p-lay2', 'p-exec1', 'p-exec2', 'p-gp1'];
        addDeclaration(s, { personId: 'p-exec2', organisationName: 'Riverside Surgery' });
      });
      expect(findingsOf(s, 'conflict.inquorate-after-exclusions')).to.deep.equal([]);
      expect(findingsOf(s, 'conflict.possible-name-match').map((f) => f.personId)).to.deep.equal(['p-exec2']);
    });
  });

  describe('conflict.possible-name-match', () => {
    it('when a free-text interest matches an affected organisation after normalisation, then there is one warning per matching declaration', () => {
      const s = withScheme([{ personId: 'p-gp1', action: 'left-room' }], (s) => {
        s.meetings[0].present.push('p-exec2');
        addDeclaration(s, { personId: 'p-exec2', organisationName: 'RIVERSIDE Medical Centre Ltd.' });
        addDeclaration(s, { personId: 'p-exec2', organisationName: 'The Riverside Practice' });
        addDeclaration(s, { personId: 'p-exec2', organisationName: 'Riverside & Co Surgery' });
      });
      const found = findingsOf(s, 'conflict.possible-name-match');
      expect(found.map((f) => [f.severity, f.personId, f.decisionId, f.declarationId])).to.deep.equal([
        ['warning', 'p-exec2', 'dec-2', 'd-10'],
        ['warning', 'p-exec2', 'dec-2', 'd-11'],
      ]);
      expect(found[0].message).to.equal(
        "Finn Finance declared an interest in 'RIVERSIDE Medical Centre Ltd.', which may be Riverside Medical Centre, affected by 'Local incentive scheme replacing QOF' (Primary Care Commissioning Committee, 10 June 2015); check the declaration and link it to the organisation.",
      );
    });

    it('when a free-text interest matches an alias of an affected organisation, then it warns', () => {
      const s = cleanBody();
      addDeclaration(s, { personId: 'p-lay4', organisationName: 'acme health' });
      s.meetings[0].present.push('p-lay4');
      addDecision(s, { id: 'dec-2', kind: 'contract-award', affectedOrganisationIds: ['co-acme'] });
      expect(findingsOf(s, 'conflict.possible-name-match').map((f) => f.personId)).to.deep.equal(['p-lay4']);
    });

    it('when the matching organisation is not affected by the decision, then it does not warn', () => {
      const s = cleanBody();
      addDeclaration(s, { personId: 'p-exec2', organisationName: 'Kidderminster Practice' });
      s.meetings[0].present.push('p-exec2');
      addDecision(s, { id: 'dec-2', affectsAllPracticesOf: 'swccg' });
      expect(findingsOf(s, 'conflict.possible-name-match')).to.deep.equal([]);
    });
  });

  describe('which decisions', () => {
    it('when a decision is dated after asAt, then it is not checked', () => {
      const s = cleanBody();
      s.meetings.push({ id: 'm-2', committeeId: 'sw-pccc', date: '2015-07-08', present: ['p-lay1', 'p-lay2', 'p-lay3', 'p-exec1', 'p-gp1'], items: [] });
      addDecision(s, { id: 'dec-2', meetingId: 'm-2', date: '2015-07-08', affectsAllPracticesOf: 'swccg' });
      expect(conflictFindings(s)).to.deep.equal([]);
      expect(findingsOf(s, 'conflict.voted-while-conflicted', { asAt: '2015-07-08' }).map((f) => f.decisionId)).to.deep.equal(['dec-2']);
    });

    it('when a present person was not a committee member on the decision date, then they are not among those checked', () => {
      const s = withScheme([], (s) => (member(s, 'p-gp1').to = '2015-06-09'));
      expect(conflictFindings(s)).to.deep.equal([]);
    });
  });
});
