/**
 * Wording shared by the rule messages, so every finding reads the same way:
 * plain English a committee chair can act on.
 */
import { longDate } from './dates';
import type { Committee, Decision, Declaration, MemberCategory } from './types';

/** Code-unit order: the same bytes on every machine, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text that starts a sentence or a heading: "executive directors" is "Executive directors". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and B", "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Distinct values, sorted, so a message never depends on the order of the snapshot's lists. */
export function distinctSorted(items: Iterable<string>): string[] {
  return [...new Set(items)].sort(compareStrings);
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Words after which a label's head noun has ended: "directors *of* nursing", "members *nominated* by trusts". */
const AFTER_HEAD_NOUN = new Set(['of', 'for', 'from', 'by', 'nominated', 'appointed', 'who', 'with', 'in', 'on', 'at', 'to']);

/**
 * The singular of a label written in the plural: its head noun (the last word before "of", "by",
 * "nominated" and the like) loses its plural ending. "independent non-executive members" gives
 * "independent non-executive member"; "directors of nursing" gives "director of nursing".
 */
export function singularOf(label: string): string {
  const words = label.split(' ');
  let head = words.findIndex((word, i) => i > 0 && AFTER_HEAD_NOUN.has(word.toLowerCase())) - 1;
  if (head < 0) head = words.length - 1;
  const word = words[head];
  if (/ies$/i.test(word)) words[head] = `${word.slice(0, -3)}y`;
  else if (/(ches|shes|sses|xes)$/i.test(word)) words[head] = word.slice(0, -2);
  else if (/[^s]s$/i.test(word)) words[head] = word.slice(0, -1);
  return words.join(' ');
}

/** "no chief executives", "1 chief executive", "3 chief executives", for a label written in the plural. */
export function countOf(count: number, pluralLabel: string): string {
  return count === 0 ? `no ${pluralLabel}` : `${count} ${count === 1 ? singularOf(pluralLabel) : pluralLabel}`;
}

/** £6, £75.50 */
export function money(value: number): string {
  return Number.isInteger(value) ? `£${value}` : `£${value.toFixed(2)}`;
}

/** How a member of each category is named in a sentence ("is a GP", "has no Healthwatch representative"). */
const CATEGORY_NOUNS: Record<MemberCategory, string> = {
  lay: 'lay member',
  executive: 'executive',
  gp: 'GP',
  nurse: 'nurse',
  'secondary-care-doctor': 'secondary care doctor',
  'other-clinician': 'clinician',
  'nhs-england': 'NHS England member',
  'local-authority': 'local authority representative',
  healthwatch: 'Healthwatch representative',
  'practice-manager': 'practice manager',
  officer: 'officer',
  other: 'member of another category',
  'non-executive': 'independent non-executive member',
  'partner-member': 'partner member',
};

/** Categories as adjectives, for groups ("lay, executive and NHS England members"). */
const CATEGORY_ADJECTIVES: Record<MemberCategory, string> = {
  lay: 'lay',
  executive: 'executive',
  gp: 'GP',
  nurse: 'nurse',
  'secondary-care-doctor': 'secondary care doctor',
  'other-clinician': 'other clinician',
  'nhs-england': 'NHS England',
  'local-authority': 'local authority',
  healthwatch: 'Healthwatch',
  'practice-manager': 'practice manager',
  officer: 'officer',
  other: 'other',
  'non-executive': 'independent non-executive',
  'partner-member': 'partner',
};

export function categoryNoun(category: MemberCategory): string {
  return CATEGORY_NOUNS[category];
}

/** "a GP", "an executive", "an NHS England member". */
export function withArticle(noun: string): string {
  return `${/^([aeiou]|NHS)/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** "lay, executive and NHS England members" */
export function categoryGroup(categories: readonly MemberCategory[]): string {
  return `${listJoin(categories.map((c) => CATEGORY_ADJECTIVES[c]))} members`;
}

/** "a lay member", "a lay member or an executive" */
export function anyOfCategories(categories: readonly MemberCategory[]): string {
  const nouns = categories.map((c) => withArticle(CATEGORY_NOUNS[c]));
  return nouns.length <= 1 ? nouns.join('') : `${nouns.slice(0, -1).join(', ')} or ${nouns[nouns.length - 1]}`;
}

/** "'Local incentive scheme' (Primary Care Commissioning Committee, 10 June 2015)" */
export function decisionReference(decision: Decision, committee: Committee): string {
  return `'${decision.title}' (${committee.name}, ${longDate(decision.date)})`;
}

const HOLDERS: Record<string, string> = {
  'spouse-or-partner': 'their spouse or partner',
  relative: 'a relative',
  friend: 'a friend',
  'business-partner': 'a business partner',
};

/** Who holds an indirect interest, or null for the person's own. */
export function indirectHolder(declaration: Declaration): string | null {
  if (declaration.heldBy != null && declaration.heldBy !== 'self') return HOLDERS[declaration.heldBy];
  return declaration.type === 'indirect' ? 'someone close to them' : null;
}

/** "'Partner at Example Surgery'", or the organisation when there is no description. */
export function declarationLabel(declaration: Declaration, organisationName: string | null): string {
  const description = declaration.description?.trim();
  if (description) return `'${description}'`;
  return `an interest in ${organisationName ?? 'an unnamed organisation'}`;
}
