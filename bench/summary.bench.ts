/**
 * `dti summary FILE --month 2026-11 --out OUT --force` (in-process) on generated
 * plans of 12 month columns (kit/plans/large-plan). Two goals:
 * - speed: at 1,000 indicators dti takes at most 1.25 × what ExcelJS takes to
 *   read the input and write a file as large as dti's output (the plan plus the
 *   report, appendix and history sheets: "same-output"), the I/O the job cannot avoid;
 * - linear: the time per indicator at 10,000 is at most 1.5 × the time per
 *   indicator at 1,000 (pairs of a 10,000 run and a 1,000 run).
 * Each goal prints PASS or FAIL with the median and minimum ratio of its pairs.
 * Run: npx tsx bench/summary.bench.ts
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../src/cli/main';
import { writePlan } from '../kit/plans/large-plan';
import { medians, paired, runBench, show, timed, verdict } from './paired';

const SMALL = 1_000;
const LARGE = 10_000;
export const SPEED_GOAL = 1.25;
export const LINEAR_GOAL = 1.5;

async function dtiSummary(file: string, out: string): Promise<void> {
  const err: string[] = [];
  const code = await runCli(['summary', file, '--month', '2026-11', '--out', out, '--force'], {
    out: () => undefined,
    err: (t) => void err.push(t),
    cwd: process.cwd(),
  });
  if (code !== 0) throw new Error(`dti summary exited with ${code}: ${err.join('\n')}`);
}

/** ExcelJS reads the input and writes `produced` (dti's output, loaded untimed beforehand). */
async function sameOutput(file: string, produced: ExcelJS.Workbook, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await produced.xlsx.writeFile(out);
}

async function loaded(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export async function main(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'dti-bench-'));
  const at = (name: string): string => join(dir, name);
  try {
    await writePlan(at('small.xlsx'), SMALL);
    await writePlan(at('large.xlsx'), LARGE);
    // Warm-up (JIT, the XML parsers of both sides), not measured; it also makes the outputs the baseline writes again.
    await dtiSummary(at('small.xlsx'), at('small-dti.xlsx'));
    const smallOutput = await loaded(at('small-dti.xlsx'));
    await sameOutput(at('small.xlsx'), smallOutput, at('small-same.xlsx'));
    await dtiSummary(at('small.xlsx'), at('small-dti.xlsx'));

    console.log(`dti summary --month 2026-11 --out, in-process; ${SMALL.toLocaleString('en-US')} and ${LARGE.toLocaleString('en-US')} indicators × 12 months (18 columns)`);
    const speed = await paired(
      7,
      () => timed(() => dtiSummary(at('small.xlsx'), at('small-run.xlsx'))),
      () => timed(() => sameOutput(at('small.xlsx'), smallOutput, at('small-same.xlsx'))),
    );
    const speedTimes = medians(speed);
    console.log(`  ${SMALL.toLocaleString('en-US')}: dti ${show(speedTimes.a)}, ExcelJS same-output ${show(speedTimes.b)} (medians)`);
    const speedOk = verdict(`speed at ${SMALL.toLocaleString('en-US')} indicators, dti ÷ ExcelJS reading the input and writing an output of the same size`, speed, SPEED_GOAL);

    await dtiSummary(at('large.xlsx'), at('large-run.xlsx'));
    const linear = await paired(
      5,
      () => timed(() => dtiSummary(at('large.xlsx'), at('large-run.xlsx'))),
      () => timed(() => dtiSummary(at('small.xlsx'), at('small-run.xlsx'))),
    );
    const linearTimes = medians(linear);
    console.log(`  ${LARGE.toLocaleString('en-US')}: dti ${show(linearTimes.a)}; ${SMALL.toLocaleString('en-US')}: dti ${show(linearTimes.b)} (medians)`);
    const linearOk = verdict(
      `linear to ${LARGE.toLocaleString('en-US')}, time per indicator at ${LARGE.toLocaleString('en-US')} ÷ at ${SMALL.toLocaleString('en-US')}`,
      linear,
      LINEAR_GOAL,
      SMALL / LARGE,
    );
    return speedOk && linearOk;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runBench(main);
