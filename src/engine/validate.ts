/**
 * validateSnapshot: every problem with an input snapshot, each located by path, so a
 * producer can fix them all in one go. Never throws.
 *
 * The shape is checked by the published JSON Schema (schemas/snapshot.schema.json), through
 * its compiled validator (schemas/snapshot.validate.js, see src/schemas): a 28 MB body
 * validates in a fraction of the time joi took, and other programs can check what they send
 * with the same file. What a JSON Schema cannot say (references between lists, periods,
 * seats) is checked by references.ts.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../schemas/snapshot.schema.json';
import { SNAPSHOT_VALIDATOR_FILE } from '../schemas/files';
import { planRules, type RulePack } from './packs';
import { checkReferences } from './references';
import type { Problem, Snapshot } from './types';

export type SnapshotValidation = { ok: true; snapshot: Snapshot } | { ok: false; errors: Problem[] };

export interface ValidateOptions {
  /** When given, the packs the snapshot needs must be among these (committee `rulePack` ids, or `packIds`). */
  packs?: readonly RulePack[];
  /** The packs a check will be told to use instead of each committee's own. */
  packIds?: readonly string[];
}

/** `committees[0].members[2].category`, from a path array. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

const DATE = 'must be a real date in the form YYYY-MM-DD';
const OFFICE = 'must be lower-case letters and digits joined by hyphens, like finance-director';
const NIL_ONLY = 'must be the date the interest began (only a nil declaration has none)';
const { definitions } = schema;

/**
 * Messages of the schema's own rules (a pattern, the start date a declaration needs), in the words
 * the app has always used, by the schema node that holds the rule. The compiled validator carries
 * copies of the nodes, so they are matched by their JSON; this only runs on errors.
 */
const OWN_MESSAGES = new Map<string, string>(
  [
    [definitions.date, DATE],
    [definitions.optionalDate, DATE],
    [definitions.office, OFFICE],
    [definitions.optionalOffice, OFFICE],
    [definitions.requirement.properties.id, 'must be lower-case letters and digits joined by hyphens, like non-executives'],
    [definitions.requirement.properties.label, 'must not have leading or trailing whitespace'],
    [definitions.declaration.else, NIL_ONLY],
    [definitions.declaration.else.properties.from, NIL_ONLY],
  ].map(([node, message]) => [JSON.stringify(node), message as string]),
);

const TYPE_MESSAGES: Record<string, string> = {
  object: 'must be of type object',
  array: 'must be an array',
  boolean: 'must be a boolean',
  number: 'must be a number',
  string: 'must be a string',
};

let compiled: ValidateFunction | undefined;

/** Loaded on first use: a process that never validates a snapshot never loads it. */
function schemaValidator(): ValidateFunction {
  // Required by path: the generated file sits beside the schema, outside the compiled tree.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  compiled ??= require(SNAPSHOT_VALIDATOR_FILE) as ValidateFunction;
  return compiled;
}

/** A JSON pointer (`/committees/0/members`) as path parts. */
function pointerParts(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
}

function schemaProblem(error: ErrorObject): Problem | undefined {
  const parts = pointerParts(error.instancePath);
  const own = OWN_MESSAGES.get(JSON.stringify(error.parentSchema));
  let message: string;
  switch (error.keyword) {
    case 'if': // Its branch reports the field itself.
      return undefined;
    case 'required':
      parts.push((error.params as { missingProperty: string }).missingProperty);
      message = own ?? 'is required';
      break;
    case 'type': {
      const type = String((error.params as { type: string }).type).split(',')[0];
      message = own ?? (type === 'integer' ? (typeof error.data === 'number' ? 'must be an integer' : 'must be a number') : TYPE_MESSAGES[type]);
      break;
    }
    case 'enum':
      message = `must be one of [${(error.params as { allowedValues: unknown[] }).allowedValues.filter((v) => v !== null).join(', ')}]`;
      break;
    case 'const':
      message = `must be [${String((error.params as { allowedValue: unknown }).allowedValue)}]`;
      break;
    case 'minLength':
      message = 'is not allowed to be empty';
      break;
    case 'minimum':
      message = `must be greater than or equal to ${String((error.params as { limit: number }).limit)}`;
      break;
    case 'minItems':
      message = `must contain at least ${String((error.params as { limit: number }).limit)} items`;
      break;
    default:
      message = own ?? error.message ?? 'is not valid';
  }
  return { path: formatPath(parts) || '(snapshot)', message };
}

/** The snapshot's lists in the order the format gives them, so problems come list by list. */
const LIST_ORDER = new Map(Object.keys(schema.properties).map((key, i) => [key, i]));

function rank(problem: Problem): number {
  return LIST_ORDER.get(/^[A-Za-z]+/.exec(problem.path)?.[0] ?? '') ?? -1;
}

function schemaProblems(input: unknown): Problem[] {
  const validate = schemaValidator();
  if (validate(input)) return [];
  const problems: Problem[] = [];
  const paths = new Set<string>();
  for (const error of validate.errors ?? []) {
    const problem = schemaProblem(error);
    // One problem a field: an empty label is reported as empty, not also as badly trimmed.
    if (!problem || paths.has(problem.path)) continue;
    paths.add(problem.path);
    problems.push(problem);
  }
  // Ajv reports an object's missing fields before its wrong ones; the order of the format reads better.
  return problems.sort((a, b) => rank(a) - rank(b));
}

export function validateSnapshot(input: unknown, options: ValidateOptions = {}): SnapshotValidation {
  const errors = [...schemaProblems(input), ...checkReferences(input)];
  if (errors.length > 0) return { ok: false, errors };
  // The schema neither converts nor fills defaults, so the input is the snapshot: one copy, not two.
  const snapshot = input as Snapshot;
  if (options.packs) {
    const plan = planRules(snapshot, options.packs, options.packIds);
    if (!plan.ok) return { ok: false, errors: plan.errors };
  }
  return { ok: true, snapshot };
}
