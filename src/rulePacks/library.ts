/**
 * The rule packs the app checks with: the shipped packs (read-only, from the rules/ folder) and the
 * body's own, stored as versioned records. Both are resolved together, so a body's pack may extend a
 * shipped pack or another of its own. A stored pack's version is its record's version.
 */
import { CATALOGUE, RULE_IDS, type Requirement, type RulePack } from '../engine';
import { compareStrings } from '../engine/describe';
import { labelOf, MEMBER_CATEGORIES, MEMBERSHIP_ROLES, officeLabel } from '../shared/vocabulary';
import { checkPackFile, parsePackYaml, resolvePacks, shippedPackFiles, type PackFile } from '../rules';
import { registerState } from '../readModel/registerState';

export interface StoredPackText {
  id: string;
  version: number;
  yaml: string;
}

/** How a stored pack is named in problems: `Rule pack "ours" (version 2)`. */
export function storedPackName(id: string, version: number): string {
  return `Rule pack "${id}" (version ${version})`;
}

/**
 * A pack's YAML read as the pack it would be saved as: its version is the record's, whatever the YAML
 * says, so a check always names the version it used.
 */
export function readStoredPack(name: string, yaml: string, version: number): { pack?: PackFile; problems: string[] } {
  const { data, problems } = parsePackYaml(name, yaml);
  if (problems.length > 0) return { problems };
  const numbered = typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, version: String(version) } : data;
  return checkPackFile(name, numbered);
}

export interface PackLibrary {
  /** Every pack that loads, sorted by id. */
  packs: RulePack[];
  shippedIds: ReadonlySet<string>;
  /** The body's own packs' problems, by pack id: a pack with problems is left out of `packs`. */
  problems: ReadonlyMap<string, string[]>;
}

/** Resolves the shipped packs with these stored ones; what a stored pack's problems are is keyed by its id. */
export function resolveLibrary(stored: readonly StoredPackText[]): PackLibrary {
  const shipped = shippedPackFiles();
  const files = new Map(shipped);
  const problems = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (const { id, version, yaml } of stored) {
    const name = storedPackName(id, version);
    names.set(name, id);
    const read = readStoredPack(name, yaml, version);
    if (read.pack && read.pack.id === id && !shipped.has(id)) files.set(id, read.pack);
    else problems.set(id, read.problems.length > 0 ? read.problems : [`${name}: its id is not "${id}", or is a shipped pack's`]);
  }
  const resolved = resolvePacks(files);
  for (const problem of resolved.problems) {
    const id = names.get(problem.slice(0, problem.indexOf(': ')));
    if (id !== undefined) problems.set(id, [...(problems.get(id) ?? []), problem]);
  }
  // A pack built on a broken one is left out too; say why.
  const loaded = new Set(resolved.packs.map((p) => p.id));
  for (const { id, version } of stored) {
    if (!loaded.has(id) && !problems.has(id)) problems.set(id, [`${storedPackName(id, version)}: extends: "${files.get(id)?.extends}" does not load, so neither does this pack`]);
  }
  return { packs: resolved.packs, shippedIds: new Set(shipped.keys()), problems };
}

let cached: { key: string; library: PackLibrary } | undefined;

/** The library as it stands: resolved again only when a stored pack has changed since the last call. */
export async function packLibrary(): Promise<PackLibrary> {
  const stored = (await registerState())
    .all('rule-pack')
    .map((r) => ({ id: r._id, version: r.version, yaml: String(r.yaml) }))
    .sort((a, b) => compareStrings(a.id, b.id));
  const key = stored.map((p) => `${p.id}@${p.version}`).join(',');
  if (cached?.key !== key) {
    const library = resolveLibrary(stored);
    for (const [id, problems] of library.problems) console.error(`Rule pack ${id} is left out of checks until it is fixed:\n  ${problems.join('\n  ')}`);
    cached = { key, library };
  }
  return cached.library;
}

/** Whether a pack can check a committee: it enables at least one committee rule. */
export function checksCommittees(pack: RulePack): boolean {
  return RULE_IDS.some((id) => CATALOGUE[id].scope === 'committee' && pack.rules[id]?.enabled);
}

/** The offices a pack counts, in its requirements and its quorum, in the order it names them. */
export function officesCounted(pack: RulePack | undefined): string[] {
  const composition = pack?.rules['constitution.composition'];
  const requirements = [...(composition?.enabled ? composition.params.requirements : []), ...(pack?.committee?.quorum?.present ?? [])];
  return [...new Set(requirements.flatMap((r) => r.offices ?? []))];
}

/** Who a requirement counts, in words: "Independent non-executive member; role Member or Vice-chair". */
export function whoIsCounted(r: Requirement): string {
  const either = (values: readonly string[]) => values.join(' or ');
  return [
    ...(r.categories ? [either(r.categories.map((c) => labelOf(MEMBER_CATEGORIES, c)))] : []),
    ...(r.offices ? [either(r.offices.map(officeLabel))] : []),
    ...(r.roles ? [`role ${either(r.roles.map((role) => labelOf(MEMBERSHIP_ROLES, role)))}`] : []),
    ...(r.voting === true ? ['voting'] : r.voting === false ? ['not voting'] : []),
  ].join('; ') || 'Any member';
}
