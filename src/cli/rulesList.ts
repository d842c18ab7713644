/** `coi rules list`: the packs in the library and what each one checks. */
import { RULE_IDS, type RulePack } from '../engine';
import { parseFlags, UsageError } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo, type Command } from './io';
import { loadLibrary } from './library';

const USAGE = 'rules list [--rules <pack-or-folder>]...';

function describePack(pack: RulePack): string {
  const lines = [
    `${pack.id} (version ${pack.version}): ${pack.title}`,
    `  Source: ${pack.source}`,
    ...(pack.extends ? [`  Extends: ${pack.extends}`] : []),
    '  Rules:',
  ];
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  for (const id of RULE_IDS) {
    const rule = pack.rules[id];
    if (rule) lines.push(`    ${id.padEnd(width)}  ${(rule.enabled ? 'enabled' : 'disabled').padEnd(8)}  ${rule.severity}`);
  }
  return `${lines.join('\n')}\n`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let rules: string[];
  try {
    const { values, positionals } = parseFlags(args, { rules: { type: 'string', multiple: true } });
    if (positionals.length !== 1 || positionals[0] !== 'list') throw new UsageError(`unknown rules command "${positionals.join(' ')}"`);
    rules = values.rules ?? [];
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`coi rules: ${error.message}\nUsage: coi ${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  const packs = await loadLibrary(rules, io);
  if (!packs) return EXIT_BAD_INPUT;
  io.out(packs.map(describePack).join('\n'));
  return EXIT_OK;
}

export const rulesCommand: Command = { usage: USAGE, run };
