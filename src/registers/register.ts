/** What every register is: columns, and rows built one at a time from a record source. */
import type { Lookups } from './lookups';
import type { RecordSource } from './recordSource';

export const REGISTER_IDS = ['interests', 'gifts', 'decisions', 'breaches', 'published'] as const;
export type RegisterId = (typeof REGISTER_IDS)[number];

/** Dates are ISO strings and money is pounds; each writer shows them its own way. */
export type CellValue = string | number | null;
export type Row = Record<string, CellValue>;

export interface Column {
  key: string;
  header: string;
  kind: 'text' | 'date' | 'money';
  /** Roughly how many characters wide, for spreadsheet columns and PDF tables. */
  width: number;
}

export interface ExportFilters {
  committeeId: string | null;
  personId: string | null;
  /** The date range applies to the day each entry was declared, offered, decided or happened. */
  from: string | null;
  to: string | null;
  /** A type of interest, gift, decision or breach; registers without that type have no rows. */
  type: string | null;
}

export const NO_FILTERS: ExportFilters = { committeeId: null, personId: null, from: null, to: null, type: null };

/** What registers report besides their rows: how many published entries were withheld. */
export interface RegisterTally {
  withheld: number;
}

export interface RegisterInput {
  asAt: string;
  source: RecordSource;
  lookups: Lookups;
  filters: ExportFilters;
  tally: RegisterTally;
}

export interface Register {
  id: RegisterId;
  title: string;
  /** At most 31 characters, as spreadsheets require. */
  sheetName: string;
  columns: readonly Column[];
  rows(input: RegisterInput): AsyncIterable<Row>;
}

/** Who and what an entry concerns, for the filters. */
export interface Subject {
  personIds: readonly string[];
  onCommittee: (committeeId: string) => boolean;
  date: string | null;
  type: string;
}

export function matchesFilters(subject: Subject, filters: ExportFilters): boolean {
  if (filters.personId && !subject.personIds.includes(filters.personId)) return false;
  if (filters.committeeId && !subject.onCommittee(filters.committeeId)) return false;
  if (filters.type && subject.type !== filters.type) return false;
  if ((filters.from || filters.to) && !subject.date) return false;
  if (filters.from && subject.date && subject.date < filters.from) return false;
  if (filters.to && subject.date && subject.date > filters.to) return false;
  return true;
}

/** The rows of the records the filters keep, built one at a time. */
export async function* filteredRows<T>(
  records: AsyncIterable<T>,
  filters: ExportFilters,
  subjectOf: (record: T) => Subject,
  rowOf: (record: T) => Row,
): AsyncGenerator<Row> {
  for await (const record of records) {
    if (matchesFilters(subjectOf(record), filters)) yield rowOf(record);
  }
}
