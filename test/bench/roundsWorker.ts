/**
 * The scheduler's side of `npm run bench:rounds`, in a process of its own as the app's would be: opens a
 * round for everyone, ticks until every opening email has gone, then times ticks with nothing due. Prints
 * a WorkerReport as JSON on stdout.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config';
import { openAppDatabase } from '../../src/db/appDatabase';
import { todayUtc, addDays } from '../../src/engine/dates';
import { registerState } from '../../src/readModel/registerState';
import { openRound } from '../../src/rounds/rounds.service';
import { servicesFromConfig } from '../../src/services';
import { median } from './measure';
import type { WorkerReport } from './rounds.bench';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openAppDatabase(config);
  const { postman, scheduler } = servicesFromConfig(config, (line) => process.stderr.write(`${line}\n`));
  await postman.load();
  // A running app holds the register in memory already.
  await registerState();

  const today = todayUtc();
  const started = performance.now();
  await openRound(
    { name: 'Annual declarations', opensOn: today, dueOn: addDays(today, 30), scope: 'decision-making', committeeIds: [], reminderDaysBefore: [14, 3], overdueEvery: 7, maxReminders: 4 },
    { personId: null, name: 'Bench lead', role: 'governance-lead' },
    today,
  );
  let emails = 0;
  for (let ticks = 0; ticks < 100; ticks++) {
    emails += (await scheduler.tick()).planned;
    if (emails >= Number(process.env.BENCH_PEOPLE) && postman.dueCount === 0) break;
  }
  const seconds = (performance.now() - started) / 1000;

  const idle: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await scheduler.tick();
    idle.push(performance.now() - t);
  }
  const report: WorkerReport = {
    emails,
    seconds,
    peakMB: process.resourceUsage().maxRSS / 1024,
    idleTickMs: { median: median(idle), max: Math.max(...idle) },
  };
  postman.close();
  process.stdout.write(JSON.stringify(report));
  await database.close();
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
