import { expect } from 'chai';
import { SIGN_IN_LIMIT_WINDOW_MS, SignInLimits } from '../../src/accounts/signInLimits';
import { ClaimModel } from '../../src/shared/claims';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { startTestApp, type TestApp } from '../support/testApp';

/** Asks for a sign-in link as a browser at `address` would (the app trusts X-Forwarded-For from loopback only). */
async function askForLink(app: TestApp, email: string, address = '10.0.0.1') {
  const agent = app.agent();
  await agent.get('/sign-in');
  const { csrfToken } = agent.credentials();
  return agent.request('POST', '/sign-in', {
    form: { _csrf: csrfToken ?? '', email },
    headers: { 'x-forwarded-for': address },
  });
}

describe('Sign-in limits: per address and per mailbox, shared by every instance', () => {
  useDatabase();
  const apps: TestApp[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });
  const start = async (limits: { signInRateLimit?: number; signInMailboxRateLimit?: number }) => {
    const app = await startTestApp(limits);
    apps.push(app);
    return app;
  };

  it('when two app instances share the database, then requests from one address are counted together', async () => {
    const first = await start({ signInRateLimit: 3 });
    const second = await start({ signInRateLimit: 3 });
    const statuses = [];
    for (const [i, app] of [first, second, first, second].entries()) statuses.push((await askForLink(app, `person${i}@example.nhs.uk`)).status);
    expect(statuses).to.deep.equal([200, 200, 200, 429]);
    const limited = await askForLink(first, 'someone@example.nhs.uk');
    expect(limited.status).to.equal(429);
    expect(limited.text).to.contain('You have asked for too many sign-in links. Wait 15 minutes and try again.');
    expect(Number(limited.headers.get('retry-after'))).to.be.within(1, SIGN_IN_LIMIT_WINDOW_MS / 1000);
    // Another address still may.
    expect((await askForLink(second, 'someone@example.nhs.uk', '10.0.0.2')).status).to.equal(200);
  });

  it('when many addresses ask for links to one mailbox, then it is limited, on every instance, whether or not anyone has it', async () => {
    const first = await start({ signInMailboxRateLimit: 2 });
    const second = await start({ signInMailboxRateLimit: 2 });
    const person = await aPerson({ email: 'ann.lay@example.nhs.uk' });
    const before = first.mailbox.messages.length + second.mailbox.messages.length;
    const asks = [
      await askForLink(first, person.email, '10.0.1.1'),
      // The same mailbox, written differently.
      await askForLink(second, '  Ann.Lay@Example.NHS.uk ', '10.0.1.2'),
      await askForLink(first, person.email, '10.0.1.3'),
      await askForLink(second, person.email, '10.0.1.4'),
    ];
    expect(asks.map((r) => r.status)).to.deep.equal([200, 200, 429, 429]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(first.mailbox.messages.length + second.mailbox.messages.length - before).to.equal(2);

    const nobody = [];
    for (let i = 0; i < 3; i++) nobody.push((await askForLink(first, 'nobody@example.nhs.uk', `10.0.2.${i}`)).status);
    expect(nobody, 'a mailbox nobody has is limited alike, so limits say nothing about accounts').to.deep.equal([200, 200, 429]);
  });

  it('when the window has passed, then requests are counted afresh and the past window is removed', async () => {
    let now = 5 * SIGN_IN_LIMIT_WINDOW_MS;
    const limits = new SignInLimits({ perAddress: 2, perMailbox: 10 }, () => now);
    expect(await limits.allow('10.0.0.1', 'a@example.nhs.uk')).to.equal(true);
    expect(await limits.allow('10.0.0.1', 'b@example.nhs.uk')).to.equal(true);
    expect(await limits.allow('10.0.0.1', 'c@example.nhs.uk')).to.equal(false);
    expect(await ClaimModel.countDocuments()).to.equal(4);

    now += SIGN_IN_LIMIT_WINDOW_MS;
    expect(await limits.allow('10.0.0.1', 'd@example.nhs.uk')).to.equal(true);
    let left = Infinity;
    for (let tries = 0; tries < 50 && left > 2; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      left = await ClaimModel.countDocuments();
    }
    expect(left, "only this window's two claims remain").to.equal(2);
    expect((await ClaimModel.find().lean()).map((c) => c._id).every((id) => id.includes(':6:'))).to.equal(true);
  });

  it('when the claims are stored, then they name the mailbox by a hash, not the email address', async () => {
    await new SignInLimits({ perAddress: 10, perMailbox: 10 }).allow('10.0.0.1', 'ann.lay@example.nhs.uk');
    const ids = (await ClaimModel.find().lean()).map((c) => c._id);
    expect(ids).to.have.length(2);
    expect(ids.join(' ')).not.to.contain('ann.lay');
  });
});
