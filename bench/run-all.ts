/**
 * Runs every benchmark in sequence: cell functions (HyperFormula), the Office.js
 * adapter (sync counts), `dti summary` against ExcelJS, and how soon the DTI.*
 * functions register on the add-in's page (Chromium, slowed CPU), and what the pane
 * loads when it opens (bundle sizes), and whether the web page stays responsive on a
 * 10,000-indicator plan (its worker against none). Each runs in its own
 * Node process, so one benchmark's heap and JIT state do not skew the next. Every
 * goal prints PASS or FAIL with its ratio (bench/paired.ts); the run fails when
 * any goal is missed. Run: npm run bench   (or npx tsx bench/run-all.ts [functions|adapter|summary|registration|bundle|web …])
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { performance } from 'perf_hooks';

export const BENCHES = {
  functions: 'functions.bench.ts',
  adapter: 'adapter.bench.ts',
  summary: 'summary.bench.ts',
  registration: 'registration.bench.ts',
  bundle: 'bundle.bench.ts',
  'long-text': 'long-text.bench.ts',
  web: 'web.bench.ts',
} as const;

type BenchName = keyof typeof BENCHES;

const isBench = (name: string): name is BenchName => Object.prototype.hasOwnProperty.call(BENCHES, name);

/** Runs the named benchmarks one after the other; returns how many failed. */
export function main(names: BenchName[] = Object.keys(BENCHES) as BenchName[]): number {
  const tsx = require.resolve('tsx/cli');
  let failed = 0;
  for (const name of names) {
    console.log(`\n=== ${name} (bench/${BENCHES[name]}) ===`);
    const started = performance.now();
    const run = spawnSync(process.execPath, [tsx, join(__dirname, BENCHES[name])], { stdio: 'inherit', cwd: join(__dirname, '..') });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (run.status === 0) {
      console.log(`--- ${name}: done in ${seconds} s`);
    } else {
      failed++;
      const why = run.status === 1 ? 'a goal was missed' : (run.error?.message ?? `exit code ${run.status ?? run.signal ?? '?'}`);
      console.log(`--- ${name}: FAILED (${why}) after ${seconds} s`);
    }
  }
  return failed;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !isBench(a));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(BENCHES).join(', ')}.`);
    process.exitCode = 2;
  } else {
    const failed = main(args.length > 0 ? args.filter(isBench) : undefined);
    if (failed > 0) process.exitCode = 1;
  }
}
