/** The pack library a command works with: the shipped packs plus any `--rules` files or folders. */
import type { RulePack } from '../engine';
import { loadPacks, PackLoadError, shippedRulesDir } from '../rules';
import type { CliIo } from './io';

/**
 * Packs from `--rules` join the shipped library; one with a shipped pack's id replaces
 * it. Returns undefined after reporting the problems when a pack is bad.
 */
export function loadLibrary(extra: readonly string[], io: CliIo): RulePack[] | undefined {
  try {
    return loadPacks([shippedRulesDir(), ...extra]);
  } catch (error) {
    if (!(error instanceof PackLoadError)) throw error;
    io.err(`coi: bad rule pack:\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
    return undefined;
  }
}
