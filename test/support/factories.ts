import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { CommitteeModel, type Committee } from '../../src/committees/committee.model';
import { MembershipModel, type Membership } from '../../src/committees/membership.model';
import { DeclarationModel, type Declaration } from '../../src/declarations/declaration.model';
import { OrganisationModel, type Organisation } from '../../src/organisations/organisation.model';
import { PersonModel } from '../../src/people/person.model';
import { createVersioned } from '../../src/shared/versionedRecords';
import type { Role } from '../../src/shared/vocabulary';

let counter = 0;

export async function aPerson(fields: { name?: string; email?: string; role?: Role; seniorApprover?: boolean } = {}) {
  counter += 1;
  const person = await createVersioned(
    PersonModel,
    'person',
    { name: fields.name ?? `Test Person ${counter}`, email: fields.email ?? `person${counter}@test.invalid`, role: fields.role ?? 'member', jobTitle: null, seniorApprover: fields.seniorApprover ?? false },
    SYSTEM_ACTOR,
  );
  return { ...person, id: String(person._id) };
}

export async function anOrganisation(fields: Partial<Organisation> & { name: string }) {
  const organisation = await createVersioned(OrganisationModel, 'organisation', { kind: 'gp-practice', aliases: [], supplier: false, ...fields }, SYSTEM_ACTOR);
  return { ...organisation, id: String(organisation._id) };
}

/** A committee (versioned and audited, as the services write it), with optional seats. */
export async function aCommittee(fields: Partial<Committee> & { organisationIds: string[]; members?: Omit<MembershipFields, 'committeeId'>[] }) {
  const { members = [], ...committeeFields } = fields;
  const committee = await createVersioned(
    CommitteeModel,
    'committee',
    { name: 'Primary Care Commissioning Committee', type: 'primary-care-commissioning', commissioningLevel: 'delegated', rulePack: 'nhs-pccc-2017', quorum: { minimumVoting: 3 }, ...committeeFields },
    SYSTEM_ACTOR,
  );
  const id = String(committee._id);
  for (const seat of members) await aMembership({ ...seat, committeeId: id });
  return { ...committee, id };
}

type MembershipFields = Partial<Membership> & { committeeId: string; personId: string };

export async function aMembership(fields: MembershipFields) {
  const membership = await createVersioned(MembershipModel, 'membership', { category: 'lay', role: 'member', voting: true, from: '2015-04-01', to: null, ...fields }, SYSTEM_ACTOR);
  return { ...membership, id: String(membership._id) };
}

/** An interest as a member declares it (financial, held by themselves, open-ended), written straight to the register. */
export async function aDeclaration(fields: Partial<Declaration> & { personId: string }) {
  const declaration = await createVersioned(
    DeclarationModel,
    'declaration',
    { type: 'financial', category: null, organisationId: null, organisationName: null, description: 'An interest', heldBy: 'self', from: '2009-01-01', to: null, declaredOn: '2015-03-15', actionTaken: null, ...fields },
    SYSTEM_ACTOR,
  );
  return { ...declaration, id: String(declaration._id) };
}
