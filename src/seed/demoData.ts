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
import { addDays, longDate } from '../engine/dates';
import { EmailModel } from '../mail/email.model';
import type { EmailRequest } from '../mail/postman';
import { renderTemplate, TEMPLATES, type TemplateKey } from '../mail/templates';
import { registerState } from '../readModel/registerState';
import { RoundModel } from '../rounds/round.model';
import { reminderDays, roundFacts } from '../rounds/roundFacts';
import { COMMITTEES, CONFIRMATIONS, GIFTS, INTERESTS, ORGANISATIONS, PEOPLE, ROUND, type DemoDate } from './demoRecords';

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

const organisationRows = () => keysOf(ORGANISATIONS, (o) => [o.name, o.ods, o.companiesHouse]);
const personRows = () => keysOf(PEOPLE, (p) => [p.email]);

/** Every problem with the tables' references and dates, so a typo fails before anything is written. */
export function demoDataProblems(): string[] {
  const organisations = organisationRows();
  const people = personRows();
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

  ORGANISATIONS.forEach((row, i) => {
    organisation(row.name, row.memberOf);
    if (row.memberOf !== undefined && (organisations.get(row.memberOf) ?? i) >= i) {
      problems.push(`${row.name}: its CCG ${row.memberOf} must come before it in ORGANISATIONS`);
    }
  });
  for (const committee of COMMITTEES) {
    committee.organisations.forEach((ref) => organisation(committee.name, ref));
    for (const member of committee.members) {
      person(committee.name, member.person);
      date(`${committee.name}, ${member.person}`, member.from);
      date(`${committee.name}, ${member.person}`, member.to);
    }
  }
  for (const interest of INTERESTS) {
    const where = `interest of ${interest.person}, "${interest.description}"`;
    person(where, interest.person);
    organisation(where, interest.organisation);
    [interest.from, interest.to, interest.declaredOn].forEach((value) => date(where, value));
  }
  for (const confirmation of CONFIRMATIONS) {
    person('confirmation', confirmation.person);
    date(`confirmation of ${confirmation.person}`, confirmation.confirmedOn);
  }
  for (const gift of GIFTS) {
    const where = `gift to ${gift.person}, "${gift.description}"`;
    person(where, gift.person);
    person(where, gift.approval?.by);
    organisation(where, gift.from);
    [gift.offeredOn, gift.declaredOn, gift.approval?.on].forEach((value) => date(where, value));
  }
  return problems;
}

/**
 * Writes the demo register into the connected database, which should be empty. Relative dates
 * (daysAgo) count back from `today`, so the register is mostly up to date whenever it is loaded.
 */
export async function loadDemoData(today: Date = new Date(), mail: DemoMailContext = DEFAULT_MAIL_CONTEXT): Promise<void> {
  const problems = demoDataProblems();
  if (problems.length > 0) throw new Error(`The demo data tables are inconsistent:\n${problems.join('\n')}`);

  const actor = SYSTEM_ACTOR;
  const day = (value: DemoDate) => (typeof value === 'string' ? value : isoDaysBefore(today, value.daysAgo));
  const optionalDay = (value: DemoDate | null | undefined) => (value == null ? null : day(value));

  const organisationRow = organisationRows();
  const organisationIds: string[] = [];
  const organisationId = (ref: string) => organisationIds[organisationRow.get(ref)!];
  const optionalOrganisationId = (ref: string | undefined) => (ref === undefined ? null : organisationId(ref));
  for (const row of ORGANISATIONS) {
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

  const personRow = personRows();
  const personIds: string[] = [];
  const personId = (email: string) => personIds[personRow.get(email)!];
  for (const row of PEOPLE) {
    const created = await createVersioned(PersonModel, 'person', { name: row.name, email: row.email, role: row.role, jobTitle: row.jobTitle }, actor);
    personIds.push(String(created._id));
  }

  for (const row of COMMITTEES) {
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
          from: day(member.from),
          to: optionalDay(member.to),
        },
        actor,
      );
    }
  }

  for (const row of INTERESTS) {
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

  for (const row of CONFIRMATIONS) {
    await createVersioned(ConfirmationModel, 'confirmation', { personId: personId(row.person), confirmedOn: day(row.confirmedOn), recordedAt: new Date() }, actor);
  }

  for (const row of GIFTS) {
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
        approval: row.approval ? { ...row.approval, by: personId(row.approval.by), on: day(row.approval.on) } : null,
      },
      actor,
    );
  }

  await loadRound(day, mail);
}

/** What the demo's logged emails say the register is called and where it is. */
export interface DemoMailContext {
  bodyName: string;
  publicUrl: string;
}

const DEFAULT_MAIL_CONTEXT: DemoMailContext = { bodyName: 'NHS South Worcestershire CCG', publicUrl: 'http://localhost:3000' };

/**
 * The round in progress, opened on its day, with the emails it has sent so far in the send log as the
 * scheduler logged them (opening emails, then the first reminder to whoever had not returned by then),
 * so the scheduler carries on from there rather than sending them again.
 */
async function loadRound(day: (value: DemoDate) => string, mail: DemoMailContext): Promise<void> {
  const opensOn = day(ROUND.opensOn);
  const year = Number(opensOn.slice(0, 4));
  const settings = { ...ROUND, name: `${ROUND.name} ${year}/${String(year + 1).slice(2)}`, opensOn, dueOn: day(ROUND.dueOn), scope: 'decision-making' as const, committeeIds: [] };
  const facts = roundFacts(await registerState());
  const round = await createVersioned(
    RoundModel,
    'round',
    { ...settings, status: 'open', people: facts.scopeOn(settings, opensOn), openedOn: opensOn, closedOn: null },
    SYSTEM_ACTOR,
    'created',
    { at: new Date(`${opensOn}T08:00:00Z`) },
  );
  const roundId = String(round._id);
  const firstReminder = reminderDays(round)[0];
  for (const personId of round.people) {
    const person = facts.people.get(personId)!;
    const variables = { personName: person.name, roundName: round.name, dueOn: longDate(round.dueOn), linkValidUntil: longDate(addDays(opensOn, 7)) };
    await logSentEmail(mail, { key: `round:${roundId}:opened:${personId}`, template: 'round-opened', to: person.email, personId, roundId, variables }, opensOn);
    if (firstReminder && !facts.returnedBy({ ...round, _id: roundId }, personId, firstReminder)) {
      const reminder = { ...variables, linkValidUntil: longDate(addDays(firstReminder, 7)), overdue: false, daysOverdue: 0 };
      await logSentEmail(mail, { key: `round:${roundId}:reminder:0:${personId}`, template: 'round-reminder', to: person.email, personId, roundId, variables: reminder }, firstReminder);
    }
  }
}

async function logSentEmail(mail: DemoMailContext, request: EmailRequest & { template: TemplateKey }, on: string): Promise<void> {
  const at = new Date(`${on}T09:00:00Z`);
  const text = renderTemplate(TEMPLATES[request.template], { bodyName: mail.bodyName, registerUrl: mail.publicUrl, ...request.variables, link: '[sign-in link]' });
  await EmailModel.collection.insertOne({
    _id: request.key as never,
    template: request.template,
    templateVersion: 0,
    to: request.to,
    personId: request.personId ?? null,
    roundId: request.roundId ?? null,
    variables: request.variables,
    signIn: null,
    attachments: [],
    status: 'sent',
    mode: 'outbox',
    deliveredTo: request.to,
    subject: text.subject,
    body: text.text,
    attempts: [{ at, ok: true, error: null }],
    nextAttemptAt: null,
    createdAt: at,
    sentAt: at,
  });
}
