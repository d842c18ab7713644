/** Money as people read and type it: one home for both directions, so every page and export agrees. */

/** "£12.50", "£1,200,000": pence shown only when there are some, then always two places. */
export function formatPounds(value: number): string {
  return `£${(value % 1 ? WITH_PENCE : WHOLE_POUNDS).format(value)}`;
}

// Made once: toLocaleString with options builds a formatter on every call, a third of a briefing page's time.
const WITH_PENCE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/**
 * What someone typed as an amount of money, as a number: "£1,200.50", "1200.5" and " 25 " are all read;
 * anything else is returned as typed, so validation can say what is wrong with it.
 */
export function readPounds(typed: unknown): unknown {
  if (typeof typed !== 'string') return typed;
  const cleaned = typed.trim().replace(/^£\s*/, '');
  return /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(cleaned) ? Number(cleaned.replace(/,/g, '')) : typed;
}
