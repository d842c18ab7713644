import { expect } from 'chai';
import { AS_AT, cleanBody, findingsOf, member, membership } from './fixtures';

describe('constitution rules', () => {
  describe('constitution.voting-majority', () => {
    it('when the counted categories hold exactly half of the votes, then it fires (a majority is strictly more than half)', () => {
      const s = cleanBody();
      // 8 voting: lay1, lay2, exec1 and an NHS England member counted (4); four GPs or nurses not.
      ['p-lay3', 'p-lay4', 'p-exec2'].forEach((id) => (member(s, id).category = 'nurse'));
      s.people.push({ id: 'p-nhse', name: 'Nia England' });
      s.committees[0].members.push(membership('p-nhse', 'nhs-england'));
      s.declarations.push({ id: 'd-nhse', personId: 'p-nhse', type: 'nil', declaredOn: '2015-04-10' });
      const found = findingsOf(s, 'constitution.voting-majority');
      expect(found).to.have.length(1);
      expect(found[0].message).to.equal(
        'On 30 June 2015, lay, executive and NHS England members hold 4 of the 8 votes on Primary Care Commissioning Committee; they must hold more than half.',
      );
      expect(found[0]).to.include({ committeeId: 'sw-pccc', personId: null, meetingId: null });
    });

    it('when the pack is nhs-pccc-lay-majority, then executives do not count towards the majority', () => {
      const s = cleanBody();
      s.committees[0].rulePack = 'nhs-pccc-lay-majority';
      member(s, 'p-lay4').category = 'executive';
      expect(findingsOf(s, 'constitution.voting-majority').map((f) => f.message)).to.deep.equal([
        'On 30 June 2015, lay members hold 3 of the 7 votes on Primary Care Commissioning Committee; they must hold more than half.',
      ]);
    });

    it('when nobody is a voting member on asAt, then it says so and gp-minority stays silent', () => {
      const s = cleanBody();
      for (const m of s.committees[0].members) m.to = '2015-06-29';
      expect(findingsOf(s, 'constitution.voting-majority')[0].message).to.match(/has no voting members on 30 June 2015/);
      expect(findingsOf(s, 'constitution.gp-minority')).to.deep.equal([]);
    });
  });

  describe('constitution.gp-minority and gp-cap', () => {
    it('when GPs hold exactly half of the votes, then gp-minority fires', () => {
      const s = cleanBody();
      ['p-lay3', 'p-lay4', 'p-exec2'].forEach((id) => (member(s, id).category = 'gp'));
      s.people.push({ id: 'p-lay5', name: 'Eli Lay' });
      s.committees[0].members.push(membership('p-lay5', 'lay'));
      s.declarations.push({ id: 'd-lay5', personId: 'p-lay5', type: 'nil', declaredOn: '2015-04-10' });
      const found = findingsOf(s, 'constitution.gp-minority');
      expect(found.map((f) => f.message)).to.deep.equal([
        'On 30 June 2015, GPs (Cara Lay, Dan Lay, Dr Jane Doe and Finn Finance) hold 4 of the 8 votes on Primary Care Commissioning Committee; GPs must be a minority of voting members.',
      ]);
    });

    it('when a non-voting GP attends, then they count towards neither GP rule', () => {
      const s = cleanBody();
      s.committees[0].rulePack = 'nhs-pccc-lay-majority';
      s.people.push({ id: 'p-gp2', name: 'Dr Tom Two' });
      s.committees[0].members.push(membership('p-gp2', 'gp', 'attendee', false));
      s.declarations.push({ id: 'd-gp2', personId: 'p-gp2', type: 'nil', declaredOn: '2015-04-10' });
      expect(findingsOf(s, 'constitution.gp-cap')).to.deep.equal([]);
      expect(findingsOf(s, 'constitution.gp-minority')).to.deep.equal([]);
    });

    it('when two GPs vote under the one-GP pack, then gp-cap names them', () => {
      const s = cleanBody();
      s.committees[0].rulePack = 'nhs-pccc-lay-majority';
      member(s, 'p-exec2').category = 'gp';
      expect(findingsOf(s, 'constitution.gp-cap').map((f) => f.message)).to.deep.equal([
        'On 30 June 2015, Primary Care Commissioning Committee has 2 voting GPs (Dr Jane Doe and Finn Finance); its constitution allows at most 1.',
      ]);
    });
  });

  describe('constitution.chair-lay and vice-chair-lay', () => {
    it('when the chair is a GP, then the finding names the chair', () => {
      const s = cleanBody();
      member(s, 'p-lay1').category = 'gp';
      const [found] = findingsOf(s, 'constitution.chair-lay');
      expect(found).to.include({ committeeId: 'sw-pccc', personId: 'p-lay1' });
      expect(found.message).to.equal('The chair of Primary Care Commissioning Committee, Ann Example, is a GP; the chair must be a lay member.');
    });

    it("when the chair's membership ended the day before asAt, then there is no chair", () => {
      const s = cleanBody();
      member(s, 'p-lay1').to = '2015-06-29';
      const found = findingsOf(s, 'constitution.chair-lay');
      expect(found.map((f) => [f.personId, f.message])).to.deep.equal([
        [null, 'Primary Care Commissioning Committee has no chair on 30 June 2015; the chair must be a lay member.'],
      ]);
    });

    it("when the chair's membership ends on asAt itself, then they are still the chair", () => {
      const s = cleanBody();
      member(s, 'p-lay1').to = AS_AT;
      expect(findingsOf(s, 'constitution.chair-lay')).to.deep.equal([]);
    });

    it('when the vice-chair only joins after asAt, then there is no vice-chair yet', () => {
      const s = cleanBody();
      member(s, 'p-lay2').from = '2015-07-01';
      expect(findingsOf(s, 'constitution.vice-chair-lay').map((f) => f.message)).to.deep.equal([
        'Primary Care Commissioning Committee has no vice-chair on 30 June 2015; the vice-chair must be a lay member.',
      ]);
    });
  });

  describe('constitution.non-voting-seats', () => {
    it('when the local authority member votes, then it is an error naming them', () => {
      const s = cleanBody();
      member(s, 'p-la').voting = true;
      const found = findingsOf(s, 'constitution.non-voting-seats');
      expect(found.map((f) => [f.severity, f.personId, f.message])).to.deep.equal([
        ['error', 'p-la', 'Lee Council sits on Primary Care Commissioning Committee as a local authority representative and has a vote; that seat must not vote.'],
      ]);
    });

    it('when both seats are empty, then there is one warning per missing seat', () => {
      const s = cleanBody();
      s.committees[0].members = s.committees[0].members.filter((m) => m.category !== 'healthwatch' && m.category !== 'local-authority');
      const found = findingsOf(s, 'constitution.non-voting-seats');
      expect(found.map((f) => [f.severity, f.personId, f.message])).to.deep.equal([
        ['warning', null, 'Primary Care Commissioning Committee has no Healthwatch representative on 30 June 2015; the non-voting Healthwatch representative seat should be filled.'],
        ['warning', null, 'Primary Care Commissioning Committee has no local authority representative on 30 June 2015; the non-voting local authority representative seat should be filled.'],
      ]);
    });
  });
});
