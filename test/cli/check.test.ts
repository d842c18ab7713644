import { expect } from 'chai';
import { check } from '../../src/engine';
import type { FindingsDocument } from '../../src/engine';
import { addDecision, cleanBody, icbBody, member, shippedPacks } from '../engine/fixtures';
import { coi, writeTemp } from './helpers';

/** A body with errors in the committee and body-wide, and an info finding. */
function failingBody() {
  const s = cleanBody();
  member(s, 'p-lay1').category = 'gp';
  s.declarations = s.declarations.filter((d) => d.personId !== 'p-lay4');
  addDecision(s, { id: 'dec-2', affectsAllPracticesOf: 'swccg' }, [{ personId: 'p-gp1', action: 'left-room' }]);
  return s;
}

describe('coi check', () => {
  it('when the snapshot is compliant, then the text report says so and the exit code is 0', async () => {
    const run = await coi('check', writeTemp('clean.json', cleanBody()));
    expect(run.code).to.equal(0);
    expect(run.stderr).to.equal('');
    expect(run.stdout).to.equal(
      [
        'Compliance check as at 30 June 2015',
        'Rule packs: nhs-gifts-hospitality-2017 (version 2), nhs-pccc-2017 (version 1), nhs-register-2017 (version 2)',
        '',
        'Primary Care Commissioning Committee (sw-pccc): no findings',
        '',
        'Body-wide (registers of interests, gifts and hospitality): no findings',
        '',
        'Summary: 0 errors, 0 warnings, 0 info',
        '',
      ].join('\n'),
    );
  });

  it('when there are error findings and JSON is asked for, then stdout is the findings document (2-space indent, newline) and the exit code is 1', async () => {
    const s = failingBody();
    const run = await coi('check', writeTemp('failing.json', s), '--format', 'json');
    expect(run.code).to.equal(1);
    const expected: FindingsDocument = check(s, shippedPacks());
    expect(run.stdout).to.equal(`${JSON.stringify(expected, null, 2)}\n`);
    expect(expected.summary).to.deep.equal({ error: 2, warning: 0, info: 1 });
  });

  it('when there are findings, then the text report groups them by committee and then body-wide, with a summary', async () => {
    const run = await coi('check', writeTemp('failing.json', failingBody()));
    expect(run.code).to.equal(1);
    const committee = run.stdout.indexOf('Primary Care Commissioning Committee (sw-pccc): 1 error, 0 warnings, 1 info');
    const body = run.stdout.indexOf('Body-wide (registers of interests, gifts and hospitality): 1 error, 0 warnings, 0 info');
    expect(committee).to.be.greaterThan(0);
    expect(body).to.be.greaterThan(committee);
    expect(run.stdout.slice(committee, body)).to.contain('  ERROR   constitution.chair-lay\n          The chair of Primary Care Commissioning Committee, Ann Example, is a GP');
    expect(run.stdout.slice(committee, body)).to.contain('  INFO    conflict.managed\n');
    expect(run.stdout.slice(body)).to.contain('  ERROR   register.no-declaration\n          Dan Lay sits on');
    expect(run.stdout).to.contain('          Guidance: Revised statutory guidance');
    expect(run.stdout.endsWith('Summary: 2 errors, 0 warnings, 1 info\n')).to.equal(true);
  });

  it('when only warnings are found, then the exit code is 0', async () => {
    const s = cleanBody();
    s.committees[0].members = s.committees[0].members.filter((m) => m.personId !== 'p-la');
    const run = await coi('check', writeTemp('warnings.json', s), '--format', 'json');
    expect(run.code).to.equal(0);
    expect(JSON.parse(run.stdout).summary).to.deep.equal({ error: 0, warning: 1, info: 0 });
  });

  it('when --as-at is given, then it overrides the snapshot date', async () => {
    const run = await coi('check', writeTemp('clean.json', cleanBody()), '--as-at', '2016-06-30', '--format=json');
    const doc = JSON.parse(run.stdout) as FindingsDocument;
    expect(doc.asAt).to.equal('2016-06-30');
    // A year on, every declaration is more than 12 months old.
    expect(doc.findings.filter((f) => f.ruleId === 'register.annual-confirmation-overdue')).to.have.length(9);
    expect(run.code).to.equal(1);
  });

  it('when --pack names packs, then exactly those are used', async () => {
    const run = await coi('check', writeTemp('failing.json', failingBody()), '--pack', 'nhs-register-2017', '--format', 'json');
    const doc = JSON.parse(run.stdout) as FindingsDocument;
    expect(doc.rulePacks.map((p) => p.id)).to.deep.equal(['nhs-register-2017']);
    expect(doc.findings.map((f) => f.ruleId)).to.deep.equal(['register.no-declaration']);
  });

  it("when a committee's pack comes from --rules, then it is used; without --rules the snapshot is refused", async () => {
    const s = cleanBody();
    s.committees[0].rulePack = 'ours';
    const snapshot = writeTemp('ours-snapshot.json', s);
    const pack = writeTemp('ours.yaml', 'id: ours\nversion: 1\ntitle: Ours\nextends: nhs-pccc-2017\ncommittee:\n  quorum: { minimumVoting: 6 }\nrules: {}\n');
    const withPack = await coi('check', snapshot, '--rules', pack, '--format', 'json');
    expect(withPack.code).to.equal(1);
    const doc = JSON.parse(withPack.stdout) as FindingsDocument;
    expect(doc.rulePacks.map((p) => `${p.id}@${p.version}`)).to.include('ours@1');
    expect(doc.findings.map((f) => f.ruleId)).to.deep.equal(['meeting.inquorate']);

    const without = await coi('check', snapshot);
    expect(without.code).to.equal(2);
    expect(without.stderr).to.contain(`coi: ${snapshot} is not a valid snapshot (1 problem):\n  committees[0].rulePack: rule pack "ours" of committee "sw-pccc" is not loaded`);
  });

  describe('bad input exits 2 with a message naming the file and the problem', () => {
    it('when the file does not exist, then it says it cannot read it', async () => {
      const run = await coi('check', '/no/such/snapshot.json');
      expect([run.code, run.stdout, run.stderr]).to.deep.equal([2, '', 'coi: cannot read /no/such/snapshot.json: no such file\n']);
    });

    it("when the file is not JSON, then it says so with the parser's reason", async () => {
      const file = writeTemp('broken.json', '{"snapshotVersion": 1,');
      const run = await coi('check', file);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(new RegExp(`^coi: ${file.replace(/[.]/g, '\\.')} is not valid JSON: `));
    });

    it('when the snapshot is invalid, then every problem is listed with its path', async () => {
      const s = cleanBody() as unknown as { committees: { members: { category: string }[] }[]; declarations: { personId: string }[] };
      s.committees[0].members[2].category = 'bishop';
      s.declarations[0].personId = 'p-ghost';
      const file = writeTemp('invalid.json', s);
      const run = await coi('check', file);
      expect(run.code).to.equal(2);
      expect(run.stdout).to.equal('');
      expect(run.stderr).to.equal(
        `coi: ${file} is not a valid snapshot (2 problems):\n` +
          '  committees[0].members[2].category: must be one of [lay, executive, gp, nurse, secondary-care-doctor, other-clinician, nhs-england, local-authority, healthwatch, practice-manager, officer, other, non-executive, partner-member]\n' +
          '  declarations[0].personId: unknown person "p-ghost"\n',
      );
    });

    it('when a pack given with --rules is bad, then the file, rule and field are named', async () => {
      const pack = writeTemp('bad-pack.yaml', 'id: bad\nversion: 1\ntitle: Bad\nextends: nhs-pccc-2017\nrules:\n  constitution.gp-cap:\n    params: { maxGps: lots }\n');
      const run = await coi('check', writeTemp('clean.json', cleanBody()), '--rules', pack);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.equal(`coi: bad rule pack:\n  ${pack}: rule constitution.gp-cap: params.maxGps must be a number\n`);
    });

    for (const [flags, message] of [
      [['--as-at', '2015-13-40'], '--as-at 2015-13-40 is not a real date in the form YYYY-MM-DD'],
      [['--format', 'xml'], '--format xml is not one of text, json'],
      [['--colour'], "Unknown option '--colour'"],
      [['--as-at'], "Option '--as-at <value>' argument missing"],
    ] as const) {
      it(`when the flags are ${flags.join(' ')}, then the flag is named with the usage`, async () => {
        const run = await coi('check', writeTemp('clean.json', cleanBody()), ...flags);
        expect(run.code).to.equal(2);
        expect(run.stdout).to.equal('');
        expect(run.stderr.split('\n')[0]).to.contain(`coi check: ${message}`);
        expect(run.stderr).to.contain('Usage: coi check <snapshot.json>');
      });
    }

    it('when no snapshot file or two are named, then it asks for one', async () => {
      expect((await coi('check')).stderr).to.match(/^coi check: name the snapshot file to check\n/);
      expect((await coi('check', 'a.json', 'b.json')).stderr).to.match(/^coi check: expected one snapshot file, got 2\n/);
    });
  });
});

describe('coi check on constitutions as data', () => {
  /**
   * An ICB board a non-executive short whose meeting had 5 of its 10 members; a PCCC on the body's own pack
   * (at least five lay members) whose own quorum asks for two executives; small gifts from one supplier,
   * named three ways that normalise alike, adding up to £55 and never declared.
   */
  function constitutionsBody() {
    const s = icbBody();
    const pccc = cleanBody();
    s.committees.push({ ...pccc.committees[0], rulePack: 'ours', quorum: { present: [{ id: 'executives', label: 'executives', categories: ['executive'], min: 2 }] } });
    s.people.push(...pccc.people);
    s.declarations.push(...pccc.declarations);
    s.confirmations.push(...pccc.people.map((p) => ({ personId: p.id, confirmedOn: '2023-04-01' })));
    s.meetings.push(...pccc.meetings);
    s.decisions.push(...pccc.decisions);
    member(s, 'p-ned2').to = '2023-06-01';
    s.meetings[0].present = s.meetings[0].present.filter((id) => id !== 'p-pm-trust');
    ['Marches Medical Ltd', 'MARCHES MEDICAL LIMITED', 'the Marches Medical'].forEach((fromName, i) =>
      s.giftsAndHospitality.push({ id: `g-mm-${i}`, personId: 'p-cfo', kind: 'gift', fromName, description: 'Small gift', valueGBP: [20, 20, 15][i], offeredOn: `2023-0${2 * i + 1}-10`, accepted: true, declaredOn: null }),
    );
    return s;
  }

  const OURS = `id: ours
version: 1
title: Our PCCC
source: Our terms of reference
extends: nhs-pccc-2017
rules:
  constitution.composition:
    enabled: true
    severity: error
    guidance: Our terms of reference, section 3
    params:
      requirements:
        - { id: lay-members, label: lay members, categories: [lay], min: 5 }
`;

  it('when the snapshot has an ICB board, a committee with its own requirements and quorum, and small gifts from one source, then exactly the findings the spec defines are given', async () => {
    const run = await coi('check', writeTemp('constitutions.json', constitutionsBody()), '--rules', writeTemp('ours.yaml', OURS), '--format', 'json');
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(1);
    const document = JSON.parse(run.stdout) as FindingsDocument;
    expect(document.findings.map((f) => [f.ruleId, f.committeeId ?? f.personId, f.requirementId ?? f.meetingId ?? f.giftId, f.message])).to.deep.equal([
      ['constitution.composition', 'icb-board', 'non-executives', 'NHS Example ICB Board has 1 independent non-executive member; it needs at least 2.'],
      ['constitution.composition', 'sw-pccc', 'lay-members', 'Primary Care Commissioning Committee has 4 lay members; it needs at least 5.'],
      ['meeting.inquorate', 'icb-board', 'icb-m-1', "The meeting of NHS Example ICB Board on 10 May 2023 was inquorate: only 5 of the committee's 10 voting members were present, not more than half."],
      ['meeting.inquorate', 'sw-pccc', 'm-1', 'The meeting of Primary Care Commissioning Committee on 10 June 2015 was inquorate: only 1 executive was present (the quorum needs at least 2).'],
      [
        'gifts.cumulative-from-source',
        'p-cfo',
        'g-mm-2',
        'Frank Finance accepted 3 gifts from Marches Medical Ltd worth £55 in all in the 12 months to 30 June 2023, each worth less than £50. Gifts from one source that reach £50 together must be declared within 28 days of each offer; none of these was.',
      ],
    ]);
    expect(document.rulePacks).to.deep.equal([
      { id: 'nhs-gifts-hospitality-2017', version: '2' },
      { id: 'nhs-icb-board-2022', version: '1' },
      { id: 'nhs-register-2017', version: '2' },
      { id: 'ours', version: '1' },
    ]);
  });
});
