import { expect } from 'chai';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { verifyAuditChain } from '../../src/audit/verifyChain';
import { createApiToken } from '../../src/accounts/apiTokens';
import { OrganisationModel } from '../../src/organisations/organisation.model';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { anOrganisation, aPerson } from '../support/factories';
import { signInLinkIn } from '../support/mailbox';
import { startTestApp, type TestApp } from '../support/testApp';

const ROUNDS = 20;
const RACERS = 20;

describe('Races on the real embedded database', function () {
  this.timeout(120_000);
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it(`when ${RACERS} clients save the same version at once, ${ROUNDS} times over, then exactly one wins each time, the record holds its content and every other client gets 409`, async () => {
    const { token } = await createApiToken({ name: 'racer', role: 'governance-lead' }, SYSTEM_ACTOR);
    const organisation = await anOrganisation({ name: 'Riverside Surgery' });
    const put = (version: number, name: string) =>
      app.agent().request('PUT', `/api/organisations/${organisation.id}`, {
        headers: { authorization: `Bearer ${token}` },
        json: { name, kind: 'gp-practice', aliases: [], supplier: false, version },
      });

    for (let round = 1; round <= ROUNDS; round++) {
      const names = Array.from({ length: RACERS }, (_, i) => `Riverside Surgery round ${round} client ${i}`);
      const responses = await Promise.all(names.map((name) => put(round, name)));
      const statuses = responses.map((r) => r.status);
      const winners = names.filter((_, i) => statuses[i] === 200);
      expect(winners, `round ${round}: ${statuses.join(',')}`).to.have.length(1);
      expect(statuses.filter((s) => s === 409), `round ${round}`).to.have.length(RACERS - 1);
      const stored = await OrganisationModel.findById(organisation.id).lean();
      expect(stored).to.include({ name: winners[0], version: round + 1 });
    }
    const history = await versionHistory('organisation', organisation.id);
    expect(history.map((v) => v.version)).to.deep.equal(Array.from({ length: ROUNDS + 1 }, (_, i) => i + 1));
    expect(history.at(-1)?.state).to.include({ name: `${(await OrganisationModel.findById(organisation.id).lean())?.name}` });
    expect(await verifyAuditChain()).to.include({ intact: true });
  });

  it(`when ${RACERS} browsers redeem one sign-in link at once, ${ROUNDS} times over, then exactly one is signed in each time and the others are told the link is used`, async () => {
    const person = await aPerson();
    for (let round = 1; round <= ROUNDS; round++) {
      const before = app.mailbox.messages.length;
      await app.agent().post('/sign-in', { email: person.email });
      const link = new URL(signInLinkIn(await app.mailbox.latestTo(person.email, before)));
      const browsers = Array.from({ length: RACERS }, () => app.agent());
      // Each browser opens the link first (its own session and form token), then all press "Sign in" together.
      await Promise.all(browsers.map((b) => b.get(link.pathname + link.search)));
      const responses = await Promise.all(browsers.map((b) => b.post('/sign-in/link', { token: link.searchParams.get('token') ?? '' })));
      const signedIn = responses.filter((r) => r.status === 303);
      expect(signedIn, `round ${round}: ${responses.map((r) => r.status).join(',')}`).to.have.length(1);
      for (const refused of responses.filter((r) => r.status !== 303)) {
        expect(refused.status).to.equal(400);
        expect(refused.text).to.contain('has expired or has been used');
      }
    }
  });
});
