/** `npm run build`'s last step: validates the shipped packs and keeps them (shippedPacks.ts); a bad one fails the build. */
import { loadPacks } from './load';
import { PackLoadError } from './resolve';
import { keepValidatedShippedPacks, shippedRulesDir } from './shippedPacks';

try {
  keepValidatedShippedPacks(loadPacks([shippedRulesDir()]));
} catch (error) {
  if (!(error instanceof PackLoadError)) throw error;
  process.stderr.write(`A shipped rule pack is bad:\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
  process.exitCode = 1;
}
