import { expect } from 'chai';
import { addDeclaration, cleanBody, findingsOf, member, membership } from './fixtures';
import type { Snapshot } from '../../src/engine/types';

/** Drops a person's declarations, leaving them with nothing on the register. */
function withoutDeclarations(s: Snapshot, personId: string): void {
  s.declarations = s.declarations.filter((d) => d.personId !== personId);
}

describe('register rules', () => {
  describe('register.no-declaration and register.annual-confirmation-overdue', () => {
    it('when a member has no declaration but an old confirmation, then only no-declaration fires', () => {
      const s = cleanBody();
      withoutDeclarations(s, 'p-lay4');
      s.confirmations.push({ personId: 'p-lay4', confirmedOn: '2013-01-01' });
      const found = findingsOf(s, 'register.no-declaration');
      expect(found.map((f) => [f.personId, f.committeeId, f.message])).to.deep.equal([
        ['p-lay4', null, 'Dan Lay sits on Primary Care Commissioning Committee but has no declaration of interests on the register, not even a nil declaration.'],
      ]);
      expect(findingsOf(s, 'register.annual-confirmation-overdue')).to.deep.equal([]);
    });

    it('when a non-voting member has no declaration, then the register rules still apply to them', () => {
      const s = cleanBody();
      withoutDeclarations(s, 'p-hw');
      expect(findingsOf(s, 'register.no-declaration').map((f) => f.personId)).to.deep.equal(['p-hw']);
    });

    it('when a person left the committee the day before asAt, then the register rules no longer apply to them', () => {
      const s = cleanBody();
      withoutDeclarations(s, 'p-lay4');
      member(s, 'p-lay4').to = '2015-06-29';
      expect(findingsOf(s, 'register.no-declaration')).to.deep.equal([]);
    });

    it('when a member of no committee has nothing declared, then the register rules do not apply', () => {
      const s = cleanBody();
      expect(s.declarations.some((d) => d.personId === 'p-staff')).to.equal(false);
      expect(findingsOf(s, 'register.no-declaration')).to.deep.equal([]);
    });

    it('when a person sits on two committees, then there is one finding naming both', () => {
      const s = cleanBody();
      withoutDeclarations(s, 'p-exec1');
      s.committees.push({ id: 'sw-audit', name: 'Audit Committee', organisationIds: ['swccg'], type: 'audit', rulePack: 'nhs-pccc-2017', members: [membership('p-exec1', 'executive')] });
      const found = findingsOf(s, 'register.no-declaration');
      expect(found.map((f) => f.message)).to.deep.equal([
        'Eve Officer sits on Audit Committee and Primary Care Commissioning Committee but has no declaration of interests on the register, not even a nil declaration.',
      ]);
    });

    it('when the only declaration was made after asAt, then the member had none on asAt', () => {
      const s = cleanBody();
      s.declarations.find((d) => d.personId === 'p-lay4')!.declaredOn = '2015-07-01';
      expect(findingsOf(s, 'register.no-declaration').map((f) => f.personId)).to.deep.equal(['p-lay4']);
    });

    it('when an old nil declaration was confirmed within 12 months, then the confirmation is the latest word', () => {
      const s = cleanBody();
      s.declarations.find((d) => d.personId === 'p-lay4')!.declaredOn = '2013-05-01';
      expect(findingsOf(s, 'register.annual-confirmation-overdue').map((f) => f.message)).to.deep.equal([
        "Dan Lay's latest declaration or confirmation of interests was on 1 May 2013, more than 12 months before 30 June 2015; as a member of Primary Care Commissioning Committee they must confirm their declaration at least every 12 months.",
      ]);
      s.confirmations.push({ personId: 'p-lay4', confirmedOn: '2014-06-30' });
      expect(findingsOf(s, 'register.annual-confirmation-overdue')).to.deep.equal([]);
    });

    it('when asAt is 29 February, then 12 months earlier is 28 February and that day is still in time', () => {
      const s = cleanBody();
      s.asAt = '2016-02-29';
      s.declarations.find((d) => d.personId === 'p-lay4')!.declaredOn = '2015-02-28';
      s.meetings = [];
      s.decisions = [];
      // Everyone else last spoke in April 2015; Dan Lay, on the boundary day, is in time.
      expect(findingsOf(s, 'register.annual-confirmation-overdue')).to.deep.equal([]);
      s.declarations.find((d) => d.personId === 'p-lay4')!.declaredOn = '2015-02-27';
      expect(findingsOf(s, 'register.annual-confirmation-overdue').map((f) => f.personId)).to.deep.equal(['p-lay4']);
    });
  });

  describe('register.late-declaration', () => {
    it('when an interest began before the member joined, then the 28 days run from joining', () => {
      const s = cleanBody();
      // Joined 1 April 2015: the 28th day is 29 April, the 29th is 30 April.
      const onTime = addDeclaration(s, { personId: 'p-lay3', from: '2010-01-01', declaredOn: '2015-04-29', description: 'Trustee of a charity' });
      const late = addDeclaration(s, { personId: 'p-lay4', from: '2010-01-01', declaredOn: '2015-04-30', description: 'Shares in Acme Healthcare Ltd' });
      const found = findingsOf(s, 'register.late-declaration');
      expect(found.map((f) => [f.personId, f.declarationId, f.message])).to.deep.equal([
        ['p-lay4', late.id, "Dan Lay declared 'Shares in Acme Healthcare Ltd' on 30 April 2015, 29 days after joining a committee on 1 April 2015; interests must be declared within 28 days."],
      ]);
      expect(found.map((f) => f.declarationId)).not.to.include(onTime.id);
    });

    it('when an interest began after joining, then the 28 days run from its start and the message names the organisation', () => {
      const s = cleanBody();
      addDeclaration(s, { personId: 'p-lay4', organisationId: 'co-acme', from: '2015-05-10', declaredOn: '2015-06-08' });
      expect(findingsOf(s, 'register.late-declaration').map((f) => f.message)).to.deep.equal([
        'Dan Lay declared an interest in Acme Healthcare Ltd on 8 June 2015, 29 days after the interest began on 10 May 2015; interests must be declared within 28 days.',
      ]);
    });

    it('when the person joined a committee earlier than their current seat, then the first joining counts', () => {
      const s = cleanBody();
      s.committees.push({ id: 'old', name: 'Old Committee', organisationIds: ['swccg'], type: 'other', rulePack: 'nhs-pccc-2017', members: [{ ...membership('p-lay4', 'lay'), from: '2014-01-01', to: '2014-12-31' }] });
      addDeclaration(s, { personId: 'p-lay4', from: '2010-01-01', declaredOn: '2015-04-10' });
      expect(findingsOf(s, 'register.late-declaration').map((f) => f.message)).to.deep.equal([
        "Dan Lay declared an interest in an unnamed organisation on 10 April 2015, 464 days after joining a committee on 1 January 2014; interests must be declared within 28 days.",
      ]);
    });

    it('when an interest ended before the member first joined, then it never had to be declared', () => {
      const s = cleanBody();
      addDeclaration(s, { personId: 'p-lay4', from: '2010-01-01', to: '2015-03-31', declaredOn: '2015-06-01' });
      expect(findingsOf(s, 'register.late-declaration')).to.deep.equal([]);
    });

    it('when a nil declaration is made long after joining, then late-declaration ignores it', () => {
      const s = cleanBody();
      s.declarations.find((d) => d.personId === 'p-lay4')!.declaredOn = '2015-06-20';
      expect(findingsOf(s, 'register.late-declaration')).to.deep.equal([]);
    });
  });
});

describe('register.nil-with-current-interests', () => {
  const nilFindings = (s: Snapshot) => findingsOf(s, 'register.nil-with-current-interests');

  it('when a member makes a nil declaration while an interest they declared is active, then one warning names the nil and the interest', () => {
    const s = cleanBody();
    const nil = addDeclaration(s, { personId: 'p-gp1', type: 'nil', from: null, description: 'Nothing to declare', declaredOn: '2015-05-01' });
    const found = nilFindings(s);
    expect(found.map((f) => [f.severity, f.personId, f.declarationId, f.message])).to.deep.equal([
      [
        'warning',
        'p-gp1',
        nil.id,
        "Dr Jane Doe made a nil declaration on 1 May 2015 while an interest they had declared was current ('Partner at Example Surgery'); a nil declaration says there is nothing to declare, so check which is right.",
      ],
    ]);
  });

  it('when the nil was declared before the interest was, then nothing is found, though the interest began earlier', () => {
    const s = cleanBody();
    addDeclaration(s, { personId: 'p-gp1', type: 'nil', from: null, declaredOn: '2015-04-09' });
    expect(s.declarations[0].declaredOn).to.equal('2015-04-10');
    expect(nilFindings(s)).to.deep.equal([]);
  });

  it('when the nil and the interest were declared the same day, then the interest counts', () => {
    const s = cleanBody();
    addDeclaration(s, { personId: 'p-gp1', type: 'nil', from: null, declaredOn: '2015-04-10' });
    expect(nilFindings(s)).to.have.length(1);
  });

  it('when the interest had ended before the nil, then the nil is right; ending on the nil day still counts', () => {
    const s = cleanBody();
    addDeclaration(s, { personId: 'p-gp1', type: 'nil', from: null, declaredOn: '2015-05-01' });
    s.declarations[0].to = '2015-04-30';
    expect(nilFindings(s)).to.deep.equal([]);
    s.declarations[0].to = '2015-05-01';
    expect(nilFindings(s)).to.have.length(1);
  });

  it('when an interest declared earlier only begins after the nil, then the nil was right on its day', () => {
    const s = cleanBody();
    addDeclaration(s, { personId: 'p-lay4', from: '2015-05-02', declaredOn: '2015-04-01', description: 'Trustee of a charity from May' });
    expect(nilFindings(s)).to.deep.equal([]);
  });

  it('when the nil was made after asAt, or the person is no longer a member on asAt, then it is not reported', () => {
    const s = cleanBody();
    addDeclaration(s, { personId: 'p-gp1', type: 'nil', from: null, declaredOn: '2015-07-01' });
    expect(nilFindings(s)).to.deep.equal([]);
    s.declarations[s.declarations.length - 1].declaredOn = '2015-05-01';
    member(s, 'p-gp1').to = '2015-06-29';
    expect(nilFindings(s)).to.deep.equal([]);
  });

  it('when an indirect interest is current, then it counts as an interest too', () => {
    const s = cleanBody();
    addDeclaration(s, { personId: 'p-lay4', type: 'indirect', heldBy: 'spouse-or-partner', organisationId: 'pv-hosp', description: null, declaredOn: '2015-04-10' });
    expect(nilFindings(s).map((f) => f.message)).to.deep.equal([
      "Dan Lay made a nil declaration on 10 April 2015 while an interest they had declared was current (an interest in Worcestershire Acute Hospitals NHS Trust); a nil declaration says there is nothing to declare, so check which is right.",
    ]);
  });
});
