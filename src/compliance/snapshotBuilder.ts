import type {
  Committee as SnapshotCommittee,
  CommitteeType,
  CommissioningLevel,
  DeclarationType,
  GiftKind,
  HeldBy,
  MemberCategory,
  MemberRole,
  OrganisationKind,
  Snapshot,
} from '../engine';
import { approverOf } from '../declarations/gift.model';
import { derived } from '../readModel/derived';
import type { RecordStore } from '../readModel/recordStore';
import { allOf, collect, confirmationsInStore, currentRecords, inStore, type ConfirmationRecord, type RecordSource, type StoredRecord } from '../registers/recordSource';

const id = (doc: { _id: unknown }) => String(doc._id);

/** An agenda item's id in the snapshot: item ids are unique only within their meeting. */
export function snapshotItemId(meetingId: string, itemId: string): string {
  return `${meetingId}-${itemId}`;
}

/** The records a snapshot is made of. */
interface SnapshotRecords {
  organisations: StoredRecord<'organisation'>[];
  people: StoredRecord<'person'>[];
  committees: StoredRecord<'committee'>[];
  memberships: StoredRecord<'membership'>[];
  declarations: StoredRecord<'declaration'>[];
  confirmations: ConfirmationRecord[];
  gifts: StoredRecord<'gift'>[];
  meetings: StoredRecord<'meeting'>[];
  decisions: StoredRecord<'decision'>[];
}

/**
 * Reads a record source (the database's history, as at a past day) into a governance snapshot
 * (shared/spec/snapshot.md) for the engine. Joins happen here, in the application, because the portable
 * MongoDB subset has no $lookup. `recordsAsRecordedBy(endOfDay(asAt))` rebuilds the records as they stood
 * that day. For the register as it is now, `currentSnapshot` keeps its result.
 */
export async function buildSnapshot(asAt: string, source: RecordSource = currentRecords): Promise<Snapshot> {
  const [organisations, people, committees, memberships, declarations, confirmations, gifts, meetings, decisions] = await Promise.all([
    allOf(source, 'organisation'),
    allOf(source, 'person'),
    allOf(source, 'committee'),
    allOf(source, 'membership'),
    allOf(source, 'declaration'),
    collect(source.confirmations()),
    allOf(source, 'gift'),
    allOf(source, 'meeting'),
    allOf(source, 'decision'),
  ]);
  return assemble(asAt, { organisations, people, committees, memberships, declarations, confirmations, gifts, meetings, decisions });
}

/**
 * The register as it is now, as a snapshot judged on `asAt`: from the copy in memory, read in one go so no
 * save lands halfway, and kept until the next save. Shared between callers, so not to be changed.
 */
export const currentSnapshot = derived((store, asAt: string): Snapshot =>
  assemble(asAt, {
    organisations: inStore(store, 'organisation'),
    people: inStore(store, 'person'),
    committees: inStore(store, 'committee'),
    memberships: inStore(store, 'membership'),
    declarations: inStore(store, 'declaration'),
    confirmations: confirmationsInStore(store),
    gifts: inStore(store, 'gift'),
    meetings: inStore(store, 'meeting'),
    decisions: inStore(store, 'decision'),
  }),
);

/**
 * A committee's part of the register as it is now, as a snapshot judged on `asAt`: the committee, the people
 * who held its seats and those `alsoPeople` names, and every organisation (a decision may affect any, and an
 * interest may name one only by name), with what `more` adds. For what its callers read of it (a briefing,
 * the constitution rules, the conflict rules), the engine says the same as from the whole register's snapshot
 * (test/compliance/scopedSnapshots.test.ts).
 */
function committeePart(
  store: RecordStore,
  committeeId: string,
  asAt: string,
  alsoPeople: Iterable<string>,
  more: (personIds: ReadonlySet<string>) => Pick<SnapshotRecords, 'declarations' | 'meetings' | 'decisions'>,
): Snapshot {
  const memberships = inStore(store, 'membership', (m) => m.committeeId === committeeId);
  const personIds = new Set([...memberships.map((m) => m.personId), ...alsoPeople]);
  return assemble(asAt, {
    organisations: inStore(store, 'organisation'),
    people: inStore(store, 'person', (p) => personIds.has(id(p))),
    committees: inStore(store, 'committee', (c) => id(c) === committeeId),
    memberships,
    confirmations: [],
    gifts: [],
    ...more(personIds),
  });
}

/**
 * What a meeting's briefing, and the conflict rules on its decisions, read, judged on the meeting's date (or
 * `asAt`): its committee's part of the register with whoever attended or took part, their declarations, the
 * meeting and its decisions.
 */
export function meetingSnapshot(store: RecordStore, meeting: StoredRecord<'meeting'>, asAt = meeting.date): Snapshot {
  const meetingId = id(meeting);
  const attended = [...meeting.present, ...meeting.items.flatMap((item) => item.participation.map((p) => p.personId))];
  return committeePart(store, meeting.committeeId, asAt, attended, (personIds) => ({
    declarations: inStore(store, 'declaration', (d) => personIds.has(d.personId)),
    meetings: [meeting],
    decisions: inStore(store, 'decision', (d) => d.meetingId === meetingId),
  }));
}

/**
 * What the constitution rules read of a committee on `asAt`: its seats and who holds them, and `personId`, if
 * given, who is to take one. Kept until the next save.
 */
export const constitutionSnapshot = derived((store, committeeId: string, asAt: string, personId?: string): Snapshot =>
  committeePart(store, committeeId, asAt, personId ? [personId] : [], () => ({ declarations: [], meetings: [], decisions: [] })),
);

function assemble(asAt: string, records: SnapshotRecords): Snapshot {
  const { organisations, people, committees, memberships, declarations, confirmations, gifts, meetings, decisions } = records;
  const membersByCommittee = new Map<string, SnapshotCommittee['members']>();
  for (const m of memberships) {
    const list = membersByCommittee.get(m.committeeId) ?? [];
    list.push({ personId: m.personId, category: m.category as MemberCategory, role: m.role as MemberRole, voting: m.voting, office: m.office ?? null, from: m.from, to: m.to ?? null });
    membersByCommittee.set(m.committeeId, list);
  }

  return {
    snapshotVersion: 1,
    asAt,
    organisations: organisations.map((o) => ({
      id: id(o),
      name: o.name,
      kind: o.kind as OrganisationKind,
      odsCode: o.odsCode ?? null,
      companiesHouseNumber: o.companiesHouseNumber ?? null,
      memberOfId: o.memberOfId ?? null,
      aliases: o.aliases ?? [],
      supplier: o.supplier ?? false,
    })),
    people: people.map((p) => ({ id: id(p), name: p.name, email: p.email })),
    committees: committees.map((c) => ({
      id: id(c),
      name: c.name,
      organisationIds: c.organisationIds,
      type: c.type as CommitteeType,
      commissioningLevel: (c.commissioningLevel ?? null) as CommissioningLevel | null,
      rulePack: c.rulePack,
      quorum: c.quorum ?? null,
      members: membersByCommittee.get(id(c)) ?? [],
    })),
    declarations: declarations.map((d) => ({
      id: id(d),
      personId: d.personId,
      type: d.type as DeclarationType,
      category: d.category ?? null,
      organisationId: d.organisationId ?? null,
      organisationName: d.organisationName ?? null,
      description: d.description,
      heldBy: (d.heldBy ?? 'self') as HeldBy,
      from: d.from ?? null,
      to: d.to ?? null,
      declaredOn: d.declaredOn,
      actionTaken: d.actionTaken ?? null,
    })),
    confirmations: confirmations.map((c) => ({ personId: c.personId, confirmedOn: c.confirmedOn })),
    giftsAndHospitality: gifts.map((g) => ({
      id: id(g),
      personId: g.personId,
      kind: g.kind as GiftKind,
      fromOrganisationId: g.fromOrganisationId ?? null,
      fromName: g.fromName ?? null,
      description: g.description,
      valueGBP: g.valueGBP,
      cashOrVoucher: g.cashOrVoucher,
      offeredOn: g.offeredOn,
      accepted: g.accepted,
      declaredOn: g.declaredOn ?? null,
      approvedBy: approverOf(g),
    })),
    meetings: meetings.map((m) => ({
      id: id(m),
      committeeId: m.committeeId,
      date: m.date,
      present: m.present,
      items: m.items.map((item) => ({
        id: snapshotItemId(id(m), item.itemId),
        title: item.title,
        decisionId: item.decisionId ?? null,
        participation: item.participation.map((p) => ({ personId: p.personId, action: p.action })),
      })),
    })),
    decisions: decisions.map((d) => ({
      id: id(d),
      committeeId: d.committeeId,
      meetingId: d.meetingId,
      date: d.date,
      title: d.title,
      kind: d.kind,
      valueGBP: d.valueGBP ?? null,
      affectedOrganisationIds: d.affectedOrganisationIds,
      affectsAllPracticesOf: d.affectsAllPracticesOf ?? null,
    })),
  };
}
