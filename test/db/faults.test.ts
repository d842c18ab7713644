import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { verifyAuditChain } from '../../src/audit/verifyChain';
import { createApiToken } from '../../src/accounts/apiTokens';
import { connectDatabase, disconnectDatabase } from '../../src/db/connection';
import { startFerretdb, type RunningFerretdb } from '../../src/db/ferretdb';
import { OrganisationModel } from '../../src/organisations/organisation.model';
import { defaultCacheDir } from '../../src/paths';
import { finishInterruptedSaves } from '../../src/shared/finishSaves';
import { versionHistory, versionKey } from '../../src/shared/versionedRecords';
import { mismatchWithDescription } from '../support/apiDescription';
import { coiProcess } from '../support/coiProcess';
import { clearDatabase, connectTestDatabase } from '../support/database';
import { startTestApp, type TestApp } from '../support/testApp';

const WORKERS = 6;
const STALL_AT_MS = 2_000;
const RESUME_AT_MS = 5_000;
const KILL_AT_MS = 8_000;
const LOAD_FOR_MS = 13_000;

/** What one request of the load asked for and what it was told. */
interface Attempt {
  kind: 'create' | 'rename' | 'read';
  name: string;
  id?: string;
  version?: number;
  status: number;
  ms: number;
  text: string;
}

type Outcome = 'acknowledged' | 'refused' | 'unknown';

/** Acknowledged: 2xx. Unknown: the app said it could not tell, or the connection broke. Anything else was refused. */
function outcomeOf(attempt: Attempt): Outcome {
  if (attempt.status >= 200 && attempt.status < 300) return 'acknowledged';
  if (attempt.status === 0 || attempt.text.includes('may or may not have been saved')) return 'unknown';
  return 'refused';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('When the embedded database stalls and is killed under a write load', function () {
  this.timeout(180_000);
  let dataDir: string;
  let database: RunningFerretdb;
  let databaseUri: string;
  let app: TestApp;
  const supervisorLog: string[] = [];

  before(async function () {
    // This suite stops and kills its own database server, so it can't use a MONGODB_URI deployment.
    if (process.env.MONGODB_URI) this.skip();
    await disconnectDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coi-faults-'));
    database = await startFerretdb({ cacheDir: process.env.COI_CACHE_DIR ?? defaultCacheDir, dataDir, log: (line) => supervisorLog.push(line) });
    databaseUri = database.uri('coi_faults');
    await connectDatabase(databaseUri);
    await clearDatabase();
    app = await startTestApp();
  });

  after(async () => {
    await app?.close();
    await disconnectDatabase();
    await database?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    await connectTestDatabase();
    await clearDatabase();
  });

  it('then requests fail fast, the database is back within 5 s, every acknowledged write is whole, nothing refused is there, and the audit trail verifies', async () => {
    const { token } = await createApiToken({ name: 'load', role: 'governance-lead' }, SYSTEM_ACTOR);
    // Raw fetch, for its timeout: its answers are held to the API's description here rather than by WebAgent.
    const undescribed: string[] = [];
    const call = async (kind: Attempt['kind'], method: string, url: string, body?: Record<string, unknown>): Promise<Attempt> => {
      const started = Date.now();
      try {
        const response = await fetch(app.baseUrl + url, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          body: body && JSON.stringify(body),
          signal: AbortSignal.timeout(20_000),
        });
        const text = await response.text();
        const mismatch = mismatchWithDescription({ method, path: url, status: response.status, contentType: response.headers.get('content-type'), text });
        if (mismatch) undescribed.push(mismatch);
        const json = response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as { id?: string; version?: number }) : {};
        return { kind, name: String(body?.name), id: json.id, version: json.version, status: response.status, ms: Date.now() - started, text };
      } catch (error) {
        return { kind, name: String(body?.name), status: 0, ms: Date.now() - started, text: String(error) };
      }
    };

    const attempts: Attempt[] = [];
    const start = Date.now();
    const worker = async (w: number) => {
      let mine: { id: string; version: number } | undefined;
      for (let n = 0; Date.now() - start < LOAD_FOR_MS; n++) {
        const name = `Load ${w}-${n}`;
        const attempt = mine && n % 2 === 1
          ? await call('rename', 'PUT', `/api/organisations/${mine.id}`, { name, kind: 'provider', aliases: [], supplier: false, version: mine.version })
          : await call('create', 'POST', '/api/organisations', { name, kind: 'provider', aliases: [], supplier: false });
        attempts.push(attempt);
        if (outcomeOf(attempt) === 'acknowledged' && attempt.id && attempt.version) mine = { id: attempt.id, version: attempt.version };
        // After an unknown outcome this worker's next rename would be a guess; start a new record instead.
        if (outcomeOf(attempt) === 'unknown') mine = undefined;
        if (attempt.status >= 500) await sleep(50);
      }
    };

    let backAfterKillMs = -1;
    const faults = (async () => {
      await sleep(STALL_AT_MS);
      process.kill(database.pid()!, 'SIGSTOP');
      await sleep(RESUME_AT_MS - STALL_AT_MS);
      process.kill(database.pid()!, 'SIGCONT');
      await sleep(KILL_AT_MS - RESUME_AT_MS);
      const killedPid = database.pid()!;
      const killedAt = Date.now();
      process.kill(killedPid, 'SIGKILL');
      while (Date.now() - killedAt < 30_000) {
        // Back: a new server process, and a read through the app that reaches it.
        const restarted = database.pid() !== undefined && database.pid() !== killedPid;
        const read = restarted ? await call('read', 'GET', '/api/organisations') : undefined;
        if (read?.status === 200) {
          backAfterKillMs = Date.now() - killedAt;
          return;
        }
        await sleep(50);
      }
    })();
    await Promise.all([...Array.from({ length: WORKERS }, (_, w) => worker(w)), faults]);

    const byOutcome = (o: Outcome) => attempts.filter((a) => outcomeOf(a) === o);
    const slowest = Math.max(...attempts.map((a) => a.ms));
    console.log(
      `      ${attempts.length} writes: ${byOutcome('acknowledged').length} acknowledged, ${byOutcome('refused').length} refused, ` +
        `${byOutcome('unknown').length} unknown; slowest ${slowest} ms; database back ${backAfterKillMs} ms after SIGKILL`,
    );
    for (const slow of attempts.filter((a) => a.ms > 3_000)) console.log('      slow:', slow.kind, slow.name, slow.status, slow.ms, slow.text.slice(0, 120));
    expect(byOutcome('refused').length, 'the faults should have refused some writes').to.be.greaterThan(0);
    expect(byOutcome('acknowledged').length).to.be.greaterThan(0);
    expect(slowest, 'no request hangs over 5 s').to.be.below(5_000);
    expect(backAfterKillMs, 'the supervisor restarts the killed database').to.be.within(0, 5_000);
    expect(supervisorLog.some((line) => line.includes('restarting it'))).to.equal(true);
    for (const refused of byOutcome('refused')) expect(refused.status, refused.text).to.be.oneOf([400, 409, 503]);
    expect(undescribed).to.deep.equal([]);

    await finishInterruptedSaves(0);
    const events = await AuditEventModel.find({ recordType: 'organisation' }).lean();
    const committed = new Map(events.map((e) => [e.commitKey, JSON.parse(e.body).after as { name: string }]));
    const namesCommitted = new Set([...committed.values()].map((after) => after.name));

    for (const a of byOutcome('acknowledged')) {
      const key = versionKey('organisation', a.id!, a.version!);
      expect(committed.get(key)?.name, `audit event for ${a.name}`).to.equal(a.name);
      const history = await versionHistory('organisation', a.id!);
      expect(history.find((v) => v.version === a.version)?.state, `history of ${a.name}`).to.include({ name: a.name });
    }
    for (const a of byOutcome('refused')) expect(namesCommitted.has(a.name), `${a.name} was refused (${a.status}) but is in the audit trail`).to.equal(false);

    // Every record is its latest committed version, with every version in its history.
    for (const record of await OrganisationModel.find().lean()) {
      const history = await versionHistory('organisation', String(record._id));
      expect(history.map((v) => v.version)).to.deep.equal(Array.from({ length: record.version }, (_, i) => i + 1));
      expect(history.at(-1)?.state).to.include({ name: record.name });
      expect(committed.get(versionKey('organisation', String(record._id), record.version))?.name).to.equal(record.name);
    }
    expect(await OrganisationModel.countDocuments()).to.equal([...committed.keys()].filter((k) => k.endsWith(':1')).length);

    expect(await verifyAuditChain()).to.include({ intact: true });
    const verify = await coiProcess(databaseUri, 'audit', 'verify');
    expect(verify.code, verify.stderr).to.equal(0);
    expect(verify.stdout).to.contain('intact');
  });
});
