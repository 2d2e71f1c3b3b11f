import { monthView } from '../../src/core/status/month-view';
import { analyzeWorkbook } from '../../src/core/analyze';
import type { Grid } from '../../src/core/grid';
import { foreignCells, isOwnCell, planStatusColumns } from '../../src/core/writing/status-columns';
import { plannedCells } from '../../src/core/writing/write-plan';
import { SEED_SHEET, seedRows, type SeedValue } from '../../kit/fake-excel/seed-sheet';

function gridOf(rows: SeedValue[][], sheet = SEED_SHEET): Grid {
  const width = Math.max(...rows.map((line) => line.length)) + 3;
  const padded = rows.map((line) => Array.from({ length: width }, (_, c) => ({ value: line[c] ?? null })));
  return { sheet, origin: { row: 0, col: 0 }, rows: padded, merges: [] };
}

function plan(rows: SeedValue[][], month = { year: 2026, month: 11 }) {
  const grid = gridOf(rows);
  const analysis = analyzeWorkbook([grid]);
  const result = planStatusColumns(grid, analysis.tables[0]!, monthView(analysis, month).reported, month);
  return { grid, analysis, result };
}

function cellAtPlan(p: ReturnType<typeof plan>['result'], address: string) {
  if (!p.ok) throw new Error('no plan');
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1]!.charCodeAt(0) - 65;
  for (const c of plannedCells(p.value.plan)) if (c.row === Number(m[2]) && c.col === col) return c.cell;
  return undefined;
}

describe('status columns plan', () => {
  test('adds the three columns right of the table with one formula per indicator row, reading the month column', () => {
    const { result } = plan(seedRows());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.columns).toEqual({ gap: 8, status: 9, progress: 10 });
    expect(result.value.plan.mode).toBe('cells');
    expect(cellAtPlan(result, 'I3')?.value).toBe('Chênh lệch');
    expect(cellAtPlan(result, 'J3')?.value).toBe('Tình trạng');
    expect(cellAtPlan(result, 'K3')?.value).toBe('Tiến độ');
    // Row 5 is indicator 1: actual in H (T11/2026), target in D, unit in C.
    expect(cellAtPlan(result, 'I5')?.formula).toBe('=DTI.GAP(H5,D5,C5)');
    expect(cellAtPlan(result, 'J5')?.formula).toBe('=DTI.STATUS(H5,D5,C5)');
    expect(cellAtPlan(result, 'K5')?.formula).toBe('=DTI.PROGRESS(H5,D5,C5)');
    // A section row ("II Chính quyền số", row 8) gets no formula.
    expect(cellAtPlan(result, 'J8')?.formula).toBeUndefined();
  });

  test('the month chooses the actual column; percent gaps show as 0.0%, progress as 0%', () => {
    const { result } = plan(seedRows(), { year: 2026, month: 10 });
    expect(cellAtPlan(result, 'I5')?.formula).toBe('=DTI.GAP(G5,D5,C5)');
    expect(cellAtPlan(result, 'I5')?.style?.numberFormat).toBe('0.0%');
    expect(cellAtPlan(result, 'K5')?.style?.numberFormat).toBe('0%');
    // "9/9 nền tảng" is a count: its gap is a plain number.
    expect(cellAtPlan(result, 'I7')?.style?.numberFormat).toBe('#,##0.##');
  });

  test('colours Đạt, Chưa đạt and Chưa có số liệu in the status column', () => {
    const { result } = plan(seedRows());
    if (!result.ok) throw new Error('no plan');
    const cf = result.value.plan.conditionalFormats!;
    expect(cf.map((c) => c.textEquals)).toEqual(['Đạt', 'Chưa đạt', 'Chưa có số liệu']);
    expect(new Set(cf.map((c) => c.range))).toEqual(new Set(['J4:J10']));
  });

  test('a month without a column is refused with a message naming the month', () => {
    const { result } = plan(seedRows(), { year: 2026, month: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.vi).toContain('3/2026');
  });

  test('reuses the owned columns a table already has, in place', () => {
    const rows = seedRows();
    rows[2] = [...rows[2]!, 'Tình trạng', null, 'Chênh lệch', 'Tiến độ'];
    const { result } = plan(rows);
    if (!result.ok) throw new Error('no plan');
    expect(result.value.columns).toEqual({ status: 8, gap: 10, progress: 11 });
    expect(cellAtPlan(result, 'K5')?.formula).toBe('=DTI.GAP(H5,D5,C5)');
    expect(cellAtPlan(result, 'I5')?.formula).toBe('=DTI.STATUS(H5,D5,C5)');
  });

  test('skips a column right of the table that holds the user\'s notes', () => {
    const rows = seedRows();
    rows[4] = [...rows[4]!, 'ghi chú riêng'];
    const { result } = plan(rows);
    if (!result.ok) throw new Error('no plan');
    expect(result.value.columns).toEqual({ gap: 9, status: 10, progress: 11 });
  });

  test('a target written in the name is read from the name cell; without a unit column the unit is left out', () => {
    const rows: SeedValue[][] = [
      ['STT', 'Nội dung chỉ tiêu', 'Đơn vị chủ trì', 'Kết quả thực hiện'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến: Đạt tối thiểu 70%', 'Trung tâm PVHCC', 0.5],
      ['2', 'Tỷ lệ người dân có VNeID', 'Công an xã', 0.8],
    ];
    const { result, analysis } = plan(rows);
    expect(analysis.indicators[0]!.targetFromName).toBe(true);
    expect(cellAtPlan(result, 'E2')?.formula).toBe('=DTI.GAP(D2,B2)');
    expect(cellAtPlan(result, 'F3')?.formula).toBe('=DTI.STATUS(D3,"")');
  });

  test('a free column is never taken over: the columns move right of the user\'s data', () => {
    const rows = seedRows();
    rows[4] = [...rows[4]!, null, 'số cũ']; // J5: the user's text
    const grid = gridOf(rows);
    const analysis = analyzeWorkbook([grid]);
    const result = planStatusColumns(grid, analysis.tables[0]!, monthView(analysis, { year: 2026, month: 11 }).reported, { year: 2026, month: 11 });
    if (!result.ok) throw new Error('no plan');
    expect(result.value.columns).toEqual({ gap: 8, status: 10, progress: 11 });
    expect(foreignCells(result.value.plan, grid)).toEqual([]);
  });

  test('lists the cells it would overwrite that DTI did not write (a hand-made status column), and only those', () => {
    const rows = seedRows();
    rows[2] = [...rows[2]!, 'Tình trạng'];
    const grid = gridOf(rows);
    grid.rows[4]![8] = { value: 'Đạt', formula: '=IF(H5>=D5,"Đạt","Chưa đạt")' }; // hand-written: listed
    grid.rows[5]![8] = { value: 'Chưa đạt', formula: '=DTI.STATUS(H6,D6,C6)' }; // ours: not listed
    const analysis = analyzeWorkbook([grid]);
    const result = planStatusColumns(grid, analysis.tables[0]!, monthView(analysis, { year: 2026, month: 11 }).reported, { year: 2026, month: 11 });
    if (!result.ok) throw new Error('no plan');
    expect(result.value.columns.status).toBe(8);
    const foreign = foreignCells(result.value.plan, grid);
    expect(foreign.map((f) => f.address)).toEqual(['I5']);
    expect(foreign[0]!.text).toContain('=IF(');
  });

  test('our header texts and formulas count as ours; other text does not', () => {
    expect(isOwnCell({ value: 'Tình trạng' })).toBe(true);
    expect(isOwnCell({ value: 'Tiến độ ' })).toBe(true);
    expect(isOwnCell({ value: 0.5, formula: '=DTI.PROGRESS(H5,D5,C5)' })).toBe(true);
    expect(isOwnCell({ value: null })).toBe(true);
    expect(isOwnCell({ value: 'Ghi chú' })).toBe(false);
    expect(isOwnCell({ value: 3, formula: '=SUM(A1:A2)' })).toBe(false);
  });
});
