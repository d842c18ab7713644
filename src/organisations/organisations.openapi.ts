import { ORGANISATION_KINDS } from '../shared/vocabulary';
import { input, listOf, oneOfVocabulary, orNull, query, recordCollection, recordId, ref, storedRecord, text, version, type ApiDescription } from '../web/openapi';

const fields = {
  name: { type: 'string', maxLength: 200 },
  kind: oneOfVocabulary(ORGANISATION_KINDS),
  odsCode: { ...orNull({ type: 'string', pattern: '^[A-Za-z0-9]{3,6}$' }), description: 'The ODS code, like M85001.' },
  companiesHouseNumber: orNull({ type: 'string', pattern: '^([0-9]{8}|[A-Za-z]{2}[0-9]{6})$' }),
  aliases: { ...listOf({ type: 'string', maxLength: 200 }), description: 'Other names the organisation is known by, each once.' },
  memberOfId: { ...orNull(recordId), description: 'The clinical commissioning group a GP practice belongs to.' },
  supplier: { type: 'boolean', description: 'Supplies goods or services to the commissioning body.' },
};

/** /api/organisations, described. */
export const organisationsApiDescription: ApiDescription = {
  paths: recordCollection({
    path: '/api/organisations',
    tag: 'Organisations',
    one: 'an organisation',
    listKey: 'organisations',
    schema: 'Organisation',
    create: ref('OrganisationInput'),
    update: ref('OrganisationUpdate'),
    listQuery: [query('search', text(), 'Only organisations whose name, other name or ODS code matches.')],
  }),
  schemas: {
    Organisation: storedRecord(fields),
    OrganisationInput: input(fields, ['name', 'kind']),
    OrganisationUpdate: input({ ...fields, version }, ['name', 'kind', 'version']),
  },
};
