/**
 * Reading rule packs from YAML files and folders. Every problem in every file is
 * collected and thrown together as one PackLoadError.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import type { RulePack } from '../engine/packs';
import { checkPackFile, PackLoadError, resolvePacks, type PackFile } from './resolve';
import { packFilesIn, shippedRulesDir, validatedShippedPacks } from './shippedPacks';

export { shippedRulesDir };

/** Paths in messages: relative to the working folder when inside it, as people type them. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function describeFsError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${shown(file)}: no such file or folder`;
  return `${shown(file)}: cannot be read (${(error as Error).message})`;
}

/** A path given as a file stands for itself; a folder for its *.yaml and *.yml files. */
function filesOf(target: string): string[] {
  return fs.statSync(target).isDirectory() ? packFilesIn(target) : [target];
}

/**
 * A pack's YAML text parsed (not yet checked): `name` stands for the file in messages, and a syntax
 * error names its line and column.
 */
export function parsePackYaml(name: string, text: string): { data?: unknown; problems: string[] } {
  try {
    return { data: parseYaml(text, { schema: CORE_SCHEMA, filename: name }), problems: [] };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return { problems: [`${name}: not valid YAML: ${reason}${mark ? ` (line ${mark.line + 1}, column ${mark.column + 1})` : ''}`] };
  }
}

function readPackFile(file: string): { pack?: PackFile; problems: string[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { problems: [describeFsError(file, error)] };
  }
  const { data, problems } = parsePackYaml(shown(file), text);
  return problems.length > 0 ? { problems } : checkPackFile(shown(file), data);
}

interface Library {
  packs: RulePack[];
  /** Each pack's file as read (before `extends` is resolved), by id. */
  files: Map<string, PackFile>;
  /** The pack id each path argument defined last, for loadPack. */
  idsByArgument: string[][];
}

function loadLibrary(pathsOrDirs: readonly string[]): Library {
  const problems: string[] = [];
  const byId = new Map<string, PackFile>();
  const idsByArgument: string[][] = [];
  for (const target of pathsOrDirs) {
    let files: string[];
    try {
      files = filesOf(target);
    } catch (error) {
      problems.push(describeFsError(target, error));
      continue;
    }
    if (files.length === 0) problems.push(`${shown(target)}: no rule packs (*.yaml, *.yml) in this folder`);
    // Within one argument an id must be unique; a later argument replaces an earlier one's pack.
    const here = new Map<string, PackFile>();
    for (const file of files) {
      const { pack, problems: fileProblems } = readPackFile(file);
      problems.push(...fileProblems);
      if (!pack) continue;
      const twin = here.get(pack.id);
      if (twin) problems.push(`${pack.file}: pack id "${pack.id}" is already used by ${twin.file}`);
      here.set(pack.id, pack);
      byId.set(pack.id, pack);
    }
    idsByArgument.push([...here.keys()]);
  }
  const resolved = resolvePacks(byId);
  problems.push(...resolved.problems);
  if (problems.length > 0) throw new PackLoadError(problems);
  return { packs: resolved.packs, files: byId, idsByArgument };
}

/**
 * Loads every pack in the given files and folders, resolving `extends` among them.
 * A pack whose id an earlier argument already defined replaces it, so
 * `loadPacks([shippedRulesDir(), 'ours/'])` lets a body's own packs replace shipped ones.
 * Returns the packs sorted by id; throws PackLoadError listing every problem.
 */
export function loadPacks(pathsOrDirs: readonly string[]): RulePack[] {
  return loadLibrary(pathsOrDirs).packs;
}

/** The packs in the top-level rules/ folder: as the build validated them, unless the files have changed since. */
export function loadShippedPacks(): RulePack[] {
  return validatedShippedPacks() ?? loadPacks([shippedRulesDir()]);
}

let shippedFiles: ReadonlyMap<string, PackFile> | undefined;

/**
 * The shipped packs' files as read, by id, read once per process: a body's own packs are resolved
 * together with them (they may extend a shipped pack). Throws PackLoadError if a shipped pack is bad.
 */
export function shippedPackFiles(): ReadonlyMap<string, PackFile> {
  shippedFiles ??= loadLibrary([shippedRulesDir()]).files;
  return shippedFiles;
}

/**
 * The worked example of rules/README.md ("at least three lay members; quorum: four, including an
 * executive and a lay member"), which the rule pack form shows: the README is its one home.
 */
export function workedExample(): string {
  const readme = fs.readFileSync(path.join(shippedRulesDir(), 'README.md'), 'utf8');
  return /```yaml\n# lay-three\.yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
}

/** Loads one pack file; a pack it `extends` may be one of the shipped packs. */
export function loadPack(file: string): RulePack {
  const { packs, idsByArgument } = loadLibrary([shippedRulesDir(), file]);
  const id = idsByArgument[1][0];
  return packs.find((pack) => pack.id === id) as RulePack;
}
