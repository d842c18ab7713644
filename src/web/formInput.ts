/** Radio items for a yes-or-no question whose answer is a boolean. */
export const YES_NO = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

/** A form's list field: absent, one value, or several (repeated names) as a list of strings. */
export function formList(value: unknown): string[] {
  return [value ?? []].flat().map(String);
}

/** A textarea with one entry per line, blank lines dropped. */
export function formLines(value: unknown): string[] {
  return String(value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A query-string value as text: express may hand over a list or an object for crafted queries. */
export function queryText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
