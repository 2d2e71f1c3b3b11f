/**
 * Text the add-in writes stays text in Excel. The fake converts what is written
 * into a General cell the way Excel does ("07" → 7, "7/9" and "2026-11" → dates,
 * "- …" → a formula: kit/fake-excel/excel-input), so these tests fail if the adapter
 * writes text as Excel would read a typed entry.
 */
import { historyOf } from '../../src/core/workbook/actions';
import { prepareSummary } from '../../src/core/workbook/summary-action';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { loadSnapshot } from '../../src/ports/load-snapshot';
import { createFakeHost, type FakeSheet, type FakeWorkbook } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET, XSS_NAME } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

const OCT = { year: 2026, month: 10 };
const NOV = { year: 2026, month: 11 };
const PLATFORMS = 'Ứng dụng nền tảng số dùng chung'; // "9/9 nền tảng", 7 in October

/** Makes the month's report; returns its appendix (every indicator), or the report itself. */
async function report(workbook: FakeWorkbook, month: { year: number; month: number }, which: 'appendix' | 'report' = 'appendix'): Promise<FakeSheet> {
  const port = new OfficeWorkbook(createFakeHost(workbook));
  const summary = prepareSummary(await loadSnapshot(port), month, new Date(2026, month.month, 5), { commune: 'xã An Bình' });
  expect(await port.apply(summary.plans)).toMatchObject({ ok: true });
  return workbook.sheet(which === 'appendix' ? summary.appendixName : summary.sheetName);
}

/** The appendix's row of an indicator. */
function detailRow(sheet: FakeSheet, name: string): number {
  const area = sheet.usedArea()!;
  let found = -1;
  for (let r = area.top; r <= area.bottom; r++) if (sheet.cell(r, 1).value === name) found = r;
  expect(found).toBeGreaterThan(-1);
  return found;
}

function column(sheet: FakeSheet, col: number): unknown[] {
  const area = sheet.usedArea()!;
  return Array.from({ length: area.bottom }, (_, r) => sheet.cell(r + 1, col).value);
}

describe('the history sheet keeps its month keys as text', () => {
  test('two monthly reports record two months, and the second report finds the first month\'s figures', async () => {
    const workbook = seedWorkbook();
    await report(workbook, OCT);
    const history = workbook.sheet('DTI_LichSu');
    expect(history.cell(1, 1)).toMatchObject({ value: '2026-10', numberFormat: '@' });

    await report(workbook, NOV);
    expect(new Set(column(workbook.sheet('DTI_LichSu'), 1))).toEqual(new Set(['2026-10', '2026-11']));
    // Read back as the next report will read it: both months, October's values intact.
    const rows = historyOf(await loadSnapshot(new OfficeWorkbook(createFakeHost(workbook))));
    expect([...new Set(rows.map((r) => r.month))]).toEqual(['2026-10', '2026-11']);
    expect(rows.find((r) => r.month === '2026-10' && r.name === PLATFORMS)?.value).toBe(7);
  });
});

describe('ids and results round-trip as text', () => {
  test('an id "07" and a result "7/9" are shown in the report as written, and read back as text', async () => {
    const workbook = seedWorkbook();
    const plan = workbook.sheet(SEED_SHEET);
    // The official's id column is formatted as text, so "07" stays "07" in their sheet.
    plan.own(6, 0).numberFormat = '@';
    expect(plan.type(6, 0, '07').value).toBe('07');

    const sheet = await report(workbook, OCT);
    const row = detailRow(sheet, PLATFORMS);
    expect(sheet.cell(row, 0)).toMatchObject({ value: '07', numberFormat: '@' });
    // "Tháng này": 7 of 9 platforms, a number shown as "7/9" by its format.
    expect(sheet.cell(row, 4)).toMatchObject({ value: 7, numberFormat: '#,##0"/9"' });
    expect(sheet.cell(row, 4).formula).toBeUndefined();

    const history = workbook.sheet('DTI_LichSu');
    const idCells = column(history, 2);
    expect(idCells).toContain('07');
    expect(idCells).not.toContain(7);

    // The report read back through the adapter: text, not numbers or dates.
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(workbook)));
    const grid = snapshot.grids.find((g) => g.sheet === sheet.name)!;
    const line = grid.rows[row - grid.origin.row]!;
    expect([line[0]!.value, line[4]!.value, line[4]!.format]).toEqual(['07', 7, '#,##0"/9"']);
  });

  test('stable ids with dots ("1.10", "2.1") stay as written, not numbers', async () => {
    const workbook = seedWorkbook();
    const plan = workbook.sheet(SEED_SHEET);
    plan.setRows([['1.10'], ['2.1']], 4, 0);
    const sheet = await report(workbook, NOV);
    expect(sheet.cell(detailRow(sheet, 'Tỷ lệ hộ gia đình có cáp quang'), 0).value).toBe('1.10');
    expect(sheet.cell(detailRow(sheet, 'Tỷ lệ dân số trưởng thành có tài khoản VNeID'), 0).value).toBe('2.1');
  });
});

describe('a user\'s cell text shown back is what they typed', () => {
  test('text that Excel would turn into a date, a number, a boolean or a formula comes back unchanged', async () => {
    const workbook = seedWorkbook();
    const plan = workbook.sheet(SEED_SHEET);
    // Typed behind an apostrophe (or into text cells) in the official's own sheet.
    expect(plan.type(4, 4, "'- Phòng Kinh tế").value).toBe('- Phòng Kinh tế');
    expect(plan.type(4, 5, "'12/2026").value).toBe('12/2026');
    expect(plan.type(5, 4, "'=HYPERLINK(\"http://x\")").value).toBe('=HYPERLINK("http://x")');
    expect(plan.type(8, 4, "'TRUE").value).toBe('TRUE');
    plan.own(9, 1).value = "'Dự án' số hóa";

    const sheet = await report(workbook, NOV);
    const fibre = detailRow(sheet, 'Tỷ lệ hộ gia đình có cáp quang');
    expect(sheet.cell(fibre, 9).value).toBe('- Phòng Kinh tế'); // Đơn vị chủ trì
    expect(sheet.cell(fibre, 9).formula).toBeUndefined();
    expect(sheet.cell(fibre, 10).value).toBe('12/2026'); // Thời hạn
    const vneid = detailRow(sheet, 'Tỷ lệ dân số trưởng thành có tài khoản VNeID');
    expect(sheet.cell(vneid, 9)).toMatchObject({ value: '=HYPERLINK("http://x")' });
    expect(sheet.cell(vneid, 9).formula).toBeUndefined();
    expect(sheet.cell(detailRow(sheet, XSS_NAME), 9).value).toBe('TRUE');
    // A text that starts with an apostrophe keeps it.
    expect(sheet.cell(detailRow(sheet, "'Dự án' số hóa"), 1).value).toBe("'Dự án' số hóa");
  });

  test('the report\'s own words ("- Lưu: VT, VHXH.", "- Như trên;") stay text; shares and changes are numbers with their formats', async () => {
    const workbook = seedWorkbook();
    const sheet = await report(workbook, NOV);
    const fibre = detailRow(sheet, 'Tỷ lệ hộ gia đình có cáp quang');
    // 85% this month, 70% last month: shares with the percent format; the change, 15 percentage points, a number in points.
    expect(sheet.cell(fibre, 4)).toMatchObject({ value: 0.85, numberFormat: '0.0%' });
    expect(sheet.cell(fibre, 3)).toMatchObject({ value: 0.7, numberFormat: '0.0%' });
    expect(sheet.cell(fibre, 5)).toMatchObject({ value: 15, numberFormat: '+0.0" điểm %";-0.0" điểm %";0.0" điểm %"' });
    const texts = column(workbook.sheet('Báo cáo T11-2026'), 0).filter((v) => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining(['- Như trên;', '- Lưu: VT, VHXH.']));
    for (const s of [sheet, workbook.sheet('Báo cáo T11-2026')]) {
      const area = s.usedArea()!;
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) expect(s.cell(r, c).formula).toBeUndefined();
    }
  });
});
