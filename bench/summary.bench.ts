/**
 * `dti summary FILE --month 2026-11 --out OUT --force` against ExcelJS alone
 * (readFile + writeFile of the same file), on generated plans of 100, 1,000 and
 * 10,000 indicators × 12 month columns (T1/2026 … T12/2026). Prints a table of
 * both times, their ratio (goal ≤ 1.25 at 1,000) and ms per indicator (flat when
 * growth is linear). Median of 3 runs for 100 and 1,000, one run for 10,000.
 * Run: npx tsx bench/summary.bench.ts [sizes…]   e.g. npx tsx bench/summary.bench.ts 1000
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { runCli } from '../src/cli/main';

const GOAL_AT = 1_000;
const GOAL = 1.25;
const MONTHS = 12;

/** Targets officials write, with the unit of their row and a result maker for month m of row i. */
const KINDS: { unit: string; target: string; result: (i: number, m: number) => ExcelJS.CellValue; percentFormat?: boolean }[] = [
  // A share typed as 0.72 and shown as 72%.
  { unit: '%', target: 'Đạt tối thiểu 70%', result: (i, m) => ((i * 7 + m * 5) % 60) / 100 + 0.4, percentFormat: true },
  // A share typed as text with a comma decimal.
  { unit: '%', target: 'Trên 80%', result: (i, m) => `${60 + ((i + m * 3) % 40)},5%` },
  { unit: 'nền tảng', target: '9/9 nền tảng', result: (i, m) => `${Math.min(9, 3 + ((i + m) % 7))}/9` },
  { unit: 'Đạt/Không đạt', target: 'Đạt', result: (i, m) => ((i + m) % 3 === 0 ? 'Chưa' : 'Đạt') },
  { unit: '%', target: 'Không quá 5%', result: (i, m) => `${(i + m) % 9}%` },
  { unit: 'doanh nghiệp/1.000 dân', target: '01 doanh nghiệp/1.000 dân', result: (i, m) => `${((i + m) % 15) / 10}`.replace('.', ',') },
  // Mostly numbers, sometimes nothing reported yet, sometimes unreadable.
  {
    unit: '%',
    target: '≥ 50%',
    result: (i, m) => ((i + m) % 11 === 0 ? null : (i + m) % 13 === 0 ? 'khoảng 60' : (i + m) % 17 === 0 ? '-' : `${40 + ((i * 3 + m) % 30)}%`),
  },
];

const OWNERS = ['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Công an xã', 'Trung tâm Phục vụ hành chính công'];

/** A plan of `n` indicators with T1/2026 … T12/2026 results, written to `path`. */
export async function writePlan(path: string, n: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.addRow(['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 CỦA UBND xã Lộc Tấn']);
  ws.addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Thời hạn', ...Array.from({ length: MONTHS }, (_, m) => `T${m + 1}/2026`)]);
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const row = ws.addRow([
      String(i + 1),
      `Chỉ tiêu chuyển đổi số số ${i + 1}`,
      kind.unit,
      kind.target,
      OWNERS[i % OWNERS.length]!,
      `Tháng ${1 + (i % 12)}/2026`,
      ...Array.from({ length: MONTHS }, (_, m) => kind.result(i, m)),
    ]);
    if (kind.percentFormat) for (let m = 0; m < MONTHS; m++) row.getCell(7 + m).numFmt = '0%';
  }
  await wb.xlsx.writeFile(path);
}

async function timeDti(file: string, out: string): Promise<number> {
  const err: string[] = [];
  const start = performance.now();
  const code = await runCli(['summary', file, '--month', '2026-11', '--out', out, '--force'], {
    out: () => undefined,
    err: (t) => void err.push(t),
    cwd: process.cwd(),
  });
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`dti summary exited with ${code}: ${err.join('\n')}`);
  return ms;
}

async function timeExcelJs(file: string, out: string): Promise<number> {
  const start = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(out);
  return performance.now() - start;
}

/**
 * The I/O the job cannot avoid: reading the input and writing a file as large as
 * dti's output (the plan plus the report and history sheets). The output is
 * loaded untimed, then the input read and the output written are timed.
 */
async function timeExcelJsSameOutput(file: string, dtiOutput: string, out: string): Promise<number> {
  const produced = new ExcelJS.Workbook();
  await produced.xlsx.readFile(dtiOutput);
  const start = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await produced.xlsx.writeFile(out);
  return performance.now() - start;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface SummaryBenchRow {
  indicators: number;
  dtiMs: number;
  excelJsMs: number;
  ratio: number;
  /** ExcelJS reading the input and writing a file the size of dti's output. */
  sameOutputMs: number;
  ratioSameOutput: number;
}

export async function main(sizes: number[] = [100, 1_000, 10_000]): Promise<SummaryBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dti-bench-'));
  try {
    // Warm-up (JIT, ExcelJS's XML parsers), not measured.
    const warm = join(dir, 'warm.xlsx');
    await writePlan(warm, 100);
    await timeDti(warm, join(dir, 'warm-dti.xlsx'));
    await timeExcelJs(warm, join(dir, 'warm-exceljs.xlsx'));

    const results: SummaryBenchRow[] = [];
    for (const n of sizes) {
      const file = join(dir, `plan-${n}.xlsx`);
      await writePlan(file, n);
      const runs = n >= 10_000 ? 1 : 3;
      const dti: number[] = [];
      const excel: number[] = [];
      const same: number[] = [];
      for (let r = 0; r < runs; r++) {
        // Alternate which goes first so neither always runs on a warmer heap.
        if (r % 2 === 0) {
          excel.push(await timeExcelJs(file, join(dir, `exceljs-${n}.xlsx`)));
          dti.push(await timeDti(file, join(dir, `dti-${n}.xlsx`)));
        } else {
          dti.push(await timeDti(file, join(dir, `dti-${n}.xlsx`)));
          excel.push(await timeExcelJs(file, join(dir, `exceljs-${n}.xlsx`)));
        }
      }
      for (let r = 0; r < runs; r++) same.push(await timeExcelJsSameOutput(file, join(dir, `dti-${n}.xlsx`), join(dir, `same-${n}.xlsx`)));
      const dtiMs = median(dti);
      const excelJsMs = median(excel);
      const sameOutputMs = median(same);
      results.push({ indicators: n, dtiMs, excelJsMs, ratio: dtiMs / excelJsMs, sameOutputMs, ratioSameOutput: dtiMs / sameOutputMs });
    }

    const head = ['indicators', 'dti ms', 'exceljs ms', 'ratio', 'same-output ms', 'ratio', 'dti ms/ind', 'exceljs ms/ind'];
    const lines = results.map((r) => [
      r.indicators.toLocaleString('en-US'),
      r.dtiMs.toFixed(0),
      r.excelJsMs.toFixed(0),
      r.ratio.toFixed(2),
      r.sameOutputMs.toFixed(0),
      r.ratioSameOutput.toFixed(2),
      (r.dtiMs / r.indicators).toFixed(3),
      (r.excelJsMs / r.indicators).toFixed(3),
    ]);
    const widths = head.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
    const fmt = (cells: string[]): string => cells.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
    console.log(`dti summary --month 2026-11 --out (in-process) vs ExcelJS readFile + writeFile of the input ("exceljs"),`);
    console.log(`and vs ExcelJS reading the input and writing a file as large as dti's output ("same-output");`);
    console.log(`${MONTHS} month columns; median of 3 (1 run at 10,000)`);
    console.log(fmt(head));
    for (const l of lines) console.log(fmt(l));
    const atGoal = results.find((r) => r.indicators === GOAL_AT);
    if (atGoal) {
      console.log(`ratio at ${GOAL_AT.toLocaleString('en-US')} vs reading and writing the input: ${atGoal.ratio.toFixed(2)} (goal ≤ ${GOAL}) ${atGoal.ratio <= GOAL ? 'OK' : 'SLOWER THAN GOAL'}`);
      console.log(`ratio at ${GOAL_AT.toLocaleString('en-US')} vs the same input and output files: ${atGoal.ratioSameOutput.toFixed(2)} (goal ≤ ${GOAL}) ${atGoal.ratioSameOutput <= GOAL ? 'OK' : 'SLOWER THAN GOAL'}`);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  main(sizes.length > 0 ? sizes : undefined).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
