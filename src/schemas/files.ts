/** Where the published snapshot schema and its compiled validator live. */
import path from 'node:path';
import { projectRoot } from '../paths';

export const SNAPSHOT_SCHEMA_FILE = path.join(projectRoot, 'schemas', 'snapshot.schema.json');
export const SNAPSHOT_VALIDATOR_FILE = path.join(projectRoot, 'schemas', 'snapshot.validate.js');
