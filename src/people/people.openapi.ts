import { ROLES } from '../shared/vocabulary';
import { closedObject, input, isoDate, json, listOf, oneOfVocabulary, operation, orNull, query, recordCollection, recordId, ref, storedRecord, text, version, type ApiDescription } from '../web/openapi';

const tag = 'People';

const fields = {
  name: { type: 'string', maxLength: 200 },
  email: { type: 'string', format: 'email', maxLength: 254, description: 'Stored in lower case; one person per address.' },
  role: oneOfVocabulary(ROLES),
  jobTitle: orNull({ type: 'string', maxLength: 200 }),
  decisionMaking: { type: 'boolean', description: 'Decision-making staff, who must declare even without a committee seat.' },
  decisionMakingReason: { ...orNull({ type: 'string', maxLength: 200 }), description: "Why they are decision-making staff, e.g. 'Band 8d and above'; required when decisionMaking is true." },
  lineManagerEmail: { ...orNull({ type: 'string', format: 'email', maxLength: 254 }), description: 'Copied into reminders once a return is overdue.' },
  seniorApprover: { type: 'boolean', description: "May approve or refuse others' hospitality above the gifts pack's threshold." },
};

const plannedPerson = closedObject({
  row: { type: 'integer' },
  name: text(),
  email: text(),
  role: oneOfVocabulary(ROLES),
  decisionMaking: fields.decisionMaking,
  decisionMakingReason: fields.decisionMakingReason,
  lineManagerEmail: fields.lineManagerEmail,
  existingId: orNull(text()),
});
const plannedMembership = closedObject({
  row: { type: 'integer' },
  email: text(),
  personName: text(),
  committeeId: recordId,
  committeeName: text(),
  category: text(),
  role: text(),
  voting: { type: 'boolean' },
  from: isoDate,
  to: orNull(isoDate),
  onRegister: { type: 'boolean', description: 'Already on the register: nothing will be written for it.' },
});

/** /api/people and /api/imports/people, described. */
export const peopleApiDescription: ApiDescription = {
  paths: {
    ...recordCollection({ path: '/api/people', tag, one: 'a person', listKey: 'people', schema: 'Person', create: ref('PersonInput'), update: ref('PersonUpdate') }),
    '/api/imports/people': {
      post: operation('/api/imports/people', {
        summary: 'Import people and their committee seats from CSV',
        tag,
        query: [query('dryRun', { type: 'string', enum: ['true', 'false'] }, 'true: answer what would be written, and write nothing.')],
        requestBody: {
          required: true,
          description: 'The CSV file (columns name, email, role, decisionMaking, decisionMakingReason, lineManagerEmail, committee, category, committeeRole, voting, from, to), as text/csv or as JSON. A bad row rejects the whole file.',
          content: { 'text/csv': { schema: text() }, 'application/json': { schema: input({ csv: text() }, ['csv']) } },
        },
        responses: {
          200: json(closedObject({ people: listOf(plannedPerson), memberships: listOf(plannedMembership) }), 'With dryRun=true: what the import would write.'),
          201: json(closedObject({ people: listOf(ref('Person')), memberships: listOf(ref('Membership')) }), 'The people and seats written.'),
        },
      }),
    },
  },
  schemas: {
    Person: storedRecord(fields),
    PersonInput: input(fields, ['name', 'email', 'role']),
    PersonUpdate: input({ ...fields, version }, ['name', 'email', 'role', 'version']),
  },
};
