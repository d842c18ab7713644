import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine';
import { loadPack, loadPacks, loadShippedPacks, PackLoadError, shippedRulesDir } from '../../src/rules';
import { projectRoot } from '../../src/paths';
import { cleanBody, member } from '../engine/fixtures';

const folders: string[] = [];
after(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Writes pack files to a fresh temporary folder and returns it. */
function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coi-packs-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The problems a load reports (the test fails if it loads). */
function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    expect(error).to.be.instanceOf(PackLoadError);
    return (error as PackLoadError).problems;
  }
  throw new Error('expected the load to fail');
}

const BASE = `id: base
version: 1
title: Base
source: Somewhere
rules:
`;

describe('rule pack loading', () => {
  it('when the shipped packs are loaded, then all five are there, each with a source and its rules', () => {
    const packs = loadShippedPacks();
    expect(packs.map((p) => [p.id, p.version])).to.deep.equal([
      ['nhs-gifts-hospitality-2017', '2'],
      ['nhs-icb-board-2022', '1'],
      ['nhs-pccc-2017', '1'],
      ['nhs-pccc-lay-majority', '1'],
      ['nhs-register-2017', '2'],
    ]);
    for (const pack of packs) {
      expect(pack.title).to.be.a('string').and.not.equal('');
      expect(pack.source).to.match(/NHS England/);
      expect(Object.keys(pack.rules)).not.to.be.empty;
    }
    expect(shippedRulesDir()).to.equal(path.join(projectRoot, 'rules'));
    expect(fs.existsSync(path.join(projectRoot, 'package.json'))).to.equal(true);
  });

  it('when nhs-pccc-lay-majority extends nhs-pccc-2017, then it inherits what it does not override', () => {
    const packs = Object.fromEntries(loadShippedPacks().map((p) => [p.id, p]));
    const base = packs['nhs-pccc-2017'];
    const lay = packs['nhs-pccc-lay-majority'];
    expect(lay.extends).to.equal('nhs-pccc-2017');
    expect(base.committee).to.deep.equal({ countedCategories: ['lay', 'executive', 'nhs-england'], quorum: { minimumVoting: 4 } });
    expect(lay.committee).to.deep.equal({ countedCategories: ['lay'], quorum: { minimumVoting: 4 } });
    expect(base.rules['constitution.gp-cap']?.enabled).to.equal(false);
    expect(lay.rules['constitution.gp-cap']).to.deep.include({ enabled: true, severity: 'error', params: { maxGps: 1 } });
    expect(lay.rules['constitution.chair-lay']).to.deep.equal(base.rules['constitution.chair-lay']);
    expect(lay.rules['constitution.voting-majority']?.guidance).not.to.equal(base.rules['constitution.voting-majority']?.guidance);
    expect(Object.keys(lay.rules).sort()).to.deep.equal(Object.keys(base.rules).sort());
  });

  it("when a body's own pack is 'nhs-pccc-2017 but quorum 5 and at most two GPs' (the README example), then a committee using it is checked that way", () => {
    const readme = fs.readFileSync(path.join(projectRoot, 'rules', 'README.md'), 'utf8');
    const example = /```yaml\n(# ours\.yaml[\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'README has the ours.yaml example').to.be.a('string');
    const dir = folderWith({ 'ours.yaml': example as string });
    const packs = loadPacks([shippedRulesDir(), dir]);
    const ours = packs.find((p) => p.id === 'ours');
    expect(ours?.committee?.quorum?.minimumVoting).to.equal(5);
    expect(ours?.rules['constitution.gp-cap']).to.deep.include({ enabled: true, params: { maxGps: 2 } });

    const s = cleanBody();
    s.committees[0].rulePack = 'ours';
    s.meetings[0].present = ['p-lay1', 'p-lay2', 'p-exec1', 'p-gp1'];
    ['p-lay3', 'p-lay4'].forEach((id) => (member(s, id).category = 'gp'));
    const ruleIds = check(s, packs).findings.map((f) => f.ruleId);
    expect(ruleIds).to.include.members(['meeting.inquorate', 'constitution.gp-cap']);
    expect(loadPack(path.join(dir, 'ours.yaml')).id).to.equal('ours');
  });

  it('when a derived pack changes one parameter, then the other parameters and fields are inherited (deep merge)', () => {
    const dir = folderWith({
      'strict-gifts.yaml': `id: strict-gifts
version: "2"
title: Stricter gifts
extends: nhs-gifts-hospitality-2017
rules:
  gifts.undeclared:
    params:
      days: 14
  gifts.cash-or-voucher:
    severity: warning
`,
    });
    const pack = loadPack(path.join(dir, 'strict-gifts.yaml'));
    expect(pack.source).to.match(/Managing conflicts of interest in the NHS/);
    expect(pack.rules['gifts.undeclared']).to.deep.include({ enabled: true, severity: 'error', params: { giftMinimumGBP: 50, hospitalityMinimumGBP: 25, days: 14 } });
    expect(pack.rules['gifts.cash-or-voucher']?.severity).to.equal('warning');
    expect(pack.version).to.equal('2');
  });

  it('when a parameter has the wrong type, then the error names the file, the rule and the field', () => {
    const dir = folderWith({ 'ours.yaml': `${BASE}  constitution.gp-cap:\n    enabled: true\n    severity: error\n    guidance: Cap\n    params:\n      maxGps: two\n` });
    expect(problemsOf(() => loadPacks([dir]))).to.deep.equal([`${path.join(dir, 'ours.yaml')}: rule constitution.gp-cap: params.maxGps must be a number`]);
  });

  it('when paths are inside the working folder, then messages show them relative to it', () => {
    const dir = fs.mkdtempSync(path.join(projectRoot, 'dist', 'coi-packs-'));
    try {
      fs.writeFileSync(path.join(dir, 'ours.yaml'), `${BASE}  gifts.nope: {}\n`);
      const problems = problemsOf(() => loadPacks([dir]));
      expect(problems[0]).to.match(new RegExp(`^${path.relative(process.cwd(), dir)}/ours\\.yaml: rule gifts\\.nope: unknown rule id`));
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  it('when a rule id is unknown, a parameter is missing or unknown, or a severity is wrong, then every problem is listed', () => {
    const dir = folderWith({
      'a.yaml': `${BASE}  constitution.gp-limit:
    enabled: true
  constitution.gp-cap:
    enabled: true
    severity: error
    guidance: Cap
  gifts.undeclared:
    enabled: true
    severity: urgent
    guidance: Declare
    params: { giftMinimumGBP: 50, hospitalityMinimumGBP: 25, days: 28, weeks: 4 }
`,
    });
    const file = path.join(dir, 'a.yaml');
    expect(problemsOf(() => loadPacks([dir]))).to.have.members([
      `${file}: rule constitution.gp-limit: unknown rule id (known rules: constitution.voting-majority, constitution.gp-minority, constitution.gp-cap, constitution.chair-lay, constitution.vice-chair-lay, constitution.non-voting-seats, constitution.composition, meeting.inquorate, register.no-declaration, register.annual-confirmation-overdue, register.late-declaration, register.nil-with-current-interests, gifts.cash-or-voucher, gifts.supplier-gift-accepted, gifts.undeclared, gifts.hospitality-unapproved, gifts.cumulative-from-source, conflict.voted-while-conflicted, conflict.undeclared-at-decision, conflict.managed, conflict.inquorate-after-exclusions, conflict.possible-name-match)`,
      `${file}: rule gifts.undeclared: severity must be one of [error, warning, info]`,
      `${file}: rule gifts.undeclared: params.weeks is not allowed`,
    ]);
    // Once the shape is right, completeness is checked: the missing parameter is named.
    fs.writeFileSync(file, `${BASE}  constitution.gp-cap:\n    enabled: true\n    severity: error\n    guidance: Cap\n`);
    expect(problemsOf(() => loadPacks([dir]))).to.deep.equal([`${file}: rule constitution.gp-cap: params.maxGps is required`]);
  });

  it('when a pack lacks its header fields, then each is named', () => {
    const dir = folderWith({ 'a.yaml': 'version: [1]\nrules: {}\ncolour: blue\n' });
    const file = path.join(dir, 'a.yaml');
    expect(problemsOf(() => loadPacks([dir]))).to.have.members([
      `${file}: id is required`,
      `${file}: version must be one of [string, number]`,
      `${file}: title is required`,
      `${file}: colour is not allowed`,
    ]);
  });

  it('when a base pack leaves out what a derived pack must have, then the derived pack reports it', () => {
    const dir = folderWith({
      'ours.yaml': `id: ours\nversion: 1\ntitle: Ours\nsource: Our constitution\nrules:\n  meeting.inquorate:\n    enabled: true\n    severity: error\n    guidance: Quorum\n`,
    });
    expect(problemsOf(() => loadPacks([dir]))).to.deep.equal([`${path.join(dir, 'ours.yaml')}: committee (used by meeting.inquorate): is required`]);
  });

  it('when a pack extends an unknown pack or the packs extend in a cycle, then those are errors', () => {
    const dir = folderWith({
      'a.yaml': 'id: a\nversion: 1\ntitle: A\nextends: b\nrules: {}\n',
      'b.yaml': 'id: b\nversion: 1\ntitle: B\nextends: a\nrules: {}\n',
      'c.yaml': 'id: c\nversion: 1\ntitle: C\nextends: nowhere\nrules: {}\n',
      'd.yaml': 'id: d\nversion: 1\ntitle: D\nextends: d\nrules: {}\n',
    });
    expect(problemsOf(() => loadPacks([dir]))).to.deep.equal([
      `${path.join(dir, 'b.yaml')}: extends: cycle a -> b -> a`,
      `${path.join(dir, 'c.yaml')}: extends: unknown pack "nowhere" (loaded packs: a, b, c, d)`,
      `${path.join(dir, 'd.yaml')}: extends: cycle d -> d`,
    ]);
  });

  it('when a file is not YAML, then the error names the file and the line', () => {
    const dir = folderWith({ 'bad.yml': 'id: bad\nrules: [1,\n  2\nversion: 1\n' });
    const [problem] = problemsOf(() => loadPacks([dir]));
    expect(problem).to.match(new RegExp(`^${path.join(dir, 'bad.yml').replace(/[.]/g, '\\.')}: not valid YAML: .+ \\(line \\d+, column \\d+\\)$`));
  });

  it('when two files in one folder share an id, then that is an error; a later argument replaces an earlier pack', () => {
    const dir = folderWith({ 'a.yaml': BASE.replace('rules:', 'rules: {}'), 'b.yaml': 'id: base\nversion: 2\ntitle: Again\nsource: S\nrules: {}\n' });
    expect(problemsOf(() => loadPacks([dir]))).to.deep.equal([`${path.join(dir, 'b.yaml')}: pack id "base" is already used by ${path.join(dir, 'a.yaml')}`]);

    const shippedText = fs.readFileSync(path.join(shippedRulesDir(), 'nhs-pccc-2017.yaml'), 'utf8');
    const override = folderWith({ 'pccc.yaml': shippedText.replace('version: "1"', 'version: "9"').replace('minimumVoting: 4', 'minimumVoting: 6') });
    const packs = loadPacks([shippedRulesDir(), override]);
    expect(packs.find((p) => p.id === 'nhs-pccc-2017')).to.deep.include({ version: '9', committee: { countedCategories: ['lay', 'executive', 'nhs-england'], quorum: { minimumVoting: 6 } } });
    // The shipped pack derived from it now inherits from the replacement.
    expect(packs.find((p) => p.id === 'nhs-pccc-lay-majority')?.committee?.quorum?.minimumVoting).to.equal(6);
  });

  it('when a path does not exist or a folder has no packs, then each is an error', () => {
    const empty = folderWith({ 'notes.txt': 'hello' });
    const missing = path.join(empty, 'missing.yaml');
    expect(problemsOf(() => loadPacks([missing, empty]))).to.deep.equal([
      `${missing}: no such file or folder`,
      `${empty}: no rule packs (*.yaml, *.yml) in this folder`,
    ]);
  });
});

describe('rule packs with requirements and quorum settings', () => {
  const composition = (requirements: string) => `${BASE}  constitution.composition:
    enabled: true
    severity: error
    guidance: Our terms of reference
    params:
      requirements:
${requirements}`;

  it('when a requirement has no min and no max, min above max, an unknown category or a repeated id, then each is named with the file, the rule and the field', () => {
    const dir = folderWith({
      'ours.yaml': composition(`        - { id: lay, label: lay members, categories: [lay] }
        - { id: execs, label: executives, categories: [executive], min: 3, max: 2 }
        - { id: boards, label: board members, categories: [board-member], min: 1 }
        - { id: execs, label: executives again, roles: [member], min: 1 }
        - { id: Finance Director, label: finance directors, offices: [Finance Director], min: 1 }
`),
    });
    const file = path.join(dir, 'ours.yaml');
    expect(problemsOf(() => loadPacks([dir]))).to.have.members([
      `${file}: rule constitution.composition: params.requirements[0] needs min, max or both`,
      `${file}: rule constitution.composition: params.requirements[1].max must not be less than min (3)`,
      `${file}: rule constitution.composition: params.requirements[2].categories[0] must be one of [lay, executive, gp, nurse, secondary-care-doctor, other-clinician, nhs-england, local-authority, healthwatch, practice-manager, officer, other, non-executive, partner-member]`,
      `${file}: rule constitution.composition: params.requirements[3] repeats the id "execs" of an earlier requirement: each id is used once in a list`,
      `${file}: rule constitution.composition: params.requirements[4].id must be lower-case letters and digits joined by hyphens, like non-executives`,
      `${file}: rule constitution.composition: params.requirements[4].offices[0] must be lower-case letters and digits joined by hyphens, like finance-director`,
    ]);
  });

  it('when composition is enabled with no requirements, then the list is named as empty', () => {
    const dir = folderWith({ 'ours.yaml': composition('        []\n').replace('requirements:\n        []', 'requirements: []') });
    expect(problemsOf(() => loadPacks([dir]))).to.deep.equal([`${path.join(dir, 'ours.yaml')}: rule constitution.composition: params.requirements must contain at least 1 items`]);
  });

  it('when a quorum asks for a counted majority but the pack counts no categories, or a present requirement has no min, then each is named', () => {
    const dir = folderWith({
      'board.yaml': `id: board
version: 1
title: Board
source: Our constitution
committee:
  quorum:
    majorityOfVoting: true
    present:
      - { id: execs, label: executives, categories: [executive], max: 2 }
rules:
  meeting.inquorate: { enabled: true, severity: error, guidance: Quorum }
`,
      'vote.yaml': `id: vote
version: 1
title: Vote
source: Our constitution
committee:
  quorum: { minimumVoting: 3, countedMajority: false }
rules:
  constitution.voting-majority: { enabled: true, severity: error, guidance: Majority }
`,
    });
    expect(problemsOf(() => loadPacks([dir]))).to.have.members([
      `${path.join(dir, 'board.yaml')}: committee (used by constitution.voting-majority, meeting.inquorate, conflict.inquorate-after-exclusions): quorum.present[0].min is required`,
      `${path.join(dir, 'vote.yaml')}: committee (used by constitution.voting-majority): countedCategories is required`,
    ]);
    fs.writeFileSync(path.join(dir, 'board.yaml'), fs.readFileSync(path.join(dir, 'board.yaml'), 'utf8').replace('max: 2', 'min: 1'));
    fs.rmSync(path.join(dir, 'vote.yaml'));
    expect(problemsOf(() => loadPacks([dir]))).to.deep.equal([
      `${path.join(dir, 'board.yaml')}: committee (used by meeting.inquorate): quorum.countedMajority must be false when the pack sets no countedCategories (a majority of no categories cannot be tested)`,
    ]);
  });

  it('when the ICB board pack is loaded, then it is exactly the pack the spec lists', () => {
    const icb = loadShippedPacks().find((p) => p.id === 'nhs-icb-board-2022')!;
    const offices = (...names: string[]) => ({ offices: names, min: 1 });
    expect(icb.committee).to.deep.equal({
      quorum: {
        majorityOfVoting: true,
        countedMajority: false,
        chairOrViceChair: true,
        present: [
          { id: 'executive-director', label: 'executive directors', ...offices('chief-executive', 'finance-director', 'medical-director', 'nursing-director') },
          { id: 'non-executive', label: 'independent non-executive members', categories: ['non-executive'], min: 1 },
        ],
      },
    });
    const requirements = icb.rules['constitution.composition']?.enabled ? icb.rules['constitution.composition'].params.requirements : [];
    expect(requirements.map(({ id, label: _label, ...conditions }) => [id, conditions])).to.deep.equal([
      ['chief-executive', offices('chief-executive')],
      ['finance-director', offices('finance-director')],
      ['medical-director', offices('medical-director')],
      ['nursing-director', offices('nursing-director')],
      ['non-executives', { categories: ['non-executive'], roles: ['member', 'vice-chair'], min: 2 }],
      ['partner-trust', offices('partner-member-trust')],
      ['partner-primary-care', offices('partner-member-primary-care')],
      ['partner-local-authority', offices('partner-member-local-authority')],
    ]);
    const enabled = Object.entries(icb.rules).filter(([, rule]) => rule?.enabled).map(([id]) => id).sort();
    expect(enabled).to.deep.equal([
      'conflict.inquorate-after-exclusions',
      'conflict.managed',
      'conflict.possible-name-match',
      'conflict.undeclared-at-decision',
      'conflict.voted-while-conflicted',
      'constitution.chair-lay',
      'constitution.composition',
      'constitution.vice-chair-lay',
      'meeting.inquorate',
    ]);
    expect(icb.rules['constitution.chair-lay']?.params).to.deep.equal({ allowedCategories: ['non-executive'] });
    expect(icb.rules['constitution.vice-chair-lay']?.params).to.deep.equal({ allowedCategories: ['non-executive'] });
    // Severities as in nhs-pccc-2017.
    const pccc = loadShippedPacks().find((p) => p.id === 'nhs-pccc-2017')!;
    for (const id of enabled.filter((rule) => rule.startsWith('conflict.') || rule === 'meeting.inquorate')) {
      expect(icb.rules[id as keyof typeof icb.rules]?.severity, id).to.equal(pccc.rules[id as keyof typeof pccc.rules]?.severity);
    }
    for (const rule of Object.values(icb.rules)) expect(rule?.guidance).to.match(/NHS England|Provider Selection Regime|Registers of interests/);
  });

  it('when the body-wide packs are loaded, then they enable the two new rules as warnings', () => {
    const packs = Object.fromEntries(loadShippedPacks().map((p) => [p.id, p]));
    expect(packs['nhs-gifts-hospitality-2017'].rules['gifts.cumulative-from-source']).to.deep.include({ enabled: true, severity: 'warning', params: { thresholdGBP: 50, months: 12, days: 28 } });
    expect(packs['nhs-register-2017'].rules['register.nil-with-current-interests']).to.deep.include({ enabled: true, severity: 'warning' });
  });

  it("when the README's worked example is loaded, then a committee with two lay members and a meeting with no executive are reported as it says", () => {
    const readme = fs.readFileSync(path.join(projectRoot, 'rules', 'README.md'), 'utf8');
    const example = /```yaml\n(# lay-three\.yaml[\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'README has the lay-three.yaml example').to.be.a('string');
    const packs = loadPacks([shippedRulesDir(), folderWith({ 'lay-three.yaml': example as string })]);
    const s = cleanBody();
    s.committees[0].rulePack = 'lay-three';
    s.committees[0].name = 'Our committee';
    member(s, 'p-lay3').category = 'nurse';
    member(s, 'p-lay4').category = 'gp';
    s.meetings[0].present = ['p-lay1', 'p-lay2', 'p-lay3', 'p-gp1'];
    const found = check(s, packs).findings.filter((f) => ['constitution.composition', 'meeting.inquorate'].includes(f.ruleId));
    expect(found.map((f) => f.message)).to.deep.equal([
      'Our committee has 2 lay members; it needs at least 3.',
      'The meeting of Our committee on 10 June 2015 was inquorate: lay, executive and NHS England members were 2 of the 4 voting members present, not a majority; no executives were present (the quorum needs at least 1).',
    ]);
    expect(readme).to.contain('"Our committee has 2 lay members; it needs at least 3."');
    expect(readme).to.contain('no executives were\npresent (the quorum needs at least 1)');
  });
});
