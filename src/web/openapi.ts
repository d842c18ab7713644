/**
 * The OpenAPI 3.1 description of the JSON API, served at GET /api/openapi.json. Each area describes its own
 * routes beside them (`*.openapi.ts`); this module holds what they share and puts the document together. The
 * test suite checks every API answer it receives against it, and that it names every /api route the app has.
 */
import { Router } from 'express';
import { CSRF_HEADER } from './csrf';
import type { Vocabulary } from '../shared/vocabulary';

export type JsonSchema = Record<string, unknown>;

/** One area's part of the document: its paths (OpenAPI style, `{id}`) and the schemas they name. */
export interface ApiDescription {
  paths: Record<string, Record<string, Operation>>;
  schemas: Record<string, JsonSchema>;
}

export interface Operation {
  summary: string;
  tags: string[];
  parameters?: JsonSchema[];
  requestBody?: JsonSchema;
  responses: Record<string, JsonSchema>;
  security?: JsonSchema[];
}

export const ref = (schema: string): JsonSchema => ({ $ref: `#/components/schemas/${schema}` });
export const text = (description?: string): JsonSchema => ({ type: 'string', ...(description ? { description } : {}) });
export const orNull = (schema: JsonSchema): JsonSchema => ({ oneOf: [schema, { type: 'null' }] });
export const listOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
export const oneOfVocabulary = (vocabulary: Vocabulary<string>): JsonSchema => ({ type: 'string', enum: [...vocabulary.values] });
export const isoDate: JsonSchema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
/** A record's id: 24 hexadecimal digits. */
export const recordId: JsonSchema = { type: 'string', pattern: '^[0-9a-fA-F]{24}$' };
export const version: JsonSchema = { type: 'integer', minimum: 1, description: 'The version of the record the change was made from; 409 if it is no longer current.' };

/** An object whose properties are all given, and nothing else: what the API answers. */
export function closedObject(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

/** A stored, versioned record as the API answers it: its fields, its `id`, its version and when it was written. */
export function storedRecord(properties: Record<string, JsonSchema>): JsonSchema {
  return closedObject({ id: text(), ...properties, version: { type: 'integer', minimum: 1 }, createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' } });
}

/** A request body: fields the API does not know are ignored, so the schema lists what it reads. */
export function input(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return { type: 'object', properties, required };
}

export const json = (schema: JsonSchema, description: string): JsonSchema => ({ description, content: { 'application/json': { schema } } });
export const jsonBody = (schema: JsonSchema): JsonSchema => ({ required: true, content: { 'application/json': { schema } } });
export const query = (name: string, schema: JsonSchema, description: string): JsonSchema => ({ name, in: 'query', required: false, schema, description });

const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });

interface OperationSpec {
  summary: string;
  tag: string;
  /** Query parameters; path parameters come from the path. */
  query?: JsonSchema[];
  requestBody?: JsonSchema;
  /** The answers that are the operation's own (200, 201...); the refusals every operation can give are added. */
  responses: Record<string, JsonSchema>;
  /** The body names the `version` of the record it changes, so it can be refused as changed since (409). */
  versioned?: boolean;
}

/**
 * An operation with the refusals the app's edge can give any request (bad input 400, not signed in 401, not
 * allowed 403, database away 503), and for routes with ids, bodies or versions their own (404, 413, 415, 409).
 */
export function operation(path: string, spec: OperationSpec): Operation {
  const pathParameters = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  const refusals: Record<string, JsonSchema> = { 400: problem('BadRequest'), 401: problem('SignInRequired'), 403: problem('Forbidden'), 503: problem('Unavailable') };
  if (pathParameters.length > 0) refusals[404] = problem('NotFound');
  if (spec.requestBody) Object.assign(refusals, { 413: problem('TooLarge'), 415: problem('UnsupportedType') });
  if (spec.versioned) refusals[409] = problem('Conflict');
  return {
    summary: spec.summary,
    tags: [spec.tag],
    ...(pathParameters.length > 0 || spec.query ? { parameters: [...pathParameters, ...(spec.query ?? [])] } : {}),
    ...(spec.requestBody ? { requestBody: spec.requestBody } : {}),
    responses: { ...refusals, ...spec.responses },
  };
}

interface CollectionSpec {
  /** The collection's path, like /api/people; each record is at /api/people/{id}. */
  path: string;
  tag: string;
  /** One record, with its article: "a person". */
  one: string;
  /** The property holding the list in the collection's answer: "people". */
  listKey: string;
  /** The record's schema in components. */
  schema: string;
  /** The bodies that add a record and change one (naming its `version`). */
  create: JsonSchema;
  update: JsonSchema;
  listQuery?: JsonSchema[];
  summaries?: { list?: string; add?: string };
}

/** A collection of versioned records with the usual four operations: list, add, read and change. */
export function recordCollection(spec: CollectionSpec): ApiDescription['paths'] {
  const { path, tag, one } = spec;
  const record = ref(spec.schema);
  return {
    [path]: {
      get: operation(path, { summary: spec.summaries?.list ?? `List ${spec.listKey}`, tag, query: spec.listQuery, responses: { 200: json(closedObject({ [spec.listKey]: listOf(record) }), `The ${spec.listKey}.`) } }),
      post: operation(path, { summary: spec.summaries?.add ?? `Add ${one}`, tag, requestBody: jsonBody(spec.create), responses: { 201: json(record, 'Added; Location gives its address.') } }),
    },
    [`${path}/{id}`]: {
      get: operation(`${path}/{id}`, { summary: `Read ${one}`, tag, responses: { 200: json(record, `The record.`) } }),
      put: operation(`${path}/{id}`, { summary: `Change ${one}`, tag, requestBody: jsonBody(spec.update), versioned: true, responses: { 200: json(record, 'The record as saved, with its new version.') } }),
    },
  };
}

const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    error: text('What went wrong, in plain words.'),
    errors: { ...listOf(closedObject({ field: text('The field, as a dotted path such as members.0.category.'), message: text() })), description: 'With 400: every field that is wrong.' },
  },
  required: ['error'],
  additionalProperties: false,
};

const refusal = (description: string): JsonSchema => json(ref('Error'), description);

/** The whole document, from every area's description. */
export function openApiDocument(areas: ApiDescription[]): JsonSchema {
  const paths: ApiDescription['paths'] = {};
  for (const area of areas) {
    for (const [path, operations] of Object.entries(area.paths)) paths[path] = { ...paths[path], ...operations };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Conflicts of interest register API',
      version: '1',
      description:
        'The JSON API of the conflict-of-interest register and governance compliance checker. Call it with `Authorization: Bearer <token>` ' +
        `(from \`coi token create\`), or from a signed-in browser session, whose changes must carry the session's CSRF token in the ${CSRF_HEADER} header. ` +
        'Bodies are application/json (up to 1 MB, nested at most 32 deep; /api/checks takes up to 50 MB). Records are versioned: a change names the ' +
        '`version` it was made from and is refused with 409 if someone saved the record since.',
    },
    security: [{ bearerToken: [] }, { session: [] }],
    tags: ['Organisations', 'People', 'Committees', 'Meetings and decisions', 'Breaches', 'Compliance', 'Description'].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token from `coi token create`, with the role it was made for.' },
        session: { type: 'apiKey', in: 'cookie', name: 'coi.sid', description: `A signed-in browser session; changes also need the session's CSRF token in ${CSRF_HEADER}.` },
      },
      schemas: { Error: errorSchema, ...Object.assign({}, ...areas.map((area) => area.schemas)) },
      responses: {
        BadRequest: refusal('Bad input: `errors` names each field that is wrong; a body that is not valid JSON, or nested too deep, has only `error`.'),
        SignInRequired: refusal('Not signed in, or the API token is not valid or has been revoked.'),
        Forbidden: refusal("The caller's role may not do this, or a session's change came without its CSRF token."),
        NotFound: refusal('No record has that id.'),
        Conflict: refusal('The record changed since the version given: nothing was saved.'),
        TooLarge: refusal('The body is larger than this address takes.'),
        UnsupportedType: refusal('The body is not of a type this address takes.'),
        Unavailable: refusal('The database cannot be reached, or stopped answering while a change was being saved: try again in a minute.'),
      },
    },
  };
}

/** GET /api/openapi.json: the description, to anyone (it holds no data from the register). */
export function openApiRouter(areas: ApiDescription[]): Router {
  const document = openApiDocument(areas);
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}

/** The description of the description's own address. */
export const descriptionApi: ApiDescription = {
  paths: {
    '/api/openapi.json': {
      get: {
        ...operation('/api/openapi.json', { summary: 'This OpenAPI 3.1 description of the API', tag: 'Description', responses: { 200: json({ type: 'object' }, 'The OpenAPI document.') } }),
        security: [{}],
      },
    },
  },
  schemas: {},
};
