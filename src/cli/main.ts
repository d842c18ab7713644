/**
 * The `coi` command: a small dispatcher from subcommand name to handler. Add a
 * subcommand by adding it to `commands`; handlers take injectable I/O, so tests call
 * them (and `main`) in-process.
 */
import path from 'node:path';
import { projectRoot } from '../paths';
import { EXIT_BAD_INPUT, processIo, type CliIo, type Command } from './io';

/** A command, or how to load it: a command's module loads only when it runs, so `coi check` never loads mongoose. */
type CommandEntry = Command | (() => Promise<Command>);

export const commands = new Map<string, CommandEntry>([
  ['check', () => import('./check').then((m) => m.checkCommand)],
  ['rules', () => import('./rulesList').then((m) => m.rulesCommand)],
  ['token', () => import('./token').then((m) => m.tokenCommand)],
  ['audit', () => import('./audit').then((m) => m.auditCommand)],
  ['export', () => import('./export').then((m) => m.exportCommand)],
  ['reminders', () => import('./reminders').then((m) => m.remindersCommand)],
]);

async function load(entry: CommandEntry): Promise<Command> {
  return typeof entry === 'function' ? entry() : entry;
}

/** Loads every command, for their usage lines: only when someone asks for help or mistypes. */
export async function usage(): Promise<string> {
  const all = await Promise.all([...commands.values()].map(load));
  return `Usage:\n${all.map((c) => `  coi ${c.usage}\n`).join('')}`;
}

/** Runs `coi <argv>` and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  const entry = name === undefined ? undefined : commands.get(name);
  if (!entry) {
    io.err(`${name === undefined || name === '--help' || name === '-h' ? '' : `coi: unknown command "${name}"\n`}${await usage()}`);
    return EXIT_BAD_INPUT;
  }
  return (await load(entry)).run(args, io);
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
