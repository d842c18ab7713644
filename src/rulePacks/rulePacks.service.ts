/**
 * A body's own rule packs: a governance lead writes the constitution in YAML, the register checks it
 * whole (with the shipped packs it may extend) and saves it as a versioned, audited record. Shipped
 * packs are read-only: a pack of the body's own cannot take a shipped pack's id.
 */
import fs from 'node:fs';
import path from 'node:path';
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { CommitteeModel } from '../committees/committee.model';
import type { RulePack } from '../engine';
import { shippedPackFiles } from '../rules';
import { ConcurrencyError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors';
import { expectedVersion, validate } from '../shared/validation';
import { createVersioned, updateVersioned, versionHistory } from '../shared/versionedRecords';
import { checksCommittees, packLibrary, readStoredPack, resolveLibrary, storedPackName, type StoredPackText } from './library';
import { PACK_MAX_BYTES, RULE_PACK_RECORD_TYPE, RulePackModel } from './rulePack.model';

// Forms send their lines ending CRLF; the pack is kept with plain newlines, as written in a file.
const yamlField = Joi.string()
  .replace(/\r\n?/g, '\n')
  .max(PACK_MAX_BYTES)
  .required()
  .messages({
    'any.required': "Paste the rule pack's YAML, or choose a file to upload",
    'string.empty': "Paste the rule pack's YAML, or choose a file to upload",
    'string.base': "The rule pack's YAML must be text",
    'string.max': 'The rule pack must be 256 KB or smaller',
  });

const newPackSchema = Joi.object<{ yaml: string }>({ yaml: yamlField });
const packUpdateSchema = Joi.object<{ yaml: string; version: number }>({ yaml: yamlField, version: expectedVersion() });

/** Where the YAML came from, for messages: the uploaded file's name, or the pasted text. */
export interface PackSource {
  fileName?: string;
}

const sourceName = (source: PackSource) => source.fileName || 'The pasted YAML';

function packProblems(problems: string[]): ValidationError {
  const lead = problems.length > 1 ? [{ field: 'yaml', message: `The rule pack has ${problems.length} problems; nothing was saved. Fix them all and try again.` }] : [];
  return new ValidationError([...lead, ...problems.map((message) => ({ field: 'yaml', message }))]);
}

async function storedTexts(): Promise<StoredPackText[]> {
  return (await RulePackModel.find({}, { yaml: 1, version: 1 }).lean()).map((r) => ({ id: String(r._id), version: r.version, yaml: r.yaml }));
}

/**
 * Every problem saving `yaml` as version `version` of a pack would cause: in the pack itself, an id that
 * is a shipped pack's or (for a change) not the pack's own, and in the library once it is in (a pack
 * extending this one that would break). Problems other packs already had are not this save's.
 */
async function problemsOfSaving(yaml: string, version: number, source: PackSource, existingId: string | null): Promise<{ id: string; title: string }> {
  const read = readStoredPack(sourceName(source), yaml, version);
  if (!read.pack) throw packProblems(read.problems);
  const { id, title } = read.pack;
  if (shippedPackFiles().has(id)) {
    throw packProblems([`${sourceName(source)}: id "${id}" is a shipped rule pack, which is read-only: give your pack its own id (it may say "extends: ${id}" to start from it)`]);
  }
  if (existingId !== null && id !== existingId) {
    throw packProblems([`${sourceName(source)}: id must stay "${existingId}": a pack's id cannot change (add a new pack for a new id)`]);
  }
  const stored = await storedTexts();
  const others = stored.filter((p) => p.id !== id);
  if (existingId === null && others.length < stored.length) {
    throw packProblems([`${sourceName(source)}: id "${id}" is already used by one of your rule packs: change that pack from its page, or give this one its own id`]);
  }
  const before = resolveLibrary(others).problems;
  const after = resolveLibrary([...others, { id, version, yaml }]);
  const caused = [...after.problems].flatMap(([packId, list]) => (packId === id ? list : list.filter((p) => !before.get(packId)?.includes(p))));
  // This pack's own problems are named as the governance lead knows it: the file or the pasted text.
  const ownName = storedPackName(id, version);
  if (caused.length > 0) throw packProblems(caused.map((p) => (p.startsWith(ownName) ? `${sourceName(source)}${p.slice(ownName.length)}` : p)));
  const pack = after.packs.find((p) => p.id === id) as RulePack;
  await assertCommitteesStillCheck(pack);
  return { id, title };
}

/** A committee that asks for a counted majority needs a pack that counts categories. */
async function assertCommitteesStillCheck(pack: RulePack): Promise<void> {
  if ((pack.committee?.countedCategories ?? []).length > 0) return;
  const asking = (await CommitteeModel.find({ rulePack: pack.id }, { name: 1, quorum: 1 }).lean()).filter((c) => c.quorum?.countedMajority === true);
  if (asking.length > 0) {
    throw packProblems([`${asking.map((c) => c.name).join(', ')} ${asking.length === 1 ? 'asks' : 'ask'} for a counted majority at meetings, and this pack counts no categories (countedCategories): add them, or change the committee first`]);
  }
}

export async function addRulePack(input: unknown, actor: Actor, source: PackSource = {}) {
  const { yaml } = validate(newPackSchema, input);
  const { id, title } = await problemsOfSaving(yaml, 1, source, null);
  try {
    return await createVersioned(RulePackModel, RULE_PACK_RECORD_TYPE, { yaml, title }, actor, 'created', { id });
  } catch (error) {
    // Another save claimed the id between the check and this one.
    if (error instanceof ConcurrencyError) throw packProblems([`${sourceName(source)}: id "${id}" is already used by one of your rule packs`]);
    throw error;
  }
}

/** Saves a new version of one of the body's packs, provided nobody has saved it since `version`. */
export async function updateRulePack(id: string, input: unknown, actor: Actor, source: PackSource = {}) {
  await storedPack(id);
  const { yaml, version } = validate(packUpdateSchema, input);
  const { title } = await problemsOfSaving(yaml, version + 1, source, id);
  return updateVersioned(RulePackModel, RULE_PACK_RECORD_TYPE, id, version, { yaml, title }, actor);
}

/** One of the body's own packs; a shipped pack's id is refused as read-only. */
export async function storedPack(id: string) {
  if (shippedPackFiles().has(id)) throw new ForbiddenError(`Rule pack ${id} is shipped with the register and is read-only: add a pack of your own that extends it.`);
  const record = await RulePackModel.findById(id).lean();
  if (!record) throw new NotFoundError('The rule pack');
  return record;
}

/** Every pack: shipped ones and the body's own, with what each checks and which committees use it. */
export async function listRulePacks() {
  const [library, stored, committees] = await Promise.all([packLibrary(), RulePackModel.find({}, { title: 1, version: 1, updatedAt: 1 }).sort({ _id: 1 }).lean(), CommitteeModel.find({}, { rulePack: 1 }).lean()]);
  const usedBy = (id: string) => committees.filter((c) => c.rulePack === id).length;
  const describe = (pack: RulePack) => ({ id: pack.id, title: pack.title, version: pack.version, checksCommittees: checksCommittees(pack), committees: usedBy(pack.id) });
  return {
    shipped: library.packs.filter((p) => library.shippedIds.has(p.id)).map(describe),
    own: stored.map((r) => {
      const id = String(r._id);
      return { id, title: r.title, version: String(r.version), updatedAt: r.updatedAt, committees: usedBy(id), problems: library.problems.get(id) ?? [] };
    }),
  };
}

/** A pack as its page shows it: what it checks, its YAML, the committees it checks and, for the body's own, its history. */
export async function rulePackDetails(id: string) {
  const library = await packLibrary();
  const shipped = library.shippedIds.has(id);
  const record = shipped ? null : await RulePackModel.findById(id).lean();
  if (!shipped && !record) throw new NotFoundError('The rule pack');
  const file = shippedPackFiles().get(id);
  const [committees, history] = await Promise.all([
    CommitteeModel.find({ rulePack: id }, { name: 1 }).sort({ name: 1 }).lean(),
    record ? versionHistory(RULE_PACK_RECORD_TYPE, id) : Promise.resolve([]),
  ]);
  return {
    id,
    shipped,
    pack: library.packs.find((p) => p.id === id) ?? null,
    record,
    yaml: record ? record.yaml : fs.readFileSync(path.resolve(file?.file ?? ''), 'utf8'),
    problems: library.problems.get(id) ?? [],
    committees,
    history,
  };
}

/** The ids of the packs a committee can be checked against: those enabling committee rules, shipped or the body's own. */
export async function committeePackIds(): Promise<string[]> {
  return (await packLibrary()).packs.filter(checksCommittees).map((p) => p.id);
}
