import { expect } from 'chai';
import { commands } from '../../src/cli/main';
import { coi } from './helpers';

describe('coi (dispatcher)', () => {
  it('when asked for --help, then usage listing every subcommand goes to stderr and the exit code is 2', async () => {
    const run = await coi('--help');
    expect(run.code).to.equal(2);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.match(/^Usage:\n {2}coi check <snapshot\.json> .*\n {2}coi rules list/);
  });

  it('when the subcommand is unknown or missing, then it says so with the usage and exits 2', async () => {
    const unknown = await coi('audit-everything');
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.match(/^coi: unknown command "audit-everything"\nUsage:/);
    expect((await coi('toString')).code).to.equal(2);
    expect((await coi()).stderr).to.match(/^Usage:/);
  });

  it('when a subcommand is added to the map, then main dispatches to it with its arguments', async () => {
    commands.set('echo', { usage: 'echo <words>', run: async (args, io) => (io.out(args.join(' ')), 7) });
    try {
      expect(await coi('echo', 'a', 'b')).to.deep.equal({ code: 7, stdout: 'a b', stderr: '' });
    } finally {
      commands.delete('echo');
    }
  });
});

describe('coi rules list', () => {
  it('when run, then every shipped pack is listed with version, title, source and each rule with its state and severity', async () => {
    const run = await coi('rules', 'list');
    expect(run.code).to.equal(0);
    for (const [id, version] of [['nhs-gifts-hospitality-2017', 2], ['nhs-icb-board-2022', 1], ['nhs-pccc-2017', 1], ['nhs-pccc-lay-majority', 1], ['nhs-register-2017', 2]]) {
      expect(run.stdout).to.match(new RegExp(`^${id} \\(version ${version}\\): .+\\n {2}Source: .+`, 'm'));
    }
    expect(run.stdout).to.contain('  Extends: nhs-pccc-2017\n');
    const pccc = run.stdout.slice(run.stdout.indexOf('nhs-pccc-2017 (version 1)'), run.stdout.indexOf('nhs-pccc-lay-majority (version 1)'));
    expect(pccc).to.match(/ {4}constitution\.gp-cap +disabled +error\n/);
    expect(pccc).to.match(/ {4}conflict\.managed +enabled +info\n/);
    expect(pccc).to.match(/ {4}conflict\.possible-name-match +enabled +warning\n/);
  });

  it('when the rules subcommand is not "list", then usage and exit 2', async () => {
    const run = await coi('rules', 'show');
    expect(run.code).to.equal(2);
    expect(run.stderr).to.equal('coi rules: unknown rules command "show"\nUsage: coi rules list [--rules <pack-or-folder>]...\n');
  });
});
