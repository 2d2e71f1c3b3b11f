/**
 * 10,000-row sheet in HyperFormula: a column =DTI.STATUS(B2,C2) against the native
 * =IF(B2>=0.8,"Đạt","Chưa đạt"), built and evaluated in the same run. Prints both
 * times and their ratio (goal ≤ 1.5). Run: npx tsx bench/functions.bench.ts
 */
import { performance } from 'perf_hooks';
import { clearTargetCache, targetCacheStats } from '../src/core/formulas';
import { buildSheet, registerDti } from '../test/functions/dti-hyperformula';
import { loadMetadata } from '../test/functions/metadata-source';

const ROWS = 10_000;

function sheet(formula: (row: number) => string): (string | number)[][] {
  const rows: (string | number)[][] = [['Mã', 'Kết quả', 'Chỉ tiêu', 'Tình trạng']];
  for (let r = 2; r <= ROWS + 1; r++) rows.push([`CT${r}`, ((r * 37) % 100) / 100, '≥ 80%', formula(r)]);
  return rows;
}

function time(rows: (string | number)[][]): { ms: number; met: number } {
  const start = performance.now();
  const hf = buildSheet(rows);
  const ms = performance.now() - start;
  const values = hf.getSheetValues(0);
  const met = values.slice(1).filter((row) => row[3] === 'Đạt').length;
  hf.destroy();
  return { ms, met };
}

export async function main(): Promise<void> {
  registerDti(await loadMetadata());
  const dti = sheet((r) => `=DTI.STATUS(B${r},C${r})`);
  const native = sheet((r) => `=IF(B${r}>=0.8,"Đạt","Chưa đạt")`);
  // Warm-up (JIT, parser caches), then the measured runs, alternating.
  time(native);
  time(dti);
  const runs = 5;
  const t = { dti: [] as number[], native: [] as number[] };
  let counts = { dti: 0, native: 0 };
  for (let i = 0; i < runs; i++) {
    clearTargetCache();
    const n = time(native);
    const d = time(dti);
    t.native.push(n.ms);
    t.dti.push(d.ms);
    counts = { dti: d.met, native: n.met };
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const dtiMs = median(t.dti);
  const nativeMs = median(t.native);
  const ratio = dtiMs / nativeMs;
  console.log(`rows: ${ROWS}, runs: ${runs} (median)`);
  console.log(`native IF:   ${nativeMs.toFixed(1)} ms  (${counts.native} Đạt)`);
  console.log(`DTI.STATUS:  ${dtiMs.toFixed(1)} ms  (${counts.dti} Đạt)  target parses: ${targetCacheStats().parses}`);
  console.log(`ratio: ${ratio.toFixed(2)} (goal ≤ 1.5) ${ratio <= 1.5 ? 'OK' : 'SLOWER THAN GOAL'}`);
  if (counts.dti !== counts.native) {
    console.error('DTI.STATUS and IF disagree on the number of Đạt rows');
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
