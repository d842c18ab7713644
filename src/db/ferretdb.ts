import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { logger } from '../shared/logger';

/**
 * The embedded default database: FerretDB 1.24 over SQLite, built from its Go module source
 * once into a cache folder, started on a free loopback port, stopped with the app.
 */
export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const FERRETDB_VERSION = 'v1.24.2';

/**
 * Fixes applied to the module source before it is built. FerretDB 1.24.2's SQLite backend looks records up
 * by `_ferretdb_sjson->'$._id'`, while it creates the unique _id index on `_ferretdb_sjson->"_id"`; SQLite
 * uses an expression index only for the identical expression, so every find, update and delete by _id
 * scanned the whole table (measured: 20 ms per findOne and 200 ms per updateOne on 21,000 documents).
 * Both expressions read the same JSON value, so writing the lookup as the index is written changes no
 * result, only the plan. The patch level is part of the binary's folder, so a patched build replaces an
 * unpatched one.
 */
const SOURCE_PATCHES = [
  {
    file: 'internal/backends/sqlite/metadata/metadata.go',
    from: `IDColumn = DefaultColumn + "->'$._id'"`,
    to: 'IDColumn = DefaultColumn + `->"_id"`',
  },
];
const PATCH_LEVEL = 'coi.1';

const MONGODB_URI_HINT =
  'To use a MongoDB server instead, set MONGODB_URI, for example MONGODB_URI=mongodb://127.0.0.1:27017/coi.';

export class EmbeddedDatabaseError extends Error {}

export function ferretdbBinaryPath(cacheDir: string): string {
  return path.join(cacheDir, 'ferretdb', `${FERRETDB_VERSION}-${PATCH_LEVEL}`, 'ferretdb');
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, GOTOOLCHAIN: 'local', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, error: result.error, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/**
 * Builds the FerretDB binary unless the cache already holds it. `go install module@version` cannot be used:
 * a binary built that way panics at start-up for want of build/version/version.txt, a generated file the
 * module zip leaves out. So the module source is copied out of Go's read-only module cache, the file is
 * written, and the command is built in place.
 */
export function buildFerretdb(cacheDir: string, log: (line: string) => void = (line) => logger().info(line)): string {
  const binary = ferretdbBinaryPath(cacheDir);
  if (fs.existsSync(binary)) return binary;

  const goVersion = run('go', ['version']);
  if (!goVersion.ok) {
    throw new EmbeddedDatabaseError(
      `The embedded database needs the Go toolchain to build FerretDB ${FERRETDB_VERSION}, and \`go\` was not found. ` +
        `Install Go 1.22 or later, or point the app at a MongoDB server. ${MONGODB_URI_HINT}`,
    );
  }
  log(`Building FerretDB ${FERRETDB_VERSION} with ${goVersion.output.trim()} (once; this takes a minute or two)...`);

  fs.mkdirSync(cacheDir, { recursive: true });
  const download = run('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], {
    cwd: cacheDir,
    env: { GOFLAGS: '-mod=mod' },
  });
  const moduleDir = download.ok ? (JSON.parse(download.output) as { Dir?: string }).Dir : undefined;
  if (!moduleDir) {
    throw new EmbeddedDatabaseError(
      `Could not download the FerretDB ${FERRETDB_VERSION} module source:\n${download.output.trim()}\n${MONGODB_URI_HINT}`,
    );
  }

  const workDir = path.join(cacheDir, 'ferretdb', `build-${process.pid}`);
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.cpSync(moduleDir, workDir, { recursive: true });
  makeWritable(workDir);
  fs.writeFileSync(path.join(workDir, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  applySourcePatches(workDir);

  // Build to a private name and rename, so two processes building at once never see a half-written binary.
  const partial = `${binary}.${process.pid}.partial`;
  fs.mkdirSync(path.dirname(binary), { recursive: true });
  let build = run('go', ['build', '-o', partial, './cmd/ferretdb'], { cwd: workDir });
  if (!build.ok && /linkname/.test(build.output)) {
    build = run('go', ['build', '-ldflags=-checklinkname=0', '-o', partial, './cmd/ferretdb'], { cwd: workDir });
  }
  fs.rmSync(workDir, { recursive: true, force: true });
  if (!build.ok) {
    throw new EmbeddedDatabaseError(`Building FerretDB ${FERRETDB_VERSION} failed:\n${build.output.trim()}\n${MONGODB_URI_HINT}`);
  }
  fs.renameSync(partial, binary);
  log(`FerretDB built: ${binary}`);
  return binary;
}

function applySourcePatches(workDir: string): void {
  for (const patch of SOURCE_PATCHES) {
    const file = path.join(workDir, patch.file);
    const source = fs.readFileSync(file, 'utf8');
    if (!source.includes(patch.from)) throw new EmbeddedDatabaseError(`Cannot patch FerretDB: ${patch.file} no longer contains ${patch.from}`);
    fs.writeFileSync(file, source.replace(patch.from, patch.to));
  }
}

function makeWritable(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    fs.chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
    if (entry.isDirectory()) makeWritable(full);
  }
  fs.chmodSync(dir, 0o755);
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface RunningFerretdb {
  uri: (databaseName: string) => string;
  port: number;
  /** The server process now running (it changes when the supervisor restarts it); undefined while down. */
  pid: () => number | undefined;
  stop: () => Promise<void>;
}

/** Restarts after an unexpected exit: at most this many in RESTART_WINDOW_MS, waiting a little longer each time. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
const RESTART_DELAYS_MS = [100, 250, 500, 1_000, 2_000];

interface Child {
  process: ChildProcess;
  exited: Promise<void>;
  hasExited: () => boolean;
}

function spawnFerretdb(binary: string, dataDir: string, port: number, logFile: string): Child {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${dataDir}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=warn',
    ],
    { env: { ...process.env, DO_NOT_TRACK: '1' }, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  return { process: child, exited: exitedPromise, hasExited: () => exited };
}

async function waitUntilListening(child: Child, port: number, logFile: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await canConnect(port))) {
    if (child.hasExited() || Date.now() > deadline) {
      child.process.kill('SIGKILL');
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
      throw new EmbeddedDatabaseError(`FerretDB did not start on port ${port}. Its log (${logFile}) ends:\n${tail}\n${MONGODB_URI_HINT}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Starts FerretDB on a free loopback port (or the one given) with its SQLite files in dataDir, and keeps
 * it running: if it exits without being asked to, it is started again on the same port (the driver
 * reconnects by itself), a bounded number of times, with a log line each time.
 */
export async function startFerretdb(options: {
  cacheDir: string;
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<RunningFerretdb> {
  const log = options.log ?? ((line: string) => logger().warn(line));
  const binary = buildFerretdb(options.cacheDir, options.log);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const port = options.port ?? (await freeLoopbackPort());
  const logFile = path.join(options.dataDir, 'ferretdb.log');

  let child = spawnFerretdb(binary, options.dataDir, port, logFile);
  let stopping = false;
  const restarts: number[] = [];

  // If this process dies without stopping it, don't leave the database server running.
  const killOnExit = () => child.process.kill('SIGKILL');
  process.once('exit', killOnExit);

  const supervise = (current: Child) => {
    void current.exited.then(async () => {
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length > MAX_RESTARTS) {
        log(`The embedded database stopped ${restarts.length} times within a minute; not restarting it again. Its log is ${logFile}.`);
        return;
      }
      const delay = RESTART_DELAYS_MS[restarts.length - 1];
      log(`The embedded database stopped (exit ${current.process.exitCode ?? current.process.signalCode}); restarting it in ${delay} ms (restart ${restarts.length} of at most ${MAX_RESTARTS} a minute).`);
      await new Promise((r) => setTimeout(r, delay));
      if (stopping) return;
      child = spawnFerretdb(binary, options.dataDir, port, logFile);
      supervise(child);
      await waitUntilListening(child, port, logFile).catch((error: Error) => log(error.message));
    });
  };

  await waitUntilListening(child, port, logFile);
  supervise(child);

  return {
    port,
    uri: (databaseName) => `mongodb://127.0.0.1:${port}/${databaseName}`,
    pid: () => (child.hasExited() ? undefined : child.process.pid),
    stop: async () => {
      stopping = true;
      process.removeListener('exit', killOnExit);
      if (child.hasExited()) return;
      child.process.kill('SIGTERM');
      const timer = setTimeout(() => child.process.kill('SIGKILL'), 5_000);
      await child.exited;
      clearTimeout(timer);
    },
  };
}
