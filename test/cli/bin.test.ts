/** The real command, as a user runs it: `node bin/coi.js check <file>`. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { cleanBody, member } from '../engine/fixtures';
import { writeTemp } from './helpers';

function coiProcess(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'coi.js'), ...args], { encoding: 'utf8', timeout: 20000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/coi.js', () => {
  it('when the snapshot is compliant, then it exits 0 with the findings document on stdout', () => {
    const run = coiProcess('check', writeTemp('bin-clean.json', cleanBody()), '--format', 'json');
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(0);
    expect(JSON.parse(run.stdout)).to.deep.include({ asAt: '2015-06-30', findings: [], summary: { error: 0, warning: 0, info: 0 } });
  });

  it('when the chair is not lay, then it exits 1 and the finding is in the JSON', () => {
    const s = cleanBody();
    member(s, 'p-lay1').category = 'executive';
    const run = coiProcess('check', writeTemp('bin-failing.json', s), '--format', 'json');
    expect(run.code).to.equal(1);
    expect(JSON.parse(run.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).to.deep.equal(['constitution.chair-lay']);
  });

  it('when the snapshot cannot be read, then it exits 2 with the message on stderr', () => {
    const run = coiProcess('check', '/no/such/file.json');
    expect([run.code, run.stdout, run.stderr]).to.deep.equal([2, '', 'coi: cannot read /no/such/file.json: no such file\n']);
  });
});
