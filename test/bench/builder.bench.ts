/**
 * Snapshot builder benchmark (not a mocha test): `node dist/test/bench/builder.bench.js`. (bench:engine
 * times the same read through the app's dashboard check, in dashboard.bench.ts.)
 *
 * Loads the full generated body into a throwaway FerretDB, started exactly as the test suite
 * starts it (or the MONGODB_URI server), times buildSnapshot reading it back (median of
 * READ_RUNS), then the engine's check on the snapshot it read, and prints the engine's time as a
 * share of the read time: how much of a dashboard check is the database, and how much the rules.
 */
import { buildSnapshot } from '../../src/compliance/snapshotBuilder';
import { check, validateSnapshot } from '../../src/engine';
import { loadShippedPacks } from '../../src/rules';
import { connectTestDatabase, stopTestDatabase } from '../support/database';
import { BENCH_AS_AT, generateBody } from './generateBody';
import { loadBody } from './loadBody';
import { median, ms, timed, timedAsync } from './measure';

const READ_RUNS = 3;
const CHECK_RUNS = 3;

async function main(): Promise<void> {
  const packs = loadShippedPacks();
  const body = generateBody();
  await connectTestDatabase();
  try {
    const [counts, loadMs] = await timedAsync(() => loadBody(body));
    const readMs: number[] = [];
    const clientCpuMs: number[] = [];
    let snapshot = await buildSnapshot(BENCH_AS_AT);
    for (let run = 0; run < READ_RUNS; run++) {
      const cpu = process.cpuUsage();
      const [read, took] = await timedAsync(() => buildSnapshot(BENCH_AS_AT));
      const used = process.cpuUsage(cpu);
      readMs.push(took);
      clientCpuMs.push((used.user + used.system) / 1000);
      snapshot = read;
    }
    const [validation, validateMs] = timed(() => validateSnapshot(snapshot, { packs }));
    if (!validation.ok) throw new Error(`the snapshot read back is invalid: ${JSON.stringify(validation.errors.slice(0, 5))}`);

    // A first, untimed check warms up the JIT, as in the engine benchmark.
    const expected = check(body, packs).findings.length;
    let findings = check(snapshot, packs).findings.length;
    const checkMs: number[] = [];
    for (let run = 0; run < CHECK_RUNS; run++) {
      const [document, took] = timed(() => check(snapshot, packs));
      checkMs.push(took);
      findings = document.findings.length;
    }

    const read = median(readMs);
    const engine = median(checkMs);
    console.log('Snapshot builder: the full body read back from the database');
    console.log(`  documents:  ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`  load:       ${ms(loadMs)} (insertMany in batches, not timed against any target)`);
    console.log(`  read:       ${ms(read)} median buildSnapshot (runs: ${readMs.map((t) => t.toFixed(0)).join(', ')} ms, after one untimed read)`);
    console.log(`  read CPU:   ${ms(median(clientCpuMs))} median in this process (driver, mongoose lean, mapping); the rest is the database server`);
    console.log(`  validate:   ${ms(validateMs)} on the snapshot read`);
    console.log(`  check:      ${ms(engine)} median engine check on the snapshot read (runs: ${checkMs.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log(`  share:      the engine's check is ${((100 * engine) / read).toFixed(0)}% of the read time (${ms(engine)} / ${ms(read)})`);
    console.log(`  findings:   ${findings} (${findings === expected ? 'the same number as the generated body gives' : `MISMATCH: the generated body gives ${expected}`})`);
    console.log(`  memory:     maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the generated body and the snapshot read, both held)`);
    if (findings !== expected) process.exitCode = 1;
  } finally {
    await stopTestDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
