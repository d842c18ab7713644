import { BREACH_RULES, BREACH_STATUSES, DECISION_KINDS, PARTICIPATION_ACTIONS } from '../shared/vocabulary';
import { closedObject, input, isoDate, json, jsonBody, listOf, oneOfVocabulary, operation, orNull, query, recordCollection, recordId, ref, storedRecord, text, version, type ApiDescription } from '../web/openapi';

const meetingsTag = 'Meetings and decisions';
const breachesTag = 'Breaches';

const participationEntry = {
  personId: recordId,
  action: oneOfVocabulary(PARTICIPATION_ACTIONS),
  reason: { ...orNull({ type: 'string', maxLength: 1000 }), description: 'Why a member with an interest in the decision voted; required for one.' },
};
const participation = { ...listOf(closedObject(participationEntry)), description: 'What each member did on the item.' };
const participationInput = {
  ...listOf(input({ ...participationEntry, confirmed: { type: 'boolean', description: 'The governance lead confirms that a member with an interest in the decision voted; required, with a reason, for one.' } }, ['personId', 'action'])),
  description: 'What each member did on the item.',
};
const itemId = { type: 'string', pattern: '^item-\\d+$', description: 'Stable within the meeting, like item-1.' };

const decisionContent = {
  title: { type: 'string', maxLength: 300 },
  kind: oneOfVocabulary(DECISION_KINDS),
  valueGBP: orNull({ type: 'number', minimum: 0 }),
  affectedOrganisationIds: { ...listOf(recordId), description: 'The practices or providers the decision pays or contracts.' },
  affectsAllPracticesOf: { ...orNull(recordId), description: 'Every GP practice of this clinical commissioning group.' },
};

const meetingFields = {
  committeeId: recordId,
  date: isoDate,
  present: listOf(recordId),
  items: listOf(closedObject({ itemId, title: text(), decisionId: orNull(recordId), participation })),
};

/** /api/committees/{id}/meetings, /api/meetings, /api/decisions and /api/breaches, described. */
export const decisionsApiDescription: ApiDescription = {
  paths: {
    '/api/committees/{id}/meetings': {
      get: operation('/api/committees/{id}/meetings', { summary: "List a committee's meetings", tag: meetingsTag, responses: { 200: json(closedObject({ meetings: listOf(ref('Meeting')) }), 'The meetings.') } }),
      post: operation('/api/committees/{id}/meetings', {
        summary: 'Record a meeting of the committee',
        tag: meetingsTag,
        requestBody: jsonBody(input({ date: isoDate, present: { ...listOf(recordId), description: 'The members present.' } }, ['date'])),
        responses: { 201: json(ref('Meeting'), 'Recorded; Location gives its address.') },
      }),
    },
    '/api/meetings/{id}': {
      get: operation('/api/meetings/{id}', { summary: 'Read a meeting, with its agenda and who did what', tag: meetingsTag, responses: { 200: json(ref('Meeting'), 'The meeting.') } }),
      put: operation('/api/meetings/{id}', {
        summary: 'Change a meeting: its date and who was present, and with `items` the whole agenda',
        tag: meetingsTag,
        requestBody: jsonBody(
          input(
            {
              date: isoDate,
              present: listOf(recordId),
              items: { ...listOf(input({ itemId, title: { type: 'string', maxLength: 300 }, decisionId: orNull(recordId), participation: participationInput }, ['title'])), description: 'An item without an itemId is a new one.' },
              version,
            },
            ['date', 'version'],
          ),
        ),
        versioned: true,
        responses: { 200: json(ref('Meeting'), 'The meeting as saved.') },
      }),
    },
    '/api/meetings/{id}/items': {
      post: operation('/api/meetings/{id}/items', {
        summary: 'Add an agenda item, and the decision it leads to',
        tag: meetingsTag,
        requestBody: jsonBody(
          input(
            {
              title: { type: 'string', maxLength: 300 },
              version: { ...version, description: "The meeting's version." },
              decision: orNull(input({ ...decisionContent, title: { ...decisionContent.title, description: "Defaults to the item's title." } }, ['kind'])),
              decisionVersion: { type: 'integer', minimum: 1 },
            },
            ['title', 'version'],
          ),
        ),
        versioned: true,
        responses: { 201: json(storedRecord({ ...meetingFields, itemId: { ...itemId, description: 'The new item.' } }), 'The meeting with the item; itemId names it.') },
      }),
    },
    ...recordCollection({
      path: '/api/decisions',
      tag: meetingsTag,
      one: 'a decision',
      listKey: 'decisions',
      schema: 'Decision',
      create: input({ meetingId: recordId, itemId: orNull(text('The agenda item to link the decision to.')), date: isoDate, ...decisionContent }, ['meetingId', 'title', 'kind']),
      update: input({ ...decisionContent, version }, ['title', 'kind', 'version']),
      summaries: { list: 'The register of procurement decisions', add: 'Record a decision taken at a meeting' },
    }),
    '/api/breaches': {
      get: operation('/api/breaches', {
        summary: 'The register of breaches, newest first',
        tag: breachesTag,
        query: [query('status', { type: 'string', enum: ['all', ...BREACH_STATUSES.values] }, 'Only breaches with this status.')],
        responses: { 200: json(closedObject({ breaches: listOf(ref('Breach')) }), 'The breaches.') },
      }),
    },
    '/api/breaches/{id}': {
      get: operation('/api/breaches/{id}', { summary: 'Read a breach', tag: breachesTag, responses: { 200: json(ref('Breach'), 'The breach.') } }),
      put: operation('/api/breaches/{id}', {
        summary: 'Move a breach to under review, or close it with the action taken',
        tag: breachesTag,
        requestBody: jsonBody(input({ status: oneOfVocabulary(BREACH_STATUSES), actionTaken: { ...orNull({ type: 'string', maxLength: 2000 }), description: 'Required to close.' }, version }, ['status', 'version'])),
        versioned: true,
        responses: { 200: json(ref('Breach'), 'The breach as saved.') },
      }),
    },
  },
  schemas: {
    Meeting: storedRecord(meetingFields),
    Decision: storedRecord({ committeeId: recordId, meetingId: recordId, date: isoDate, ...decisionContent }),
    Breach: storedRecord({
      findingKey: text('The identity of the finding it was entered from.'),
      ruleId: oneOfVocabulary(BREACH_RULES),
      committeeId: orNull(recordId),
      decisionId: orNull(recordId),
      meetingId: orNull(recordId),
      personId: orNull(recordId),
      declarationId: orNull(recordId),
      message: text(),
      guidance: text(),
      occurredOn: isoDate,
      firstFoundAt: { type: 'string', format: 'date-time' },
      status: oneOfVocabulary(BREACH_STATUSES),
      actionTaken: orNull(text()),
    }),
  },
};
