/**
 * The demo: loads the register in demoRecords.ts through the same versioned writes the app uses,
 * so every record has its version 1 in the history and an event in the audit trail.
 */
import { SYSTEM_ACTOR } from '../audit/auditLog';
import { CommitteeModel } from '../committees/committee.model';
import { MembershipModel } from '../committees/membership.model';
import { ConfirmationModel } from '../declarations/confirmation.model';
import { DeclarationModel } from '../declarations/declaration.model';
import { GiftModel } from '../declarations/gift.model';
import { OrganisationModel } from '../organisations/organisation.model';
import { PersonModel } from '../people/person.model';
import { createVersioned } from '../shared/versionedRecords';
import type { Role } from '../shared/vocabulary';
import { COMMITTEES, CONFIRMATIONS, GIFTS, INTERESTS, ORGANISATIONS, PEOPLE, type DemoDate, type DemoTables } from './demoRecords';
import { ICB_TABLES } from './icbDemo';

/** One sign-in account per role. The README lists these addresses: keep them as they are. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'sam.okafor@example.org', name: 'Dr Sam Okafor', role: 'member' },
  { email: 'governance.lead@example.org', name: 'Helen Marsh', role: 'governance-lead' },
  { email: 'auditor@example.org', name: 'Ian Blackwood', role: 'auditor' },
  { email: 'admin@example.org', name: 'Chris Doyle', role: 'admin' },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDaysBefore(today: Date, days: number): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - days)).toISOString().slice(0, 10);
}

/** Row numbers by every key a table may be referred to by. */
function keysOf<Row>(rows: readonly Row[], keys: (row: Row) => (string | undefined)[]): Map<string, number> {
  const index = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const key of keys(row)) {
      if (key === undefined) continue;
      if (index.has(key) && index.get(key) !== i) throw new Error(`Demo data: "${key}" names two rows`);
      index.set(key, i);
    }
  });
  return index;
}

/** The demo's tables: the Worcestershire CCGs, and the ICB that succeeded them, a block of its own. */
const DEMO: DemoTables[] = [{ organisations: ORGANISATIONS, people: PEOPLE, committees: COMMITTEES, interests: INTERESTS, confirmations: CONFIRMATIONS, gifts: GIFTS }, ICB_TABLES];

const organisationRows = (tables: DemoTables) => keysOf(tables.organisations, (o) => [o.name, o.ods, o.companiesHouse]);
const personRows = (tables: DemoTables) => keysOf(tables.people, (p) => [p.email]);

/** Every problem with the tables' references and dates, so a typo fails before anything is written. */
export function demoDataProblems(): string[] {
  return DEMO.flatMap(tableProblems);
}

/** A block of tables refers only to its own rows. */
function tableProblems(tables: DemoTables): string[] {
  const organisations = organisationRows(tables);
  const people = personRows(tables);
  const problems: string[] = [];
  const organisation = (where: string, ref: string | undefined) => {
    if (ref !== undefined && !organisations.has(ref)) problems.push(`${where}: no organisation "${ref}"`);
  };
  const person = (where: string, email: string | undefined) => {
    if (email !== undefined && !people.has(email)) problems.push(`${where}: no person "${email}"`);
  };
  const date = (where: string, value: DemoDate | null | undefined) => {
    if (typeof value === 'string' && !ISO_DATE.test(value)) problems.push(`${where}: "${value}" is not a YYYY-MM-DD date`);
  };

  tables.organisations.forEach((row, i) => {
    organisation(row.name, row.memberOf);
    if (row.memberOf !== undefined && (organisations.get(row.memberOf) ?? i) >= i) {
      problems.push(`${row.name}: its CCG ${row.memberOf} must come before it in its table of organisations`);
    }
  });
  for (const committee of tables.committees) {
    committee.organisations.forEach((ref) => organisation(committee.name, ref));
    for (const member of committee.members) {
      person(committee.name, member.person);
      date(`${committee.name}, ${member.person}`, member.from);
      date(`${committee.name}, ${member.person}`, member.to);
    }
  }
  for (const interest of tables.interests) {
    const where = `interest of ${interest.person}, "${interest.description}"`;
    person(where, interest.person);
    organisation(where, interest.organisation);
    [interest.from, interest.to, interest.declaredOn].forEach((value) => date(where, value));
  }
  for (const confirmation of tables.confirmations) {
    person('confirmation', confirmation.person);
    date(`confirmation of ${confirmation.person}`, confirmation.confirmedOn);
  }
  for (const gift of tables.gifts) {
    const where = `gift to ${gift.person}, "${gift.description}"`;
    person(where, gift.person);
    person(where, gift.approvedBy);
    organisation(where, gift.from);
    [gift.offeredOn, gift.declaredOn].forEach((value) => date(where, value));
  }
  return problems;
}

/**
 * Writes the demo register into the connected database, which should be empty. Relative dates
 * (daysAgo) count back from `today`, so the register is mostly up to date whenever it is loaded.
 */
export async function loadDemoData(today: Date = new Date()): Promise<void> {
  const problems = demoDataProblems();
  if (problems.length > 0) throw new Error(`The demo data tables are inconsistent:\n${problems.join('\n')}`);
  for (const tables of DEMO) await writeTables(tables, today);
}

async function writeTables(tables: DemoTables, today: Date): Promise<void> {
  const actor = SYSTEM_ACTOR;
  const day = (value: DemoDate) => (typeof value === 'string' ? value : isoDaysBefore(today, value.daysAgo));
  const optionalDay = (value: DemoDate | null | undefined) => (value == null ? null : day(value));

  const organisationRow = organisationRows(tables);
  const organisationIds: string[] = [];
  const organisationId = (ref: string) => organisationIds[organisationRow.get(ref)!];
  const optionalOrganisationId = (ref: string | undefined) => (ref === undefined ? null : organisationId(ref));
  for (const row of tables.organisations) {
    const created = await createVersioned(
      OrganisationModel,
      'organisation',
      {
        name: row.name,
        kind: row.kind,
        odsCode: row.ods ?? null,
        companiesHouseNumber: row.companiesHouse ?? null,
        aliases: row.aliases ?? [],
        memberOfId: optionalOrganisationId(row.memberOf),
        supplier: row.supplier ?? false,
      },
      actor,
    );
    organisationIds.push(String(created._id));
  }

  const personRow = personRows(tables);
  const personIds: string[] = [];
  const personId = (email: string) => personIds[personRow.get(email)!];
  for (const row of tables.people) {
    const created = await createVersioned(PersonModel, 'person', { name: row.name, email: row.email, role: row.role, jobTitle: row.jobTitle }, actor);
    personIds.push(String(created._id));
  }

  for (const row of tables.committees) {
    const committee = await createVersioned(
      CommitteeModel,
      'committee',
      {
        name: row.name,
        organisationIds: row.organisations.map(organisationId),
        type: row.type,
        commissioningLevel: row.commissioningLevel,
        rulePack: row.rulePack,
        quorum: row.quorum === undefined ? null : { minimumVoting: row.quorum },
      },
      actor,
    );
    for (const member of row.members) {
      await createVersioned(
        MembershipModel,
        'membership',
        {
          committeeId: String(committee._id),
          personId: personId(member.person),
          category: member.category,
          role: member.role,
          voting: member.voting,
          office: member.office ?? null,
          from: day(member.from),
          to: optionalDay(member.to),
        },
        actor,
      );
    }
  }

  for (const row of tables.interests) {
    await createVersioned(
      DeclarationModel,
      'declaration',
      {
        personId: personId(row.person),
        type: row.type,
        category: row.category ?? null,
        organisationId: optionalOrganisationId(row.organisation),
        organisationName: row.organisationName ?? null,
        description: row.description,
        heldBy: row.heldBy ?? 'self',
        from: optionalDay(row.from),
        to: optionalDay(row.to),
        declaredOn: day(row.declaredOn),
        actionTaken: row.actionTaken ?? null,
      },
      actor,
    );
  }

  for (const row of tables.confirmations) {
    await createVersioned(ConfirmationModel, 'confirmation', { personId: personId(row.person), confirmedOn: day(row.confirmedOn), recordedAt: new Date() }, actor);
  }

  for (const row of tables.gifts) {
    await createVersioned(
      GiftModel,
      'gift',
      {
        personId: personId(row.person),
        kind: row.kind,
        fromOrganisationId: optionalOrganisationId(row.from),
        fromName: row.fromName ?? null,
        description: row.description,
        valueGBP: row.valueGBP,
        cashOrVoucher: row.cashOrVoucher ?? false,
        offeredOn: day(row.offeredOn),
        accepted: row.accepted,
        declaredOn: optionalDay(row.declaredOn),
        approvedBy: row.approvedBy === undefined ? null : personId(row.approvedBy),
      },
      actor,
    );
  }
}
