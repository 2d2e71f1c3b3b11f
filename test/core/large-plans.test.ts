/**
 * Plans of hundreds of thousands of rows must not crash: spreading a data-sized
 * list into a call's arguments overflows the stack past ~120,000 items.
 */
import { analyzeWorkbook } from '../../src/core/analyze';
import type { Cell, Grid } from '../../src/core/grid';
import { mappingToHeaders } from '../../src/core/mapping/saved-mapping';
import { statusForMonth } from '../../src/core/status/month-status';
import { planMonthlySummary } from '../../src/core/summary/plan-summary';
import { textTable } from '../../src/cli/text-table';
import { columnLetters } from '../../src/core/grid';

const c = (value: Cell['value']): Cell => ({ value });

function bigPlan(rows: number): Grid {
  const lines: Cell[][] = [[c('STT'), c('Chỉ tiêu'), c('Đơn vị tính'), c('Chỉ tiêu năm 2026'), c('Đơn vị chủ trì'), c('Tháng 11/2026')]];
  for (let i = 1; i <= rows; i++) lines.push([c(String(i)), c(`Tỷ lệ chỉ tiêu số ${i}`), c('%'), c('80%'), c('Phòng VH-XH'), c(i % 2 ? 0.9 : 0.5)]);
  return { sheet: 'Lớn', origin: { row: 0, col: 0 }, rows: lines, merges: [] };
}

// Past the ~120,000 items where spreading into arguments overflows the stack (the issue saw 200,000).
const ROWS = 150_000;

describe(`${ROWS.toLocaleString('en')} indicator rows`, () => {
  const grid = bigPlan(ROWS);

  test('are read, given a status, and laid out in a report without a stack overflow', () => {
    const analysis = analyzeWorkbook([grid]);
    expect(analysis.indicators).toHaveLength(ROWS);
    const status = statusForMonth(analysis, { year: 2026, month: 11 });
    expect(status.totals).toEqual({ met: ROWS / 2, not_met: ROWS / 2, no_data: 0, invalid: 0 });
    const summary = planMonthlySummary({ analysis, month: { year: 2026, month: 11 }, commune: 'xã An Bình', history: [], existingSheets: [], generatedAt: new Date() });
    expect(summary.model.shortfalls).toHaveLength(ROWS / 2);
    const table = textTable(['STT', 'Tình trạng'], status.indicators.map((i) => [i.id ?? '', i.status]));
    expect(table.split('\n')).toHaveLength(ROWS + 2);
  }, 120_000);

  test('a saved mapping of 200,000 month columns is read back without a stack overflow', () => {
    const wide: Grid = { sheet: 'Rộng', origin: { row: 0, col: 0 }, rows: [[c('STT'), c('Chỉ tiêu'), c('Chỉ tiêu năm')], [c('1'), c('Tỷ lệ A'), c('80%')]], merges: [] };
    const months = Array.from({ length: 200_000 }, (_, i) => ({ column: columnLetters(3 + (i % 16_000)), year: 2026, month: (i % 12) + 1 }));
    const [header] = mappingToHeaders(wide, { indicators: true, tables: [{ headerTop: 1, headerBottom: 1, columns: { id: 'A', name: 'B', target: 'C' }, months }] });
    expect(header!.right).toBe(3 + 15_999);
    expect(header!.months).toHaveLength(200_000);
  });
});
