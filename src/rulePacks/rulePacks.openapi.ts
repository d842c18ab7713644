import { closedObject, input, json, jsonBody, listOf, operation, orNull, recordId, storedRecord, text, type ApiDescription } from '../web/openapi';
import { PACK_MAX_BYTES } from './rulePack.model';

const tag = 'Rule packs';
const yaml = { type: 'string', maxLength: PACK_MAX_BYTES, description: 'The pack in YAML, as rules/README.md describes; any version in it is replaced by the record\'s.' };
const storedPack = storedRecord({ yaml: text('The YAML as written.'), title: text() });
const count = { type: 'integer', minimum: 0 };

/** /api/rule-packs: the shipped packs (read-only) and the body's own, described. */
export const rulePacksApiDescription: ApiDescription = {
  paths: {
    '/api/rule-packs': {
      get: operation('/api/rule-packs', {
        summary: 'List the shipped rule packs and the body\'s own',
        tag,
        responses: {
          200: json(
            closedObject({
              shipped: listOf(closedObject({ id: text(), title: text(), version: text(), checksCommittees: { type: 'boolean' }, committees: { ...count, description: 'How many committees it checks.' } })),
              own: listOf(closedObject({ id: text(), title: text(), version: text(), updatedAt: { type: 'string', format: 'date-time' }, committees: count, problems: { ...listOf(text()), description: 'Why the pack is left out of checks; empty when it loads.' } })),
            }),
            'Every pack.',
          ),
        },
      }),
      post: operation('/api/rule-packs', {
        summary: 'Add a rule pack of the body\'s own; its id is the pack\'s id',
        tag,
        requestBody: jsonBody(input({ yaml }, ['yaml'])),
        responses: { 201: json(storedPack, 'Added; Location gives its address. Every problem with the pack is answered 400, and nothing is saved.') },
      }),
    },
    '/api/rule-packs/{id}': {
      get: operation('/api/rule-packs/{id}', {
        summary: 'Read a rule pack: what it checks, its YAML and the committees it checks',
        tag,
        responses: {
          200: json(
            closedObject({
              id: text(),
              shipped: { type: 'boolean' },
              version: { ...orNull({ type: 'integer', minimum: 1 }), description: "The record's version; null for a shipped pack." },
              pack: { ...orNull({ type: 'object' }), description: 'The pack as the checks read it (extends resolved); null when it does not load.' },
              yaml: text(),
              problems: listOf(text()),
              committees: listOf(closedObject({ id: recordId, name: text() })),
            }),
            'The pack.',
          ),
        },
      }),
      put: operation('/api/rule-packs/{id}', {
        summary: 'Change one of the body\'s own rule packs (shipped packs are read-only: 403)',
        tag,
        requestBody: jsonBody(input({ yaml, version: { type: 'integer', minimum: 1 } }, ['yaml', 'version'])),
        versioned: true,
        responses: { 200: json(storedPack, 'The pack as saved, with its new version.') },
      }),
    },
  },
  schemas: {},
};
