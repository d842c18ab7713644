/** Rule packs: loading YAML files into the engine's RulePack (file I/O lives here, not in the engine). */
export { loadPack, loadPacks, loadShippedPacks, shippedRulesDir } from './load';
export { PackLoadError } from './resolve';
