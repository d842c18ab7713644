/** `coi check <snapshot.json>`: runs the compliance engine on a snapshot file. */
import { readFile } from 'node:fs/promises';
// The engine's parts, not its index: the index brings joi's schemas, which a check of a file does not need.
import { runCheck } from '../engine/check';
import { isIsoDate } from '../engine/dates';
import { parseFlags, UsageError } from './args';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, type CliIo, type Command } from './io';
import { loadLibrary } from './library';
import { textReport } from './textReport';

const USAGE = 'check <snapshot.json> [--rules <pack-or-folder>]... [--pack <id>]... [--as-at YYYY-MM-DD] [--format text|json]';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface CheckArgs {
  file: string;
  rules: string[];
  packIds?: string[];
  asAt?: string;
  format: Format;
}

function parseCheckArgs(args: string[]): CheckArgs {
  const { values, positionals } = parseFlags(args, {
    rules: { type: 'string', multiple: true },
    pack: { type: 'string', multiple: true },
    'as-at': { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name the snapshot file to check' : `expected one snapshot file, got ${positionals.length}`);
  const asAt = values['as-at'];
  if (asAt !== undefined && !isIsoDate(asAt)) throw new UsageError(`--as-at ${asAt} is not a real date in the form YYYY-MM-DD`);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${format} is not one of ${FORMATS.join(', ')}`);
  return { file: positionals[0], rules: values.rules ?? [], packIds: values.pack, asAt, format: format as Format };
}

async function readJson(file: string, io: CliIo): Promise<{ ok: true; value: unknown } | { ok: false }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`coi: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    io.err(`coi: ${file} is not valid JSON: ${(error as Error).message}\n`);
    return { ok: false };
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: CheckArgs;
  try {
    parsed = parseCheckArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`coi check: ${error.message}\nUsage: coi ${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  const packs = await loadLibrary(parsed.rules, io);
  if (!packs) return EXIT_BAD_INPUT;
  const input = await readJson(parsed.file, io);
  if (!input.ok) return EXIT_BAD_INPUT;

  const result = runCheck(input.value, packs, { asAt: parsed.asAt, packIds: parsed.packIds });
  if (!result.ok) {
    io.err(`coi: ${parsed.file} is not a valid snapshot (${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'}):\n${result.errors.map((e) => `  ${e.path}: ${e.message}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  io.out(parsed.format === 'json' ? `${JSON.stringify(result.document, null, 2)}\n` : textReport(result.document, result.snapshot));
  return result.document.summary.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export const checkCommand: Command = { usage: USAGE, run };
