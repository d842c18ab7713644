/** What a `coi` subcommand needs from the outside world, injectable so tests run handlers in-process. */
export interface CliIo {
  /** Writes to standard output (reports, JSON). */
  out(text: string): void;
  /** Writes to standard error (usage, problems). */
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** A subcommand: its arguments (after the subcommand name) in, the exit code out. */
export type CommandHandler = (args: string[], io: CliIo) => Promise<number>;

export interface Command {
  /** One usage line, e.g. `check <snapshot.json> [--format text|json]`. */
  usage: string;
  run: CommandHandler;
}

/** 0: no error findings; 1: error findings; 2: bad input (file, JSON, snapshot, pack, flag). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;
