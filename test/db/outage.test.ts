import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from '../../src/db/mongoose';
import { connectDatabase } from '../../src/db/connection';
import { freeLoopbackPort, startFerretdb, type RunningFerretdb } from '../../src/db/ferretdb';
import { defaultCacheDir } from '../../src/paths';
import { connectTestDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { startTestApp, type TestApp } from '../support/testApp';

/** Polls until the predicate holds or the time is up; returns whether it held. */
async function eventually(predicate: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe('When the database goes away and comes back', function () {
  this.timeout(90_000);
  let dataDir: string;
  let port: number;
  let database: RunningFerretdb;
  let app: TestApp;
  const cacheDir = process.env.COI_CACHE_DIR ?? defaultCacheDir;

  before(async function () {
    // This suite stops and restarts its own database server, so it can't use a MONGODB_URI deployment.
    if (process.env.MONGODB_URI) this.skip();
    await mongoose.disconnect();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coi-outage-'));
    port = await freeLoopbackPort();
    database = await startFerretdb({ cacheDir, dataDir, port });
    await connectDatabase(database.uri('coi_outage'));
    app = await startTestApp();
  });

  after(async () => {
    await app?.close();
    await mongoose.disconnect();
    await database?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    await connectTestDatabase();
  });

  it('then pages and the API answer 503 with a plain message, /health says the database is down, /ready answers 503, and the app recovers by itself', async () => {
    const member = await aPerson();
    const agent = await app.signIn(member.email);
    expect((await agent.get('/declarations')).status).to.equal(200);

    await database.stop();
    const page = await agent.get('/declarations');
    expect(page.status).to.equal(503);
    expect(page.text).to.contain('database cannot be reached');
    const api = await agent.api('GET', '/api/people');
    expect(api.status).to.equal(503);
    expect(api.json<{ error: string }>().error).to.contain('database cannot be reached');
    // The process is alive and says its database is down; it is not ready for traffic.
    const health = await agent.get('/health');
    expect(health.status).to.equal(200);
    expect(health.json()).to.deep.equal({ status: 'alive', database: 'down' });
    const ready = await agent.get('/ready');
    expect(ready.status).to.equal(503);
    expect(ready.json()).to.deep.equal({ ready: false, database: 'down', rulePacks: 'loaded' });

    database = await startFerretdb({ cacheDir, dataDir, port });
    const recovered = await eventually(async () => (await agent.get('/declarations')).status === 200, 45_000);
    expect(recovered, 'the app did not recover within 45 s of the database returning').to.equal(true);
    expect((await agent.get('/declarations')).text).to.contain('My declarations');
    expect((await agent.get('/ready')).status).to.equal(200);
  });
});
