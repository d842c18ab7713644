import { expect } from 'chai';
import type { JWTPayload } from 'jose';
import { freeLoopbackPort } from '../../src/db/ferretdb';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { createTestOidcProvider, TEST_PROVIDER_NAME, type TestOidcProvider } from '../support/oidcProvider';
import { startTestApp, type TestApp, type WebAgent } from '../support/testApp';

/** The session id in an agent's cookie, without its signature. */
function sessionIdOf(agent: WebAgent): string {
  const cookie = agent.credentials().cookie ?? '';
  return decodeURIComponent(/coi\.sid=([^;]+)/.exec(cookie)?.[1] ?? '').replace(/^s:/, '').split('.')[0];
}

describe('Signing in with the body\'s OpenID Connect provider', () => {
  useDatabase();
  let provider: TestOidcProvider;
  let app: TestApp;

  before(async () => {
    provider = await createTestOidcProvider();
    app = await startTestApp({ oidc: provider.settings });
    await provider.serve(app.baseUrl);
  });
  after(async () => {
    await app.close();
    await provider.close();
  });

  /** Starts a sign-in from the sign-in page and returns the provider's address it sends the browser to. */
  async function startSignIn(agent: WebAgent, next = '/'): Promise<string> {
    await agent.get(`/sign-in?next=${encodeURIComponent(next)}`);
    const started = await agent.get(`/sign-in/oidc?next=${encodeURIComponent(next)}`);
    expect(started.status, started.text.slice(0, 500)).to.equal(303);
    expect(started.location).to.match(new RegExp(`^${provider.issuer}/auth\\?`));
    return started.location ?? '';
  }

  it('when the provider is configured, then the sign-in page offers it by name, with the emailed link as well', async () => {
    const page = await app.agent().get('/sign-in?next=%2Fdeclarations');
    expect(page.text).to.contain(`Sign in with ${TEST_PROVIDER_NAME}`);
    expect(page.text).to.match(/href="\/sign-in\/oidc\?next(=|&#x3D;)%2Fdeclarations"/);
    expect(page.text).to.contain('Email me a sign-in link');
  });

  it('when a person on the register signs in with the provider, then they are signed in with a new session id and sent where they were going', async () => {
    await aPerson({ name: 'Olu Idowu', email: 'olu.idowu@test.invalid' });
    const agent = app.agent();
    const location = await startSignIn(agent, '/declarations');
    const authorization = new URL(location);
    expect(authorization.searchParams.get('code_challenge_method')).to.equal('S256');
    expect(authorization.searchParams.get('state')).to.have.length.greaterThan(20);
    expect(authorization.searchParams.get('nonce')).to.have.length.greaterThan(20);
    const before = sessionIdOf(agent);

    const callback = await provider.signInAt(location, 'Olu.Idowu@test.invalid');
    const done = await agent.get(callback);
    expect(done.status, done.text.slice(0, 500)).to.equal(303);
    expect(done.location).to.equal('/declarations');
    expect(sessionIdOf(agent)).to.have.length.greaterThan(10).and.not.equal(before);
    const page = await agent.get('/declarations');
    expect(page.status).to.equal(200);
    expect(page.text).to.contain('Olu Idowu');
  });

  it('when the provider vouches for an address nobody on the register has, then they are told plainly and whom to ask', async () => {
    await aPerson({ name: 'Grace Lead', role: 'governance-lead' });
    const agent = app.agent();
    const callback = await provider.signInAt(await startSignIn(agent), 'stranger@test.invalid');
    const page = await agent.get(callback);
    expect(page.status).to.equal(403);
    expect(page.text).to.contain('You are not on the register');
    expect(page.text).to.contain('stranger@test.invalid');
    expect(page.text).to.contain('Ask a governance lead to add you');
    expect(page.text).to.contain('Grace Lead');
    expect((await agent.get('/declarations')).status).to.equal(303);
  });

  it('when the provider has not verified the address, then nobody is signed in', async () => {
    await aPerson({ email: 'unverified@test.invalid' });
    provider.unverified.add('unverified@test.invalid');
    const agent = app.agent();
    const page = await agent.get(await provider.signInAt(await startSignIn(agent), 'unverified@test.invalid'));
    expect(page.status).to.equal(403);
    expect(page.text).to.contain('did not give a verified email address');
    expect((await agent.get('/declarations')).status).to.equal(303);
  });

  it('when the state sent back is not the one this browser was given, then nobody is signed in', async () => {
    await aPerson({ email: 'state@test.invalid' });
    const agent = app.agent();
    const callback = new URL(await provider.signInAt(await startSignIn(agent), 'state@test.invalid'), app.baseUrl);
    callback.searchParams.set('state', 'a-state-this-browser-was-never-given');
    const page = await agent.get(callback.pathname + callback.search);
    expect(page.status).to.equal(400);
    expect(page.text).to.contain('did not pass our checks');
    expect(page.text).to.contain('Email me a sign-in link');
    expect((await agent.get('/declarations')).status).to.equal(303);
  });

  it('when an authorisation code is used a second time, then the provider refuses it and nobody is signed in', async () => {
    await aPerson({ email: 'replay@test.invalid' });
    const victim = app.agent();
    const used = new URL(await provider.signInAt(await startSignIn(victim), 'replay@test.invalid'), app.baseUrl);
    expect((await victim.get(used.pathname + used.search)).status).to.equal(303);

    // The same answer again, in the same browser and in another with a sign-in of its own under way.
    const again = await victim.get(used.pathname + used.search);
    expect(again.status).to.equal(400);
    const attacker = app.agent();
    const own = new URL(await startSignIn(attacker));
    const replayed = new URL(used);
    replayed.searchParams.set('state', own.searchParams.get('state') ?? '');
    const page = await attacker.get(replayed.pathname + replayed.search);
    expect(page.status).to.equal(400);
    expect(page.text).to.contain('expired or has already been used');
    expect((await attacker.get('/declarations')).status).to.equal(303);
  });

  /** Signs in at the provider, has it change the ID token it then gives, and expects the app to refuse it. */
  async function expectIdTokenRefused(email: string, change: (claims: JWTPayload) => JWTPayload) {
    await aPerson({ email });
    const agent = app.agent();
    const callback = await provider.signInAt(await startSignIn(agent), email);
    provider.rewriteNextIdToken(change);
    const page = await agent.get(callback);
    expect(page.status).to.equal(400);
    expect(page.text).to.contain('did not pass our checks');
    expect((await agent.get('/declarations')).status).to.equal(303);
  }

  it('when the ID token carries another nonce, then nobody is signed in', async () => {
    await expectIdTokenRefused('nonce@test.invalid', (claims) => ({ ...claims, nonce: 'a-nonce-from-another-sign-in' }));
  });

  it('when the ID token has expired, then nobody is signed in', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectIdTokenRefused('expired@test.invalid', (claims) => ({ ...claims, iat: now - 7200, exp: now - 3600 }));
  });

  it('when the provider stops answering before the code is exchanged, then the page says so and offers the emailed link', async () => {
    await aPerson({ email: 'midway@test.invalid' });
    const agent = app.agent();
    const callback = await provider.signInAt(await startSignIn(agent), 'midway@test.invalid');
    await provider.close();
    try {
      const page = await agent.get(callback);
      expect(page.status).to.equal(503);
      expect(page.text).to.contain(`We could not reach ${TEST_PROVIDER_NAME} to sign you in`);
      expect(page.text).to.contain('Email me a sign-in link');
    } finally {
      await provider.serve(app.baseUrl);
    }
  });

  it('when the callback is opened with no sign-in started in this browser, then it says to start again', async () => {
    const page = await app.agent().get('/sign-in/oidc/callback?code=abc&state=def');
    expect(page.status).to.equal(400);
    expect(page.text).to.contain('was not started in this browser');
  });
});

describe('Signing in when the OpenID Connect provider is down or not configured', () => {
  useDatabase();

  it('when the provider does not answer, then the sign-in page says so plainly and still offers the emailed link, which works', async () => {
    const nobody = await freeLoopbackPort();
    const app = await startTestApp({ oidc: { issuer: `http://127.0.0.1:${nobody}`, clientId: 'coi', clientSecret: 'secret', providerName: 'NHSmail' } });
    try {
      const page = await app.agent().get('/sign-in/oidc?next=%2Fdeclarations');
      expect(page.status).to.equal(503);
      expect(page.text).to.contain('We could not reach NHSmail to sign you in');
      expect(page.text).to.contain('You can still sign in with an emailed link below');
      expect(page.text).to.contain('Email me a sign-in link');
      const person = await aPerson();
      expect((await (await app.signIn(person.email)).get('/declarations')).status).to.equal(200);
    } finally {
      await app.close();
    }
  });

  it('when no provider is configured, then the sign-in page offers only the emailed link and the provider routes are not found', async () => {
    const app = await startTestApp();
    try {
      const page = await app.agent().get('/sign-in');
      expect(page.text).not.to.contain('Sign in with');
      expect(page.text).to.contain('Email me a sign-in link');
      expect((await app.agent().get('/sign-in/oidc')).status).to.equal(404);
      expect((await app.agent().get('/sign-in/oidc/callback?code=a&state=b')).status).to.equal(404);
    } finally {
      await app.close();
    }
  });
});
