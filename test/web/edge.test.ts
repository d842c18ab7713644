import { expect } from 'chai';
import { gzipSync } from 'node:zlib';
import { createApiToken } from '../../src/accounts/apiTokens';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { withRequestLogger } from '../../src/shared/logger';
import { logFault } from '../../src/web/errorHandler';
import { useDatabase } from '../support/database';
import { captureLogs } from '../support/logs';
import { countOf, expectApiFieldError, signedInAs } from '../support/management';
import { sendRaw } from '../support/rawHttp';
import { startTestApp, type TestApp, type WebAgent } from '../support/testApp';

const aPractice = (overrides: Record<string, unknown> = {}) => ({ name: 'Riverside Surgery', kind: 'gp-practice', ...overrides });

const nestedJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** The audit trail's length: every change to the register appends to it, so a refused request must not. */
const auditLength = () => countOf(AuditEventModel);

describe('The HTTP edge: CSRF whatever the content type', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  /** A signed-in member with the CSRF token of their last page. */
  async function member(): Promise<{ agent: WebAgent; token: string }> {
    const agent = await signedInAs(app, 'member');
    return { agent, token: agent.credentials().csrfToken ?? '' };
  }

  it('when a form route gets a multipart body, even with the right token, then it is refused with 415 and nothing is written', async () => {
    const { agent, token } = await member();
    const before = await auditLength();
    for (const withToken of [true, false]) {
      const form = new FormData();
      if (withToken) form.append('_csrf', token);
      const response = await agent.request('POST', '/declarations/nil', { multipart: form });
      expect(response.status).to.equal(415);
      expect(response.text).to.contain('This address takes a request body of type application/x-www-form-urlencoded only.');
    }
    expect(await auditLength()).to.equal(before);
  });

  it('when a form route gets another content type, then 415; with no body and no token, then 403', async () => {
    const { agent, token } = await member();
    const before = await auditLength();
    const plain = await agent.request('POST', '/declarations/nil', { raw: `_csrf=${token}`, headers: { 'content-type': 'text/plain' } });
    expect(plain.status).to.equal(415);
    const untyped = await sendRaw(app.baseUrl, { method: 'POST', path: '/declarations/nil', headers: { cookie: agent.credentials().cookie ?? '' }, body: `_csrf=${token}` });
    expect(untyped.status).to.equal(415);
    const empty = await agent.request('POST', '/declarations/nil');
    expect(empty.status).to.equal(403);
    expect(empty.text).to.contain('This form has expired or did not come from this site');
    expect(await auditLength()).to.equal(before);
    expect((await agent.post('/declarations/nil', {})).status).to.equal(303);
  });

  it('when the CSV upload gets a multipart body with a control character in a field, then it is refused naming the field', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const form = new FormData();
    form.append('_csrf', lead.credentials().csrfToken ?? '');
    form.append('csvText', 'name,email\nAnn\u0000Lay,ann@example.nhs.uk');
    const response = await lead.request('POST', '/people/import', { multipart: form });
    expect(response.status).to.equal(400);
    expect(response.text).to.contain('csvText contains a control character (such as a NUL byte), which is not allowed');
  });

  it('when the API is called with the session cookie, then a change needs the X-CSRF-Token header, never the bare cookie', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const { cookie, csrfToken } = lead.credentials();
    const before = await auditLength();
    const bare = await lead.request('POST', '/api/organisations', { json: aPractice() });
    expect(bare.status).to.equal(403);
    expect(bare.json()).to.deep.equal({ error: "A request signed in with a session cookie must send the session's CSRF token in the X-CSRF-Token header, or use an API token." });
    const wrong = await lead.request('POST', '/api/organisations', { json: aPractice(), headers: { 'X-CSRF-Token': `${csrfToken}x` } });
    expect(wrong.status).to.equal(403);
    // The case: a form body with the cookie and no token. It is not JSON, so it is not read at all.
    const form = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/people', headers: { cookie: cookie ?? '', 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Eve&email=eve%40example.org&role=member' });
    expect(form.status).to.equal(415);
    expect(JSON.parse(form.text)).to.deep.equal({ error: 'This address takes a request body of type application/json only.' });
    expect(await auditLength()).to.equal(before);
    expect((await lead.api('POST', '/api/organisations', aPractice())).status).to.equal(201);
    // Reading needs no token.
    expect((await lead.request('GET', '/api/organisations')).status).to.equal(200);
  });

  it('when the API is called with a bearer token, then a change needs no CSRF token', async () => {
    const { token } = await createApiToken({ name: 'no-csrf', role: 'governance-lead' }, SYSTEM_ACTOR);
    const created = await app.agent().request('POST', '/api/organisations', { json: aPractice(), headers: { authorization: `Bearer ${token}` } });
    expect(created.status, created.text).to.equal(201);
  });

  it('when an API body is not JSON (or CSV where the import takes it), then 415', async () => {
    const { token } = await createApiToken({ name: 'types', role: 'governance-lead' }, SYSTEM_ACTOR);
    const send = (path: string, type: string, body: string) =>
      app.agent().request('POST', path, { raw: body, headers: { authorization: `Bearer ${token}`, 'content-type': type } });
    expect((await send('/api/organisations', 'text/csv', 'name\nA')).status).to.equal(415);
    expect((await send('/api/organisations', 'multipart/form-data; boundary=x', '--x--')).status).to.equal(415);
    const csv = await send('/api/imports/people?dryRun=true', 'text/csv', 'name,email,role,committee,category,committeeRole,voting,from,to\nAnn Lay,ann@example.nhs.uk,member,,,,,,');
    expect(csv.status, csv.text).to.equal(200);
    const xml = await send('/api/imports/people', 'application/xml', '<people/>');
    expect(xml.status).to.equal(415);
    expect(xml.json()).to.deep.equal({ error: 'This address takes a request body of type application/json or text/csv only.' });
  });
});

describe('The HTTP edge: body limits, and large bodies only after sign-in', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  async function bearerHeaders(role: 'governance-lead' | 'auditor' = 'governance-lead') {
    const { token } = await createApiToken({ name: `limits-${role}`, role }, SYSTEM_ACTOR);
    return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  }

  it('when an anonymous caller sends 40 MB to /api/checks, then it is refused as not signed in without the body being read', async () => {
    const body = Buffer.alloc(40 * 1024 * 1024, 0x20);
    const response = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/checks', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).to.equal(401);
  });

  it('when an auditor sends a snapshot over 50 MB, then it is refused with 413 naming the limit', async function () {
    this.timeout(60_000);
    const body = `{"padding":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const response = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/checks', headers: await bearerHeaders('auditor'), body });
    expect(response.status).to.equal(413);
    expect(JSON.parse(response.text)).to.deep.equal({ error: 'The request body is too large: the limit is 50 MB.' });
  });

  it('when JSON is nested 10,000 deep, then an anonymous caller is refused as not signed in and a lead gets 400 naming the limit', async () => {
    const anonymous = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/people', headers: { 'content-type': 'application/json' }, body: nestedJson(10_000) });
    expect(anonymous.status).to.equal(401);
    const unknownPath = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/anything', headers: { 'content-type': 'application/json' }, body: nestedJson(10_000) });
    expect(unknownPath.status).to.equal(404);
    const headers = await bearerHeaders();
    const before = await auditLength();
    const lead = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/people', headers, body: `{"name":${nestedJson(10_000)}}` });
    expect(lead.status).to.equal(400);
    expect(JSON.parse(lead.text).error).to.equal('The JSON body is nested too deeply: at most 32 levels of objects and lists are allowed.');
    const brackets = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/organisations', headers, body: JSON.stringify(aPractice({ name: '["\\'.repeat(50) })) });
    expect(brackets.status, 'brackets inside a string are text').to.equal(201);
    expect(await auditLength()).to.equal(before + 1);
  });

  it('when a form has more than 1,000 fields, then it is refused with 413 naming the limit', async () => {
    const member = await signedInAs(app, 'member');
    const fields = Array.from({ length: 1001 }, (_, i) => `f${i}=x`).join('&');
    const response = await member.request('POST', '/declarations/confirm', { raw: `_csrf=${member.credentials().csrfToken}&${fields}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(response.status).to.equal(413);
    expect(response.text).to.contain('The form has too many fields: at most 1,000 are allowed.');
  });

  it('when the Content-Encoding is unknown or the body does not decompress, then 415 or 400 with a plain message; gzip that does is read', async () => {
    const headers = await bearerHeaders();
    const body = JSON.stringify(aPractice());
    const unknown = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/organisations', headers: { ...headers, 'content-encoding': 'zz' }, body });
    expect(unknown.status).to.equal(415);
    expect(JSON.parse(unknown.text).error).to.equal("The request body's Content-Encoding (zz) is not supported: send it uncompressed, or compressed with gzip, deflate or br.");
    const corrupt = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/organisations', headers: { ...headers, 'content-encoding': 'gzip' }, body: Buffer.from('not gzip at all') });
    expect(corrupt.status).to.equal(400);
    expect(JSON.parse(corrupt.text).error).to.equal('The request body could not be read: it was cut short, or is not compressed as its Content-Encoding says.');
    const gzipped = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/organisations', headers: { ...headers, 'content-encoding': 'gzip' }, body: gzipSync(body) });
    expect(gzipped.status, gzipped.text).to.equal(201);
  });

  it('when the JSON is malformed, then 400 saying so', async () => {
    const response = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/organisations', headers: await bearerHeaders(), body: '{"name": ' });
    expect(response.status).to.equal(400);
    expect(JSON.parse(response.text)).to.deep.equal({ error: 'The request body is not valid JSON.' });
  });
});

describe('The HTTP edge: bad input answers 400, never a fault', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a path has a malformed % escape, then 400 saying so (404 when the path names no route anyway)', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const { cookie } = lead.credentials();
    const page = await sendRaw(app.baseUrl, { method: 'GET', path: '/declarations/interests/%E0%A4%A', headers: { cookie: cookie ?? '' } });
    expect(page.status).to.equal(400);
    expect(page.text).to.contain('The address has a malformed % escape in it.');
    const api = await sendRaw(app.baseUrl, { method: 'GET', path: '/api/people/%ZZ', headers: { cookie: cookie ?? '' } });
    expect(api.status).to.equal(400);
    expect(JSON.parse(api.text)).to.deep.equal({ error: 'The address has a malformed % escape in it.' });
    expect((await sendRaw(app.baseUrl, { method: 'GET', path: '/no-such-page/%ZZ' })).status).to.equal(404);
  });

  it('when a page needing sign-in has a very long address, then the redirect to sign in leaves it out rather than overflow a header', async () => {
    const long = await sendRaw(app.baseUrl, { method: 'GET', path: `/declarations?q=${'%25'.repeat(3000)}` });
    expect(long.status).to.equal(303);
    expect(long.headers.location).to.equal('/sign-in');
    expect((await sendRaw(app.baseUrl, { method: 'GET', path: '/declarations?q=1' })).headers.location).to.equal('/sign-in?next=%2Fdeclarations%3Fq%3D1');
  });

  it('when a search, a field or an id holds a NUL byte, then 400 naming it and nothing is written', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const before = await auditLength();
    expectApiFieldError(await lead.api('GET', '/api/organisations?search=Rive%00rside'), 'search', 'search in the query string contains a control character (such as a NUL byte), which is not allowed');
    const page = await lead.get('/organisations?search=%00');
    expect(page.status).to.equal(400);
    expect(page.text).to.contain('search in the query string contains a control character');
    expectApiFieldError(await lead.api('POST', '/api/organisations', aPractice({ name: 'River\u0000side' })), 'name', 'name contains a control character (such as a NUL byte), which is not allowed');
    expectApiFieldError(await lead.api('POST', '/api/organisations', aPractice({ aliases: ['ok', 'bell\u0007'] })), 'aliases.1');
    const form = await lead.post('/organisations/new', { name: 'River\u0001side', kind: 'gp-practice' });
    expect(form.status).to.equal(400);
    const id = await lead.api('GET', '/api/organisations/abc%00def');
    expectApiFieldError(id, 'id', 'id in the address contains a control character (such as a NUL byte), which is not allowed');
    expect(await auditLength()).to.equal(before);
    // Tabs and line breaks are text.
    expect((await lead.api('POST', '/api/organisations', aPractice({ name: 'River\tside' }))).status).to.equal(201);
  });

  it('when a meeting id is written in capitals, then its briefing is found as with the id in lower case', async () => {
    const { token } = await createApiToken({ name: 'capitals', role: 'governance-lead' }, SYSTEM_ACTOR);
    const authorization = `Bearer ${token}`;
    const ccg = await app.agent().request('POST', '/api/organisations', { json: { name: 'NHS Capitals CCG', kind: 'ccg' }, headers: { authorization } });
    const committee = await app.agent().request('POST', '/api/committees', {
      json: { name: 'Capitals PCCC', organisationIds: [ccg.json<{ id: string }>().id], type: 'primary-care-commissioning', commissioningLevel: 'delegated', rulePack: 'nhs-pccc-2017', quorum: null },
      headers: { authorization },
    });
    const meeting = await app.agent().request('POST', `/api/committees/${committee.json<{ id: string }>().id}/meetings`, { json: { date: '2016-06-01', present: [] }, headers: { authorization } });
    const lead = await signedInAs(app, 'governance-lead');
    const id = meeting.json<{ id: string }>().id;
    for (const method of ['GET', 'HEAD']) expect((await lead.request(method, `/meetings/${id.toUpperCase()}/briefing.pdf`)).status, method).to.equal(200);
  });

  it('when other names are given as numbers, then 400 naming them', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const before = await auditLength();
    const response = await lead.api('POST', '/api/organisations', aPractice({ aliases: [1, 2] }));
    expectApiFieldError(response, 'aliases.0', 'Each other name must be text');
    expectApiFieldError(response, 'aliases.1', 'Each other name must be text');
    expect(await auditLength()).to.equal(before);
  });

  it('when a fault is logged, then the JSON line names the error, method and path, and no body, token, query or email address', () => {
    const error = new Error('E11000 duplicate key error dup key: { email: "ann.lay@example.nhs.uk" }');
    const req = { method: 'POST', path: '/people/new', originalUrl: '/people/new?token=secret', body: { _csrf: 'csrf-secret', email: 'ann.lay@example.nhs.uk' } };
    const logs = captureLogs();
    withRequestLogger(() => logs.logger, () => logFault(error, req as never));
    const [line] = logs.records() as { level: number; msg: string; fault: { name: string; message: string; stack: string } }[];
    expect(line.level).to.equal(50);
    expect(line.msg).to.equal('Fault answering POST /people/new: Error: E11000 duplicate key error dup key: { email: "[email address]" }');
    expect(line.fault.stack).to.contain('at ');
    expect(logs.lines.join('')).not.to.contain('ann.lay').and.not.to.contain('secret');
  });
});
