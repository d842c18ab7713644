import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Config } from '../config';
import mongoose from './mongoose';
import { connectDatabase, connectWithRetry, redactUri } from './connection';
import { startFerretdb } from './ferretdb';
import { setVisibilityWindow } from '../shared/visibility';

export const EMBEDDED_DATABASE_NAME = 'coi';

export interface AppDatabase {
  uri: string;
  /** Where the database came from, for the start-up message. */
  description: string;
  /** True when this process started the embedded server (and so owns an empty-database first start). */
  startedEmbedded: boolean;
  close: () => Promise<void>;
}

interface RunningFile {
  pid: number;
  port: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** The embedded server another process (the running app) already started on this data folder, if any. */
async function runningEmbedded(file: string): Promise<RunningFile | undefined> {
  try {
    const running = JSON.parse(fs.readFileSync(file, 'utf8')) as RunningFile;
    return isAlive(running.pid) && (await portAnswers(running.port)) ? running : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Connects mongoose to the database the app uses: MONGODB_URI when set; otherwise the embedded FerretDB
 * on the data folder, reusing the one the running app started (so `coi` commands and `npm run seed` can
 * work beside it) or starting one for as long as this process needs it. Sets the visibility window every
 * process on the database must share (shared/visibility.ts).
 */
export async function openAppDatabase(config: Config, options: { waitForDatabase?: boolean } = {}): Promise<AppDatabase> {
  setVisibilityWindow(config.visibilityWindowMs);
  if (config.mongodbUri) {
    // The server waits for a deployment that is down at start-up; a command fails at once instead.
    await (options.waitForDatabase ? connectWithRetry : connectDatabase)(config.mongodbUri);
    return { uri: config.mongodbUri, description: redactUri(config.mongodbUri), startedEmbedded: false, close: () => mongoose.disconnect() };
  }
  const dataDir = path.join(config.dataDir, 'ferretdb');
  const runningFile = path.join(dataDir, 'running.json');
  const existing = await runningEmbedded(runningFile);
  if (existing) {
    const uri = `mongodb://127.0.0.1:${existing.port}/${EMBEDDED_DATABASE_NAME}`;
    await connectDatabase(uri);
    return { uri, description: `the embedded database already running on port ${existing.port}`, startedEmbedded: false, close: () => mongoose.disconnect() };
  }
  const server = await startFerretdb({ cacheDir: config.cacheDir, dataDir });
  fs.writeFileSync(runningFile, JSON.stringify({ pid: process.pid, port: server.port } satisfies RunningFile));
  const uri = server.uri(EMBEDDED_DATABASE_NAME);
  try {
    await connectDatabase(uri);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    uri,
    description: `the embedded database (FerretDB) on 127.0.0.1:${server.port}, data in ${dataDir}`,
    startedEmbedded: true,
    close: async () => {
      await mongoose.disconnect().catch(() => undefined);
      fs.rmSync(runningFile, { force: true });
      await server.stop();
    },
  };
}
