/**
 * Checks parsed pack files and resolves `extends`: a derived pack inherits its base's
 * rules and settings and overrides only what it states (objects merge key by key,
 * lists are replaced whole). Every problem is reported as
 * `<file>: [rule <id>: ]<field> <what is wrong>`.
 */
import type Joi from 'joi';
import { CATALOGUE, isRuleId, RULE_IDS, type RuleId } from '../engine/catalogue';
import type { CommitteeSettings, RulePack, RuleTable } from '../engine/packs';
import { formatPath } from '../engine/validate';
import { committeeSchema, completeRuleSchemas, packHeaderSchema, partialRuleSchemas } from './schema';

/** A pack file's contents, after the checks of checkPackFile. */
export interface PackFile {
  /** Where it was read from, as shown in messages. */
  file: string;
  id: string;
  version: string;
  title: string;
  source?: string;
  extends?: string;
  committee?: Record<string, unknown>;
  rules: Partial<Record<RuleId, Record<string, unknown>>>;
}

export class PackLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'PackLoadError';
  }
}

const QUORUM_RULES: readonly RuleId[] = ['meeting.inquorate', 'conflict.inquorate-after-exclusions'];
/** The rules that read a pack's committee settings. */
const COMMITTEE_RULES = RULE_IDS.filter((id) => CATALOGUE[id].usesCommitteeSettings);

const JOI_OPTIONS: Joi.ValidationOptions = { abortEarly: false, convert: false, errors: { label: false } };

function joiMessages(schema: Joi.Schema, value: unknown, prefix: string): string[] {
  const { error } = schema.validate(value, JOI_OPTIONS);
  return (error?.details ?? []).map((d) => `${prefix}${d.path.length > 0 ? `${formatPath(d.path)} ` : ''}${d.message}`);
}

/** Checks one parsed YAML document on its own; fields a base pack may supply can be missing. */
export function checkPackFile(file: string, data: unknown): { pack?: PackFile; problems: string[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [`${file}: must be a YAML mapping with id, version, title, source and rules`] };
  }
  const problems = joiMessages(packHeaderSchema, data, `${file}: `);
  const raw = data as Record<string, unknown>;
  // The committee settings are the quorum and majority rules' settings: their problems name those rules.
  if (raw.committee !== undefined) problems.push(...joiMessages(committeeSchema, raw.committee, `${file}: committee (used by ${COMMITTEE_RULES.join(', ')}): `));
  const rules = raw.rules;
  if (typeof rules === 'object' && rules !== null && !Array.isArray(rules)) {
    for (const [id, entry] of Object.entries(rules)) {
      if (!isRuleId(id)) {
        problems.push(`${file}: rule ${id}: unknown rule id (known rules: ${RULE_IDS.join(', ')})`);
        continue;
      }
      problems.push(...joiMessages(partialRuleSchemas[id].required(), entry, `${file}: rule ${id}: `));
    }
  }
  if (problems.length > 0) return { problems };
  return { pack: { ...(raw as unknown as PackFile), file, version: String(raw.version) }, problems };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else (lists included) the override replaces. */
function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

function mergeFiles(base: PackFile, derived: PackFile): PackFile {
  const rules: PackFile['rules'] = { ...base.rules };
  for (const id of Object.keys(derived.rules) as RuleId[]) rules[id] = deepMerge(base.rules[id], derived.rules[id]) as Record<string, unknown>;
  return {
    ...derived,
    source: derived.source ?? base.source,
    committee: deepMerge(base.committee, derived.committee) as Record<string, unknown> | undefined,
    rules,
  };
}

/**
 * The committee settings the enabled rules need: any settings at all for the quorum and majority rules,
 * counted categories for constitution.voting-majority, and for a quorum that asks for a counted majority
 * (the default). Problems read `<file>: committee (used by <rules>): <field> <what is wrong>`.
 */
function committeeProblems(pack: PackFile, rules: RuleTable): string[] {
  const enabled = (ids: readonly RuleId[]) => ids.filter((id) => rules[id]?.enabled);
  const needing = enabled(COMMITTEE_RULES);
  if (pack.committee === undefined && needing.length === 0) return [];
  const prefix = `${pack.file}: committee${needing.length > 0 ? ` (used by ${needing.join(', ')})` : ''}: `;
  const shape = joiMessages(committeeSchema.required(), pack.committee, prefix);
  if (shape.length > 0) return shape;

  const settings = pack.committee as CommitteeSettings;
  const counts = (settings.countedCategories ?? []).length > 0;
  const problems: string[] = [];
  if (!counts && rules['constitution.voting-majority']?.enabled) {
    problems.push(`${pack.file}: committee (used by constitution.voting-majority): countedCategories is required`);
  }
  const quorumRules = enabled(QUORUM_RULES);
  if (!counts && quorumRules.length > 0 && settings.quorum?.countedMajority !== false) {
    problems.push(
      `${pack.file}: committee (used by ${quorumRules.join(', ')}): quorum.countedMajority must be false when the pack sets no countedCategories (a majority of no categories cannot be tested)`,
    );
  }
  return problems;
}

/** Checks a merged pack is complete and turns it into the engine's RulePack. */
function completePack(pack: PackFile): { pack?: RulePack; problems: string[] } {
  const problems: string[] = [];
  if (pack.source === undefined) problems.push(`${pack.file}: source is required`);
  const rules: RuleTable = {};
  for (const id of Object.keys(pack.rules) as RuleId[]) {
    // Omitted params are empty: rules without parameters need not say so, and the others report each missing field.
    const entry = { ...pack.rules[id], params: pack.rules[id]?.params ?? {} };
    const ruleProblems = joiMessages(completeRuleSchemas[id], entry, `${pack.file}: rule ${id}: `);
    problems.push(...ruleProblems);
    if (ruleProblems.length === 0) Object.assign(rules, { [id]: entry });
  }
  problems.push(...committeeProblems(pack, rules));
  if (problems.length > 0) return { problems };
  return {
    pack: {
      id: pack.id,
      version: pack.version,
      title: pack.title,
      source: pack.source as string,
      extends: pack.extends ?? null,
      committee: (pack.committee as CommitteeSettings | undefined) ?? null,
      rules,
    },
    problems,
  };
}

/**
 * Resolves every pack's `extends` within `files` (one file per pack id) and checks the
 * results. Unknown bases and cycles are problems of the pack that names them.
 */
export function resolvePacks(files: ReadonlyMap<string, PackFile>): { packs: RulePack[]; problems: string[] } {
  const problems: string[] = [];
  const merged = new Map<string, PackFile | null>();

  const mergedFile = (id: string, chain: readonly string[]): PackFile | null => {
    const known = merged.get(id);
    if (known !== undefined) return known;
    const file = files.get(id) as PackFile;
    let result: PackFile | null = file;
    if (file.extends !== undefined) {
      if (chain.includes(file.extends) || file.extends === id) {
        problems.push(`${file.file}: extends: cycle ${[...chain, id, file.extends].join(' -> ')}`);
        result = null;
      } else if (!files.has(file.extends)) {
        problems.push(`${file.file}: extends: unknown pack "${file.extends}" (loaded packs: ${[...files.keys()].sort().join(', ')})`);
        result = null;
      } else {
        const base = mergedFile(file.extends, [...chain, id]);
        // A broken base has reported its own problems.
        result = base && mergeFiles(base, file);
      }
    }
    merged.set(id, result);
    return result;
  };

  const packs: RulePack[] = [];
  for (const id of [...files.keys()].sort()) {
    const file = mergedFile(id, []);
    if (!file) continue;
    const complete = completePack(file);
    problems.push(...complete.problems);
    if (complete.pack) packs.push(complete.pack);
  }
  return { packs, problems };
}
