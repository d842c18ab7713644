import { model } from '../db/mongoose';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export const RULE_PACK_RECORD_TYPE = 'rule-pack';

/** Larger than any constitution, small enough to hold in a form. */
export const PACK_MAX_BYTES = 256 * 1024;

/**
 * A body's own rule pack, as its governance lead wrote it in YAML. Its id is the pack's id, so the first
 * save of version 1 claims the id (the audit event's commit key) and two packs can never share one. The
 * record's version is the pack's version: the one checks record as having used.
 */
export interface StoredRulePack {
  _id: string;
  /** The YAML as written, kept word for word. */
  yaml: string;
  /** The pack's title, for lists. */
  title: string;
}

const rulePackSchema = versionedSchema<StoredRulePack>(
  {
    _id: { type: String, required: true },
    yaml: { type: String, required: true },
    title: { type: String, required: true },
  },
  'rule_packs',
);

export const RulePackModel = model<StoredRulePack & VersionFields>('RulePack', rulePackSchema);
