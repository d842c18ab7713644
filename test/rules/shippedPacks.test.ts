import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { loadPacks, shippedRulesDir } from '../../src/rules';
import { keepValidatedPacks, validatedPacks, validatedShippedPacks } from '../../src/rules/shippedPacks';

describe('The shipped packs as the build validated them', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coi-kept-packs-'));
    fs.cpSync(shippedRulesDir(), path.join(folder, 'rules'), { recursive: true });
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('when the build has run, then the kept packs are exactly those read and checked from rules/', () => {
    expect(validatedShippedPacks()).to.deep.equal(loadPacks([shippedRulesDir()]));
  });

  it('when a pack file changes after the packs were kept, then they are not used, and when it is put back they are', () => {
    const rules = path.join(folder, 'rules');
    const kept = path.join(folder, 'kept.json');
    const packs = loadPacks([rules]);
    keepValidatedPacks(rules, kept, packs);
    expect(validatedPacks(rules, kept)).to.deep.equal(packs);

    const file = path.join(rules, 'nhs-pccc-2017.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/^version: .*$/m, 'version: "99"'));
    expect(validatedPacks(rules, kept)).to.equal(undefined);
    fs.writeFileSync(file, text);
    expect(validatedPacks(rules, kept)).to.deep.equal(packs);

    fs.writeFileSync(path.join(rules, 'extra.yaml'), text.replace(/^id: .*$/m, 'id: extra'));
    expect(validatedPacks(rules, kept), 'a pack file added').to.equal(undefined);
  });

  it('when nothing was kept or the kept file is not JSON, then there are no kept packs', () => {
    const rules = path.join(folder, 'rules');
    expect(validatedPacks(rules, path.join(folder, 'none.json'))).to.equal(undefined);
    fs.writeFileSync(path.join(folder, 'bad.json'), '{ not json');
    expect(validatedPacks(rules, path.join(folder, 'bad.json'))).to.equal(undefined);
  });

  it('when coi check runs with the shipped packs, then it loads neither YAML nor joi', () => {
    const script = `require(${JSON.stringify(path.join(projectRoot, 'dist', 'src', 'cli', 'check.js'))});
      require(${JSON.stringify(path.join(projectRoot, 'dist', 'src', 'cli', 'library.js'))}).loadLibrary([], { out() {}, err() {} }).then((packs) => {
        const loaded = Object.keys(require.cache);
        console.log(JSON.stringify({ packs: packs.length, joi: loaded.some((f) => f.includes('/node_modules/joi/')), yaml: loaded.some((f) => f.includes('/node_modules/js-yaml/')) }));
      });`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(child.status, child.stderr).to.equal(0);
    expect(JSON.parse(child.stdout)).to.deep.equal({ packs: loadPacks([shippedRulesDir()]).length, joi: false, yaml: false });
  });
});
