import { expect } from 'chai';
import { ApiTokenModel } from '../../src/accounts/apiToken.model';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { coiProcess } from '../support/coiProcess';
import { testDatabaseUri, useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { startTestApp, type TestApp } from '../support/testApp';

const coi = async (...args: string[]) => coiProcess(await testDatabaseUri(), ...args);

describe('coi token and coi audit verify', function () {
  this.timeout(60_000);
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a token is created, then it is printed once, stored hashed, works on the API until revoked', async () => {
    const created = await coi('token', 'create', '--role', 'auditor', '--name', 'internal-audit');
    expect(created.code, created.stderr).to.equal(0);
    const token = created.stdout.trim();
    expect(token).to.match(/^coi_[\w-]{40,}$/);
    const stored = await ApiTokenModel.findOne({ name: 'internal-audit' }).lean();
    expect(stored?.role).to.equal('auditor');
    expect(JSON.stringify(stored)).not.to.contain(token);

    const call = () => app.agent().request('GET', '/api/compliance', { headers: { authorization: `Bearer ${token}` } });
    expect((await call()).status).to.equal(200);
    expect((await coi('token', 'revoke', 'internal-audit')).code).to.equal(0);
    expect((await call()).status).to.equal(401);
  });

  it('when the role or name is bad, or the token to revoke does not exist, then it exits 2 naming the problem', async () => {
    const badRole = await coi('token', 'create', '--role', 'member', '--name', 'x');
    expect(badRole.code).to.equal(2);
    expect(badRole.stderr).to.contain('--role');
    const noName = await coi('token', 'create', '--role', 'auditor');
    expect(noName.code).to.equal(2);
    expect(noName.stderr).to.contain('--name');
    const unknown = await coi('token', 'revoke', 'nobody');
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.contain('no active token named "nobody"');
    expect(await ApiTokenModel.countDocuments()).to.equal(0);
  });

  it('when the audit trail is intact, then verify says so; when an event is altered, it names the event', async () => {
    const lead = await app.signIn((await aPerson({ role: 'governance-lead' })).email);
    await lead.get('/declarations/nil');
    await lead.post('/declarations/nil', {});
    const events = await AuditEventModel.countDocuments();
    const intact = await coi('audit', 'verify');
    expect(intact.code).to.equal(0);
    expect(intact.stdout).to.match(new RegExp(`^intact: ${events} events, head [0-9a-f]{64}\\n$`));

    await AuditEventModel.updateOne({ seq: 1 }, { $set: { body: '{"forged":true}' } });
    const broken = await coi('audit', 'verify');
    expect(broken.code).to.equal(1);
    expect(broken.stdout).to.contain('broken at event 1 (altered)');
  });
});
