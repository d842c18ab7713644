import { isActiveOn } from '../engine/dates';
import { interestCategoryLabel, interestTypeLabel } from './labels';
import type { Lookups } from './lookups';
import type { StoredRecord } from './recordSource';
import { filteredRows, type Register, type Subject } from './register';

type StoredDeclaration = StoredRecord<'declaration'>;

/** The organisation an interest concerns: the register's name for it, or the name the declarer typed. */
export function organisationOf(declaration: StoredDeclaration, lookups: Lookups): string {
  return declaration.organisationId ? lookups.organisationName(declaration.organisationId) : (declaration.organisationName ?? '');
}

function statusOn(declaration: StoredDeclaration, asAt: string): string {
  if (declaration.type === 'nil') return 'Nil declaration';
  if (declaration.from && declaration.from > asAt) return 'Not yet started';
  return isActiveOn(declaration, asAt) ? 'Current' : 'Ended';
}

export function declarationSubject(declaration: StoredDeclaration, onCommittee: Subject['onCommittee']): Subject {
  return { personIds: [declaration.personId], onCommittee, date: declaration.declaredOn, type: declaration.type };
}

/** Register 1: every declaration, nil ones included, as it stood on the as-at day. */
export const interestsRegister: Register = {
  id: 'interests',
  title: 'Register of interests',
  sheetName: 'Interests',
  columns: [
    { key: 'person', header: 'Name', kind: 'text', width: 22 },
    { key: 'type', header: 'Type of interest', kind: 'text', width: 20 },
    { key: 'category', header: 'Category', kind: 'text', width: 18 },
    { key: 'organisation', header: 'Organisation', kind: 'text', width: 26 },
    { key: 'description', header: 'Description', kind: 'text', width: 36 },
    { key: 'from', header: 'From', kind: 'date', width: 11 },
    { key: 'to', header: 'To', kind: 'date', width: 11 },
    { key: 'declaredOn', header: 'Declared on', kind: 'date', width: 11 },
    { key: 'actionTaken', header: 'Action taken', kind: 'text', width: 28 },
    { key: 'status', header: 'Status on the as-at day', kind: 'text', width: 14 },
    { key: 'version', header: 'Version', kind: 'text', width: 9 },
    { key: 'id', header: 'Record id', kind: 'text', width: 30 },
  ],
  rows: ({ asAt, source, lookups, filters }) =>
    filteredRows(
      source.each('declaration'),
      filters,
      (d) => declarationSubject(d, (committeeId) => lookups.hasSatOn(d.personId, committeeId)),
      (d) => ({
        person: lookups.personName(d.personId),
        type: interestTypeLabel(d),
        category: interestCategoryLabel(d.category),
        organisation: organisationOf(d, lookups),
        description: d.description,
        from: d.from,
        to: d.to,
        declaredOn: d.declaredOn,
        actionTaken: d.actionTaken ?? '',
        status: statusOn(d, asAt),
        version: String(d.version),
        id: d._id.toString(),
      }),
    ),
};
