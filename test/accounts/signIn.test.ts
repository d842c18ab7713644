import { expect } from 'chai';
import mongoose from '../../src/db/mongoose';
import { SignInTokenModel } from '../../src/accounts/signInToken.model';
import { DEFAULT_VISIBILITY_WINDOW_MS } from '../../src/shared/visibility';
import { useDatabase } from '../support/database';
import { signInLinkIn } from '../support/mailbox';
import { aPerson } from '../support/factories';
import { startTestApp, type TestApp } from '../support/testApp';

describe('Signing in with an emailed single-use link', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a registered person asks for a link, then they receive it by email and it signs them in', async () => {
    const person = await aPerson({ name: 'Ann Lay', email: 'ann.lay@test.invalid' });
    const agent = await app.signIn(person.email);
    const page = await agent.get('/declarations');
    expect(page.status).to.equal(200);
    expect(page.text).to.contain('My declarations');
    expect(page.text).to.contain('Ann Lay');
  });

  it('when a link is used a second time, then it is refused', async () => {
    await aPerson({ email: 'twice@test.invalid' });
    const agent = app.agent();
    await agent.post('/sign-in', { email: 'twice@test.invalid' });
    const link = new URL(signInLinkIn(await app.mailbox.latestTo('twice@test.invalid')));
    const token = link.searchParams.get('token') ?? '';
    await agent.get(link.pathname + link.search);
    expect((await agent.post('/sign-in/link', { token })).status).to.equal(303);
    const again = app.agent();
    await again.get(link.pathname + link.search);
    const second = await again.post('/sign-in/link', { token });
    expect(second.status).to.equal(400);
    expect(second.text).to.contain('expired or has been used');
  });

  it('when a link is older than 15 minutes, then it is refused', async () => {
    await aPerson({ email: 'late@test.invalid' });
    const agent = app.agent();
    await agent.post('/sign-in', { email: 'late@test.invalid' });
    const link = new URL(signInLinkIn(await app.mailbox.latestTo('late@test.invalid')));
    await SignInTokenModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    await agent.get(link.pathname + link.search);
    const response = await agent.post('/sign-in/link', { token: link.searchParams.get('token') ?? '' });
    expect(response.status).to.equal(400);
  });

  it('when an unknown address asks for a link, then the page says the same and no email is sent', async () => {
    const before = app.mailbox.messages.length;
    const response = await app.agent().post('/sign-in', { email: 'nobody@test.invalid' });
    expect(response.status).to.equal(200);
    expect(response.text).to.contain('Check your email');
    await new Promise((r) => setTimeout(r, 300));
    expect(app.mailbox.messages.length).to.equal(before);
  });

  it('when the email address is not valid, then the form shows the error beside the field', async () => {
    const response = await app.agent().post('/sign-in', { email: 'not-an-email' });
    expect(response.status).to.equal(400);
    expect(response.text).to.contain('nhsuk-error-summary');
    expect(response.text).to.contain('href="#email"');
    expect(response.text).to.contain('Enter an email address in the correct format');
  });

  it('when a page needs sign-in and nobody is signed in, then it redirects to sign in', async () => {
    const response = await app.agent().get('/declarations');
    expect(response.status).to.equal(303);
    expect(response.location).to.equal('/sign-in?next=%2Fdeclarations');
  });

  it('when a form is posted without the CSRF token, then it is refused', async () => {
    const agent = await app.signIn((await aPerson()).email);
    const response = await agent.request('POST', '/declarations/nil', { form: { _csrf: 'wrong' } });
    expect(response.status).to.equal(403);
  });

  it('when a signed-in person goes on using the register, then their session is renewed once its expiry would move by ten minutes, not on every request', async () => {
    const HOUR_MS = 60 * 60 * 1000;
    const agent = await app.signIn((await aPerson()).email);
    const sessionCookie = (response: { headers: Headers }) => response.headers.getSetCookie().find((c) => c.startsWith('coi.sid='));
    expect(sessionCookie(await agent.get('/declarations')), 'a session just saved is not sent again').to.equal(undefined);

    // Eleven minutes on, as far as the session can tell: its saved expiry is that much nearer.
    const sessions = mongoose.connection.collection<{ _id: string; data: string; expires: Date }>('sessions');
    const sid = /coi\.sid=s:([^.;]+)/.exec(decodeURIComponent(agent.credentials().cookie ?? ''))![1];
    const stored = (await sessions.findOne({ _id: sid }))!;
    const earlier = new Date(Date.now() + 8 * HOUR_MS - 11 * 60 * 1000);
    const data = JSON.parse(stored.data) as { cookie: { expires: string } };
    data.cookie.expires = earlier.toISOString();
    await sessions.updateOne({ _id: sid }, { $set: { data: JSON.stringify(data), expires: earlier } });
    // Written behind the app's back, so past the window in which it may serve the session it read before.
    await new Promise((resolve) => setTimeout(resolve, 2 * DEFAULT_VISIBILITY_WINDOW_MS));

    const renewed = sessionCookie(await agent.get('/declarations'));
    expect(renewed, 'the cookie is sent again').to.be.a('string');
    const expiresAt = Date.parse(/Expires=([^;]+)/i.exec(renewed!)![1]);
    expect(expiresAt).to.be.closeTo(Date.now() + 8 * HOUR_MS, 60_000);
    expect((await sessions.findOne({ _id: sid }))!.expires.getTime()).to.be.closeTo(Date.now() + 8 * HOUR_MS, 60_000);
    expect(sessionCookie(await agent.get('/declarations')), 'and not again on the next request').to.equal(undefined);
  });
});
