/** `coi export` as a user runs it: a child process reading the same database as the test. */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import type { FindingsDocument } from '../../src/engine';
import { projectRoot } from '../../src/paths';
import type { Manifest } from '../../src/registers/export.service';
import { ExportRunModel } from '../../src/registers/exportRun.model';
import { testDatabaseUri, useDatabase } from '../support/database';
import { aGpWhoseInterestChangedLater, readCsv, tempFolder } from '../registers/helpers';

const execFileAsync = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function coiProcess(...args: string[]): Promise<Run> {
  const env = { ...process.env, MONGODB_URI: await testDatabaseUri(), BODY_NAME: 'NHS Test CCG' };
  return execFileAsync(process.execPath, [path.join(projectRoot, 'bin', 'coi.js'), ...args], { env, timeout: 60_000, maxBuffer: 2 ** 24 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (failed: Run) => failed,
  );
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('coi export', () => {
  useDatabase();

  it('when a register is exported as at a past date, then the file holds it as it stood and the manifest on stdout gives its SHA-256', async () => {
    await aGpWhoseInterestChangedLater();
    const out = path.join(tempFolder(), 'interests.csv');
    const run = await coiProcess('export', '--register', 'interests', '--format', 'csv', '--as-at', '2015-06-30', '--out', out);
    expect(run.code, run.stderr).to.equal(0);
    const manifest = JSON.parse(run.stdout) as Manifest;
    expect(manifest).to.deep.include({ asAt: '2015-06-30', body: 'NHS Test CCG', rows: { interests: 1 } });
    expect(manifest.files).to.have.length(1);
    expect(manifest.files[0].sha256).to.equal(sha256(out));
    expect(readCsv(fs.readFileSync(out)).rows.map((r) => r.Description)).to.deep.equal(['Partner at Riverside Surgery']);
    expect(await ExportRunModel.findById(manifest.exportId).lean()).to.deep.include({ filesKept: false });
    expect(await AuditEventModel.countDocuments({ action: 'export.created', recordId: manifest.exportId })).to.equal(1);
  });

  it('when the JSON snapshot is exported as at a past date, then coi check re-runs the checks on it', async () => {
    await aGpWhoseInterestChangedLater();
    const out = path.join(tempFolder(), 'snapshot.json');
    const exported = await coiProcess('export', '--register', 'all', '--format', 'json', '--as-at', '2015-06-30', '--out', out);
    expect(exported.code, exported.stderr).to.equal(0);
    const checked = await coiProcess('check', out, '--format', 'json');
    expect([0, 1], checked.stderr).to.include(checked.code);
    const findings = JSON.parse(checked.stdout) as FindingsDocument;
    expect(findings.asAt).to.equal('2015-06-30');
    expect(findings.summary.error).to.equal(checked.code === 1 ? findings.findings.filter((f) => f.severity === 'error').length : 0);
    // The PCCC as it stood had a lay chair but no vice-chair: the check finds that in the export.
    expect(findings.findings.map((f) => f.ruleId)).to.include('constitution.vice-chair-lay');
  });

  it('when every register is exported as CSV, then one file per register is written to the folder named', async () => {
    await aGpWhoseInterestChangedLater();
    const folder = path.join(tempFolder(), 'exports');
    const run = await coiProcess('export', '--register', 'all', '--format', 'csv', '--as-at', '2015-06-30', '--out', folder);
    expect(run.code, run.stderr).to.equal(0);
    expect(fs.readdirSync(folder).sort()).to.deep.equal(['breaches', 'decisions', 'gifts', 'interests', 'published'].map((r) => `${r}-as-at-2015-06-30.csv`));
    for (const file of (JSON.parse(run.stdout) as Manifest).files) expect(file.sha256).to.equal(sha256(path.join(folder, file.name)));
  });

  const badInput: [string, string[], RegExp][] = [
    ['an unknown format', ['--register', 'interests', '--format', 'docx'], /--format docx is not one of csv, xlsx, pdf, json/],
    ['no register', ['--format', 'csv'], /--register is required/],
    ['an impossible as-at date', ['--register', 'gifts', '--format', 'csv', '--as-at', '2015-02-30'], /--as-at 2015-02-30 is not a real date/],
    ['a committee that is not an id', ['--register', 'gifts', '--format', 'csv', '--committee', 'pccc'], /--committee: Select a committee from the list/],
    ['a future as-at date', ['--register', 'gifts', '--format', 'csv', '--as-at', '2999-01-01'], /--as-at: As at date must be today or in the past/],
    ['an unknown flag', ['--register', 'gifts', '--format', 'csv', '--colour'], /Unknown option '--colour'/],
  ];
  for (const [what, args, message] of badInput) {
    it(`when given ${what}, then it exits 2 naming the flag and exports nothing`, async () => {
      const folder = tempFolder();
      const run = await coiProcess('export', ...args, '--out', path.join(folder, 'out.csv'));
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(message).and.to.contain('Usage: coi export');
      expect(run.stdout).to.equal('');
      expect(fs.readdirSync(folder)).to.deep.equal([]);
    });
  }
});
