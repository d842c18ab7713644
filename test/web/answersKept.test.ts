import { expect } from 'chai';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { PersonModel } from '../../src/people/person.model';
import { updateVersioned } from '../../src/shared/versionedRecords';
import { DEFAULT_VISIBILITY_WINDOW_MS } from '../../src/shared/visibility';
import { useDatabase } from '../support/database';
import { aDeclaration, aPerson } from '../support/factories';
import { captureLogs, type CapturedLogs } from '../support/logs';
import { startTestApp, type TestApp } from '../support/testApp';

/** Long enough for every instance's next read to see a save made through the register's services (shared/visibility.ts). */
const pastTheWindow = () => new Promise((r) => setTimeout(r, DEFAULT_VISIBILITY_WINDOW_MS + 10));

describe('Answers kept to send again (web/answersKept.ts)', () => {
  useDatabase();
  let app: TestApp;
  let logs: CapturedLogs;
  before(async () => {
    logs = captureLogs('debug');
    app = await startTestApp({ logger: logs.logger });
  });
  after(() => app.close());

  /** How the request log says the last request for `path` was answered: true when sent again from a kept answer. */
  const sentAgain = async (path: string) => {
    // The request line is written once the response has closed, a moment after the client has it.
    await new Promise((r) => setTimeout(r, 20));
    const line = logs
      .records()
      .filter((r) => r.path === path.split('?')[0])
      .at(-1);
    if (!line) throw new Error(`no request line for ${path}`);
    return line.sentAgain === true;
  };

  const signedInMember = async (name: string) => {
    const person = await aPerson({ name, email: `${name.toLowerCase().replace(' ', '.')}@test.invalid` });
    await aDeclaration({ personId: person.id, description: `Shares held by ${name}` });
    return { person, agent: await app.signIn(person.email) };
  };

  it('when a signed-in person asks for a page again and nothing has changed, then it is sent again byte for byte', async () => {
    const { agent } = await signedInMember('Kay Lamb');
    const first = await agent.get('/declarations');
    expect(first.status).to.equal(200);
    expect(await sentAgain('/declarations')).to.equal(false);
    const second = await agent.get('/declarations');
    expect(await sentAgain('/declarations')).to.equal(true);
    expect(second.body.equals(first.body)).to.equal(true);
    expect(second.headers.get('content-security-policy')).to.equal(first.headers.get('content-security-policy'));
    expect(second.headers.get('x-request-id')).to.not.equal(first.headers.get('x-request-id'));
  });

  it('when anything on the register is saved, then the next request gets a page made afresh that shows it', async () => {
    const { person, agent } = await signedInMember('Lee Marsh');
    await agent.get('/declarations');
    await agent.get('/declarations');
    expect(await sentAgain('/declarations')).to.equal(true);
    await aDeclaration({ personId: person.id, description: 'Trustee of the Marsh Trust' });
    await pastTheWindow();
    const after = await agent.get('/declarations');
    expect(await sentAgain('/declarations')).to.equal(false);
    expect(after.text).to.contain('Trustee of the Marsh Trust');
  });

  it('when two people ask for the same address, then each gets their own page', async () => {
    const one = await signedInMember('Mo Nash');
    const two = await signedInMember('Ola Price');
    for (let i = 0; i < 2; i++) {
      expect((await one.agent.get('/declarations')).text).to.contain('Shares held by Mo Nash').and.not.contain('Ola Price');
      expect((await two.agent.get('/declarations')).text).to.contain('Shares held by Ola Price').and.not.contain('Mo Nash');
    }
  });

  it('when a person signs out, then their cookie no longer gets the page they were sent', async () => {
    const { agent } = await signedInMember('Pat Quinn');
    const cookie = agent.credentials().cookie ?? '';
    await agent.get('/declarations');
    await agent.get('/declarations');
    expect(await sentAgain('/declarations')).to.equal(true);
    expect((await agent.post('/sign-out', {})).status).to.equal(303);
    const replayed = await fetch(`${app.baseUrl}/declarations`, { headers: { cookie }, redirect: 'manual' });
    expect(replayed.status).to.equal(303);
    expect(replayed.headers.get('location')).to.match(/^\/sign-in/);
  });

  it('when a person loses the role a page needs, then they are refused at once rather than sent the page again', async () => {
    const lead = await aPerson({ name: 'Rae Stone', email: 'rae.stone@test.invalid', role: 'governance-lead' });
    const agent = await app.signIn(lead.email);
    expect((await agent.get('/compliance')).status).to.equal(200);
    expect((await agent.get('/compliance')).status).to.equal(200);
    expect(await sentAgain('/compliance')).to.equal(true);
    const stored = await PersonModel.findById(lead.id).lean();
    await updateVersioned(PersonModel, 'person', lead.id, stored!.version, { role: 'member' }, SYSTEM_ACTOR);
    await pastTheWindow();
    expect((await agent.get('/compliance')).status).to.equal(403);
  });

  it('when a save leaves a message for the next page, then it is shown once and the page after is without it', async () => {
    const { agent } = await signedInMember('Sam Tate');
    await agent.get('/declarations');
    await agent.get('/declarations');
    await agent.get('/declarations/nil');
    const saved = await agent.post('/declarations/nil', { currentInterests: 'end' });
    expect(saved.status).to.equal(303);
    const withMessage = await agent.get('/declarations');
    expect(withMessage.text).to.contain('your nil declaration has been recorded');
    expect(await sentAgain('/declarations')).to.equal(false);
    const without = await agent.get('/declarations');
    expect(without.text).to.not.contain('your nil declaration has been recorded');
    expect(without.text).to.contain('Nil declaration');
  });

  it('when the day changes, then pages are made afresh for it', async () => {
    const { agent } = await signedInMember('Tom Urwin');
    await agent.get('/declarations');
    await agent.get('/declarations');
    expect(await sentAgain('/declarations')).to.equal(true);
    app.clock.advanceDays(1);
    try {
      await agent.get('/declarations');
      expect(await sentAgain('/declarations')).to.equal(false);
    } finally {
      app.clock.advanceDays(-1);
    }
  });

  it('when a client already holds the page, then it is told so (304) from the kept answer', async () => {
    const { agent } = await signedInMember('Una Vale');
    const first = await agent.get('/declarations');
    const etag = first.headers.get('etag');
    expect(etag).to.be.a('string');
    await sentAgain('/declarations');
    // As a browser revalidates; fetch would otherwise add "no-cache", which asks for the page whatever the client holds.
    const again = await agent.get('/declarations', { 'if-none-match': etag!, 'cache-control': 'max-age=0' });
    expect(again.status).to.equal(304);
    expect(again.body.length).to.equal(0);
    expect(await sentAgain('/declarations')).to.equal(true);
  });

  it('when new visitors open the sign-in page, then each is sent it again with a cookie and form token of their own, and each can sign in', async () => {
    const person = await aPerson({ email: 'vic.ward@test.invalid' });
    const visits = [];
    for (let i = 0; i < 3; i++) {
      const agent = app.agent();
      const page = await agent.get('/sign-in');
      visits.push({ agent, page, sentAgain: await sentAgain('/sign-in'), token: /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1], cookie: agent.credentials().cookie });
    }
    // The first may be sent again too: signing in earlier opened the page.
    expect(visits.slice(1).map((v) => v.sentAgain)).to.deep.equal([true, true]);
    expect(new Set(visits.map((v) => v.token)).size).to.equal(3);
    expect(new Set(visits.map((v) => v.cookie)).size).to.equal(3);
    for (const { page } of visits) expect(page.headers.get('content-encoding')).to.equal(null);
    for (const { agent } of visits) {
      const asked = await agent.post('/sign-in', { email: person.email });
      expect(asked.status).to.equal(200);
      expect(asked.text).to.contain('Check your email');
    }
    // A token from one visitor's page does not work with another's cookie.
    const [mine, theirs] = visits;
    const crossed = await fetch(`${app.baseUrl}/sign-in`, {
      method: 'POST',
      headers: { cookie: mine.cookie!, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: theirs.token!, email: person.email }).toString(),
    });
    expect(crossed.status).to.equal(403);
  });

  it('when a page reads the database other than through the register in memory, then it is made every time', async () => {
    const lead = await aPerson({ email: 'wyn.xu@test.invalid', role: 'governance-lead' });
    const agent = await app.signIn(lead.email);
    for (let i = 0; i < 2; i++) expect((await agent.get('/emails')).status).to.equal(200);
    expect(await sentAgain('/emails')).to.equal(false);
    expect(logs.records().filter((r) => r.path === '/emails').at(-1)?.notKeptBecause).to.match(/^it queried /);
  });

  it('when a probe is asked, then it answers for the moment and is never sent again', async () => {
    for (let i = 0; i < 2; i++) expect((await app.agent().get('/ready')).status).to.equal(200);
    await new Promise((r) => setTimeout(r, 20));
    const lines = logs.records().filter((r) => r.path === '/ready');
    expect(lines).to.have.length.of.at.least(2);
    expect(lines.every((r) => r.sentAgain !== true)).to.equal(true);
  });
});
