import { expect } from 'chai';
import { useDatabase } from '../support/database';
import { auditLength, prepareFuzzTarget, runFuzz } from '../support/fuzz';
import { startTestApp, type TestApp } from '../support/testApp';

describe('Fuzzing every route of the access policy', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when 1,000 mutated requests are sent as every kind of caller, then none is answered 500 or above and no refused one writes', async function () {
    this.timeout(120_000);
    const report = await runFuzz(await prepareFuzzTarget(app), { requests: 1000, seed: 1, auditLength });
    expect(report.faults).to.deep.equal([]);
    expect(report.refusedButWritten).to.deep.equal([]);
    expect(report.sent).to.equal(1000);
    // The run reached past the edge as well as being refused at it.
    expect(Object.keys(report.byStatus).map(Number)).to.include.members([200, 303, 400, 401, 403, 404, 415]);
  });
});
