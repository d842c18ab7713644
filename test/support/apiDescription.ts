import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { match, type MatchFunction } from 'path-to-regexp';
import { apiDocument } from '../../src/web/api.routes';

interface Operation {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
}

interface DescribedPath {
  path: string;
  match: MatchFunction<object>;
  operations: Record<string, Operation>;
}

export const API_DOCUMENT = apiDocument() as { paths: Record<string, Record<string, Operation>>; components: { responses: Record<string, Operation['responses'][string]> } };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(API_DOCUMENT, 'openapi.json');
const validators = new Map<string, ValidateFunction>();

/** A JSON pointer to a place in the document, for ajv to compile the schema there. */
const pointer = (...parts: string[]) => `openapi.json#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

function validatorAt(ref: string): ValidateFunction {
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  return validate;
}

/** `/api/people/{id}` as express writes it, `/api/people/:id`. */
export const expressPath = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

const described: DescribedPath[] = Object.entries(API_DOCUMENT.paths).map(([path, operations]) => ({
  path,
  // As express matches a route: any case, a trailing slash allowed.
  match: match(expressPath(path), { sensitive: false, trailing: true, end: true, decode: (value) => value }),
  operations,
}));

/** What an address that names no operation may answer: a refusal from the edge. */
const REFUSALS_ANYWHERE: Record<number, string> = { 400: 'BadRequest', 401: 'SignInRequired', 403: 'Forbidden', 404: 'NotFound', 503: 'Unavailable' };

/** Statuses Node's own HTTP parser answers with, empty, for requests that never reach the app. */
const NODE_PARSER_REFUSALS = [400, 431];

export interface ApiAnswer {
  method: string;
  /** The path asked for, with its query. */
  path: string;
  status: number;
  contentType: string | null;
  text: string;
}

/** Whether the path is the API's, as express routes it (any case). */
export const isApiPath = (path: string) => /^\/api(?:[/?]|$)/i.test(path);

/**
 * Why an API answer does not match the OpenAPI document, or undefined when it does: the operation must list
 * the status, and the body must be JSON that its schema accepts. An address no operation names may only be refused.
 */
export function mismatchWithDescription(answer: ApiAnswer): string | undefined {
  // Node's HTTP parser refuses a request it cannot read (headers too large, malformed) before the app sees it.
  if (NODE_PARSER_REFUSALS.includes(answer.status) && answer.contentType === null && answer.text === '') return undefined;
  const method = answer.method === 'HEAD' ? 'get' : answer.method.toLowerCase();
  const pathname = answer.path.split('?')[0];
  const found = described.find((d) => d.match(pathname) && d.operations[method]);
  let response: Operation['responses'][string] | undefined;
  let where: string[];
  if (found) {
    response = found.operations[method].responses[String(answer.status)];
    where = ['paths', found.path, method, 'responses', String(answer.status)];
    if (!response) return `${answer.method} ${found.path} does not list status ${answer.status}`;
  } else {
    const name = REFUSALS_ANYWHERE[answer.status];
    if (!name) return `${answer.method} ${pathname} is not in the document, and ${answer.status} is not a refusal any address may give`;
    response = API_DOCUMENT.components.responses[name];
    where = ['components', 'responses', name];
  }
  if (response.$ref) {
    where = response.$ref.slice(2).split('/');
    response = API_DOCUMENT.components.responses[where.at(-1) ?? ''];
  }
  if (answer.method === 'HEAD') return answer.text === '' ? undefined : 'A HEAD answer has a body';
  const content = response.content ?? {};
  const type = answer.contentType?.split(';')[0].trim() ?? '';
  if (!content[type]) return `${answer.method} ${pathname} ${answer.status} answered ${type || 'no content type'}, not ${Object.keys(content).join(' or ') || 'no body'}`;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `${answer.method} ${pathname} ${answer.status} answered a body that is not JSON`;
  }
  const validate = validatorAt(pointer(...where, 'content', type, 'schema'));
  if (validate(body)) return undefined;
  const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
  return `${answer.method} ${pathname} ${answer.status} does not match its schema: ${problems.join('; ')}`;
}

/** Fails the test when an API answer is not as the document describes it. */
export function expectDescribedByApiDocument(answer: ApiAnswer): void {
  const mismatch = mismatchWithDescription(answer);
  if (mismatch) throw new Error(`The API answered as /api/openapi.json does not describe: ${mismatch}`);
}
