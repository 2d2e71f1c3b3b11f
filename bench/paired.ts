/**
 * Paired timing for the benchmarks. The two sides of a comparison run back to
 * back, alternating which goes first, so neither always runs on a warmer heap
 * and a machine busy with something else slows both sides of a pair. Each run
 * is measured twice: the CPU time of this process (all its threads: the
 * garbage collector's, zlib's) and the wall clock. A goal is judged on the
 * median of the pairs' CPU-time ratios: what a quiet machine's wall clock would
 * show, which other programs on a shared machine do not inflate (they stretch
 * the wall clock of the side that allocates more, through the collector's
 * threads). The wall-clock ratios are printed beside it. Every run starts on a
 * collected heap, so neither side pays for collecting the other's garbage.
 */
import { performance } from 'perf_hooks';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** At least this many pairs behind every timed goal. */
export const MIN_PAIRS = 5;

export interface Time {
  wallMs: number;
  cpuMs: number;
}

export interface Pairs {
  a: Time[];
  b: Time[];
}

export function median(xs: number[]): number {
  const sorted = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const cpuNow = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** How long `fn` takes, started on a collected heap. */
export async function timed(fn: () => unknown): Promise<Time> {
  collectGarbage();
  const cpu = cpuNow();
  const wall = performance.now();
  await fn();
  return { wallMs: performance.now() - wall, cpuMs: cpuNow() - cpu };
}

/** `runs` pairs (at least MIN_PAIRS), interleaved A then B, B then A. */
export async function paired(runs: number, a: () => Promise<Time>, b: () => Promise<Time>): Promise<Pairs> {
  const out: Pairs = { a: [], b: [] };
  for (let r = 0; r < Math.max(runs, MIN_PAIRS); r++) {
    if (r % 2 === 0) {
      out.a.push(await a());
      out.b.push(await b());
    } else {
      out.b.push(await b());
      out.a.push(await a());
    }
  }
  return out;
}

/** Medians of each side, for the table lines. */
export function medians(pairs: Pairs): { a: Time; b: Time } {
  const of = (side: Time[]): Time => ({ wallMs: median(side.map((t) => t.wallMs)), cpuMs: median(side.map((t) => t.cpuMs)) });
  return { a: of(pairs.a), b: of(pairs.b) };
}

/**
 * Prints "PASS|FAIL <goal>: …" with the median and minimum of the pairs'
 * ratios A ÷ B × `factor` (CPU time, then wall clock); true when the CPU-time
 * median is within `limit`.
 */
export function verdict(goal: string, pairs: Pairs, limit: number, factor = 1): boolean {
  const ratios = (key: keyof Time): number[] => pairs.a.map((t, i) => (t[key] / pairs.b[i]![key]) * factor);
  const cpu = ratios('cpuMs');
  const wall = ratios('wallMs');
  const pass = median(cpu) <= limit;
  const n = (x: number): string => x.toFixed(2);
  console.log(
    `${pass ? 'PASS' : 'FAIL'} ${goal}: ${n(median(cpu))} (min ${n(Math.min(...cpu))}; goal ≤ ${limit}; median of ${cpu.length} pairs, CPU time) — ` +
      `wall clock ${n(median(wall))} (min ${n(Math.min(...wall))})`,
  );
  return pass;
}

/** "1,234 ms (CPU 1,100 ms)". */
export function show(t: Time): string {
  const ms = (x: number): string => `${Math.round(x).toLocaleString('en-US')} ms`;
  return `${ms(t.wallMs)} (CPU ${ms(t.cpuMs)})`;
}

/** Runs a benchmark's main as a script: exit code 1 when a goal is missed or it fails. */
export function runBench(main: () => Promise<boolean>): void {
  main().then(
    (ok) => {
      if (!ok) process.exitCode = 1;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
