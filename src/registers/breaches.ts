import { allOf } from './recordSource';
import { BREACH_RULES, BREACH_STATUSES, labelOf } from '../shared/vocabulary';
import { filteredRows, type Register, type RegisterInput, type Row } from './register';

async function* breachRows({ source, lookups, filters }: RegisterInput): AsyncGenerator<Row> {
  const decisionTitles = new Map((await allOf(source, 'decision')).map((d) => [d._id.toString(), d.title]));
  yield* filteredRows(
    source.each('breach'),
    filters,
    (b) => ({ personIds: b.personId ? [b.personId] : [], onCommittee: (committeeId) => b.committeeId === committeeId, date: b.occurredOn, type: b.ruleId }),
    (b) => ({
      occurredOn: b.occurredOn,
      rule: labelOf(BREACH_RULES, b.ruleId),
      committee: lookups.committeeName(b.committeeId),
      person: lookups.personName(b.personId),
      decision: b.decisionId ? (decisionTitles.get(b.decisionId) ?? '') : '',
      message: b.message,
      status: labelOf(BREACH_STATUSES, b.status),
      actionTaken: b.actionTaken ?? '',
      firstFoundOn: new Date(b.firstFoundAt).toISOString().slice(0, 10),
      id: b._id.toString(),
    }),
  );
}

/** Register 4: breaches found by the conflict checks, and what was done about each. */
export const breachesRegister: Register = {
  id: 'breaches',
  title: 'Register of breaches',
  sheetName: 'Breaches',
  columns: [
    { key: 'occurredOn', header: 'Occurred on', kind: 'date', width: 11 },
    { key: 'rule', header: 'Breach', kind: 'text', width: 22 },
    { key: 'committee', header: 'Committee', kind: 'text', width: 24 },
    { key: 'person', header: 'Person', kind: 'text', width: 20 },
    { key: 'decision', header: 'Decision', kind: 'text', width: 24 },
    { key: 'message', header: 'What happened', kind: 'text', width: 40 },
    { key: 'status', header: 'Status', kind: 'text', width: 12 },
    { key: 'actionTaken', header: 'Action taken', kind: 'text', width: 28 },
    { key: 'firstFoundOn', header: 'First found on', kind: 'date', width: 11 },
    { key: 'id', header: 'Record id', kind: 'text', width: 30 },
  ],
  rows: breachRows,
};
