import { parse } from 'csv-parse/sync';
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { CommitteeModel } from '../committees/committee.model';
import { MembershipModel } from '../committees/membership.model';
import { addMembership, periodsOverlap } from '../committees/memberships.service';
import { ValidationError } from '../shared/errors';
import { validate } from '../shared/validation';
import { MEMBER_CATEGORIES, MEMBERSHIP_ROLES, ROLES, type Role, type Vocabulary } from '../shared/vocabulary';
import { addPerson, roleGrantProblem } from './people.service';
import { PersonModel } from './person.model';
import { emailAddress } from './person.schemas';

/** The columns of an import file, in the documented order; name and email are the only ones every file needs. */
export const IMPORT_COLUMNS = ['name', 'email', 'role', 'decisionMaking', 'decisionMakingReason', 'lineManagerEmail', 'committee', 'category', 'committeeRole', 'voting', 'from', 'to'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
const REQUIRED_COLUMNS: Column[] = ['name', 'email'];

export const IMPORT_MAX_BYTES = 1024 * 1024;
const MAX_PROBLEMS = 50;

/** Everything a file would write, row by row; `existingId` and `onRegister` mark what is already there. */
export interface ImportPlan {
  people: { row: number; name: string; email: string; role: Role; decisionMaking: boolean; decisionMakingReason: string | null; lineManagerEmail: string | null; existingId: string | null }[];
  memberships: {
    row: number;
    email: string;
    personName: string;
    committeeId: string;
    committeeName: string;
    category: string;
    role: string;
    voting: boolean;
    from: string;
    to: string | null;
    onRegister: boolean;
  }[];
}

interface RowValues {
  name: string;
  email: string;
  role: Role;
  decisionMaking: boolean;
  decisionMakingReason: string | null;
  lineManagerEmail: string | null;
  committee?: string;
  category?: string;
  committeeRole?: string;
  voting?: boolean;
  from?: string;
  to?: string | null;
}

interface Row {
  row: number;
  value: RowValues;
}

const csvInput = Joi.object<{ csv: string }>({
  csv: Joi.string().max(IMPORT_MAX_BYTES).required().messages({
    'any.required': 'Choose a CSV file to upload, or paste the CSV',
    'string.empty': 'Choose a CSV file to upload, or paste the CSV',
    'string.base': 'Send the CSV as a text/csv body, or as JSON with the CSV text in a "csv" field',
    'string.max': 'The CSV must be 1 MB or smaller',
  }),
});

const ROW_MESSAGES = {
  'any.required': '{{#label}} is missing',
  'string.empty': '{{#label}} is missing',
  'any.unknown': '{{#label}} is given but committee is empty: a membership needs a committee',
  'string.max': '{{#label}} is longer than {{#limit}} characters',
  'string.email': "{{#label}} '{{#value}}' is not a valid email address",
  'boolean.base': "{{#label}} '{{#value}}' must be yes or no",
  'date.format': "{{#label}} '{{#value}}' must be a date like 2015-04-01 or 01/04/2015",
  'date.real': "{{#label}} '{{#value}}' is not a real date",
};

const oneOf = (vocab: Vocabulary<string>) => Joi.string().valid(...vocab.values).messages({ 'any.only': `{{#label}} '{{#value}}' is not one of ${vocab.values.join(', ')}` });

/** A date as YYYY-MM-DD or as a UK spreadsheet writes it, DD/MM/YYYY; impossible days are refused. */
const csvDate = () =>
  Joi.string().custom((text: string, helpers) => {
    const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    const iso = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : text;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return helpers.error('date.format');
    return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : helpers.error('date.real');
  });

/** A membership column: needed when the row names a committee, not allowed when it does not. */
const membershipColumn = (schema: Joi.Schema) => schema.empty('').when('committee', { is: Joi.exist(), then: Joi.required(), otherwise: Joi.forbidden() });

const rowSchema = Joi.object<RowValues>({
  name: Joi.string().trim().max(200).required(),
  email: emailAddress().required(),
  role: oneOf(ROLES).empty('').default('member'),
  decisionMaking: Joi.boolean().truthy('yes', 'y').falsy('no', 'n').empty('').default(false),
  decisionMakingReason: Joi.string().trim().max(200).empty('').default(null).when('decisionMaking', {
    is: true,
    then: Joi.required().messages({ 'any.required': '{{#label}} is missing: say why they are decision-making staff' }),
  }),
  lineManagerEmail: emailAddress().empty('').default(null),
  committee: Joi.string().max(200).empty(''),
  category: membershipColumn(oneOf(MEMBER_CATEGORIES)),
  committeeRole: membershipColumn(oneOf(MEMBERSHIP_ROLES)),
  voting: membershipColumn(Joi.boolean().truthy('yes', 'y').falsy('no', 'n')),
  from: membershipColumn(csvDate()),
  to: csvDate().empty('').when('committee', { is: Joi.exist(), then: Joi.allow(null).default(null), otherwise: Joi.forbidden() }),
}).messages(ROW_MESSAGES);

/** Every problem found in a file, reported in row order so they read down the spreadsheet. */
class Problems {
  private readonly found: { row: number; message: string }[] = [];
  add(row: number, message: string) {
    this.found.push({ row, message });
  }
  throwIfAny(): void {
    if (this.found.length === 0) return;
    const messages = [...this.found].sort((a, b) => a.row - b.row).map((p) => `Row ${p.row}: ${p.message}`);
    const shown = messages.slice(0, MAX_PROBLEMS);
    if (messages.length > MAX_PROBLEMS) shown.push(`and ${messages.length - MAX_PROBLEMS} more problems`);
    throw new ValidationError(shown.map((message) => ({ field: 'csv', message })));
  }
}

const fileProblem = (message: string) => new ValidationError([{ field: 'csv', message }]);

/**
 * The file's rows as column-to-text maps, numbered as a spreadsheet shows them (the header is row 1).
 * A header that cannot be read stops here; a row with the wrong number of values is a problem, skipped.
 */
function readRows(csv: string, problems: Problems): { row: number; fields: Partial<Record<Column, string>> }[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ended in the file; the typings do not model that option.
    records = parse(csv, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw fileProblem(`The file is not valid CSV: ${(error as Error).message}`);
  }
  const [header, ...data] = records;
  if (!header) throw fileProblem('The file is empty: it needs a header row naming the columns, then one row for each person');

  const canonical = new Map<string, Column>(IMPORT_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns = header.record.map((name) => {
    const column = canonical.get(name.toLowerCase());
    if (!column) problems.add(1, `unknown column '${name}': the columns are ${IMPORT_COLUMNS.join(', ')}`);
    return column;
  });
  for (const column of REQUIRED_COLUMNS) if (!columns.includes(column)) problems.add(1, `column '${column}' is missing`);
  for (const column of new Set(columns)) if (column && columns.indexOf(column) !== columns.lastIndexOf(column)) problems.add(1, `column '${column}' appears more than once`);
  problems.throwIfAny();

  const rows = data.filter(({ record }) => record.some((cell) => cell !== ''));
  if (rows.length === 0) problems.add(2, 'there are no people below the header row');
  return rows.flatMap(({ record, info }) => {
    if (record.length === columns.length) return [{ row: info.lines, fields: Object.fromEntries(columns.map((column, i) => [column, record[i]])) }];
    problems.add(info.lines, `has ${record.length} values but the header has ${columns.length} columns`);
    return [];
  });
}

function validRows(csv: string, problems: Problems): Row[] {
  return readRows(csv, problems).flatMap(({ row, fields }) => {
    try {
      return [{ row, value: validate(rowSchema, fields) }];
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      error.errors.forEach((e) => problems.add(row, e.message));
      return [];
    }
  });
}

/** The committees the rows name, by exact name; a name that is missing or shared is a problem on the row. */
async function committeesNamed(rows: Row[], problems: Problems) {
  const names = [...new Set(rows.flatMap((r) => (r.value.committee ? [r.value.committee] : [])))];
  const committees = await CommitteeModel.find({ name: { $in: names } }, { name: 1 }).lean();
  const byName = new Map<string, { id: string; name: string }>();
  for (const { row, value } of rows) {
    if (!value.committee) continue;
    const matches = committees.filter((c) => c.name === value.committee);
    if (matches.length === 0) problems.add(row, `committee '${value.committee}' is not on the register`);
    else if (matches.length > 1) problems.add(row, `committee '${value.committee}' names ${matches.length} committees: give them different names first`);
    else byName.set(value.committee, { id: String(matches[0]._id), name: matches[0].name });
  }
  return byName;
}

/** One person per email address: a person already on the register is reused, a new one comes from their first row. */
async function plannedPeople(rows: Row[], actor: Actor, problems: Problems): Promise<ImportPlan['people']> {
  const existing = await PersonModel.find({ email: { $in: rows.map((r) => r.value.email) } }, { email: 1, name: 1, role: 1, decisionMaking: 1, decisionMakingReason: 1, lineManagerEmail: 1 }).lean();
  const people = new Map<string, ImportPlan['people'][number]>();
  for (const { row, value } of rows) {
    const first = people.get(value.email);
    if (first) {
      if (!first.existingId && (first.name !== value.name || first.role !== value.role || first.decisionMaking !== value.decisionMaking || first.lineManagerEmail !== value.lineManagerEmail)) {
        problems.add(row, `email ${value.email} is also on row ${first.row} with a different name, role, decision-making or line manager`);
      }
      continue;
    }
    const onRegister = existing.find((p) => p.email === value.email);
    if (!onRegister) {
      const roleProblem = roleGrantProblem(value.role, actor);
      if (roleProblem) problems.add(row, `role '${value.role}': ${roleProblem}`);
    }
    people.set(value.email, onRegister
      ? { row, name: onRegister.name, email: value.email, role: onRegister.role, decisionMaking: !!onRegister.decisionMaking, decisionMakingReason: onRegister.decisionMakingReason ?? null, lineManagerEmail: onRegister.lineManagerEmail ?? null, existingId: String(onRegister._id) }
      : { row, name: value.name, email: value.email, role: value.role, decisionMaking: value.decisionMaking, decisionMakingReason: value.decisionMakingReason, lineManagerEmail: value.lineManagerEmail, existingId: null });
  }
  return [...people.values()];
}

/**
 * The seats the rows give. A seat already on the register (same person, committee and start) is
 * reused; one that overlaps another seat of the same person on that committee is a problem.
 */
async function plannedMemberships(rows: Row[], people: ImportPlan['people'], committees: Map<string, { id: string; name: string }>, problems: Problems) {
  const personOf = new Map(people.map((p) => [p.email, p]));
  const existingIds = people.flatMap((p) => (p.existingId ? [p.existingId] : []));
  const seats = await MembershipModel.find({ personId: { $in: existingIds }, committeeId: { $in: [...committees.values()].map((c) => c.id) } }).lean();
  const planned: ImportPlan['memberships'] = [];
  for (const { row, value } of rows) {
    const committee = value.committee ? committees.get(value.committee) : undefined;
    if (!committee || !value.from) continue;
    const person = personOf.get(value.email);
    if (!person) continue;
    const seat = { from: value.from, to: value.to ?? null };
    const sameSeat = (s: { committeeId: string; personId: string }) => s.committeeId === committee.id && s.personId === person.existingId;
    const onRegister = seats.some((s) => sameSeat(s) && s.from === seat.from);
    const clash =
      (!onRegister && seats.some((s) => sameSeat(s) && periodsOverlap(s, seat))) ||
      planned.some((p) => p.email === value.email && p.committeeId === committee.id && periodsOverlap(p, seat));
    if (clash) problems.add(row, `${value.email} already has a seat on ${committee.name} for some of these dates`);
    planned.push({
      row,
      email: value.email,
      personName: person.name,
      committeeId: committee.id,
      committeeName: committee.name,
      category: value.category ?? '',
      role: value.committeeRole ?? '',
      voting: value.voting ?? false,
      ...seat,
      onRegister,
    });
  }
  return planned;
}

/** Reads and checks a whole file without writing anything; any bad row rejects the file, naming every problem. */
export async function planPeopleImport(input: unknown, actor: Actor): Promise<ImportPlan> {
  const { csv } = validate(csvInput, { csv: input });
  const problems = new Problems();
  const rows = validRows(csv, problems);
  const committees = await committeesNamed(rows, problems);
  const people = await plannedPeople(rows, actor, problems);
  const memberships = await plannedMemberships(rows, people, committees, problems);
  problems.throwIfAny();
  return { people, memberships };
}

/** Checks the file again, then writes the new people and their seats through the same services as the forms. */
export async function importPeople(input: unknown, actor: Actor) {
  const plan = await planPeopleImport(input, actor);
  const personIds = new Map(plan.people.flatMap((p) => (p.existingId ? [[p.email, p.existingId] as const] : [])));
  const people = [];
  for (const p of plan.people.filter((p) => !p.existingId)) {
    const { name, email, role, decisionMaking, decisionMakingReason, lineManagerEmail } = p;
    const person = await addPerson({ name, email, role, decisionMaking, decisionMakingReason, lineManagerEmail }, actor);
    personIds.set(p.email, String(person._id));
    people.push(person);
  }
  const memberships = [];
  for (const m of plan.memberships.filter((m) => !m.onRegister)) {
    const { category, role, voting, from, to } = m;
    memberships.push(await addMembership(m.committeeId, { personId: personIds.get(m.email), category, role, voting, from, to }, actor));
  }
  return { people, memberships };
}
