/**
 * `dti status --formulas plain` on a generated plan of more than 300 rows
 * (test/plain/plain-workbook.ts): the status columns it writes, evaluated by
 * HyperFormula and recalculated by LibreOffice headless (every cached value
 * removed first), equal `dti summary --json` row by row; where they differ the
 * formula says "Không đọc được" and the result is one of the forms listed in
 * PLAIN_FORMULA_LIMITS — the list below is exact. No cell shows #NAME?.
 */
import ExcelJS from 'exceljs';
import { cellAt, type Grid, isErrorValue } from '../../src/core/grid';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { dti } from '../helpers/run-dti';
import { readWorkbook, tempDir } from '../helpers/workbook';
import { recalcToCsv, recalcToXlsx, withoutCachedValues } from './libreoffice-recalc';
import { buildPlainSheet, hfContent, show } from './plain-hyperformula';
import { COUNTS_SHEET, PLAN_SHEET, writePlainWorkbook } from './plain-workbook';

jest.setTimeout(300_000);

interface JsonIndicator {
  sheet: string;
  row: number;
  status: 'met' | 'not_met' | 'no_data' | 'invalid';
  gap: number | null;
  progress: number | null;
  actualCell: string | null;
  target: { text: string; kind?: string };
}

const LABEL = { met: 'Đạt', not_met: 'Chưa đạt', no_data: 'Chưa có số liệu', invalid: 'Không đọc được' } as const;

type Seen = { gap: unknown; status: unknown; progress: unknown };

let json: JsonIndicator[];
let input: ExcelJS.Workbook;
let output: string;
let columns: Map<string, { gap: number; status: number; progress: number }>;
let said: string;

/** The 1-based columns of the three status headers on each sheet. */
function statusColumns(wb: ExcelJS.Workbook): Map<string, { gap: number; status: number; progress: number }> {
  const out = new Map<string, { gap: number; status: number; progress: number }>();
  wb.eachSheet((ws) => {
    const found: Record<string, number> = {};
    ws.getRow(2).eachCell((cell, col) => {
      if (cell.value === 'Chênh lệch') found.gap = col;
      if (cell.value === 'Tình trạng') found.status = col;
      if (cell.value === 'Tiến độ') found.progress = col;
    });
    if (found.gap) out.set(ws.name, found as { gap: number; status: number; progress: number });
  });
  return out;
}

function resultText(i: JsonIndicator): string {
  if (!i.actualCell) return '';
  const v = input.getWorksheet(i.sheet)!.getCell(i.actualCell).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'error' in v) return String(v.error);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

const close = (a: unknown, b: number | null): boolean => typeof a === 'number' && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Rows that disagree with the JSON, and the result forms the formulas could not read although the core did. */
function compare(seen: (i: JsonIndicator) => Seen): { wrong: string[]; unreadable: string[] } {
  const wrong: string[] = [];
  const unreadable = new Set<string>();
  for (const i of json) {
    const s = seen(i);
    const where = `${i.sheet}!${i.row} "${i.target.text}" / ${JSON.stringify(resultText(i))}`;
    if (s.status === LABEL[i.status]) {
      const gapOk = i.gap !== null ? close(s.gap, i.gap) : i.status === 'no_data' ? s.gap === '#N/A' : typeof s.gap === 'string' && s.gap.startsWith('#');
      const progressOk = i.progress !== null ? close(s.progress, i.progress) : i.status === 'no_data' ? s.progress === '#N/A' : typeof s.progress === 'string' && s.progress.startsWith('#');
      if (!gapOk || !progressOk) wrong.push(`${where}: ${JSON.stringify(s)} vs ${JSON.stringify({ gap: i.gap, progress: i.progress })}`);
    } else if (s.status === LABEL.invalid) {
      unreadable.add(`${i.target.kind ?? 'invalid'}: ${resultText(i)}`);
    } else {
      wrong.push(`${where}: ${String(s.status)}, dti summary says ${i.status}`);
    }
  }
  return { wrong, unreadable: [...unreadable].sort() };
}

/** What plain formulas leave unread (PLAIN_FORMULA_LIMITS), by target kind: exactly these, nothing else. */
const EXPECTED_UNREADABLE = [
  'count: 1,5 DN/1.000 dân',
  'number: 1,5 DN/1.000 dân',
  'percent: 1,5 DN/1.000 dân',
  'percent: 8/9 nền tảng',
  'rate: 7/9 (ước)',
];

beforeAll(async () => {
  const book = await writePlainWorkbook();
  expect(book.rows).toBeGreaterThanOrEqual(300);
  const summary = await dti('summary', book.path, '--month', '2026-11', '--json');
  expect(summary.code).toBe(0);
  json = (JSON.parse(summary.out) as { indicators: JsonIndicator[] }).indicators;
  input = await readWorkbook(book.path);
  output = join(tempDir(), 'trang-thai.xlsx');
  const run = await dti('status', book.path, '--month', '2026-11', '--out', output);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  said = run.out;
  columns = statusColumns(await readWorkbook(output));
});

test('the generated plan covers every target kind and result form, with and without counts', () => {
  expect(json.length).toBeGreaterThanOrEqual(300);
  const kinds = new Set(json.map((i) => i.target.kind ?? 'invalid'));
  expect([...kinds].sort()).toEqual(['boolean', 'count', 'invalid', 'number', 'percent', 'qualitative', 'rate', 'task']);
  expect(new Set(json.map((i) => i.status))).toEqual(new Set(['met', 'not_met', 'no_data', 'invalid']));
  expect([...columns.keys()].sort()).toEqual([COUNTS_SHEET, PLAN_SHEET].sort());
});

test('HyperFormula: the plain status columns equal dti summary --json row by row', async () => {
  const wb = await readWorkbook(output);
  const sheets: Record<string, Array<Array<string | number | boolean | null>>> = {};
  wb.eachSheet((ws) => {
    const rows: Array<Array<string | number | boolean | null>> = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: Array<string | number | boolean | null> = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        line[c - 1] = v !== null && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : hfContent(v);
      });
      rows[r - 1] = line;
    });
    sheets[ws.name] = rows;
  });
  const names = Object.keys(sheets);
  const hf = buildPlainSheet([[null]]);
  hf.removeSheet(0);
  for (const name of names) hf.addSheet(name);
  for (const name of names) hf.setSheetContent(hf.getSheetId(name)!, sheets[name]!.map((r) => r ?? []));
  const at = (sheet: string, row: number, col: number): unknown => show(hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: row - 1, col: col - 1 }) as never);
  const result = compare((i) => {
    const c = columns.get(i.sheet)!;
    return { gap: at(i.sheet, i.row, c.gap), status: at(i.sheet, i.row, c.status), progress: at(i.sheet, i.row, c.progress) };
  });
  const unread = json.filter((i) => i.status !== 'invalid' && at(i.sheet, i.row, columns.get(i.sheet)!.status) === LABEL.invalid);
  hf.destroy();
  expect(result.wrong).toEqual([]);
  expect(result.unreadable).toEqual(EXPECTED_UNREADABLE);
  // dti status named these rows, as many as there are, when it wrote the columns.
  expect(unread.length).toBeGreaterThan(0);
  expect(said).toContain(`${unread.length} kết quả DTI đọc được nhưng công thức thông thường sẽ báo "Không đọc được": `);
  const first = unread[0]!;
  expect(said).toContain(`${first.sheet}!${first.actualCell} "${resultText(first)}"`);
});

describe('LibreOffice headless, every formula recalculated', () => {
  let csv: Map<string, string[][]>;
  let recalculated: Grid[];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dti-plain-lo-'));
    const bare = join(dir, 'trang-thai.xlsx');
    await withoutCachedValues(output, bare);
    csv = recalcToCsv(bare, dir);
    const outDir = mkdtempSync(join(tmpdir(), 'dti-plain-lo-xlsx-'));
    const again = recalcToXlsx(bare, outDir);
    expect(existsSync(again)).toBe(true);
    // Read with the add-in's own package reader: ExcelJS drops a cached 0.
    recalculated = await (await XlsxWorkbook.open(again)).readSheets();
  });

  test('no cell shows #NAME? (nor Err:5xx)', () => {
    const bad: string[] = [];
    for (const [sheet, rows] of csv) rows.forEach((row, r) => row.forEach((v, c) => /#NAME\?|Err:\d+/.test(v) && bad.push(`${sheet}!${r + 1}:${c + 1} ${v}`)));
    expect(bad).toEqual([]);
  });

  test('the statuses LibreOffice shows (CSV) and its values (.xlsx) equal dti summary --json row by row', () => {
    const value = (sheet: string, row: number, col: number): unknown => {
      const grid = recalculated.find((g) => g.sheet === sheet)!;
      const v = cellAt(grid, row - 1 - grid.origin.row, col - 1 - grid.origin.col).value;
      return isErrorValue(v) ? v.error : v;
    };
    const result = compare((i) => {
      const c = columns.get(i.sheet)!;
      const shown = csv.get(i.sheet)![i.row - 1]![c.status - 1];
      return { gap: value(i.sheet, i.row, c.gap), status: shown, progress: value(i.sheet, i.row, c.progress) };
    });
    expect(result.wrong).toEqual([]);
    expect(result.unreadable).toEqual(EXPECTED_UNREADABLE);
  });
});
