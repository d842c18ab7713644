/**
 * The `coi` command: a small dispatcher from subcommand name to handler. Add a
 * subcommand by adding it to `commands`; handlers take injectable I/O, so tests call
 * them (and `main`) in-process.
 */
import path from 'node:path';
import { projectRoot } from '../paths';
import { auditCommand } from './audit';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { EXIT_BAD_INPUT, processIo, type CliIo, type Command } from './io';
import { remindersCommand } from './reminders';
import { rulesCommand } from './rulesList';
import { tokenCommand } from './token';

export const commands = new Map<string, Command>([
  ['check', checkCommand],
  ['rules', rulesCommand],
  ['token', tokenCommand],
  ['audit', auditCommand],
  ['export', exportCommand],
  ['reminders', remindersCommand],
]);

export function usage(): string {
  return `Usage:\n${[...commands.values()].map((c) => `  coi ${c.usage}\n`).join('')}`;
}

/** Runs `coi <argv>` and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands.get(name);
  if (!command) {
    io.err(`${name === undefined || name === '--help' || name === '-h' ? '' : `coi: unknown command "${name}"\n`}${usage()}`);
    return EXIT_BAD_INPUT;
  }
  return command.run(args, io);
}

// bin/coi.js requires this file, so "run when started" means: started through that script.
if (require.main === module || require.main?.filename === path.join(projectRoot, 'bin', 'coi.js')) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`coi: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
