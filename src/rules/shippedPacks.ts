/**
 * The shipped packs as the build validated them. Checking a pack means YAML and joi, about a fifth of a
 * second before a check can start; the shipped packs change only with the code, so `npm run build`
 * validates them once (a bad one fails the build) and keeps the result beside the compiled code, with a
 * digest of the files it read. A reader uses it only while rules/ still holds exactly those files; after an
 * edit without a rebuild, the packs are read and checked from their files as any others are.
 *
 * This module loads neither YAML nor joi: `coi check` with the shipped packs never does.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RulePack } from '../engine/packs';
import { projectRoot } from '../paths';

/** The packs the project ships, in the top-level rules/ folder. */
export function shippedRulesDir(): string {
  return path.join(projectRoot, 'rules');
}

const VALIDATED_FILE = path.join(projectRoot, 'dist', 'rules', 'shipped-packs.json');

/** A folder's rule pack files (*.yaml, *.yml), in name order. */
export function packFilesIn(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

function digestOfPackFiles(folder: string): string {
  const hash = createHash('sha256');
  for (const file of packFilesIn(folder)) hash.update(path.basename(file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

interface Validated {
  digest: string;
  packs: RulePack[];
}

/** Keeps packs loaded, with every check, from a folder's files, with the digest of those files. */
export function keepValidatedPacks(folder: string, keptFile: string, packs: RulePack[]): void {
  fs.mkdirSync(path.dirname(keptFile), { recursive: true });
  fs.writeFileSync(keptFile, JSON.stringify({ digest: digestOfPackFiles(folder), packs } satisfies Validated));
}

/** The packs kept for a folder, or undefined when none were kept or its files have changed since. */
export function validatedPacks(folder: string, keptFile: string): RulePack[] | undefined {
  let kept: Validated;
  try {
    kept = JSON.parse(fs.readFileSync(keptFile, 'utf8')) as Validated;
  } catch {
    return undefined;
  }
  return kept.digest === digestOfPackFiles(folder) ? kept.packs : undefined;
}

/** The build's step, after loading the shipped packs with every check. */
export function keepValidatedShippedPacks(packs: RulePack[]): void {
  keepValidatedPacks(shippedRulesDir(), VALIDATED_FILE, packs);
}

/** The shipped packs as the build left them, or undefined when there are none or rules/ has changed since. */
export function validatedShippedPacks(): RulePack[] | undefined {
  return validatedPacks(shippedRulesDir(), VALIDATED_FILE);
}
