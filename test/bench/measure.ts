/** Timing helpers shared by the benchmarks. */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/**
 * Wall time and this process's CPU time (ms) of synchronous work. On a shared machine the wall time
 * includes waiting for a core; the CPU time is the work's own, so runs compare across a busy day.
 */
export function timedWithCpu<T>(work: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const [result, wallMs] = timed(work);
  const used = process.cpuUsage(cpu);
  return [result, wallMs, (used.user + used.system) / 1000];
}

export async function timedAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export const ms = (value: number) => `${value.toFixed(0)} ms`;

/** One line of a benchmark's results table: a figure against its target (or baseline). */
export interface TargetRow {
  measure: string;
  figure: string;
  /** The target, or the baseline a ratio is taken against; empty for a figure only reported. */
  target: string;
  /** figure / target (or baseline); empty when there is none. */
  ratio: string;
  /** undefined: reported, not judged. */
  pass?: boolean;
}

/** A results table in plain text, columns padded, with PASS or FAIL for each judged row. */
export function targetTable(title: string, rows: readonly TargetRow[]): string {
  const cells = [['measure', 'figure', 'target / baseline', 'ratio', 'result'], ...rows.map((r) => [r.measure, r.figure, r.target, r.ratio, r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL'])];
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row: string[]) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()}`;
  return [title, line(cells[0]), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

/** The value of `work`, or undefined when it takes longer than `limitMs` (it is left running). */
export async function within<T>(limitMs: number, work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, limitMs, undefined)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `ratio(1500, 2000)` is "0.75". */
export const ratio = (figure: number, target: number) => (figure / target).toFixed(2);

/** The machine's CPU time so far by kind (user, nice, system, idle, iowait, irq, softirq, steal), from Linux's /proc/stat. */
function cpuTimes(): number[] | undefined {
  try {
    return fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  } catch {
    return undefined;
  }
}

/**
 * Starts watching how much of this machine's CPU time the host gave to others (steal); the function it returns
 * gives that share (0 to 1) since the start, or 0 where there is no /proc/stat.
 */
export function hostSteal(): () => number {
  const before = cpuTimes();
  return () => {
    const after = cpuTimes();
    if (!before || !after) return 0;
    const spent = after.map((value, i) => value - before[i]);
    const total = spent.reduce((a, b) => a + b, 0);
    return total > 0 ? spent[7] / total : 0;
  };
}

/**
 * A measurement during which the host took more than this share of the machine's CPU (steal) measured the
 * host, not the code: it is taken again, at most HOST_RETRIES times.
 */
export const HOST_STEAL_LIMIT = 0.1;
export const HOST_RETRIES = 2;

/** Decides which of a benchmark's measurements to keep for the host's steal, and counts those taken again. */
export class StealPolicy {
  takenAgain = 0;
  worstKept = 0;

  /** Whether to keep a measurement (the `attempt`th of its kind, from 0) during which the host took `steal`. */
  keeps(steal: number, attempt: number): boolean {
    if (steal > HOST_STEAL_LIMIT && attempt < HOST_RETRIES) {
      this.takenAgain += 1;
      return false;
    }
    this.worstKept = Math.max(this.worstKept, steal);
    return true;
  }
}
