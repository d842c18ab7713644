/**
 * Writes a generated benchmark body into the database as the app stores it: one document per
 * record in each model's collection, ObjectId `_id`s with references held as their strings,
 * memberships as documents of their own, agenda items with their `itemId`. It inserts straight
 * into the collections in batches (no mongoose validation, no history, no audit): it is test
 * data, and the point is to measure reading it back.
 */
import { Types, type Model } from 'mongoose';
import { CommitteeModel } from '../../src/committees/committee.model';
import { MembershipModel } from '../../src/committees/membership.model';
import { DecisionModel } from '../../src/decisions/decision.model';
import { MeetingModel } from '../../src/decisions/meeting.model';
import { ConfirmationModel } from '../../src/declarations/confirmation.model';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { GiftModel } from '../../src/declarations/gift.model';
import type { Snapshot } from '../../src/engine/types';
import { OrganisationModel } from '../../src/organisations/organisation.model';
import { PersonModel } from '../../src/people/person.model';

const BATCH = 1000;

/** Snapshot ids to ObjectIds, per list, so a reference is the referenced document's id as a string. */
class Ids {
  private readonly ids = new Map<string, Types.ObjectId>();

  id(list: string, snapshotId: string): Types.ObjectId {
    const key = `${list}:${snapshotId}`;
    let id = this.ids.get(key);
    if (!id) this.ids.set(key, (id = new Types.ObjectId()));
    return id;
  }

  ref(list: string, snapshotId: string | null | undefined): string | null {
    return snapshotId == null ? null : String(this.id(list, snapshotId));
  }

  refs(list: string, snapshotIds: readonly string[]): string[] {
    return snapshotIds.map((id) => String(this.id(list, id)));
  }
}

async function insertAll(model: Model<never>, documents: object[]): Promise<void> {
  for (let i = 0; i < documents.length; i += BATCH) await model.collection.insertMany(documents.slice(i, i + BATCH), { ordered: false });
}

/** Loads the body; returns how many documents went into each collection. */
export async function loadBody(body: Snapshot): Promise<Record<string, number>> {
  const ids = new Ids();
  const now = new Date();
  const versioned = { version: 1, createdAt: now, updatedAt: now };

  const collections: [Model<never>, object[]][] = [
    [
      OrganisationModel as unknown as Model<never>,
      body.organisations.map((o) => ({
        _id: ids.id('organisations', o.id),
        name: o.name,
        kind: o.kind,
        odsCode: o.odsCode ?? null,
        companiesHouseNumber: o.companiesHouseNumber ?? null,
        aliases: o.aliases ?? [],
        memberOfId: ids.ref('organisations', o.memberOfId),
        supplier: o.supplier ?? false,
        ...versioned,
      })),
    ],
    [
      PersonModel as unknown as Model<never>,
      // Email is unique in the database; the generated people have none.
      body.people.map((p) => ({ _id: ids.id('people', p.id), name: p.name, email: p.email ?? `${p.id}@bench.invalid`, role: 'member', jobTitle: null, ...versioned })),
    ],
    [
      CommitteeModel as unknown as Model<never>,
      body.committees.map((c) => ({
        _id: ids.id('committees', c.id),
        name: c.name,
        organisationIds: ids.refs('organisations', c.organisationIds),
        type: c.type,
        commissioningLevel: c.commissioningLevel ?? null,
        rulePack: c.rulePack,
        quorum: c.quorum ?? null,
        ...versioned,
      })),
    ],
    [
      MembershipModel as unknown as Model<never>,
      body.committees.flatMap((c) =>
        c.members.map((m) => ({
          committeeId: ids.ref('committees', c.id),
          personId: ids.ref('people', m.personId),
          category: m.category,
          role: m.role,
          voting: m.voting,
          office: m.office ?? null,
          from: m.from,
          to: m.to ?? null,
          ...versioned,
        })),
      ),
    ],
    [
      DeclarationModel as unknown as Model<never>,
      body.declarations.map((d) => ({
        _id: ids.id('declarations', d.id),
        personId: ids.ref('people', d.personId),
        type: d.type,
        category: d.category ?? null,
        organisationId: ids.ref('organisations', d.organisationId),
        organisationName: d.organisationName ?? null,
        description: d.description ?? '',
        heldBy: d.heldBy ?? 'self',
        from: d.from ?? null,
        to: d.to ?? null,
        declaredOn: d.declaredOn,
        actionTaken: d.actionTaken ?? null,
        withheldReason: null,
        ...versioned,
      })),
    ],
    [
      ConfirmationModel as unknown as Model<never>,
      body.confirmations.map((c) => ({ personId: ids.ref('people', c.personId), confirmedOn: c.confirmedOn, recordedAt: now })),
    ],
    [
      GiftModel as unknown as Model<never>,
      body.giftsAndHospitality.map((g) => ({
        _id: ids.id('gifts', g.id),
        personId: ids.ref('people', g.personId),
        kind: g.kind,
        fromOrganisationId: ids.ref('organisations', g.fromOrganisationId),
        fromName: g.fromName ?? null,
        description: g.description ?? '',
        valueGBP: g.valueGBP,
        cashOrVoucher: g.cashOrVoucher ?? false,
        offeredOn: g.offeredOn,
        accepted: g.accepted,
        declaredOn: g.declaredOn ?? null,
        approvedBy: ids.ref('people', g.approvedBy),
        ...versioned,
      })),
    ],
    [
      MeetingModel as unknown as Model<never>,
      body.meetings.map((m) => ({
        _id: ids.id('meetings', m.id),
        committeeId: ids.ref('committees', m.committeeId),
        date: m.date,
        present: ids.refs('people', m.present),
        items: (m.items ?? []).map((item, i) => ({
          itemId: `item-${i + 1}`,
          title: item.title,
          decisionId: ids.ref('decisions', item.decisionId),
          participation: (item.participation ?? []).map((p) => ({ personId: ids.ref('people', p.personId), action: p.action })),
        })),
        ...versioned,
      })),
    ],
    [
      DecisionModel as unknown as Model<never>,
      body.decisions.map((d) => ({
        _id: ids.id('decisions', d.id),
        committeeId: ids.ref('committees', d.committeeId),
        meetingId: ids.ref('meetings', d.meetingId),
        date: d.date,
        title: d.title,
        kind: d.kind,
        valueGBP: d.valueGBP ?? null,
        affectedOrganisationIds: ids.refs('organisations', d.affectedOrganisationIds),
        affectsAllPracticesOf: ids.ref('organisations', d.affectsAllPracticesOf),
        ...versioned,
      })),
    ],
  ];

  const counts: Record<string, number> = {};
  for (const [model, documents] of collections) {
    await insertAll(model, documents);
    counts[model.collection.collectionName] = documents.length;
  }
  return counts;
}
