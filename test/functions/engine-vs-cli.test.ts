/**
 * The cell functions and the command line must agree. For every indicator that
 * `dti summary FILE --month 2026-11 --json` reports, the same row is rebuilt in a
 * HyperFormula sheet and DTI.STATUS / DTI.MET / DTI.GAP / DTI.PROGRESS are
 * evaluated on it; the answers must match the JSON row by row.
 *
 * How a row is rebuilt (what Excel would hand the functions):
 * - actual: the month cell's value as ExcelJS reads it from the .xlsx. Text stays text
 *   (written with a leading apostrophe so HyperFormula does not turn "80%", "92,5%"
 *   or "8/9" into a number or a date); numbers stay numbers; an error cell becomes
 *   a formula giving that error (=NA() …); an empty cell stays empty.
 * - number formats: HyperFormula has none, and neither does a custom function's
 *   argument: Excel passes 0.8 for a cell showing "80%". So a 0.8 under a "0%"
 *   format is passed as the bare number 0.8, with the row's unit ("%") as the unit
 *   argument when the workbook has a unit column. The functions then read it as a
 *   share through the target ("≥ 70%" or the unit "%"), where the CLI reads it through
 *   the format; the two agree except for the ambiguous case below.
 * - error cells: the functions take ranges (unknown[][]), so Excel calls them with
 *   [[#N/A]] and they explain the error ("Ô kết quả đang báo lỗi #N/A."). HyperFormula
 *   instead hands back a single-cell argument's error without calling the function
 *   (A1:A1 is a single cell to it too). So every function is evaluated twice: per row
 *   on single cells (the error code is checked there) and as one spilled formula over
 *   the whole columns, where the function sees the error and its message is checked.
 * - target: the JSON's target text (the plan's cell as written); unit: the JSON's unit,
 *   passed as the third argument only when the row has one (the sample has no unit
 *   column, so there it is left out, as an official would).
 */
import ExcelJS from 'exceljs';
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import path from 'path';
import { setErrorFactory } from '../../src/functions/errors';
import { planSheet } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { writeWorkbook } from '../helpers/workbook';
import { buildSheet, registerDti } from '../../kit/hyperformula/dti-hyperformula';
import { loadMetadata } from '../../kit/hyperformula/metadata-source';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'dti-sample.xlsx');
const MONTH = '2026-11';

interface JsonIndicator {
  sheet: string;
  row: number;
  id: string | null;
  unit: string | null;
  target: { ok: boolean; kind?: string; text: string };
  actual: unknown;
  gap: number | null;
  progress: number | null;
  status: 'met' | 'not_met' | 'no_data' | 'invalid';
  actualCell: string;
  reason?: string;
}

const LABEL: Record<'met' | 'not_met' | 'no_data', string> = { met: 'Đạt', not_met: 'Chưa đạt', no_data: 'Chưa có số liệu' };

/** An Excel error cell rebuilt as a HyperFormula formula that gives the same error. */
const ERROR_FORMULA: Record<string, string> = {
  '#N/A': '=NA()',
  '#DIV/0!': '=1/0',
  '#VALUE!': '="a"+1',
  '#NUM!': '=SQRT(-1)',
};

/** A cell's content for HyperFormula: the value ExcelJS read, as Excel would hold it. */
function hfInput(raw: ExcelJS.CellValue): string | number | boolean | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return `'${raw}`;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'object' && 'error' in raw) {
    const formula = ERROR_FORMULA[String(raw.error)];
    if (!formula) throw new Error(`No HyperFormula equivalent for the error ${String(raw.error)}`);
    return formula;
  }
  if (typeof raw === 'object' && 'richText' in raw) return `'${raw.richText.map((r) => r.text).join('')}`;
  if (typeof raw === 'object' && 'result' in raw) return hfInput((raw as { result?: ExcelJS.CellValue }).result ?? null);
  throw new Error(`Unexpected cell value ${JSON.stringify(raw)}`);
}

type Fn = 'status' | 'met' | 'gap' | 'progress';
const FNS: Fn[] = ['status', 'met', 'gap', 'progress'];

interface Rebuilt {
  indicator: JsonIndicator;
  /** The actual cell as read from the file: its value and number format. */
  raw: ExcelJS.CellValue;
  numFmt: string | undefined;
  /** "row": one formula per row on single cells; "column": one spilled formula per function over the whole columns. */
  how: 'row' | 'column';
  status: unknown;
  met: unknown;
  gap: unknown;
  progress: unknown;
}

/**
 * Runs the CLI on a file, rebuilds each indicator row in HyperFormula and reads the
 * four functions twice: per row (=DTI.STATUS(A1,B1,C1) …) and as spilled columns
 * (=DTI.STATUS(A1:A37,B1:B37,C1:C37) …).
 */
async function compareFile(file: string): Promise<{ rows: Rebuilt[]; totals: Record<string, number> }> {
  const run = await dti('summary', file, '--month', MONTH, '--json');
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  const json = JSON.parse(run.out) as { indicators: JsonIndicator[]; totals: Record<string, number> };

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells = json.indicators.map((i) => {
    const ws = wb.getWorksheet(i.sheet);
    if (!ws) throw new Error(`No sheet "${i.sheet}" in ${file}`);
    const cell = ws.getCell(i.actualCell);
    return { raw: cell.value, numFmt: cell.numFmt || undefined };
  });

  const n = json.indicators.length;
  const NAME: Record<Fn, string> = { status: 'STATUS', met: 'MET', gap: 'GAP', progress: 'PROGRESS' };
  // Columns: A actual, B target, C unit, D–G per-row formulas, H–K spilled column formulas (first row only).
  const sheet = json.indicators.map((i, k) => {
    const r = k + 1;
    const args = i.unit !== null ? `A${r},B${r},C${r}` : `A${r},B${r}`;
    return [
      hfInput(cells[k]!.raw),
      `'${i.target.text}`,
      i.unit !== null ? `'${i.unit}` : null,
      ...FNS.map((f) => `=DTI.${NAME[f]}(${args})`),
      ...FNS.map((f) => (k === 0 ? `=DTI.${NAME[f]}(A1:A${n},B1:B${n},C1:C${n})` : null)),
    ];
  });
  const hf: HyperFormula = buildSheet(sheet);
  const at = (row: number, col: number): unknown => hf.getCellValue({ sheet: 0, row, col });
  const rows: Rebuilt[] = [];
  for (const [how, first] of [['row', 3], ['column', 7]] as const) {
    json.indicators.forEach((indicator, k) => {
      const values = Object.fromEntries(FNS.map((f, c) => [f, at(k, first + c)])) as Record<Fn, unknown>;
      rows.push({ indicator, raw: cells[k]!.raw, numFmt: cells[k]!.numFmt, how, ...values });
    });
  }
  hf.destroy();
  return { rows, totals: json.totals };
}

const where = (r: Rebuilt): string =>
  `[${r.how}] ${r.indicator.sheet}!${r.indicator.actualCell} (${r.indicator.id ?? '?'}): actual ${JSON.stringify(r.raw)}${r.numFmt ? ` [${r.numFmt}]` : ''}, target "${r.indicator.target.text}", unit ${JSON.stringify(r.indicator.unit)}`;

function isCellError(raw: ExcelJS.CellValue): raw is ExcelJS.CellErrorValue {
  return typeof raw === 'object' && raw !== null && 'error' in raw;
}

function isError(v: unknown, code?: string): v is DetailedCellError {
  return v instanceof DetailedCellError && (code === undefined || v.value === code);
}

/** One row: the four functions against the CLI's JSON. */
function expectAgreement(r: Rebuilt): void {
  const { indicator: i } = r;
  const context = where(r);
  const show = (v: unknown): string => (v instanceof DetailedCellError ? `${v.value} ${v.message}` : JSON.stringify(v));
  const fail = (what: string, v: unknown, expected: string): never => {
    throw new Error(`${context}: ${what} gave ${show(v)}, the CLI says ${expected}`);
  };

  // STATUS
  if (i.status === 'invalid') {
    if (!isError(r.status)) fail('DTI.STATUS', r.status, `invalid (${i.reason ?? ''})`);
    // The tooltip explains the same thing the CLI prints. (Per row, HyperFormula hands
    // back an error cell's own error without calling the function: the code is checked below.)
    const passedOn = r.how === 'row' && isCellError(r.raw);
    if (passedOn && (r.status as DetailedCellError).value !== (r.raw as ExcelJS.CellErrorValue).error) {
      fail('DTI.STATUS', r.status, `invalid, an error cell ${JSON.stringify(r.raw)}`);
    }
    if (!passedOn && i.reason !== undefined && (r.status as DetailedCellError).message !== i.reason) {
      fail('DTI.STATUS', r.status, `invalid with the reason "${i.reason}"`);
    }
  } else if (r.status !== LABEL[i.status]) {
    fail('DTI.STATUS', r.status, `${i.status} ("${LABEL[i.status]}")`);
  }

  // MET: TRUE / FALSE, #N/A without data, an error when unreadable.
  if (i.status === 'met' && r.met !== true) fail('DTI.MET', r.met, 'met (TRUE)');
  if (i.status === 'not_met' && r.met !== false) fail('DTI.MET', r.met, 'not_met (FALSE)');
  if (i.status === 'no_data' && !isError(r.met, '#N/A')) fail('DTI.MET', r.met, 'no_data (#N/A)');
  if (i.status === 'invalid' && !isError(r.met)) fail('DTI.MET', r.met, 'invalid (an error)');

  // GAP: the CLI's number; without one, #N/A for no data, #VALUE! for a yes/no target.
  if (i.gap !== null) {
    if (typeof r.gap !== 'number') fail('DTI.GAP', r.gap, `gap ${i.gap}`);
    else expect(r.gap).toBeCloseTo(i.gap, 9);
  } else if (i.status === 'no_data') {
    if (!isError(r.gap, '#N/A')) fail('DTI.GAP', r.gap, 'no gap, no data (#N/A)');
  } else if (i.status === 'invalid') {
    if (!isError(r.gap)) fail('DTI.GAP', r.gap, 'no gap, invalid (an error)');
  } else if (!isError(r.gap, '#VALUE!')) {
    fail('DTI.GAP', r.gap, `no gap for a ${i.target.kind ?? '?'} target (#VALUE!)`);
  }

  // PROGRESS: the CLI's number; without one an error (#N/A for no data).
  if (i.progress !== null) {
    if (typeof r.progress !== 'number') fail('DTI.PROGRESS', r.progress, `progress ${i.progress}`);
    else expect(r.progress).toBeCloseTo(i.progress, 9);
  } else if (i.status === 'no_data') {
    if (!isError(r.progress, '#N/A')) fail('DTI.PROGRESS', r.progress, 'no progress, no data (#N/A)');
  } else if (!isError(r.progress)) {
    fail('DTI.PROGRESS', r.progress, 'no progress (an error)');
  }
}

beforeAll(async () => {
  registerDti(await loadMetadata());
});
afterAll(() => setErrorFactory());

/** Every row checked; the disagreements, each as one line (input, function output, CLI output). */
function disagreements(rows: Rebuilt[]): string[] {
  const problems: string[] = [];
  for (const r of rows) {
    try {
      expectAgreement(r);
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  return problems;
}

const cellOf = (r: Rebuilt): string => `${r.indicator.sheet}!${r.indicator.actualCell}`;

describe('samples/dti-sample.xlsx, November 2026: functions vs dti summary --json', () => {
  let compared: { rows: Rebuilt[]; totals: Record<string, number> };
  beforeAll(async () => {
    compared = await compareFile(SAMPLE);
  });

  test('covers every indicator of both plan sheets and every status', () => {
    const perRow = compared.rows.filter((r) => r.how === 'row');
    expect([...new Set(perRow.map((r) => r.indicator.sheet))]).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect(perRow).toHaveLength(37);
    expect(compared.totals).toEqual({ met: 17, not_met: 14, no_data: 3, invalid: 3 });
  });

  test('DTI.STATUS, DTI.MET, DTI.GAP and DTI.PROGRESS agree with the CLI on every row', () => {
    expect(disagreements(compared.rows)).toEqual([]);
  });

  test('the functions answer with an error exactly on the rows the CLI cannot read', () => {
    for (const how of ['row', 'column'] as const) {
      const rows = compared.rows.filter((r) => r.how === how);
      expect(rows.filter((r) => isError(r.status)).map(cellOf)).toEqual(['Phụ lục 1!K19', 'Phụ lục 1!K24', 'Phụ lục 2!G10']);
      expect(rows.filter((r) => r.indicator.status === 'invalid').map(cellOf)).toEqual(['Phụ lục 1!K19', 'Phụ lục 1!K24', 'Phụ lục 2!G10']);
    }
  });
});

/**
 * The sample has no unit column and no number formats, so a second workbook covers
 * both: the plan fixture (test/helpers/plan-fixture.ts) has "Đơn vị tính" and its %
 * results are numbers under a "0%" format (0.72 shown as 72%). They are passed as the
 * bare numbers, with the unit "%" as the third argument.
 */
describe('the plan fixture (unit column, results under a "0%" format): functions vs dti summary --json', () => {
  /**
   * H8 holds 0.06 under "0%" (Excel shows 6%) against "Không quá 5%", unit "%": the
   * official typed 6%. The CLI reads the format; DTI.* get the bare 0.06 with the unit
   * "%" and must read it the same way (6% > 5%: Chưa đạt), not as an unclear number.
   */
  const SMALL_TARGET_ROW = 'Kế hoạch!H8';
  let compared: { rows: Rebuilt[]; totals: Record<string, number> };
  beforeAll(async () => {
    compared = await compareFile(await writeWorkbook({ 'Kế hoạch': planSheet() }));
  });

  test('the rows under a % format and with a unit are really there', () => {
    const perRow = compared.rows.filter((r) => r.how === 'row');
    expect(perRow).toHaveLength(8);
    expect(perRow.filter((r) => r.numFmt === '0%' && typeof r.raw === 'number' && r.indicator.unit === '%').map(cellOf)).toEqual([
      'Kế hoạch!H3',
      'Kế hoạch!H4',
      'Kế hoạch!H8',
    ]);
  });

  test('DTI.* agree with the CLI on every row', () => {
    expect(disagreements(compared.rows)).toEqual([]);
  });

  test('0.06 shown as 6% against "Không quá 5%" is Chưa đạt for both, not an unclear number', () => {
    const row = compared.rows.find((r) => cellOf(r) === SMALL_TARGET_ROW && r.how === 'row')!;
    expect(row.indicator.status).toBe('not_met');
    expect(disagreements([row])).toEqual([]);
  });
});
