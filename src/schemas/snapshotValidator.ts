/**
 * The snapshot schema (schemas/snapshot.schema.json) compiled to a standalone validator,
 * schemas/snapshot.validate.js, kept in the repository: `coi check` and the app load it in a few
 * milliseconds instead of compiling the schema on every start (Ajv's compiler costs more than the
 * validation of a 28 MB body). A test fails when the file no longer matches the schema;
 * `npm run schema:compile` writes it again.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { projectRoot } from '../paths';
import { SNAPSHOT_SCHEMA_FILE, SNAPSHOT_VALIDATOR_FILE } from './files';

type SchemaNode = Record<string, unknown>;

/** A node with each `#/definitions/...` reference in it replaced by what it refers to (the schema has no cycles). */
function writtenOut(node: unknown, definitions: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((item) => writtenOut(item, definitions));
  if (typeof node !== 'object' || node === null) return node;
  const { $ref: ref } = node as SchemaNode;
  // A reference's sibling keywords are descriptions only: what it refers to is the rule.
  if (typeof ref === 'string') return writtenOut(definitions[ref.replace('#/definitions/', '')], definitions);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, writtenOut(value, definitions)]));
}

/**
 * The schema as compiled: each top-level field (each list) a definition of its own with every reference in it written
 * out. Ajv then makes one function for each list that checks its items inline, where the published
 * schema's references made a function call, with an options object and a path string, for each of a
 * large body's 190,000 items: about a quarter of the schema check's time in a process that validates once.
 */
function schemaForCompiling(schema: SchemaNode): SchemaNode {
  const definitions = schema.definitions as Record<string, unknown>;
  const lists = Object.entries(schema.properties as Record<string, unknown>);
  return {
    ...schema,
    properties: Object.fromEntries(lists.map(([name]) => [name, { $ref: `#/definitions/${name}` }])),
    definitions: Object.fromEntries(lists.map(([name, property]) => [name, writtenOut(property, definitions)])),
  };
}

/** The validator's source, from the schema file as it is now. */
export function snapshotValidatorSource(): string {
  const schema = schemaForCompiling(JSON.parse(fs.readFileSync(SNAPSHOT_SCHEMA_FILE, 'utf8')) as SchemaNode);
  // allErrors: every problem in one pass. verbose: each error carries its schema node (validate.ts picks messages
  // by it). unicodeRegExp: false, as the patterns are ASCII and V8 runs them several times faster without the u flag.
  // unicode: false (deprecated, still honoured: the drift test would show it ignored), as the only length the
  // schema sets is a minLength of 1, which .length answers without counting the code points of every string.
  // inlineRefs: false keeps each list's function its own; inlined into one, they made a function too large for V8 to optimise.
  const ajv = new Ajv({ allErrors: true, verbose: true, unicodeRegExp: false, unicode: false, inlineRefs: false, code: { source: true, lines: true } });
  // uniqueItems stays in the published schema; src/engine/references.ts checks it more cheaply (see there).
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword('uniqueItems');
  const header = '// Generated from snapshot.schema.json by src/schemas/snapshotValidator.ts (npm run schema:compile): do not edit.\n';
  return header + standaloneCode(ajv, ajv.compile(schema));
}

if (require.main === module) {
  fs.writeFileSync(SNAPSHOT_VALIDATOR_FILE, snapshotValidatorSource());
  console.log(`Wrote ${path.relative(projectRoot, SNAPSHOT_VALIDATOR_FILE)}`);
}
