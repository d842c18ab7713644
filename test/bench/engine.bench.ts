/**
 * Engine benchmark (not a mocha test): `node dist/test/bench/engine.bench.js`.
 *
 * Each configuration runs in its own child process, so its peak memory (maxRSS) is
 * its own: the full body, the same at half size (to see that time grows linearly),
 * and the full register-and-gifts body without meetings and decisions. Each child
 * generates the body, validates it VALIDATE_RUNS times and checks it CHECK_RUNS times,
 * reporting medians.
 *
 * Then `coi check` on the full body written to a file, as a whole process, against a bare node
 * process that only reads and parses the same file (PROCESS_RUNS of each, interleaved, medians of
 * their wall time, which the target is set on, and of their CPU time, steadier on a busy machine). A pair
 * during which the host took more than a tenth of the CPU is taken again (measure.ts, StealPolicy).
 *
 * Then dashboard.bench.ts, in a process of its own on a throwaway embedded database, times the
 * app's dashboard check and a meeting's briefing on the full body. (builder.bench.ts, which times
 * the snapshot builder's read on its own, loads the body again: run it by itself.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { check, validateSnapshot } from '../../src/engine';
import { projectRoot } from '../../src/paths';
import { loadShippedPacks } from '../../src/rules';
import { generateBody } from './generateBody';
import { HOST_RETRIES, HOST_STEAL_LIMIT, hostSteal, median, ms, ratio, StealPolicy, targetTable, timed, timedWithCpu, type TargetRow } from './measure';

const CHECK_RUNS = 5;
const VALIDATE_RUNS = 3;
// Nine, not five: a busy spell on this machine can add half a second to a run, and a median of nine rides out more of them.
const PROCESS_RUNS = 9;
/** `coi check` may take at most this many times as long as a bare parse of its file. */
const PROCESS_RATIO_TARGET = 3;

interface Configuration {
  label: string;
  scale: number;
  withMeetings: boolean;
}

const CONFIGURATIONS: Configuration[] = [
  { label: 'full body', scale: 1, withMeetings: true },
  { label: 'half body', scale: 0.5, withMeetings: true },
  { label: 'full body without meetings/decisions', scale: 1, withMeetings: false },
];

interface Measurement {
  label: string;
  sizes: Record<string, number>;
  generateMs: number;
  validateMs: number[];
  checkMs: number[];
  checkCpuMs: number[];
  findings: number;
  findingsByRule: Record<string, number>;
  peakSampledRssMB: number;
  maxRssMB: number;
}

/** Runs in the child: one configuration, measured. */
function measure(config: Configuration): Measurement {
  let peakRss = process.memoryUsage().rss;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const packs = loadShippedPacks();
  const [snapshot, generateMs] = timed(() => generateBody({ scale: config.scale, withMeetings: config.withMeetings }));
  sample();
  const validateMs: number[] = [];
  // A first, untimed run warms up the JIT, as a long-running server would be.
  let validation = validateSnapshot(snapshot, { packs });
  for (let run = 0; run < VALIDATE_RUNS; run++) {
    const [result, took] = timed(() => validateSnapshot(snapshot, { packs }));
    sample();
    validateMs.push(took);
    validation = result;
  }
  if (!validation.ok) throw new Error(`generated body is invalid: ${JSON.stringify(validation.errors.slice(0, 5))}`);
  const checkMs: number[] = [];
  const checkCpuMs: number[] = [];
  let findings = 0;
  const findingsByRule: Record<string, number> = {};
  for (let run = 0; run < CHECK_RUNS; run++) {
    const [doc, took, cpuMs] = timedWithCpu(() => check(validation.snapshot, packs));
    sample();
    checkMs.push(took);
    checkCpuMs.push(cpuMs);
    findings = doc.findings.length;
    if (run === 0) for (const f of doc.findings) findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
  }
  return {
    label: config.label,
    sizes: Object.fromEntries(Object.entries(snapshot).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, (v as unknown[]).length])),
    generateMs,
    validateMs,
    checkMs,
    checkCpuMs,
    findings,
    findingsByRule,
    peakSampledRssMB: peakRss / 2 ** 20,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

function runChild(index: number): Measurement {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', String(index)], { encoding: 'utf8', maxBuffer: 2 ** 24 });
  if (child.status !== 0) throw new Error(`benchmark child failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as Measurement;
}

interface ProcessTime {
  wallMs: number;
  cpuMs: number;
}

/** Wall time of a whole process, from spawning it to its exit, and the CPU time it reports (cpuAtExit.ts). */
function processTime([command, ...args]: readonly string[]): ProcessTime {
  const start = performance.now();
  const child = spawnSync(command, ['--require', path.join(__dirname, 'cpuAtExit.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - start;
  // coi check exits 1 when it finds errors, as the generated body has; 2 or more is a failure.
  if (child.status === null || child.status > 1) throw new Error(`${args.join(' ')} failed (${child.status ?? child.signal}):\n${child.stderr}`);
  const cpu = /cpu-ms ([\d.]+)\n$/.exec(child.stderr);
  if (!cpu) throw new Error(`${args.join(' ')} did not report its CPU time:\n${child.stderr}`);
  return { wallMs, cpuMs: Number(cpu[1]) };
}

/** `coi check` on the full body's file, as a user runs it, against node reading and parsing the same file. */
function measureCoiCheck(): TargetRow[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coi-engine-bench-'));
  try {
    const file = path.join(folder, 'body.json');
    fs.writeFileSync(file, JSON.stringify(generateBody()));
    const megabytes = fs.statSync(file).size / 2 ** 20;
    const bare = [process.execPath, '-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
    const coi = [process.execPath, path.join(projectRoot, 'bin', 'coi.js'), 'check', file];
    const bareRuns: ProcessTime[] = [];
    const coiRuns: ProcessTime[] = [];
    // Interleaved, so a busy spell on the machine falls on both alike; a pair during which the host took the CPU is taken again.
    const host = new StealPolicy();
    for (let run = 0; run < PROCESS_RUNS; run++) {
      for (let attempt = 0; ; attempt++) {
        const steal = hostSteal();
        const bareRun = processTime(bare);
        const coiRun = processTime(coi);
        if (host.keeps(steal(), attempt)) {
          bareRuns.push(bareRun);
          coiRuns.push(coiRun);
          break;
        }
      }
    }
    const wall = (runs: ProcessTime[]) => runs.map((r) => r.wallMs);
    const cpu = (runs: ProcessTime[]) => runs.map((r) => r.cpuMs);
    const withRuns = (values: number[]) => `${ms(median(values))} (runs: ${values.map((t) => t.toFixed(0)).join(', ')} ms)`;
    const baseline = median(wall(bareRuns));
    const figure = median(wall(coiRuns));
    return [
      { measure: `node -e: read and JSON.parse the ${megabytes.toFixed(0)} MB file`, figure: withRuns(wall(bareRuns)), target: 'baseline', ratio: '1.00' },
      {
        measure: 'coi check on the same file (text report)',
        figure: withRuns(wall(coiRuns)),
        target: `< ${PROCESS_RATIO_TARGET} x baseline = ${ms(PROCESS_RATIO_TARGET * baseline)}`,
        ratio: ratio(figure, baseline),
        pass: figure < PROCESS_RATIO_TARGET * baseline,
      },
      { measure: 'node -e: CPU time, all threads', figure: withRuns(cpu(bareRuns)), target: 'baseline', ratio: '1.00' },
      { measure: 'coi check: CPU time, all threads', figure: withRuns(cpu(coiRuns)), target: 'reported: steadier on a busy machine', ratio: ratio(median(cpu(coiRuns)), median(cpu(bareRuns))) },
      {
        measure: `pairs taken again: the host took over ${100 * HOST_STEAL_LIMIT}% of the CPU`,
        figure: `${host.takenAgain} (worst pair kept: ${(100 * host.worstKept).toFixed(0)}%)`,
        target: `at most ${HOST_RETRIES} times each`,
        ratio: '',
      },
    ];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs a benchmark script in a process of its own, its output straight to ours; true when it passed. */
function runScript(name: string): boolean {
  return spawnSync(process.execPath, [...process.execArgv, path.join(__dirname, name)], { stdio: 'inherit' }).status === 0;
}

function main(): void {
  const childIndex = process.argv.indexOf('--child');
  if (childIndex !== -1) {
    process.stdout.write(JSON.stringify(measure(CONFIGURATIONS[Number(process.argv[childIndex + 1])])));
    return;
  }
  console.log(`Engine benchmark: node ${process.version}, medians of ${VALIDATE_RUNS} validations and ${CHECK_RUNS} checks per configuration\n`);
  const results = CONFIGURATIONS.map((_, i) => runChild(i));
  for (const m of results) {
    console.log(`${m.label}`);
    console.log(`  sizes:      ${Object.entries(m.sizes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`  generate:   ${ms(m.generateMs)}`);
    console.log(`  validate:   ${ms(median(m.validateMs))} median (runs: ${m.validateMs.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log(`  check:      ${ms(median(m.checkMs))} median (runs: ${m.checkMs.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log(`  check CPU:  ${ms(median(m.checkCpuMs))} median of this process's CPU time (runs: ${m.checkCpuMs.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log(`  both:       ${ms(median(m.validateMs) + median(m.checkMs))} (validate + check, as the web app runs them)`);
    console.log(`  findings:   ${m.findings} (${Object.entries(m.findingsByRule).sort().map(([k, v]) => `${k} ${v}`).join(', ')})`);
    console.log(`  memory:     peak sampled RSS ${m.peakSampledRssMB.toFixed(0)} MB, maxRSS ${m.maxRssMB.toFixed(0)} MB\n`);
  }
  const [full, half, noMeetings] = results;
  const scaling = median(full.checkMs) / median(half.checkMs);
  const underMs = (measure: string, figure: number, target: number): TargetRow => ({ measure, figure: ms(figure), target: `< ${ms(target)}`, ratio: ratio(figure, target), pass: figure < target });
  const underMB = (measure: string, figure: number, target: number): TargetRow => ({ measure, figure: `${figure.toFixed(0)} MB`, target: `< ${target} MB`, ratio: ratio(figure, target), pass: figure < target });
  const engineRows = [
    underMs('full body: check', median(full.checkMs), 2000),
    underMB('full body: maxRSS', full.maxRssMB, 400),
    underMs('no meetings/decisions: check', median(noMeetings.checkMs), 1000),
    underMB('no meetings/decisions: maxRSS', noMeetings.maxRssMB, 300),
    { measure: 'scaling: full check / half check', figure: scaling.toFixed(2), target: '<= 2.50 (linear is about 2)', ratio: ratio(scaling, 2.5), pass: scaling <= 2.5 },
  ];
  console.log(`${targetTable('The engine on the generated body', engineRows)}\n`);
  const cliRows = measureCoiCheck();
  console.log(`${targetTable(`coi check as a whole process, medians of ${PROCESS_RUNS} interleaved runs`, cliRows)}\n`);
  const passed = [...engineRows, ...cliRows].every((row) => row.pass !== false);
  const dashboard = runScript('dashboard.bench.js');
  process.exitCode = passed && dashboard ? 0 : 1;
}

main();
