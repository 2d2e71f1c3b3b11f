/**
 * The custom functions in a 10,000-row sheet (HyperFormula): a column of
 * =DTI.STATUS(B2,C2) against the native IF formula saying the same thing for
 * each row's target (=IF(B2>=0.8,"Đạt","Chưa đạt") for "≥ 80%", =IF(B2<0.1,…)
 * for "Dưới 10%" …). The targets vary from row to row (five wordings × many
 * thresholds, a few hundred distinct texts), as in a real plan. Two goals, each
 * judged on pairs run back to back:
 * - build: the sheet built and calculated, DTI ≤ 1.5 × native;
 * - recalculation: every result in column B changed (a new month's figures
 *   typed in), DTI ≤ 1.5 × native.
 * Both columns must agree row by row, before and after the change.
 * Run: npx tsx bench/functions.bench.ts
 */
import type { HyperFormula } from 'hyperformula';
import { clearTargetCache, targetCacheStats } from '../src/core/formulas';
import { buildSheet, registerDti } from '../kit/hyperformula/dti-hyperformula';
import { loadMetadata } from '../kit/hyperformula/metadata-source';
import { medians, paired, runBench, show, timed, type Time, verdict } from './paired';

const ROWS = 10_000;
export const GOAL = 1.5;

/** A target wording for threshold `n`, and the comparison Excel's IF makes for it. */
const WORDINGS: Array<{ text: (n: number) => string; test: (n: number) => string; count?: boolean }> = [
  { text: (n) => `≥ ${n}%`, test: (n) => `>=${n / 100}` },
  { text: (n) => `Đạt tối thiểu ${n}%`, test: (n) => `>=${n / 100}` },
  { text: (n) => `Trên ${n}%`, test: (n) => `>${n / 100}` },
  { text: (n) => `Dưới ${n % 30}%`, test: (n) => `<${(n % 30) / 100}` },
  { text: (n) => `Tối thiểu ${n % 9} doanh nghiệp`, test: (n) => `>=${n % 9}`, count: true },
];

/** Row r's threshold and wording: they change from row to row. */
function targetOf(r: number): { text: string; test: string; count: boolean } {
  const wording = WORDINGS[r % WORDINGS.length]!;
  const n = 40 + ((Math.floor(r / WORDINGS.length) * 7) % 60);
  return { text: wording.text(n), test: wording.test(n), count: wording.count ?? false };
}

/** Row r's result in month `month` (0 at first, 1 after the change): a share, or a count for counted targets. */
function actualOf(r: number, month: number): number {
  const seed = month === 0 ? r * 37 : r * 53 + 11;
  return targetOf(r).count ? seed % 10 : (seed % 100) / 100;
}

function sheet(formula: (row: number) => string): (string | number)[][] {
  const rows: (string | number)[][] = [['Mã', 'Kết quả', 'Chỉ tiêu', 'Tình trạng']];
  for (let r = 2; r <= ROWS + 1; r++) rows.push([`CT${r}`, actualOf(r, 0), targetOf(r).text, formula(r)]);
  return rows;
}

const DTI = sheet((r) => `=DTI.STATUS(B${r},C${r})`);
const NATIVE = sheet((r) => `=IF(B${r}${targetOf(r).test},"Đạt","Chưa đạt")`);
const NEXT_MONTH = Array.from({ length: ROWS }, (_, i) => [actualOf(i + 2, 1)]);

function build(rows: (string | number)[][]): HyperFormula {
  clearTargetCache();
  return buildSheet(rows);
}

/** Types the next month's results into B2:B10001; HyperFormula recalculates the dependents before returning. */
function changeActuals(hf: HyperFormula): void {
  hf.setCellContents({ sheet: 0, row: 1, col: 1 }, NEXT_MONTH);
}

const statuses = (hf: HyperFormula): unknown[] => hf.getSheetValues(0).slice(1).map((row) => row[3]);

/** The rows where the two columns disagree, before and after the change (none expected); the target parses a DTI sheet takes. */
function disagreements(): { wrong: number; parses: number } {
  const dti = build(DTI);
  const parses = targetCacheStats().parses;
  const native = build(NATIVE);
  let wrong = 0;
  for (const step of [0, 1]) {
    if (step === 1) {
      changeActuals(dti);
      changeActuals(native);
    }
    const [a, b] = [statuses(dti), statuses(native)];
    wrong += a.filter((s, i) => s !== b[i]).length;
  }
  dti.destroy();
  native.destroy();
  return { wrong, parses };
}

async function timeBuild(rows: (string | number)[][]): Promise<Time> {
  let hf: HyperFormula | null = null;
  const time = await timed(() => (hf = build(rows)));
  hf!.destroy();
  return time;
}

async function timeRecalculation(rows: (string | number)[][]): Promise<Time> {
  const hf = build(rows);
  const time = await timed(() => changeActuals(hf));
  hf.destroy();
  return time;
}

export async function main(): Promise<boolean> {
  registerDti(await loadMetadata());
  const { wrong, parses } = disagreements(); // also the warm-up
  const distinct = new Set(DTI.slice(1).map((row) => row[2])).size;
  console.log(`rows: ${ROWS.toLocaleString('en-US')}, distinct target texts: ${distinct}, target parses per DTI sheet: ${parses}`);
  const built = await paired(5, () => timeBuild(DTI), () => timeBuild(NATIVE));
  const builtTimes = medians(built);
  console.log(`  build: DTI.STATUS ${show(builtTimes.a)}, native IF ${show(builtTimes.b)} (medians)`);
  const buildOk = verdict('build and calculate, DTI.STATUS ÷ native IF', built, GOAL);
  const recalc = await paired(5, () => timeRecalculation(DTI), () => timeRecalculation(NATIVE));
  const recalcTimes = medians(recalc);
  console.log(`  recalculation after changing ${ROWS.toLocaleString('en-US')} results: DTI.STATUS ${show(recalcTimes.a)}, native IF ${show(recalcTimes.b)} (medians)`);
  const recalcOk = verdict('recalculation after changing the results, DTI.STATUS ÷ native IF', recalc, GOAL);
  console.log(`${wrong === 0 ? 'PASS' : 'FAIL'} agreement: DTI.STATUS and IF disagree on ${wrong} of ${2 * ROWS} results`);
  return buildOk && recalcOk && wrong === 0;
}

if (require.main === module) runBench(main);
