import { longDate } from '../engine/dates';
import { formatPounds } from '../shared/money';
import type { Column, Row } from './register';

/** A cell as people read it: "30 June 2015", "£1,250". Spreadsheets and CSV keep the raw value. */
export function cellText(column: Column, value: Row[string]): string {
  if (value === null || value === undefined) return '';
  if (column.kind === 'date' && typeof value === 'string') return longDate(value);
  if (column.kind === 'money' && typeof value === 'number') return formatPounds(value);
  return String(value);
}
