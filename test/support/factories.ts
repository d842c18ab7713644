import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
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
