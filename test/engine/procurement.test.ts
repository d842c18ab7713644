import { expect } from 'chai';
import { recordDecisions } from '../../src/engine';
import { addDecision, addDeclaration, cleanBody, member } from './fixtures';

describe('the record of procurement decisions (Provider Selection Regime 2024)', () => {
  it('when a conflicted GP leaves the room, then the decision-makers are the voting members present who voted, and the GP is listed with how it was managed', () => {
    const s = cleanBody();
    s.declarations[0].actionTaken = 'Leaves the room for decisions about the practice';
    addDecision(s, { id: 'dec-2', affectedOrganisationIds: ['pr-m81001'] }, [{ personId: 'p-gp1', action: 'left-room' }, { personId: 'p-lay3', action: 'abstained' }]);
    const record = recordDecisions(s).get('dec-2');
    // Present: lay1, lay2, lay3 (abstained), exec1, gp1 (left), and the non-voting Healthwatch and council members.
    expect(record?.decisionMakers).to.deep.equal([
      { personId: 'p-lay1', name: 'Ann Example' },
      { personId: 'p-lay2', name: 'Ben Lay' },
      { personId: 'p-exec1', name: 'Eve Officer' },
    ]);
    expect(record?.conflicts).to.deep.equal([
      {
        personId: 'p-gp1',
        name: 'Dr Jane Doe',
        voting: true,
        participation: 'left-room',
        conflicted: true,
        interests: [
          {
            declarationId: 'd-gp1',
            match: 'organisation',
            organisation: 'Example Surgery',
            description: 'Partner at Example Surgery',
            heldThrough: null,
            declaredOn: '2015-04-10',
            declaredAfterDecision: false,
            actionTaken: 'Leaves the room for decisions about the practice',
          },
        ],
      },
    ]);
  });

  it('when a member only possibly holds an interest (by name) and voted, then they are a decision-maker and listed as a possible conflict', () => {
    const s = cleanBody();
    addDeclaration(s, { personId: 'p-exec1', organisationName: 'The Example Practice Ltd', description: 'Spouse is practice nurse', heldBy: 'spouse-or-partner', declaredOn: '2015-06-11' });
    addDecision(s, { id: 'dec-2', affectedOrganisationIds: ['pr-m81001'] }, [{ personId: 'p-gp1', action: 'did-not-vote' }]);
    const record = recordDecisions(s).get('dec-2')!;
    expect(record.decisionMakers.map((m) => m.personId)).to.include('p-exec1');
    const exec = record.conflicts.find((c) => c.personId === 'p-exec1');
    expect(exec).to.deep.include({ conflicted: false, participation: 'voted' });
    expect(exec?.interests).to.deep.equal([
      {
        declarationId: s.declarations[s.declarations.length - 1].id,
        match: 'name',
        organisation: 'The Example Practice Ltd',
        description: 'Spouse is practice nurse',
        heldThrough: 'their spouse or partner',
        declaredOn: '2015-06-11',
        declaredAfterDecision: true,
        actionTaken: null,
      },
    ]);
    expect(record.conflicts.map((c) => c.name)).to.deep.equal(['Dr Jane Doe', 'Eve Officer']);
  });

  it('when a non-voting member holds an interest, then they are listed with no vote and are never a decision-maker', () => {
    const s = cleanBody();
    addDeclaration(s, { personId: 'p-hw', organisationId: 'pv-hosp', declaredOn: '2015-04-10' });
    const record = recordDecisions(s).get('dec-1')!;
    expect(record.conflicts.map((c) => [c.personId, c.voting, c.participation])).to.deep.equal([['p-hw', false, null]]);
    expect(record.decisionMakers.map((m) => m.personId)).not.to.include('p-hw');
  });

  it('when someone present had left the committee by the decision date, then they neither made the decision nor are listed', () => {
    const s = cleanBody();
    member(s, 'p-gp1').to = '2015-06-09';
    addDecision(s, { id: 'dec-2', affectedOrganisationIds: ['pr-m81001'] });
    const record = recordDecisions(s).get('dec-2')!;
    expect(record.conflicts).to.deep.equal([]);
    expect(record.decisionMakers.map((m) => m.personId)).not.to.include('p-gp1');
  });
});
