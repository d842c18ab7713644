import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect } from 'chai';
import { freeLoopbackPort } from '../../src/db/ferretdb';
import { projectRoot } from '../../src/paths';
import { clearDatabase, connectTestDatabase, testDatabaseUri } from '../support/database';
import { aCommittee, anOrganisation, aPerson } from '../support/factories';
import { startTestApp, type TestApp } from '../support/testApp';
import { anInterest } from '../registers/helpers';

/** The secret the test app signs its cookies with: the second instance shares it, as instances behind one load balancer do. */
const SESSION_SECRET = 'test-secret-test-secret-test-secret-0123';

/**
 * A second instance of the app, as its own process (its own register in memory) on the same database. The
 * port is reserved and let go before the process binds it, so another socket can take it meanwhile: if the
 * process exits before it answers, it is started again on another port.
 */
async function startSecondInstance(smtpUrl: string, env: Record<string, string> = {}): Promise<{ baseUrl: string; child: ChildProcess }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freeLoopbackPort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'server.js')], {
      env: { ...process.env, MONGODB_URI: await testDatabaseUri(), PORT: String(port), PUBLIC_URL: baseUrl, SMTP_URL: smtpUrl, SESSION_SECRET, SEED_DEMO: '0', LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let exited = false;
    child.once('exit', () => (exited = true));
    for (let i = 0; !exited && (await fetch(`${baseUrl}/health`).catch(() => undefined))?.status !== 200; i++) {
      if (i > 300) throw new Error('the second instance did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!exited) return { baseUrl, child };
    if (attempt === 3) throw new Error('the second instance exited three times before it answered');
  }
}

async function stopInstance(instance: { child: ChildProcess }): Promise<void> {
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  instance.child.kill('SIGTERM');
  await exited;
}

/**
 * Each instance keeps the register, and pages made from it, in memory; a page read through one instance
 * at once after a save acknowledged by the other shows the save (readModel/registerState.ts).
 */
describe('Two instances of the app on one database', function () {
  this.timeout(120_000);
  let first: TestApp;
  let second: { baseUrl: string; child: ChildProcess };
  let cookie: string;
  let csrfToken: string;
  let interestId: string;
  let pharmacyInterestId: string;

  const read = async (baseUrl: string, pathname: string, signedIn = true) => {
    const response = await fetch(baseUrl + pathname, { headers: signedIn ? { cookie } : {}, signal: AbortSignal.timeout(20_000) });
    expect(response.status, pathname).to.equal(200);
    return response.text();
  };
  const post = (baseUrl: string, pathname: string, fields: Record<string, string>) =>
    fetch(baseUrl + pathname, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfToken, ...fields }),
      redirect: 'manual',
      signal: AbortSignal.timeout(20_000),
    });

  before(async () => {
    await connectTestDatabase();
    await clearDatabase();
    const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
    const gail = await aPerson({ name: 'Dr Gail Price' });
    await aCommittee({ name: 'Example PCCC', organisationIds: [ccg.id], members: [{ personId: gail.id, category: 'gp', role: 'member' }] });
    interestId = (await anInterest(gail.id, { organisationName: 'Riverside Surgery', description: 'Partner at the surgery' })).id;
    pharmacyInterestId = (await anInterest(gail.id, { organisationName: 'Example Pharmacy Ltd', description: 'Director of the pharmacy' })).id;
    const lead = await aPerson({ name: 'Helen Marsh', role: 'governance-lead' });

    first = await startTestApp();
    second = await startSecondInstance(first.mailbox.url);
    // Sessions are in the shared database, so the lead's session works on both instances.
    const agent = await first.signIn(lead.email);
    await agent.get('/compliance');
    ({ cookie = '', csrfToken = '' } = agent.credentials());
  });

  after(async () => {
    if (second) await stopInstance(second);
    await first?.close();
    await clearDatabase();
  });

  it('when an entry is withheld through one instance, then the public register of the other leaves it out at once, and shows it again once republished', async () => {
    for (const instance of [first.baseUrl, second.baseUrl]) expect(await read(instance, '/register', false)).to.contain('Partner at the surgery');

    const withheld = await post(second.baseUrl, `/registers/published/${interestId}/withhold`, { reason: 'A threat against the practice', version: '1' });
    expect(withheld.status).to.equal(303);
    expect(await read(first.baseUrl, '/register', false)).not.to.contain('Partner at the surgery');

    const republished = await post(first.baseUrl, `/registers/published/${interestId}/publish`, { version: '2' });
    expect(republished.status).to.equal(303);
    expect(await read(second.baseUrl, '/register', false)).to.contain('Partner at the surgery');
  });

  it('when one instance acknowledges a save, then another that looked a moment before looks again rather than show what it had', async () => {
    // A wide window, so that without the held acknowledgement the reader would surely serve its earlier look.
    const WINDOW_MS = 2_000;
    const [reader, writer] = await Promise.all([1, 2].map(() => startSecondInstance(first.mailbox.url, { VISIBILITY_WINDOW_MS: String(WINDOW_MS) })));
    try {
      expect(await read(reader.baseUrl, '/register', false)).to.contain('Director of the pharmacy');
      const started = performance.now();
      const withheld = await post(writer.baseUrl, `/registers/published/${pharmacyInterestId}/withhold`, { reason: 'A threat against the pharmacy', version: '1' });
      expect(withheld.status).to.equal(303);
      expect(performance.now() - started, 'the save is acknowledged only once the window has passed').to.be.at.least(WINDOW_MS);
      expect(await read(reader.baseUrl, '/register', false)).not.to.contain('Director of the pharmacy');
    } finally {
      await Promise.all([reader, writer].map(stopInstance));
    }
  });

  it('when a check is run through one instance, then the compliance dashboard of the other lists it at once', async () => {
    const runsOn = async (baseUrl: string) => (/<a[^>]+href="\/compliance\/runs\/[0-9a-f]{24}"/g[Symbol.match](await read(baseUrl, '/compliance')) ?? []).length;
    expect(await runsOn(first.baseUrl)).to.equal(0);
    expect(await runsOn(second.baseUrl)).to.equal(0);

    const today = new Date();
    const ran = await post(first.baseUrl, '/compliance/runs', {
      committeeId: '',
      'asAt-day': String(today.getUTCDate()),
      'asAt-month': String(today.getUTCMonth() + 1),
      'asAt-year': String(today.getUTCFullYear()),
    });
    expect(ran.status).to.equal(303);
    expect(await runsOn(second.baseUrl)).to.equal(1);
    const run = await read(second.baseUrl, ran.headers.get('location') ?? '');
    expect(run).to.contain('Compliance check results');
  });
});
