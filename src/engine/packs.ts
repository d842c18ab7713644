/**
 * Rule packs as the engine sees them (already loaded, validated and with `extends`
 * resolved by src/rules), and the choice of which pack's rule checks what.
 */
import { CATALOGUE, RULE_IDS, type RuleId, type RuleParams, type RuleScope } from './catalogue';
import { compareStrings, distinctSorted } from './describe';
import type { MemberCategory, Problem, QuorumSettings, Severity, Snapshot } from './types';

export interface EnabledRule<K extends RuleId> {
  enabled: true;
  severity: Severity;
  params: RuleParams[K];
  guidance: string;
}

/** A switched-off rule keeps its severity and guidance so listings can show them. */
export interface DisabledRule<K extends RuleId> {
  enabled: false;
  severity: Severity;
  params?: Partial<RuleParams[K]>;
  guidance: string;
}

export type RuleSetting<K extends RuleId> = EnabledRule<K> | DisabledRule<K>;

export type RuleTable = { [K in RuleId]?: RuleSetting<K> };

/** Settings several committee rules share, so the majority and the quorum cannot drift apart. */
export interface CommitteeSettings {
  /**
   * Categories that must form a majority of voting members, on the committee and at a meeting. A pack
   * without them (an ICB board's) must set `quorum.countedMajority: false`.
   */
  countedCategories?: MemberCategory[] | null;
  /** Default quorum settings; each one a committee's own `quorum` holds overrides the pack's. */
  quorum?: QuorumSettings | null;
}

export interface RulePack {
  id: string;
  version: string;
  title: string;
  /** The guidance document the pack follows. */
  source: string;
  /** The pack this one was derived from (informational: rules are already merged). */
  extends?: string | null;
  committee?: CommitteeSettings | null;
  rules: RuleTable;
}

/** The packs a default check takes gifts.* and register.* rules from. */
export const BODY_WIDE_PACK_IDS = ['nhs-gifts-hospitality-2017', 'nhs-register-2017'] as const;

/** One enabled rule, ready to run: its setting plus the pack it came from. */
export interface ActiveRule<K extends RuleId> {
  id: K;
  severity: Severity;
  params: RuleParams[K];
  guidance: string;
  pack: RulePack;
  /** Present whenever CATALOGUE says the rule uses it (checked when planning). */
  committee: CommitteeSettings;
}

/**
 * Stands in for a pack without committee settings. Only rules that never read them can
 * meet it: planRules refuses a pack that enables a rule needing them but has none.
 */
const NO_COMMITTEE_SETTINGS: CommitteeSettings = {};

/** The enabled rules for one scope; when two packs enable a rule, the later pack's setting wins. */
export class RuleSet {
  private readonly rules = new Map<RuleId, ActiveRule<RuleId>>();

  constructor(packs: readonly RulePack[], scope: RuleScope) {
    for (const pack of packs) {
      for (const id of RULE_IDS) {
        const setting = pack.rules[id];
        if (CATALOGUE[id].scope !== scope || !setting?.enabled) continue;
        this.rules.set(id, {
          id,
          severity: setting.severity,
          params: setting.params,
          guidance: setting.guidance,
          pack,
          committee: pack.committee ?? NO_COMMITTEE_SETTINGS,
        });
      }
    }
  }

  get<K extends RuleId>(id: K): ActiveRule<K> | undefined {
    return this.rules.get(id) as ActiveRule<K> | undefined;
  }

  /** Packs that supplied at least one rule. */
  packs(): RulePack[] {
    return [...new Set([...this.rules.values()].map((rule) => rule.pack))];
  }
}

export interface RulePlan {
  /** Rules for each committee, by committee id. */
  committees: Map<string, RuleSet>;
  body: RuleSet;
  /** Packs that supplied a rule, sorted by id: the findings document's `rulePacks`. */
  used: { id: string; version: string }[];
}

/** A committee may ask for a counted majority only when the packs behind its quorum rules count some categories. */
function countedMajorityProblems(rules: RuleSet, committeeIndex: number): Problem[] {
  const quorumRules = [rules.get('meeting.inquorate'), rules.get('conflict.inquorate-after-exclusions')];
  const without = distinctSorted(quorumRules.flatMap((rule) => (rule && !rule.committee.countedCategories?.length ? [rule.pack.id] : [])));
  return without.map((id) => ({
    path: `committees[${committeeIndex}].quorum.countedMajority`,
    message: `rule pack "${id}" counts no categories (countedCategories), so there is no counted majority to require: leave countedMajority out or set it to false`,
  }));
}

export type PlanResult = { ok: true; plan: RulePlan } | { ok: false; errors: Problem[] };

/**
 * Chooses which pack's rules check what.
 * Default: each committee with its own `rulePack`, the body with BODY_WIDE_PACK_IDS.
 * With `packIds`: exactly the named packs for everything, a later pack's setting
 * winning over an earlier one for a rule both enable.
 */
export function planRules(snapshot: Snapshot, library: readonly RulePack[], packIds?: readonly string[]): PlanResult {
  const byId = new Map(library.map((pack) => [pack.id, pack]));
  const errors: Problem[] = [];
  /** `what` names the pack in the message, e.g. `rule pack "ours" of committee "sw-pccc"`. */
  const lookUp = (id: string, path: string, what: string): RulePack | undefined => {
    const pack = byId.get(id);
    if (!pack) errors.push({ path, message: `${what} is not loaded (loaded packs: ${[...byId.keys()].sort(compareStrings).join(', ') || 'none'})` });
    return pack;
  };

  const committees = new Map<string, RuleSet>();
  let body: RuleSet;
  if (packIds) {
    const named = packIds.flatMap((id, i) => lookUp(id, `packIds[${i}]`, `rule pack "${id}"`) ?? []);
    const shared = new RuleSet(named, 'committee');
    for (const committee of snapshot.committees) committees.set(committee.id, shared);
    body = new RuleSet(named, 'body');
  } else {
    // Committees usually share a few packs: build each pack's rule set once.
    const perPack = new Map<string, RuleSet>();
    snapshot.committees.forEach((committee, i) => {
      const pack = lookUp(committee.rulePack, `committees[${i}].rulePack`, `rule pack "${committee.rulePack}" of committee "${committee.id}"`);
      if (!pack) return;
      let rules = perPack.get(pack.id);
      if (!rules) perPack.set(pack.id, (rules = new RuleSet([pack], 'committee')));
      committees.set(committee.id, rules);
    });
    body = new RuleSet(
      BODY_WIDE_PACK_IDS.flatMap((id) => lookUp(id, 'rulePacks', `body-wide rule pack "${id}"`) ?? []),
      'body',
    );
  }

  snapshot.committees.forEach((committee, i) => {
    const rules = committees.get(committee.id);
    if (rules && committee.quorum?.countedMajority === true) errors.push(...countedMajorityProblems(rules, i));
  });

  const used = new Set<RulePack>(body.packs());
  for (const rules of committees.values()) for (const pack of rules.packs()) used.add(pack);
  for (const pack of used) {
    const needy = RULE_IDS.filter((id) => CATALOGUE[id].usesCommitteeSettings && pack.rules[id]?.enabled);
    if (needy.length > 0 && !pack.committee) {
      errors.push({ path: `rulePacks.${pack.id}`, message: `enables ${needy.join(', ')} but sets no committee settings (countedCategories, quorum)` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      committees,
      body,
      used: [...used].map(({ id, version }) => ({ id, version })).sort((a, b) => compareStrings(a.id, b.id)),
    },
  };
}
