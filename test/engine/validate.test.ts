import { expect } from 'chai';
import { validateSnapshot } from '../../src/engine';
import type { Snapshot } from '../../src/engine/types';
import { addDecision, cleanBody, shippedPacks } from './fixtures';

function problems(input: unknown, options = {}): { path: string; message: string }[] {
  const result = validateSnapshot(input, options);
  return result.ok ? [] : result.errors;
}

/** The clean body as plain JSON, to break in ways the types forbid (hence the untyped access). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function raw(change: (s: any) => void): unknown {
  const s = JSON.parse(JSON.stringify(cleanBody()));
  change(s);
  return s;
}

describe('validateSnapshot', () => {
  it('when the snapshot is the clean body, then it is valid and returned', () => {
    const result = validateSnapshot(cleanBody());
    expect(result.ok).to.equal(true);
    expect(result.ok && result.snapshot.committees[0].id).to.equal('sw-pccc');
  });

  it('when several fields are wrong, then every problem is listed with its path', () => {
    const found = problems(
      raw((s) => {
        s.committees[0].members[2].category = 'bishop';
        s.committees[0].members[3].voting = 'yes';
        s.declarations[0].declaredOn = '2015-13-40';
        delete s.people[1].name;
        s.giftsAndHospitality[0].valueGBP = '30';
        s.decisions[0].kind = undefined;
        s.meetings[0].present[1] = 42;
        s.decisions[0].affectedOrganisationIds = 'pv-hosp';
      }),
    );
    expect(found.map((p) => p.path)).to.have.members([
      'committees[0].members[2].category',
      'committees[0].members[3].voting',
      'declarations[0].declaredOn',
      'people[1].name',
      'giftsAndHospitality[0].valueGBP',
      'decisions[0].kind',
      'meetings[0].present[1]',
      'decisions[0].affectedOrganisationIds',
    ]);
    expect(found.find((p) => p.path === 'meetings[0].present[1]')?.message).to.equal('must be a string');
    expect(found.find((p) => p.path === 'decisions[0].affectedOrganisationIds')?.message).to.equal('must be an array');
    expect(found.find((p) => p.path === 'declarations[0].declaredOn')?.message).to.equal('must be a real date in the form YYYY-MM-DD');
    expect(found.find((p) => p.path === 'people[1].name')?.message).to.equal('is required');
  });

  it('when ids refer to nothing, then each unknown id is an error at the place it is used', () => {
    const found = problems(
      raw((s) => {
        s.committees[0].members[0].personId = 'p-ghost';
        s.declarations[0].organisationId = 'org-ghost';
        s.confirmations[0].personId = 'p-ghost2';
        s.giftsAndHospitality[0].approvedBy = 'p-ghost3';
        s.meetings[0].committeeId = 'c-ghost';
        s.meetings[0].present.push('p-ghost4');
        s.meetings[0].items[1].participation = [{ personId: 'p-ghost5', action: 'voted' }];
        s.decisions[0].affectedOrganisationIds.push('org-ghost2');
        s.decisions[0].affectsAllPracticesOf = 'ccg-ghost';
        s.organisations[2].memberOfId = 'ccg-ghost2';
      }),
    );
    expect(found).to.deep.include.members([
      { path: 'committees[0].members[0].personId', message: 'unknown person "p-ghost"' },
      { path: 'declarations[0].organisationId', message: 'unknown organisation "org-ghost"' },
      { path: 'confirmations[0].personId', message: 'unknown person "p-ghost2"' },
      { path: 'giftsAndHospitality[0].approvedBy', message: 'unknown person "p-ghost3"' },
      { path: 'meetings[0].committeeId', message: 'unknown committee "c-ghost"' },
      { path: 'meetings[0].present[7]', message: 'unknown person "p-ghost4"' },
      { path: 'meetings[0].items[1].participation[0].personId', message: 'unknown person "p-ghost5"' },
      { path: 'decisions[0].affectedOrganisationIds[1]', message: 'unknown organisation "org-ghost2"' },
      { path: 'decisions[0].affectsAllPracticesOf', message: 'unknown organisation "ccg-ghost"' },
      { path: 'organisations[2].memberOfId', message: 'unknown organisation "ccg-ghost2"' },
    ]);
  });

  it('when a decision or meeting refers to an unknown meeting or decision, then that is an error', () => {
    const found = problems(
      raw((s) => {
        s.decisions[0].meetingId = 'm-ghost';
        s.meetings[0].items[0].decisionId = 'dec-ghost';
      }),
    );
    expect(found).to.deep.include.members([
      { path: 'decisions[0].meetingId', message: 'unknown meeting "m-ghost"' },
      { path: 'meetings[0].items[0].decisionId', message: 'unknown decision "dec-ghost"' },
    ]);
  });

  it('when ids repeat within a list, then each duplicate is an error naming the first', () => {
    const found = problems(
      raw((s) => {
        s.people.push({ id: 'p-lay1', name: 'Someone Else' });
        s.declarations[1].id = 'd-gp1';
        s.meetings[0].items[1].id = 'm-1-1';
      }),
    );
    expect(found).to.deep.include.members([
      { path: 'people[10].id', message: 'duplicate id "p-lay1" (also people[0])' },
      { path: 'declarations[1].id', message: 'duplicate id "d-gp1" (also declarations[0])' },
      { path: 'meetings[0].items[1].id', message: 'duplicate id "m-1-1" (also meetings[0].items[0])' },
    ]);
  });

  it('when an id is listed twice in one list, then the repeat is an error, known or not; the same id in two lists is not', () => {
    const found = problems(
      raw((s) => {
        s.decisions[0].affectedOrganisationIds = ['pv-hosp', 'org-none', 'pv-hosp', 'org-none'];
        s.meetings[0].items[1].participation = [
          { personId: 'p-gp1', action: 'voted' },
          { personId: 'p-gp1', action: 'abstained' },
        ];
        s.meetings[0].items[0].participation = [{ personId: 'p-gp1', action: 'voted' }];
      }),
    );
    expect(found).to.deep.equal([
      { path: 'meetings[0].items[1].participation[1].personId', message: '"p-gp1" has more than one entry on this item' },
      { path: 'decisions[0].affectedOrganisationIds[1]', message: 'unknown organisation "org-none"' },
      { path: 'decisions[0].affectedOrganisationIds[2]', message: '"pv-hosp" is listed more than once' },
      { path: 'decisions[0].affectedOrganisationIds[3]', message: 'unknown organisation "org-none"' },
      { path: 'decisions[0].affectedOrganisationIds[3]', message: '"org-none" is listed more than once' },
    ]);
  });

  it('when periods run backwards or one person holds two overlapping seats, then those are errors', () => {
    const found = problems(
      raw((s) => {
        s.declarations[0].to = '2008-12-31';
        s.committees[0].members.push({ personId: 'p-gp1', category: 'gp', role: 'member', voting: true, from: '2015-05-01', to: null });
      }),
    );
    expect(found).to.deep.equal([
      { path: 'committees[0].members[9]', message: 'overlaps committees[0].members[6]: a person holds one seat on a committee at a time' },
      { path: 'declarations[0].to', message: 'ends (2008-12-31) before it begins (2009-01-01)' },
    ]);
  });

  it('when a person rejoins after leaving, then the two seats do not overlap', () => {
    const s = cleanBody();
    s.committees[0].members[6].to = '2015-04-30';
    s.committees[0].members.push({ personId: 'p-gp1', category: 'gp', role: 'member', voting: true, from: '2015-05-01', to: null });
    expect(problems(s)).to.deep.equal([]);
  });

  it('when meetings, items and decisions disagree, then each disagreement is an error', () => {
    const s = cleanBody();
    s.committees.push({ ...s.committees[0], id: 'other', members: [] });
    s.meetings.push({ id: 'm-2', committeeId: 'other', date: '2015-06-11', present: [], items: [{ id: 'm-2-1', title: 'Same decision again', decisionId: 'dec-1' }] });
    addDecision(s, { id: 'dec-2', committeeId: 'other' });
    expect(problems(s)).to.deep.equal([
      { path: 'meetings[1].items[0].decisionId', message: 'decision "dec-1" was taken at meeting "m-1", not this one' },
      { path: 'meetings[1].items[0].decisionId', message: 'decision "dec-1" is already recorded by meetings[0].items[1]' },
      { path: 'decisions[1].meetingId', message: 'meeting "m-1" is a meeting of committee "sw-pccc", not "other"' },
    ]);
  });

  it('when a declaration other than nil has no start date, then that is an error; a nil one needs none', () => {
    const found = problems(raw((s) => (s.declarations[0].from = null)));
    expect(found).to.deep.equal([{ path: 'declarations[0].from', message: 'must be the date the interest began (only a nil declaration has none)' }]);
  });

  it("when a committee's rule pack is not loaded, then it is an error only if packs are given and the committee's pack is needed", () => {
    const s: Snapshot = cleanBody();
    s.committees[0].rulePack = 'ours';
    expect(problems(s)).to.deep.equal([]);
    expect(problems(s, { packs: shippedPacks() })).to.deep.equal([
      {
        path: 'committees[0].rulePack',
        message: 'rule pack "ours" of committee "sw-pccc" is not loaded (loaded packs: nhs-gifts-hospitality-2017, nhs-icb-board-2022, nhs-pccc-2017, nhs-pccc-lay-majority, nhs-register-2017)',
      },
    ]);
    expect(problems(s, { packs: shippedPacks(), packIds: ['nhs-pccc-2017'] })).to.deep.equal([]);
    expect(problems(s, { packs: shippedPacks(), packIds: ['nope'] }).map((p) => p.path)).to.deep.equal(['packIds[0]']);
  });

  it('when the input is not an object, or lists are missing, then it says so without throwing', () => {
    expect(problems(null)).to.deep.equal([{ path: '(snapshot)', message: 'must be of type object' }]);
    expect(problems([])).to.deep.equal([{ path: '(snapshot)', message: 'must be of type object' }]);
    expect(problems({ snapshotVersion: 2 }).map((p) => p.path)).to.deep.equal([
      'snapshotVersion',
      'organisations',
      'people',
      'committees',
      'declarations',
      'confirmations',
      'giftsAndHospitality',
      'meetings',
      'decisions',
    ]);
  });

  it('when producers add fields of their own, then the snapshot is still valid', () => {
    const input = raw((s) => {
      s.generatedBy = 'snapshot-builder';
      s.people[0].staffNumber = 42;
      s.decisions[0].minuteRef = 'PCCC/15/06';
    });
    expect(problems(input)).to.deep.equal([]);
  });
});
