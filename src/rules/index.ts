/** Rule packs: loading YAML files into the engine's RulePack (file I/O lives here, not in the engine). */
export { loadPack, loadPacks, loadShippedPacks, parsePackYaml, shippedPackFiles, shippedRulesDir, workedExample } from './load';
export { checkPackFile, PackLoadError, resolvePacks, type PackFile } from './resolve';
