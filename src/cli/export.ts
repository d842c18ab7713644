/** `coi export`: the registers as they stood on a day, from the database the app uses, with their manifest. */
import fs from 'node:fs';
import os from 'node:os';
import type { Actor } from '../audit/auditLog';
import { loadConfig } from '../config';
import { isIsoDate } from '../engine';
import { exportRegisters } from '../registers/export.service';
import { EXPORT_FORMATS, type ExportFormat } from '../registers/exportRequest';
import { REGISTER_IDS, type RegisterId } from '../registers/register';
import { folderTarget, singleFileTarget, type ExportTarget } from '../registers/writers/fileTarget';
import { ValidationError } from '../shared/errors';
import { parseFlags, UsageError } from './args';
import { withAppDatabase } from './database';
import { EXIT_BAD_INPUT, EXIT_OK, type Command, type CliIo } from './io';

const USAGE =
  `export --register ${REGISTER_IDS.join('|')}|all --format ${EXPORT_FORMATS.join('|')} [--as-at YYYY-MM-DD] [--out FILE]\n` +
  '             [--committee ID] [--person ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--type TYPE]';

/** The service's field names as the flags that set them, so a refusal names what to fix. */
const FLAG_OF: Record<string, string> = {
  asAt: '--as-at',
  registers: '--register',
  formats: '--format',
  committeeId: '--committee',
  personId: '--person',
  from: '--from',
  to: '--to',
  type: '--type',
};

interface ExportArgs {
  registers: RegisterId[];
  format: ExportFormat;
  out: string | undefined;
  input: Record<string, unknown>;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} is required: one of ${allowed.join(', ')}`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} ${value} is not one of ${allowed.join(', ')}`);
  return value as T;
}

function parseExportArgs(args: string[]): ExportArgs {
  const { values, positionals } = parseFlags(args, {
    register: { type: 'string' },
    format: { type: 'string' },
    'as-at': { type: 'string' },
    out: { type: 'string' },
    committee: { type: 'string' },
    person: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    type: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const register = oneOf('--register', values.register, [...REGISTER_IDS, 'all'] as const);
  const format = oneOf('--format', values.format, EXPORT_FORMATS);
  for (const flag of ['as-at', 'from', 'to'] as const) {
    const date = values[flag];
    if (date !== undefined && !isIsoDate(date)) throw new UsageError(`--${flag} ${date} is not a real date in the form YYYY-MM-DD`);
  }
  return {
    registers: register === 'all' ? [...REGISTER_IDS] : [register],
    format,
    out: values.out,
    input: { asAt: values['as-at'], committeeId: values.committee, personId: values.person, from: values.from, to: values.to, type: values.type },
  };
}

/** CSV and PDF give a file per register, so several registers need a folder; otherwise one file. */
function targetFor({ registers, format, out }: ExportArgs): ExportTarget {
  const severalFiles = registers.length > 1 && (format === 'csv' || format === 'pdf');
  if (!out) return folderTarget(process.cwd());
  if (severalFiles) {
    if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new UsageError(`--out ${out} is a file, but ${format} gives one file per register: name a folder`);
    return folderTarget(out);
  }
  return singleFileTarget(out);
}

function refuse(io: CliIo, message: string): number {
  io.err(`coi export: ${message}\nUsage: coi ${USAGE}\n`);
  return EXIT_BAD_INPUT;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: ExportArgs;
  let target: ExportTarget;
  try {
    parsed = parseExportArgs(args);
    target = targetFor(parsed);
  } catch (error) {
    if (error instanceof UsageError) return refuse(io, error.message);
    throw error;
  }
  return withAppDatabase(io, async () => {
    const actor: Actor = { personId: null, name: `coi command line, user ${os.userInfo().username}`, role: 'admin' };
    try {
      const manifest = await exportRegisters(
        { ...parsed.input, registers: parsed.registers, formats: [parsed.format] },
        { actor, bodyName: loadConfig().bodyName, targetFor: () => target, filesKept: false },
      );
      io.err(`Wrote ${manifest.files.map((f) => f.name).join(', ')}${parsed.out ? ` to ${parsed.out}` : ''}. The manifest follows.\n`);
      io.out(`${JSON.stringify(manifest, null, 2)}\n`);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof ValidationError) return refuse(io, error.errors.map((e) => `${FLAG_OF[e.field.split('.')[0]] ?? e.field}: ${e.message}`).join('; '));
      throw error;
    }
  });
}

export const exportCommand: Command = { usage: USAGE, run };
