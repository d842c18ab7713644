/** Timing helpers shared by the benchmarks. */
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
