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
import { allOf, collect, currentRecords, type RecordSource } from '../registers/recordSource';

const id = (doc: { _id: unknown }) => String(doc._id);

/** An agenda item's id in the snapshot: item ids are unique only within their meeting. */
export function snapshotItemId(meetingId: string, itemId: string): string {
  return `${meetingId}-${itemId}`;
}

/**
 * Reads the database into a governance snapshot (shared/spec/snapshot.md) for the engine. Joins happen
 * here, in the application, because the portable MongoDB subset has no $lookup. By default it reads the
 * records as they are now; `recordsAsRecordedBy(endOfDay(asAt))` rebuilds them as they stood that day.
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
