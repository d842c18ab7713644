import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { CommitteeModel } from '../../src/committees/committee.model';
import { MembershipModel } from '../../src/committees/membership.model';
import { OrganisationModel, type Organisation } from '../../src/organisations/organisation.model';
import { PersonModel } from '../../src/people/person.model';
import { createVersioned } from '../../src/shared/versionedRecords';
import type { Role } from '../../src/shared/vocabulary';

let counter = 0;

export async function aPerson(fields: { name?: string; email?: string; role?: Role } = {}) {
  counter += 1;
  const person = await createVersioned(
    PersonModel,
    'person',
    { name: fields.name ?? `Test Person ${counter}`, email: fields.email ?? `person${counter}@test.invalid`, role: fields.role ?? 'member', jobTitle: null },
    SYSTEM_ACTOR,
  );
  return { ...person, id: String(person._id) };
}

export async function anOrganisation(fields: Partial<Organisation> & { name: string }) {
  const organisation = await createVersioned(OrganisationModel, 'organisation', { kind: 'gp-practice', aliases: [], supplier: false, ...fields }, SYSTEM_ACTOR);
  return { ...organisation, id: String(organisation._id) };
}

export interface MemberSeat {
  personId: string;
  category: string;
  role?: string;
  voting?: boolean;
  from?: string;
  to?: string | null;
}

/** A committee with its seats, written as the services would (versioned and audited). */
export async function aCommittee(fields: { name: string; organisationIds: string[]; rulePack?: string; type?: string; members?: MemberSeat[] }) {
  const committee = await createVersioned(
    CommitteeModel,
    'committee',
    {
      name: fields.name,
      organisationIds: fields.organisationIds,
      type: fields.type ?? 'primary-care-commissioning',
      commissioningLevel: 'delegated',
      rulePack: fields.rulePack ?? 'nhs-pccc-2017',
      quorum: null,
    },
    SYSTEM_ACTOR,
  );
  const id = String(committee._id);
  for (const seat of fields.members ?? []) {
    await createVersioned(
      MembershipModel,
      'membership',
      { committeeId: id, role: 'member', voting: true, from: '2015-04-01', to: null, ...seat },
      SYSTEM_ACTOR,
    );
  }
  return { ...committee, id };
}
