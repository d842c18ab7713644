/** Finding audit events for auditors: by the person they concern, the actor, the record, the day or the action. */
import Joi from 'joi';
import type { FilterQuery } from 'mongoose';
import { MembershipModel } from '../committees/membership.model';
import { BreachModel } from '../decisions/breach.model';
import { ConfirmationModel } from '../declarations/confirmation.model';
import { DeclarationModel } from '../declarations/declaration.model';
import { GiftModel } from '../declarations/gift.model';
import { endOfDay } from '../registers/recordSource';
import type { FieldError } from '../shared/errors';
import { isoDate, objectId, optional, validate } from '../shared/validation';
import { AuditEventModel, eventId } from './auditEvent.model';

export const EVENTS_PER_PAGE = 50;

export interface AuditQuery {
  personId: string | null;
  actorId: string | null;
  recordType: string | null;
  recordId: string | null;
  from: string | null;
  to: string | null;
  action: string | null;
  page: number;
}

const querySchema = Joi.object<AuditQuery>({
  personId: optional(objectId('Select a person from the list')),
  actorId: optional(objectId('Select who made the change from the list')),
  recordType: optional(Joi.string().trim().max(50)).label('Record type'),
  recordId: optional(Joi.string().trim().max(100)).label('Record id'),
  from: optional(isoDate()).label('From date'),
  to: optional(isoDate()).label('To date'),
  action: optional(Joi.string().trim().max(100)).label('Action'),
  page: Joi.number().integer().min(1).max(1_000_000).empty('').default(1).label('Page'),
});

function crossChecks(query: AuditQuery): FieldError[] {
  return query.from && query.to && query.to < query.from ? [{ field: 'to', message: 'To date must be the same as or after the from date' }] : [];
}

/** The ids of every record about a person: the events on those records are the events about them. */
async function recordIdsAbout(personId: string): Promise<string[]> {
  const found = await Promise.all([
    DeclarationModel.find({ personId }, { _id: 1 }).lean(),
    GiftModel.find({ personId }, { _id: 1 }).lean(),
    MembershipModel.find({ personId }, { _id: 1 }).lean(),
    ConfirmationModel.find({ personId }, { _id: 1 }).lean(),
    BreachModel.find({ personId }, { _id: 1 }).lean(),
  ]);
  return [personId, ...found.flat().map((r) => String(r._id))];
}

async function filterFor(query: AuditQuery): Promise<FilterQuery<unknown>> {
  const conditions: FilterQuery<unknown>[] = [];
  if (query.personId) conditions.push({ recordId: { $in: await recordIdsAbout(query.personId) } });
  if (query.recordId) conditions.push({ recordId: query.recordId });
  if (query.recordType) conditions.push({ recordType: query.recordType });
  if (query.actorId) conditions.push({ actorId: query.actorId });
  if (query.action) conditions.push({ action: query.action });
  if (query.from) conditions.push({ at: { $gte: new Date(`${query.from}T00:00:00.000Z`) } });
  if (query.to) conditions.push({ at: { $lte: endOfDay(query.to) } });
  return conditions.length > 0 ? { $and: conditions } : {};
}

export interface AuditEventView {
  seq: number;
  at: Date;
  actorName: string;
  action: string;
  recordType: string;
  recordId: string;
  hash: string;
  before: unknown;
  after: unknown;
}

/** One page of the events the query finds, newest first, and how many it finds in all. */
export async function searchAuditEvents(input: unknown): Promise<{ query: AuditQuery; events: AuditEventView[]; total: number; pages: number }> {
  const query = validate(querySchema, input, crossChecks);
  const filter = await filterFor(query);
  const [stored, total] = await Promise.all([
    AuditEventModel.find(filter).sort({ seq: -1 }).skip((query.page - 1) * EVENTS_PER_PAGE).limit(EVENTS_PER_PAGE).lean(),
    AuditEventModel.countDocuments(filter),
  ]);
  const events = stored.map((e) => {
    const { before, after } = JSON.parse(e.body) as { before: unknown; after: unknown };
    return { seq: e.seq, at: e.at, actorName: e.actorName, action: e.action, recordType: e.recordType, recordId: e.recordId, hash: e.hash, before, after };
  });
  return { query, events, total, pages: Math.max(1, Math.ceil(total / EVENTS_PER_PAGE)) };
}

/** The record types and actions the trail holds, for the filter lists. */
export async function auditVocabulary(): Promise<{ recordTypes: string[]; actions: string[] }> {
  const distinct = async (field: string) =>
    (await AuditEventModel.aggregate<{ _id: string }>([{ $group: { _id: `$${field}` } }, { $sort: { _id: 1 } }])).map((g) => g._id);
  const [recordTypes, actions] = await Promise.all([distinct('recordType'), distinct('action')]);
  return { recordTypes, actions };
}

/** The day the first thing was recorded in the register (the audit trail's first event), or null before then. */
export async function firstRecordedOn(): Promise<string | null> {
  const first = await AuditEventModel.findById(eventId(1), { at: 1 }).lean();
  return first ? first.at.toISOString().slice(0, 10) : null;
}
