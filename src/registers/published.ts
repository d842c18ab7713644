/**
 * Register 5, the published register (shared/domain.md): the interests of decision-making staff (the
 * people who sit on a committee or the governing body on the day, and those marked as decision-making). An interest stays on it while it is
 * current and for 6 months after it ends. Entries a governance lead withheld are left out and counted.
 */
import { addMonths } from '../engine/dates';
import { declarationSubject, organisationOf } from './interests';
import { interestTypeLabel } from './labels';
import { matchesFilters, type Column, type Register, type RegisterInput, type Row } from './register';

export const MONTHS_ON_REGISTER_AFTER_ENDING = 6;

/** An entry that belongs on the published register, withheld or not. */
export interface PublishableEntry {
  declarationId: string;
  version: number;
  row: Row;
  withheldReason: string | null;
}

/** What the public page shows, and so what its CSV holds: never emails, never withheld reasons. */
export const PUBLISHED_COLUMNS: readonly Column[] = [
  { key: 'name', header: 'Name', kind: 'text', width: 22 },
  { key: 'roles', header: 'Positions', kind: 'text', width: 30 },
  { key: 'type', header: 'Type of interest', kind: 'text', width: 20 },
  { key: 'description', header: 'Description', kind: 'text', width: 36 },
  { key: 'organisation', header: 'Organisation', kind: 'text', width: 26 },
  { key: 'from', header: 'From', kind: 'date', width: 11 },
  { key: 'to', header: 'To', kind: 'date', width: 11 },
  { key: 'actionTaken', header: 'Action taken', kind: 'text', width: 30 },
];

/** The entries for the as-at day that the filters keep, withheld ones included. */
export async function* publishableEntries({ asAt, source, lookups, filters }: Omit<RegisterInput, 'tally'>): AsyncGenerator<PublishableEntry> {
  const endedNoEarlierThan = addMonths(asAt, -MONTHS_ON_REGISTER_AFTER_ENDING);
  for await (const d of source.each('declaration')) {
    if (d.type === 'nil' || !d.from || d.from > asAt || (d.to && d.to < endedNoEarlierThan)) continue;
    const positions = lookups.decisionMakingPositions(d.personId);
    if (!positions) continue; // not decision-making staff on the day
    const seats = lookups.seatsOn(d.personId);
    if (!matchesFilters(declarationSubject(d, (committeeId) => seats.some((s) => s.committeeId === committeeId)), filters)) continue;
    yield {
      declarationId: d._id.toString(),
      version: d.version,
      withheldReason: d.withheldReason ?? null,
      row: {
        name: lookups.personName(d.personId),
        roles: positions.join('; '),
        type: interestTypeLabel(d),
        description: d.description,
        organisation: organisationOf(d, lookups),
        from: d.from,
        to: d.to,
        actionTaken: d.actionTaken ?? '',
      },
    };
  }
}

async function* publishedRows(input: RegisterInput): AsyncGenerator<Row> {
  for await (const entry of publishableEntries(input)) {
    if (entry.withheldReason) input.tally.withheld += 1;
    else yield entry.row;
  }
}

export const publishedRegister: Register = {
  id: 'published',
  title: 'Published register of interests',
  sheetName: 'Published register',
  columns: PUBLISHED_COLUMNS,
  rows: publishedRows,
};
