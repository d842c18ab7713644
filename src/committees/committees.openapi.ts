import { COMMISSIONING_LEVELS, COMMITTEE_TYPES, MEMBER_CATEGORIES, MEMBERSHIP_ROLES } from '../shared/vocabulary';
import { closedObject, input, isoDate, json, jsonBody, listOf, oneOfVocabulary, operation, orNull, recordCollection, recordId, ref, storedRecord, text, version, type ApiDescription, type JsonSchema } from '../web/openapi';

const tag = 'Committees';

/** A count of members a constitution asks for, as rules/README.md describes. */
function requirement(): JsonSchema {
  return {
    type: 'object',
    properties: {
      id: text(),
      label: text(),
      categories: orNull(listOf(oneOfVocabulary(MEMBER_CATEGORIES))),
      offices: orNull(listOf(text())),
      roles: orNull(listOf(oneOfVocabulary(MEMBERSHIP_ROLES))),
      voting: orNull({ type: 'boolean' }),
      min: orNull({ type: 'integer', minimum: 0 }),
      max: orNull({ type: 'integer', minimum: 0 }),
    },
    required: ['id', 'label'],
    additionalProperties: false,
  };
}

const committeeFields = {
  name: { type: 'string', maxLength: 200 },
  organisationIds: { ...listOf(recordId), minItems: 1, description: 'The organisations the committee belongs to (two or more for a joint committee).' },
  type: oneOfVocabulary(COMMITTEE_TYPES),
  commissioningLevel: orNull(oneOfVocabulary(COMMISSIONING_LEVELS)),
  rulePack: { type: 'string', maxLength: 100, description: 'The id of the rule pack its constitution is checked against, e.g. nhs-pccc-2017.' },
  quorum: {
    ...orNull({
      type: 'object',
      properties: {
        minimumVoting: orNull({ type: 'integer', minimum: 1, maximum: 100 }),
        majorityOfVoting: orNull({ type: 'boolean' }),
        countedMajority: orNull({ type: 'boolean' }),
        chairOrViceChair: orNull({ type: 'boolean' }),
        present: { ...orNull(listOf(requirement())), description: 'Members who must be present, counted among the voting members present (only min is used).' },
      },
      additionalProperties: false,
    }),
    description: 'The quorum settings the committee sets itself; each one left out (or null) is the rule pack\'s.',
  },
};

const terms = {
  category: oneOfVocabulary(MEMBER_CATEGORIES),
  role: oneOfVocabulary(MEMBERSHIP_ROLES),
  voting: { type: 'boolean' },
  office: { ...orNull({ type: 'string', maxLength: 60 }), description: "The office held beyond the category, as rule packs count it, like finance-director ('Finance Director' is read as that)." },
  from: isoDate,
  to: { ...orNull(isoDate), description: 'The day the seat ended; null while it lasts.' },
};

const constitutionReason = {
  ...orNull({ type: 'string', maxLength: 1000 }),
  description: "Why the change should be saved although the committee would then break its constitution's rules; kept on the seat as constitutionNote.",
};
const constitutionNote = {
  ...orNull(closedObject({ reason: text(), ruleIds: listOf(text()) })),
  description: 'Given when the seat was saved although it broke these constitution rules, and why.',
};

/** /api/committees and their memberships, described. */
export const committeesApiDescription: ApiDescription = {
  paths: {
    ...recordCollection({ path: '/api/committees', tag, one: 'a committee', listKey: 'committees', schema: 'Committee', create: ref('CommitteeInput'), update: ref('CommitteeUpdate') }),
    '/api/committees/{id}/memberships': {
      get: operation('/api/committees/{id}/memberships', { summary: "List a committee's seats, past and present", tag, responses: { 200: json(closedObject({ memberships: listOf(ref('Membership')) }), 'The seats.') } }),
      post: operation('/api/committees/{id}/memberships', {
        summary: 'Give a person a seat on the committee',
        tag,
        requestBody: jsonBody(input({ personId: recordId, ...terms, constitutionReason }, ['personId', 'category', 'role', 'voting', 'from'])),
        responses: { 201: json(ref('Membership'), 'Added; Location gives its address.') },
      }),
    },
    '/api/memberships/{id}': {
      get: operation('/api/memberships/{id}', { summary: 'Read a seat', tag, responses: { 200: json(ref('Membership'), 'The seat.') } }),
      put: operation('/api/memberships/{id}', {
        summary: "Change a seat's terms",
        tag,
        requestBody: jsonBody(input({ ...terms, version, constitutionReason }, ['category', 'role', 'voting', 'from', 'version'])),
        versioned: true,
        responses: { 200: json(ref('Membership'), 'The seat as saved.') },
      }),
    },
    '/api/memberships/{id}/end': {
      post: operation('/api/memberships/{id}/end', {
        summary: 'End a seat (it is kept, with its end date)',
        tag,
        requestBody: jsonBody(input({ to: isoDate, version, constitutionReason }, ['to', 'version'])),
        versioned: true,
        responses: { 200: json(ref('Membership'), 'The seat as saved, ended.') },
      }),
    },
  },
  schemas: {
    Committee: storedRecord(committeeFields),
    CommitteeInput: input(committeeFields, ['name', 'organisationIds', 'type', 'rulePack']),
    CommitteeUpdate: input({ ...committeeFields, version }, ['name', 'organisationIds', 'type', 'rulePack', 'version']),
    Membership: storedRecord({ committeeId: recordId, personId: recordId, ...terms, constitutionNote }),
  },
};
