/**
 * Words for registers read by others (auditors, the public): third person, where the declaration
 * forms speak to the declarer ("My spouse or partner").
 */
import { BREACH_RULES, DECISION_KINDS, INTEREST_CATEGORIES, labelOf } from '../shared/vocabulary';

export const INTEREST_TYPE_LABELS: Record<string, string> = {
  financial: 'Financial',
  'non-financial-professional': 'Non-financial professional',
  'non-financial-personal': 'Non-financial personal',
  indirect: 'Indirect',
  nil: 'Nil declaration',
};

const HELD_BY_LABELS: Record<string, string> = {
  self: 'Self',
  'spouse-or-partner': 'Spouse or partner',
  relative: 'Close relative',
  friend: 'Close friend',
  'business-partner': 'Business partner',
};

export const GIFT_KIND_LABELS: Record<string, string> = { gift: 'Gift', hospitality: 'Hospitality', travel: 'Travel or accommodation' };

export const PARTICIPATION_LABELS: Record<string, string> = {
  voted: 'voted',
  abstained: 'abstained',
  'did-not-vote': 'did not vote',
  'left-room': 'left the room',
  'excluded-from-discussion': 'excluded from the discussion',
};

export const label = (labels: Record<string, string>, value: string | null | undefined): string => (value ? (labels[value] ?? value) : '');

/** "Indirect (spouse or partner)": who holds an indirect interest is part of what it is. */
export function interestTypeLabel(declaration: { type: string; heldBy?: string | null }): string {
  const type = label(INTEREST_TYPE_LABELS, declaration.type);
  return declaration.heldBy && declaration.heldBy !== 'self' ? `${type} (${label(HELD_BY_LABELS, declaration.heldBy).toLowerCase()})` : type;
}

export const interestCategoryLabel = (category: string | null | undefined) => labelOf(INTEREST_CATEGORIES, category);

/** Every value the type filter can take, with the register it belongs to, for the export form. */
export const TYPE_FILTER_CHOICES: { value: string; label: string }[] = [
  ...Object.entries(INTEREST_TYPE_LABELS).map(([value, text]) => ({ value, label: `Interest: ${text}` })),
  ...Object.entries(GIFT_KIND_LABELS).map(([value, text]) => ({ value, label: `Gift or hospitality: ${text}` })),
  ...DECISION_KINDS.values.map((value) => ({ value, label: `Decision: ${DECISION_KINDS.labels[value]}` })),
  ...BREACH_RULES.values.map((value) => ({ value, label: `Breach: ${BREACH_RULES.labels[value]}` })),
];
