/**
 * Audit events as auditors read them: what happened to which record, named as people know it, and what
 * changed field by field, with the people, committees and organisations a record refers to by name.
 */
import { CommitteeModel } from '../committees/committee.model';
import { DecisionModel } from '../decisions/decision.model';
import { MeetingModel } from '../decisions/meeting.model';
import { DeclarationModel } from '../declarations/declaration.model';
import { isIsoDate, longDate, longDateTime } from '../engine/dates';
import { TEMPLATES, type TemplateKey } from '../mail/templates';
import { OrganisationModel } from '../organisations/organisation.model';
import { PersonModel } from '../people/person.model';
import { RoundModel } from '../rounds/round.model';
import { formatPounds } from '../shared/money';
import { isObjectId, namesById } from '../shared/records';
import * as vocabulary from '../shared/vocabulary';
import { labelOf, type Vocabulary } from '../shared/vocabulary';
import type { AuditEventView } from './auditSearch';

const RECORD_TYPES: Record<string, string> = {
  organisation: 'Organisation',
  person: 'Person',
  committee: 'Committee',
  membership: 'Committee membership',
  declaration: 'Declaration of interest',
  confirmation: 'Annual confirmation',
  gift: 'Gift or hospitality',
  meeting: 'Meeting',
  decision: 'Decision',
  breach: 'Breach',
  'api-token': 'API token',
  'compliance-run': 'Compliance check',
  export: 'Register export',
  round: 'Declaration round',
  'email-template': 'Email wording',
  return: 'Annual return',
};

const kindOf = (recordType: string) => RECORD_TYPES[recordType] ?? fieldLabel(recordType);

const VERBS: Record<string, string> = { republished: 'published again' };

/** "declaration.republished" -> "published again". */
function verbOf(action: string): string {
  const verb = action.slice(action.indexOf('.') + 1);
  return VERBS[verb] ?? verb.replace(/-/g, ' ');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Fields not worth telling: the bookkeeping every versioned record carries (the event's own time and
 * number say as much) and keys that only tie parts of a record together.
 */
const HIDDEN = new Set(['_id', 'version', 'createdAt', 'updatedAt', 'recordedAt', 'itemId']);

/** Field names that do not read well turned into words. */
const FIELD_LABELS: Record<string, string> = {
  odsCode: 'ODS code',
  valueGBP: 'Value',
  present: 'Members present',
  items: 'Agenda items',
  withheldReason: 'Why it is withheld',
  heldBy: 'Held by',
  memberOfId: 'Part of',
  fromName: 'Offered by',
  fromOrganisationId: 'Offered by',
  ruleId: 'Rule',
  manifest: 'Files',
};

/** The vocabulary a coded field's values come from: by record type and field, or by field alone. */
const VOCABULARIES: Record<string, Vocabulary<string>> = {
  'person.role': vocabulary.ROLES,
  'membership.role': vocabulary.MEMBERSHIP_ROLES,
  'membership.category': vocabulary.MEMBER_CATEGORIES,
  'declaration.category': vocabulary.INTEREST_CATEGORIES,
  'declaration.type': vocabulary.INTEREST_TYPES,
  'committee.type': vocabulary.COMMITTEE_TYPES,
  'organisation.kind': vocabulary.ORGANISATION_KINDS,
  'gift.kind': vocabulary.GIFT_KINDS,
  'decision.kind': vocabulary.DECISION_KINDS,
  'breach.status': vocabulary.BREACH_STATUSES,
  heldBy: vocabulary.HELD_BY,
  commissioningLevel: vocabulary.COMMISSIONING_LEVELS,
  action: vocabulary.PARTICIPATION_ACTIONS,
  ruleId: vocabulary.BREACH_RULES,
  scope: vocabulary.ROUND_SCOPES,
};

/** Lists of objects too long to read in full, said as a count. */
const COUNTED: Record<string, string> = { findings: 'findings' };

/** "decisionMakingReason" -> "Decision making reason"; "organisationIds" -> "Organisations". */
export function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  return capitalised(
    field
      .replace(/Ids$/, 's')
      .replace(/Id$/, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase(),
  );
}

type Names = Map<string, string>;

/** Every id a record's state mentions, at any depth. */
function idsIn(value: unknown, into: Set<string>): Set<string> {
  if (isObjectId(value)) into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => idsIn(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => idsIn(v, into));
  return into;
}

/**
 * The names of the records those ids are: people, organisations, committees, rounds, decisions,
 * declarations and meetings. Ids are unique across collections, so each is simply looked up in all.
 */
async function namesOf(ids: Set<string>): Promise<Names> {
  const wanted = [...ids];
  const found = await Promise.all([
    namesById(PersonModel, wanted),
    namesById(OrganisationModel, wanted),
    namesById(CommitteeModel, wanted),
    namesById(RoundModel, wanted),
    namesById(DecisionModel, wanted, 'title'),
    namesById(DeclarationModel, wanted, 'description'),
    namesById(MeetingModel, wanted, 'date').then((dates) => new Map([...dates].map(([id, date]) => [id, `the meeting on ${longDate(date)}`]))),
  ]);
  return new Map(found.flatMap((names) => [...names]));
}

type State = Record<string, unknown>;

function valueText(recordType: string, field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return field === 'valueGBP' ? formatPounds(value) : String(value);
  if (typeof value === 'string') {
    if (isObjectId(value)) return names.get(value) ?? value;
    if (isIsoDate(value)) return longDate(value);
    if (/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value)) return longDateTime(new Date(value));
    const vocab = VOCABULARIES[`${recordType}.${field}`] ?? VOCABULARIES[field];
    return vocab ? labelOf(vocab, value) : value;
  }
  if (Array.isArray(value)) {
    if (COUNTED[field]) return `${value.length} ${COUNTED[field]}`;
    return value.map((item) => valueText(recordType, field, item, names)).filter(Boolean).join(', ');
  }
  if (typeof value === 'object') {
    const { personId, action, name, sha256, files } = value as State;
    // What a member did on a decision: "Dr Sam Okafor: voted".
    if (personId && action && Object.keys(value).length === 2) return `${valueText(recordType, 'personId', personId, names)}: ${valueText(recordType, 'action', action, names).toLowerCase()}`;
    // A file of an export, by its digest; the rest of an export's manifest repeats the export's own fields.
    if (typeof name === 'string' && typeof sha256 === 'string') return `${name} (SHA-256 ${sha256})`;
    if (field === 'manifest') return valueText(recordType, 'files', files, names);
    // Who did something (an export, a check): their name says it.
    if (typeof name === 'string') return name;
    return Object.entries(value)
      .filter(([key, v]) => !HIDDEN.has(key) && valueText(recordType, key, v, names) !== '')
      .map(([key, v]) => `${fieldLabel(key)}: ${valueText(recordType, key, v, names)}`)
      .join('; ');
  }
  return String(value);
}

/** What the record is called: its name, title or description, with whose it is where that matters. */
function recordName(recordType: string, recordId: string, state: State | null, names: Names): string {
  const s = state ?? {};
  const name = (field: string) => valueText(recordType, field, s[field], names);
  const whose = (what: string) => (s.personId ? `${what} (${name('personId')})` : what);
  switch (recordType) {
    case 'membership':
      return `${name('personId')} on ${name('committeeId')}`;
    case 'declaration':
      return whose(s.type === 'nil' ? 'Nil declaration' : name('description'));
    case 'gift':
      return whose(name('description'));
    case 'confirmation':
      return whose(`Confirmed on ${name('confirmedOn')}`);
    case 'meeting':
      return `${name('committeeId')}, ${name('date')}`;
    case 'decision':
      return name('title');
    case 'breach':
      return name('message');
    case 'compliance-run':
    case 'export':
      return `As at ${name('asAt')}`;
    case 'return':
      return `${name('personId')}, ${name('roundId')}`;
    case 'email-template':
      return TEMPLATES[recordId as TemplateKey]?.title ?? recordId;
    default:
      return name('name') || name('title') || recordId;
  }
}

export interface Change {
  field: string;
  before: string;
  after: string;
}

export interface DescribedEvent {
  seq: number;
  at: Date;
  actorName: string;
  /** "updated", "ended", "published again". */
  verb: string;
  /** The type as stored, for filtering by it. */
  recordType: string;
  /** The type in words: "Declaration of interest". */
  recordKind: string;
  recordName: string;
  recordId: string;
  /** Whether there was a record before: a change lists before and after, a new record only what it holds. */
  changed: boolean;
  changes: Change[];
}

function changesBetween(recordType: string, before: State | null, after: State | null, names: Names): Change[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((f) => !HIDDEN.has(f));
  return fields
    .map((field) => ({
      field: fieldLabel(field),
      before: valueText(recordType, field, before?.[field], names),
      after: valueText(recordType, field, after?.[field], names),
    }))
    .filter((change) => change.before !== change.after);
}

const asState = (value: unknown): State | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as State) : null);

/** The events of one page of the trail, each described in words. */
export async function describeEvents(events: AuditEventView[]): Promise<DescribedEvent[]> {
  const ids = new Set<string>();
  for (const event of events) idsIn([event.before, event.after], ids);
  const names = await namesOf(ids);
  return events.map((event) => {
    const before = asState(event.before);
    const after = asState(event.after);
    return {
      seq: event.seq,
      at: event.at,
      actorName: event.actorName,
      verb: verbOf(event.action),
      recordType: event.recordType,
      recordKind: kindOf(event.recordType),
      recordName: recordName(event.recordType, event.recordId, after ?? before, names),
      recordId: event.recordId,
      changed: before !== null,
      changes: changesBetween(event.recordType, before, after, names),
    };
  });
}

/** The record types and actions for the filter lists, in words; their values stay as stored. */
export function auditChoices(stored: { recordTypes: string[]; actions: string[] }) {
  return {
    recordTypes: stored.recordTypes.map((value) => ({ value, label: kindOf(value) })),
    actions: stored.actions.map((value) => ({ value, label: `${kindOf(value.split('.')[0])}: ${verbOf(value)}` })),
  };
}
