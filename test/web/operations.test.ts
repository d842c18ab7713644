import { expect } from 'chai';
import { createApiToken } from '../../src/accounts/apiTokens';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { captureLogs, type CapturedLogs } from '../support/logs';
import { signInLinkIn } from '../support/mailbox';
import { startTestApp, type TestApp } from '../support/testApp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Operations: health, readiness and logs', () => {
  useDatabase();
  let app: TestApp;
  let logs: CapturedLogs;
  before(async () => {
    logs = captureLogs('info');
    app = await startTestApp({ logger: logs.logger });
  });
  after(() => app.close());

  it('when /health is asked, then it answers 200 that the process is alive and the database up, and nothing else', async () => {
    const response = await app.agent().get('/health');
    expect(response.status).to.equal(200);
    expect(response.json()).to.deep.equal({ status: 'alive', database: 'up' });
  });

  it('when /ready is asked with the database answering and the rule packs loaded, then it answers 200', async () => {
    const response = await app.agent().get('/ready');
    expect(response.status).to.equal(200);
    expect(response.json()).to.deep.equal({ ready: true, database: 'up', rulePacks: 'loaded' });
  });

  it('when a page is not found, then the error page shows the request id the response and the log give', async () => {
    const response = await app.agent().get('/no-such-page');
    const requestId = response.headers.get('x-request-id') ?? '';
    expect(requestId).to.match(UUID);
    expect(response.text).to.contain(`quote the reference ${requestId}`);
    expect(logs.records().find((line) => line.reqId === requestId)).to.deep.include({ method: 'GET', path: '/no-such-page', status: 404 });
  });

  it('when a proxy in front gave the request an id, then that id is used', async () => {
    const response = await app.agent().get('/health', { 'x-request-id': 'lb-4f9c2a7e-01' });
    expect(response.headers.get('x-request-id')).to.equal('lb-4f9c2a7e-01');
  });

  it('when a person signs in, declares an interest and an API client calls the API, then every line is JSON with a request id and holds no email address, token, session id or declaration text', async () => {
    logs.lines.length = 0;
    const email = 'log.watcher@test.invalid';
    const description = 'Trustee of the Riverside Patients Trust';
    await aPerson({ email });

    // Sign in by emailed link, keeping every secret it passes through.
    const agent = app.agent();
    await agent.post('/sign-in', { email });
    const link = new URL(signInLinkIn(await app.mailbox.latestTo(email)));
    const signInToken = link.searchParams.get('token') ?? '';
    await agent.get(link.pathname + link.search);
    const signedIn = await agent.post('/sign-in/link', { token: signInToken });
    expect(signedIn.status).to.equal(303);
    const { cookie = '', csrfToken = '' } = agent.credentials();
    await agent.get('/declarations');

    const declared = await agent.post('/declarations/interests/new', {
      type: 'financial',
      category: 'outside-employment',
      organisationName: '',
      description,
      heldBy: 'self',
      ...recentStart(),
      actionTaken: '',
    });
    expect(declared.location).to.equal('/declarations/interests/new/check');
    await agent.get('/declarations/interests/new/check');
    expect((await agent.post('/declarations/interests/new/check', {})).status).to.equal(303);

    const { token: apiToken } = await createApiToken({ name: 'log-check', role: 'governance-lead' }, SYSTEM_ACTOR);
    const api = await app.agent().request('GET', '/api/people', { headers: { authorization: `Bearer ${apiToken}` } });
    expect(api.status).to.equal(200);

    const records = logs.records();
    const requestLines = records.filter((line) => 'status' in line);
    expect(requestLines.map((line) => `${line.method} ${line.path} ${line.status}`)).to.include.members([
      'POST /sign-in 200',
      'GET /sign-in/link 200',
      'POST /sign-in/link 303',
      'POST /declarations/interests/new/check 303',
      'GET /api/people 200',
    ]);
    for (const line of records) {
      expect(line.reqId, JSON.stringify(line)).to.match(UUID);
      expect(line).to.include.keys('time', 'level', 'msg');
    }
    for (const line of requestLines) expect(line.durationMs).to.be.a('number');

    const text = logs.lines.join('');
    const sessionId = decodeURIComponent(/coi\.sid=([^;]+)/.exec(cookie)?.[1] ?? '').replace(/^s:/, '').split('.')[0];
    expect(sessionId).to.have.length.greaterThan(10);
    for (const secret of [email, signInToken, sessionId, csrfToken, apiToken, description, 'Riverside']) expect(text).not.to.contain(secret);
    expect(text).not.to.match(/[\w.]+@[\w-]+\.[\w.]+/);
  });
});

/** Today's date in the start-date boxes: declared at once, so no late reason is asked for. */
function recentStart() {
  const today = new Date();
  return { 'from-day': String(today.getUTCDate()), 'from-month': String(today.getUTCMonth() + 1), 'from-year': String(today.getUTCFullYear()) };
}
