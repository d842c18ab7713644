import { expect } from 'chai';
import { check, CheckInputError, runCheck } from '../../src/engine';
import { compareFindings } from '../../src/engine/findings';
import { todayUtc } from '../../src/engine/dates';
import { SUBJECT_KEYS, type Finding, type Snapshot } from '../../src/engine/types';
import { addDecision, addDeclaration, addGift, cleanBody, member, run, shippedPacks } from './fixtures';

/** A body with findings of every severity and several of one rule. */
function messyBody(): Snapshot {
  const s = cleanBody();
  member(s, 'p-lay1').category = 'gp';
  member(s, 'p-hw').voting = true;
  s.committees[0].members = s.committees[0].members.filter((m) => m.personId !== 'p-la');
  addDecision(s, { id: 'dec-2', affectsAllPracticesOf: 'swccg' }, [{ personId: 'p-gp1', action: 'left-room' }]);
  addDeclaration(s, { personId: 'p-exec1', organisationName: 'Riverside Practice' });
  addGift(s, { personId: 'p-staff', cashOrVoucher: true, valueGBP: 50, declaredOn: null });
  addGift(s, { personId: 'p-exec2', kind: 'hospitality', valueGBP: 80, declaredOn: null });
  s.declarations = s.declarations.filter((d) => d.personId !== 'p-lay4');
  return s;
}

describe('check', () => {
  it('when a body breaks many rules, then findings are sorted by severity, rule id, subject ids (nulls first) and message', () => {
    const { findings, summary } = run(messyBody());
    expect(findings.length).to.be.greaterThan(8);
    const severities = findings.map((f) => f.severity);
    expect(severities).to.deep.equal([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    for (let i = 1; i < findings.length; i++) expect(compareFindings(findings[i - 1], findings[i]), `${i}`).to.be.at.most(0);
    expect(summary).to.deep.equal({
      error: severities.filter((s) => s === 'error').length,
      warning: severities.filter((s) => s === 'warning').length,
      info: severities.filter((s) => s === 'info').length,
    });
    expect(summary.info).to.equal(1);
    expect(summary.warning).to.be.greaterThan(0);
  });

  it('when findings tie on severity and rule, then a null subject id comes before any id', () => {
    const a: Finding = { ruleId: 'constitution.chair-lay', severity: 'error', committeeId: 'c', personId: null, meetingId: null, decisionId: null, declarationId: null, giftId: null, message: 'z', guidance: '' };
    const b: Finding = { ...a, personId: 'p', message: 'a' };
    expect([b, a].sort(compareFindings)).to.deep.equal([a, b]);
    expect([{ ...a, ruleId: 'gifts.undeclared' as const }, { ...b, severity: 'warning' as const }, a].sort(compareFindings).map((f) => [f.severity, f.ruleId])).to.deep.equal([
      ['error', 'constitution.chair-lay'],
      ['error', 'gifts.undeclared'],
      ['warning', 'constitution.chair-lay'],
    ]);
  });

  it('when any finding is made, then it carries all six subject keys, null where they do not apply', () => {
    for (const finding of run(messyBody()).findings) {
      expect(Object.keys(finding)).to.include.members([...SUBJECT_KEYS]);
      for (const key of SUBJECT_KEYS) expect(finding[key] === null || typeof finding[key] === 'string', `${finding.ruleId} ${key}`).to.equal(true);
    }
  });

  it('when the same snapshot is checked twice, then the JSON is byte for byte the same', () => {
    expect(JSON.stringify(run(messyBody()))).to.equal(JSON.stringify(run(messyBody())));
  });

  it('when asAt is given as an option, then it wins over the snapshot; without either, today is used', () => {
    const s = cleanBody();
    expect(run(s).asAt).to.equal('2015-06-30');
    expect(run(s, { asAt: '2015-06-15' }).asAt).to.equal('2015-06-15');
    delete s.asAt;
    expect(run(s).asAt).to.equal(todayUtc());
    expect(run(s, { asAt: '2015-06-15' }).asAt).to.equal('2015-06-15');
  });

  it('when packs are chosen by default, then the output lists the committee pack and the body-wide packs, sorted', () => {
    const s = cleanBody();
    s.committees.push({ ...s.committees[0], id: 'wf-joint', name: 'Joint Committee', rulePack: 'nhs-pccc-lay-majority', members: [] });
    expect(run(s).rulePacks).to.deep.equal([
      { id: 'nhs-gifts-hospitality-2017', version: '2' },
      { id: 'nhs-pccc-2017', version: '1' },
      { id: 'nhs-pccc-lay-majority', version: '1' },
      { id: 'nhs-register-2017', version: '2' },
    ]);
  });

  it('when packs are named, then exactly those are used for every committee and the body', () => {
    const s = messyBody();
    const gifts = run(s, { packIds: ['nhs-gifts-hospitality-2017'] });
    expect(gifts.rulePacks).to.deep.equal([{ id: 'nhs-gifts-hospitality-2017', version: '2' }]);
    expect([...new Set(gifts.findings.map((f) => f.ruleId.split('.')[0]))]).to.deep.equal(['gifts']);

    member(s, 'p-exec2').category = 'gp';
    const layMajority = run(s, { packIds: ['nhs-pccc-lay-majority'] });
    expect(layMajority.findings.map((f) => f.ruleId)).to.include('constitution.gp-cap');
    expect(layMajority.findings.some((f) => f.ruleId.startsWith('register.'))).to.equal(false);
  });

  it('when two named packs enable the same rule, then the one named last wins, and a rule only the first enables still runs', () => {
    const s = messyBody();
    const packs = Object.fromEntries(shippedPacks().map((p) => [p.id, p]));
    const doc = run(s, { packIds: ['nhs-pccc-lay-majority', 'nhs-pccc-2017'] });
    const majority = doc.findings.filter((f) => f.ruleId === 'constitution.voting-majority');
    // Two GPs (the chair and Dr Jane Doe) and a voting Healthwatch member: lay and executive
    // members hold 5 of 8 votes, a majority for nhs-pccc-2017; lay members alone (3) would not be.
    expect(majority).to.deep.equal([]);
    const cap = doc.findings.find((f) => f.ruleId === 'constitution.gp-cap');
    expect(cap?.guidance).to.equal(packs['nhs-pccc-lay-majority'].rules['constitution.gp-cap']?.guidance);
    const chair = doc.findings.find((f) => f.ruleId === 'constitution.chair-lay');
    expect(chair?.guidance).to.equal(packs['nhs-pccc-2017'].rules['constitution.chair-lay']?.guidance);
    expect(doc.rulePacks.map((p) => p.id)).to.deep.equal(['nhs-pccc-2017', 'nhs-pccc-lay-majority']);
  });

  it("when a committee's pack is not loaded, then check throws CheckInputError and runCheck lists the problem", () => {
    const s = cleanBody();
    s.committees[0].rulePack = 'ours';
    expect(() => check(s, shippedPacks())).to.throw(CheckInputError, /committees\[0\]\.rulePack/);
    const result = runCheck(s, shippedPacks());
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.errors.map((e) => e.path)).to.deep.equal(['committees[0].rulePack']);
  });

  it('when the body-wide packs are missing from the library, then that is reported rather than silently skipped', () => {
    const onlyCommittees = shippedPacks().filter((p) => p.id.startsWith('nhs-pccc'));
    const result = runCheck(cleanBody(), onlyCommittees);
    expect(!result.ok && result.errors.map((e) => e.message)).to.deep.equal([
      'body-wide rule pack "nhs-gifts-hospitality-2017" is not loaded (loaded packs: nhs-pccc-2017, nhs-pccc-lay-majority)',
      'body-wide rule pack "nhs-register-2017" is not loaded (loaded packs: nhs-pccc-2017, nhs-pccc-lay-majority)',
    ]);
  });

  it('when the asAt option is not a real date, then runCheck reports it together with snapshot problems', () => {
    const s = cleanBody();
    s.people[0].name = '';
    const result = runCheck(s, shippedPacks(), { asAt: '2015-02-30' });
    expect(!result.ok && result.errors).to.deep.equal([
      { path: 'people[0].name', message: 'is not allowed to be empty' },
      { path: 'options.asAt', message: 'must be a real date in the form YYYY-MM-DD' },
    ]);
    expect(() => check(cleanBody(), shippedPacks(), { asAt: '2015-02-30' })).to.throw(CheckInputError, /options\.asAt/);
  });

  it('when a hand-built pack enables a quorum rule without committee settings, then it is refused', () => {
    const pccc = shippedPacks().find((p) => p.id === 'nhs-pccc-2017')!;
    const broken = { ...pccc, committee: null };
    const result = runCheck(cleanBody(), [...shippedPacks().filter((p) => p !== pccc), broken]);
    expect(!result.ok && result.errors.map((e) => e.path)).to.deep.equal(['rulePacks.nhs-pccc-2017']);
  });
});
