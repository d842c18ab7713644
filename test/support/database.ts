import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from '../../src/db/mongoose';
import { forgetAuditChainHead } from '../../src/audit/auditLog';
import { connectDatabase } from '../../src/db/connection';
import { forgetRegisterState } from '../../src/readModel/registerState';
import { forgetSweepProgress } from '../../src/shared/finishSaves';
import { startFerretdb, type RunningFerretdb } from '../../src/db/ferretdb';
import { defaultCacheDir } from '../../src/paths';

let server: Promise<RunningFerretdb> | undefined;
let dataDir: string | undefined;

/**
 * The real database server the suite runs against: MONGODB_URI when set (a real MongoDB), otherwise
 * one FerretDB started for the whole run on a free loopback port with a throwaway data folder.
 */
export function testDatabaseServer(): Promise<RunningFerretdb> {
  if (!server) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coi-test-db-'));
    server = startFerretdb({ cacheDir: process.env.COI_CACHE_DIR ?? defaultCacheDir, dataDir });
  }
  return server;
}

export async function testDatabaseUri(): Promise<string> {
  if (process.env.MONGODB_URI) return process.env.MONGODB_URI;
  return (await testDatabaseServer()).uri(`coi_test_${process.pid}`);
}

/** Connects mongoose to the test database once; suites that need the database call this in `before`. */
export async function connectTestDatabase(): Promise<void> {
  if (mongoose.connection.readyState === mongoose.ConnectionStates.connected) return;
  await connectDatabase(await testDatabaseUri());
}

/** Empties every collection, so each test arranges its own data; the write path forgets what it knew of them. */
export async function clearDatabase(): Promise<void> {
  await Promise.all(Object.values(mongoose.connection.collections).map((c) => c.deleteMany({})));
  forgetAuditChainHead();
  forgetSweepProgress();
  forgetRegisterState();
}

/** Registers the hooks a suite needs to use the database and start each test from empty. */
export function useDatabase(): void {
  before(connectTestDatabase);
  beforeEach(clearDatabase);
}

export async function stopTestDatabase(): Promise<void> {
  await mongoose.disconnect();
  if (server) await (await server).stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  server = undefined;
}
