/** The pack library a command works with: the shipped packs plus any `--rules` files or folders. */
import type { RulePack } from '../engine';
import { validatedShippedPacks } from '../rules/shippedPacks';
import type { CliIo } from './io';

/**
 * Packs from `--rules` join the shipped library; one with a shipped pack's id replaces
 * it. Returns undefined after reporting the problems when a pack is bad. With the shipped packs
 * alone, as the build validated them, neither YAML nor joi is loaded (see rules/shippedPacks.ts).
 */
export async function loadLibrary(extra: readonly string[], io: CliIo): Promise<RulePack[] | undefined> {
  const shipped = extra.length === 0 ? validatedShippedPacks() : undefined;
  if (shipped) return shipped;
  const { loadPacks, PackLoadError, shippedRulesDir } = await import('../rules');
  try {
    return loadPacks([shippedRulesDir(), ...extra]);
  } catch (error) {
    if (!(error instanceof PackLoadError)) throw error;
    io.err(`coi: bad rule pack:\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
    return undefined;
  }
}
