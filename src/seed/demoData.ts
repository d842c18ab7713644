/**
 * The demo: loads the tables in demoRecords.ts (and the ICB's in icbDemo.ts) and the story in
 * demoStory.ts through the same versioned writes the app uses, in the order things happened and
 * stamped on their days, so every record has its history and its events in the audit trail.
 */
import { Types } from 'mongoose';
import { SYSTEM_ACTOR, type Actor } from '../audit/auditLog';
import { CommitteeModel } from '../committees/committee.model';
import { MembershipModel } from '../committees/membership.model';
import { ConfirmationModel } from '../declarations/confirmation.model';
import { DeclarationModel } from '../declarations/declaration.model';
import { GiftModel } from '../declarations/gift.model';
import { addDays, isActiveOn, longDate, todayUtc } from '../engine/dates';
import { EmailModel } from '../mail/email.model';
import type { EmailRequest } from '../mail/postman';
import { renderTemplate, TEMPLATES, type TemplateKey } from '../mail/templates';
import { OrganisationModel } from '../organisations/organisation.model';
import { PersonModel } from '../people/person.model';
import { registerState } from '../readModel/registerState';
import { RoundModel } from '../rounds/round.model';
import { reminderDays, roundFacts } from '../rounds/roundFacts';
import { createVersioned, updateVersioned } from '../shared/versionedRecords';
import type { Role } from '../shared/vocabulary';
import { COMMITTEES, CONFIRMATIONS, GIFTS, INTERESTS, ORGANISATIONS, PEOPLE, ROUND, daysAgo, type DemoDate, type DemoTables } from './demoRecords';
import { addDemoStory, type StoryRefs } from './demoStory';
import { ICB_TABLES } from './icbDemo';
import { Timeline } from './timeline';

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
const CCG_TABLES: DemoTables = { takenOn: daysAgo(730), organisations: ORGANISATIONS, people: PEOPLE, committees: COMMITTEES, interests: INTERESTS, confirmations: CONFIRMATIONS, gifts: GIFTS };
const DEMO: DemoTables[] = [CCG_TABLES, ICB_TABLES];

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
    person(where, gift.approval?.by);
    organisation(where, gift.from);
    [gift.offeredOn, gift.declaredOn, gift.approval?.on].forEach((value) => date(where, value));
  }
  return problems;
}

/**
 * Writes the demo into the connected database, which should be empty. Relative dates (daysAgo) count
 * back from `today`, so the register is mostly up to date whenever it is loaded, and its history ends
 * the day before.
 */
export async function loadDemoData(today: Date = new Date(), mail: DemoMailContext = DEFAULT_MAIL_CONTEXT): Promise<void> {
  const problems = demoDataProblems();
  if (problems.length > 0) throw new Error(`The demo data tables are inconsistent:\n${problems.join('\n')}`);
  const day = (value: DemoDate) => (typeof value === 'string' ? value : isoDaysBefore(today, value.daysAgo));
  const timeline = new Timeline();
  const [ccg] = DEMO.map((tables) => addTables(timeline, tables, day, todayUtc(today)));
  addDemoStory(timeline, ccg);
  const roundId = new Types.ObjectId().toHexString();
  timeline.on(day(ROUND.opensOn), (at) => openRound(roundId, day, at));
  await timeline.run();
  await logRoundEmails(roundId, mail);
}

/**
 * Adds a block of tables to the timeline: what predates the block's take-on day is recorded that day by
 * the governance lead (from the paper register); what came later, on its own day by whoever did it. A seat
 * or an interest that ended after it was recorded gets a second version on the day it ended.
 */
function addTables(timeline: Timeline, tables: DemoTables, day: (value: DemoDate) => string, today: string): StoryRefs {
  const takenOn = day(tables.takenOn);
  const recordedOn = (date: string) => (date > takenOn ? date : takenOn);
  const newIds = (rows: readonly unknown[]) => rows.map(() => new Types.ObjectId().toHexString());
  const optionalDay = (value: DemoDate | null | undefined) => (value == null ? null : day(value));
  /** Ends later than it was recorded, but before today: recorded open, then ended. */
  const endsLater = (to: string | null, recorded: string) => to !== null && to > recorded && to < today;

  const organisationRow = organisationRows(tables);
  const organisationIds = newIds(tables.organisations);
  const organisationId = (ref: string) => organisationIds[organisationRow.get(ref)!];
  const optionalOrganisationId = (ref: string | undefined) => (ref === undefined ? null : organisationId(ref));
  const personRow = personRows(tables);
  const personIds = newIds(tables.people);
  const personId = (email: string) => personIds[personRow.get(email)!];
  const actor = (email: string): Actor => {
    const row = tables.people[personRow.get(email)!];
    return { personId: personId(email), name: row.name, role: row.role };
  };
  const leadRow = tables.people.find((p) => p.role === 'governance-lead');
  const lead = leadRow ? actor(leadRow.email) : SYSTEM_ACTOR;
  /** Who wrote what a person did: the person, unless it came over from the paper register. */
  const writer = (email: string, recorded: string) => (recorded === takenOn ? lead : actor(email));
  const committeeIds = newIds(tables.committees);

  tables.organisations.forEach((row, i) => {
    const fields = { name: row.name, kind: row.kind, odsCode: row.ods ?? null, companiesHouseNumber: row.companiesHouse ?? null, aliases: row.aliases ?? [], memberOfId: optionalOrganisationId(row.memberOf), supplier: row.supplier ?? false };
    timeline.on(takenOn, (at) => createVersioned(OrganisationModel, 'organisation', fields, lead, 'created', { id: organisationIds[i], at }));
  });

  // A person is on the register from the first thing recorded about them.
  const firstDay = new Map<string, string>();
  const seen = (email: string, value: DemoDate | null | undefined) => {
    const date = optionalDay(value);
    if (date && (!firstDay.has(email) || date < firstDay.get(email)!)) firstDay.set(email, date);
  };
  tables.committees.forEach((c) => c.members.forEach((m) => seen(m.person, m.from)));
  tables.interests.forEach((row) => seen(row.person, row.declaredOn));
  tables.confirmations.forEach((row) => seen(row.person, row.confirmedOn));
  tables.gifts.forEach((row) => seen(row.person, row.declaredOn ?? row.offeredOn));
  tables.people.forEach((row, i) => {
    const fields = { name: row.name, email: row.email, role: row.role, jobTitle: row.jobTitle, seniorApprover: row.seniorApprover ?? false };
    timeline.on(recordedOn(firstDay.get(row.email) ?? takenOn), (at) => createVersioned(PersonModel, 'person', fields, lead, 'created', { id: personIds[i], at }));
  });

  tables.committees.forEach((row, i) => {
    const fields = {
      name: row.name,
      organisationIds: row.organisations.map(organisationId),
      type: row.type,
      commissioningLevel: row.commissioningLevel,
      rulePack: row.rulePack,
      quorum: row.quorum === undefined ? null : { minimumVoting: row.quorum },
    };
    timeline.on(takenOn, (at) => createVersioned(CommitteeModel, 'committee', fields, lead, 'created', { id: committeeIds[i], at }));
    for (const member of row.members) {
      const from = day(member.from);
      const to = optionalDay(member.to);
      const recorded = recordedOn(from);
      const id = new Types.ObjectId().toHexString();
      const fields = { committeeId: committeeIds[i], personId: personId(member.person), category: member.category, role: member.role, voting: member.voting, office: member.office ?? null, from };
      timeline.on(recorded, (at) => createVersioned(MembershipModel, 'membership', { ...fields, to: endsLater(to, recorded) ? null : to }, lead, 'created', { id, at }));
      if (endsLater(to, recorded)) timeline.on(to!, (at) => updateVersioned(MembershipModel, 'membership', id, 1, { to }, lead, 'ended', { at }));
    }
  });

  for (const row of tables.interests) {
    const recorded = recordedOn(day(row.declaredOn));
    const to = optionalDay(row.to);
    const id = new Types.ObjectId().toHexString();
    const fields = {
      personId: personId(row.person),
      type: row.type,
      category: row.category ?? null,
      organisationId: optionalOrganisationId(row.organisation),
      organisationName: row.organisationName ?? null,
      description: row.description,
      heldBy: row.heldBy ?? 'self',
      from: optionalDay(row.from),
      declaredOn: day(row.declaredOn),
      actionTaken: row.actionTaken ?? null,
    };
    timeline.on(recorded, (at) => createVersioned(DeclarationModel, 'declaration', { ...fields, to: endsLater(to, recorded) ? null : to }, writer(row.person, recorded), 'created', { id, at }));
    if (endsLater(to, recorded)) timeline.on(to!, (at) => updateVersioned(DeclarationModel, 'declaration', id, 1, { to, declaredOn: to! }, actor(row.person), 'ended', { at }));
  }

  for (const row of tables.confirmations) {
    const recorded = recordedOn(day(row.confirmedOn));
    timeline.on(recorded, (at) => createVersioned(ConfirmationModel, 'confirmation', { personId: personId(row.person), confirmedOn: day(row.confirmedOn), recordedAt: at }, writer(row.person, recorded), 'created', { at }));
  }

  for (const row of tables.gifts) {
    // An undeclared gift is on the register because the governance lead learned of it.
    const recorded = recordedOn(day(row.declaredOn ?? row.offeredOn));
    const id = new Types.ObjectId().toHexString();
    const fields = {
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
      approval: null,
    };
    timeline.on(recorded, (at) => createVersioned(GiftModel, 'gift', fields, row.declaredOn ? writer(row.person, recorded) : lead, 'created', { id, at }));
    const { approval } = row;
    if (approval) {
      const answer = { ...approval, by: personId(approval.by), on: recordedOn(day(approval.on)) };
      timeline.on(answer.on, (at) => updateVersioned(GiftModel, 'gift', id, 1, { approval: answer }, actor(approval.by), approval.outcome, { at }));
    }
  }

  return {
    day,
    takenOn,
    personId,
    organisationId,
    committeeId: (name: string) => committeeIds[tables.committees.findIndex((c) => c.name === name)],
    actor,
    seatedOn: (date: string) => [...new Set(tables.committees.flatMap((c) => c.members.filter((m) => isActiveOn({ from: day(m.from), to: optionalDay(m.to) }, date)).map((m) => m.person)))],
  };
}

/** What the demo's logged emails say the register is called and where it is. */
export interface DemoMailContext {
  bodyName: string;
  publicUrl: string;
}

const DEFAULT_MAIL_CONTEXT: DemoMailContext = { bodyName: 'NHS South Worcestershire CCG', publicUrl: 'http://localhost:3000' };

/** The round in progress, opened on its day for everyone then in scope. */
async function openRound(id: string, day: (value: DemoDate) => string, at: Date): Promise<void> {
  const opensOn = day(ROUND.opensOn);
  const year = Number(opensOn.slice(0, 4));
  const settings = { ...ROUND, name: `${ROUND.name} ${year}/${String(year + 1).slice(2)}`, opensOn, dueOn: day(ROUND.dueOn), scope: 'decision-making' as const, committeeIds: [] };
  const facts = roundFacts(await registerState());
  const people = facts.scopeOn(settings, opensOn);
  await createVersioned(RoundModel, 'round', { ...settings, status: 'open', people, openedOn: opensOn, closedOn: null }, SYSTEM_ACTOR, 'created', { id, at });
}

/**
 * The round's emails so far in the send log, as the scheduler logged them (opening emails, then the first
 * reminder to whoever had not returned by then), so the scheduler carries on from there rather than
 * sending them again.
 */
async function logRoundEmails(roundId: string, mail: DemoMailContext): Promise<void> {
  const round = (await RoundModel.findById(roundId).lean())!;
  const facts = roundFacts(await registerState());
  const firstReminder = reminderDays(round)[0];
  for (const personId of round.people) {
    const person = facts.people.get(personId)!;
    const variables = { personName: person.name, roundName: round.name, dueOn: longDate(round.dueOn), linkValidUntil: longDate(addDays(round.opensOn, 7)) };
    await logSentEmail(mail, { key: `round:${roundId}:opened:${personId}`, template: 'round-opened', to: person.email, personId, roundId, variables }, round.opensOn);
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
