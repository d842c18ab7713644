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

/** The validator's source, from the schema file as it is now. */
export function snapshotValidatorSource(): string {
  const schema: unknown = JSON.parse(fs.readFileSync(SNAPSHOT_SCHEMA_FILE, 'utf8'));
  // allErrors: every problem in one pass. verbose: each error carries its schema node (validate.ts picks messages
  // by it). unicodeRegExp: false, as the patterns are ASCII and V8 runs them several times faster without the u flag.
  // unicode: false (deprecated, still honoured: the drift test would show it ignored), as the only length the
  // schema sets is a minLength of 1, which .length answers without counting the code points of every string.
  const ajv = new Ajv({ allErrors: true, verbose: true, unicodeRegExp: false, unicode: false, code: { source: true, lines: true } });
  // uniqueItems stays in the published schema; src/engine/references.ts checks it more cheaply (see there).
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword('uniqueItems');
  const header = '// Generated from snapshot.schema.json by src/schemas/snapshotValidator.ts (npm run schema:compile): do not edit.\n';
  return header + standaloneCode(ajv, ajv.compile(schema as object));
}

if (require.main === module) {
  fs.writeFileSync(SNAPSHOT_VALIDATOR_FILE, snapshotValidatorSource());
  console.log(`Wrote ${path.relative(projectRoot, SNAPSHOT_VALIDATOR_FILE)}`);
}
