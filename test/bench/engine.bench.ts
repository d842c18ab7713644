/**
 * Engine benchmark (not a mocha test): `node dist/test/bench/engine.bench.js`.
 *
 * Each configuration runs in its own child process, so its peak memory (maxRSS) is
 * its own: the full body, the same at half size (to see that time grows linearly),
 * and the full register-and-gifts body without meetings and decisions. Each child
 * generates the body, validates it VALIDATE_RUNS times and checks it CHECK_RUNS times,
 * reporting medians.
 *
 * Then builder.bench.ts, in a child of its own, times the snapshot builder reading the full
 * body back from the database and prints the engine's check as a share of that read.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { check, validateSnapshot } from '../../src/engine';
import { loadShippedPacks } from '../../src/rules';
import { generateBody } from './generateBody';
import { median, timed, timedWithCpu } from './measure';

const CHECK_RUNS = 5;
const VALIDATE_RUNS = 3;

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
    const [result, ms] = timed(() => validateSnapshot(snapshot, { packs }));
    sample();
    validateMs.push(ms);
    validation = result;
  }
  if (!validation.ok) throw new Error(`generated body is invalid: ${JSON.stringify(validation.errors.slice(0, 5))}`);
  const checkMs: number[] = [];
  const checkCpuMs: number[] = [];
  let findings = 0;
  const findingsByRule: Record<string, number> = {};
  for (let run = 0; run < CHECK_RUNS; run++) {
    const [doc, ms, cpuMs] = timedWithCpu(() => check(validation.snapshot, packs));
    sample();
    checkMs.push(ms);
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

const f = (ms: number) => `${ms.toFixed(0)} ms`;

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
    console.log(`  generate:   ${f(m.generateMs)}`);
    console.log(`  validate:   ${f(median(m.validateMs))} median (runs: ${m.validateMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
    console.log(`  check:      ${f(median(m.checkMs))} median (runs: ${m.checkMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
    console.log(`  check CPU:  ${f(median(m.checkCpuMs))} median of this process's CPU time (runs: ${m.checkCpuMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
    console.log(`  both:       ${f(median(m.validateMs) + median(m.checkMs))} (validate + check, as the web app runs them)`);
    console.log(`  findings:   ${m.findings} (${Object.entries(m.findingsByRule).sort().map(([k, v]) => `${k} ${v}`).join(', ')})`);
    console.log(`  memory:     peak sampled RSS ${m.peakSampledRssMB.toFixed(0)} MB, maxRSS ${m.maxRssMB.toFixed(0)} MB\n`);
  }
  const [full, half, noMeetings] = results;
  const ratio = median(full.checkMs) / median(half.checkMs);
  console.log(`Scaling: full ${f(median(full.checkMs))} / half ${f(median(half.checkMs))} = ${ratio.toFixed(2)} (linear is about 2)`);
  const verdicts = [
    [`full check under 2 s`, median(full.checkMs) < 2000],
    [`full body under 400 MB`, full.maxRssMB < 400],
    [`no-meetings check under 1 s`, median(noMeetings.checkMs) < 1000],
    [`no-meetings body under 300 MB`, noMeetings.maxRssMB < 300],
    [`scaling ratio 2.5 or less`, ratio <= 2.5],
  ] as const;
  for (const [what, ok] of verdicts) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${what}`);
  console.log('');
  const builder = spawnSync(process.execPath, [...process.execArgv, path.join(__dirname, 'builder.bench.js')], { stdio: 'inherit' });
  process.exitCode = verdicts.every(([, ok]) => ok) && builder.status === 0 ? 0 : 1;
}

main();
