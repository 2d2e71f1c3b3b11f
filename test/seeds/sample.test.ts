/**
 * The sample workbook (samples/dti-sample.xlsx, built by scripts/make-sample.ts): its November 2026
 * summary, figure by figure, as the commune office would compile it by hand.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { type MonthStatus, statusForMonth } from '../../src/core/status/month-status';
import { worksheetToGrid } from '../../src/xlsx/read-grid';
import { essence } from '../fixtures/analyze-layout';
import { SAMPLE_PATH, buildSampleWorkbook } from '../../scripts/make-sample';
import { roundTrip } from '../../kit/plans/layouts';

type Row = [sheet: 1 | 2, id: string, status: 'met' | 'not_met' | 'no_data' | 'invalid', actual: number | boolean | null, previous: number | boolean | null, change: number | null, gap: number | null, owner: string | null];

const VHXH = 'Phòng VH-XH';
const HCC = 'Trung tâm Phục vụ hành chính công xã';
const NOVEMBER: Row[] = [
  // Phụ lục 1, table I (the commune's own indicators).
  [1, '01', 'met', 1, 0.9, 0.1, 0, 'Các cơ quan, đơn vị; các ngành xã'],
  [1, '02', 'not_met', 0.09, 0.08, 0.01, -0.01, 'Các cơ quan, đơn vị; các ngành xã'],
  [1, '03', 'not_met', 0.8, 0.8, 0, 0, HCC], // "Trên 80%": 80% is not above
  [1, '04', 'not_met', 0.925, 0.88, 0.045, -0.075, HCC],
  [1, '05', 'met', 1, 1, 0, 0, HCC],
  [1, '06', 'met', 0.71, 0.66, 0.05, 0.01, 'Phòng VH-XH; Công an xã'],
  // Phụ lục 1, table II (with the upper level): the owner is the commune unit that follows up.
  [1, '01', 'met', true, false, null, null, VHXH],
  [1, '02', 'not_met', 8, 7, 1, -1, VHXH],
  [1, '03', 'met', true, true, null, null, 'Phòng VH-XH, Trung tâm Phục vụ hành chính công xã'],
  [1, '04', 'no_data', null, 0.85, null, null, VHXH],
  [1, '05', 'not_met', 0.52, 0.45, 0.07, -0.48, VHXH],
  [1, '06', 'met', 1, 1, 0, 0, VHXH],
  [1, '07', 'not_met', 0.5, 0.5, 0, -0.5, VHXH],
  [1, '08', 'invalid', null, 0, null, null, VHXH], // "khoảng 70"
  [1, '09', 'met', 0.012, 0.01, 0.002, 0.002, 'Phòng Kinh tế'], // "Đạt trên 1%"
  [1, '10', 'not_met', 0.16, 0.15, 0.01, -0.04, 'Phòng Kinh tế'],
  [1, '11', 'not_met', 0.98, 0.97, 0.01, -0.02, 'Công an xã;'],
  [1, '12', 'met', 0.31, 0.28, 0.03, 0.01, VHXH],
  [1, '13', 'invalid', null, 0.92, null, null, VHXH], // #N/A
  // Phụ lục 2 (seed 002: no owner column).
  [2, '1.1', 'met', 0.82, 0.78, 0.04, 0.02, null],
  [2, '1.2', 'met', 0.9, 0.88, 0.02, 0, null],
  [2, '1.3', 'not_met', 0.95, 0.93, 0.02, -0.05, null],
  [2, '1.3', 'not_met', 0.6, 0.55, 0.05, -0.2, null],
  [2, '1.4', 'met', 0.35, 0.3, 0.05, 0.05, null],
  [2, '1.5', 'met', 1, 1, 0, 0, null],
  [2, '1.6', 'not_met', 0.99, 0.98, 0.01, -0.01, null],
  [2, '1.7', 'invalid', null, 1, null, null, null],
  [2, '1.8', 'met', 0.8, 0.75, 0.05, 0, null], // 0.8 typed for 80%
  [2, '1.9', 'no_data', null, 0.7, null, null, null],
  [2, '2.1', 'not_met', 0.09, 0.09, 0, -0.02, null],
  [2, '2.2', 'not_met', 0.04, 0.03, 0.01, -0.01, null],
  [2, '3.1', 'met', 0.8, 0.78, 0.02, 0.04, null],
  [2, '3.2', 'not_met', 0.83, 0.82, 0.01, -0.02, null],
  [2, '3.3', 'met', 0.61, 0.58, 0.03, 0.01, null],
  [2, '3.4', 'met', 0.985, 0.97, 0.015, 0.005, null],
  [2, '4.1', 'met', 1, 1, 0, 0, null],
  [2, '4.2', 'no_data', null, null, null, null, null],
];

const round = (v: number | boolean | null): number | boolean | null => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v);

let analysis: Analysis;
let november: MonthStatus;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  analysis = analyzeWorkbook(wb.worksheets.map((ws) => worksheetToGrid(ws)));
  november = statusForMonth(analysis, { year: 2026, month: 11 });
});

describe('samples/dti-sample.xlsx', () => {
  it('holds three sheets: two appendices (2 + 1 tables, 19 + 18 indicators) and the notes', () => {
    expect(analysis.sheets).toEqual([
      { sheet: 'Phụ lục 1', tables: 2, indicators: 19, month: null },
      { sheet: 'Phụ lục 2', tables: 1, indicators: 18, month: null },
      { sheet: 'Hướng dẫn', tables: 0, indicators: 0, month: null },
    ]);
    expect(analysis.tables.filter((t) => t.sheet === 'Phụ lục 1').map((t) => t.title)).toEqual([
      'I. NHÓM CHỈ TIÊU THUỘC CÁC CƠ QUAN, ĐƠN VỊ XÃ CHỦ TRÌ THỰC HIỆN (06)',
      'II. NHÓM CHỈ TIÊU THUỘC CÁC CƠ QUAN, ĐƠN VỊ XÃ CHỦ TRÌ PHỐI HỢP CẤP TRÊN THỰC HIỆN (13)',
    ]);
    for (const t of analysis.tables) expect(t.months.map((m) => `${m.month}/${m.year}`)).toEqual(['9/2026', '10/2026', '11/2026']);
  });

  it('is what scripts/make-sample.ts builds today', async () => {
    const rebuilt = await roundTrip(buildSampleWorkbook());
    const again = analyzeWorkbook(rebuilt.worksheets.map((ws) => worksheetToGrid(ws)));
    expect(again.indicators.map(essence)).toEqual(analysis.indicators.map(essence));
    expect(statusForMonth(again, { year: 2026, month: 11 }).indicators).toEqual(november.indicators);
  });

  it('November 2026 totals: 17 met, 14 short, 3 without data, 3 unreadable', () => {
    expect(november.month).toBe('2026-11');
    expect(november.totals).toEqual({ met: 17, not_met: 14, no_data: 3, invalid: 3 });
    expect(november.missingMonth).toEqual([]);
  });

  it('November 2026, indicator by indicator: status, actual, October, change, gap, owner', () => {
    expect(november.indicators).toHaveLength(NOVEMBER.length);
    november.indicators.forEach((s, i) => {
      const [sheet, id, status, actual, previous, change, gap, owner] = NOVEMBER[i]!;
      const got: Row = [
        s.sheet === 'Phụ lục 1' ? 1 : 2,
        s.id ?? '',
        s.status,
        round(s.actual),
        round(s.previous),
        round(s.change) as number | null,
        round(s.gap) as number | null,
        s.owner,
      ];
      expect(got).toEqual([sheet, id, status, actual, previous, change, gap, owner]);
    });
  });

  it('every unreadable value is reported on its cell, with the reason', () => {
    const errors = analysis.problems.filter((p) => p.severity === 'error').map((p) => [p.sheet, p.cell, p.code]);
    // Phụ lục 1: table II has 8 columns, so its months are I, J, K; II.08 on row 19, II.13 on row 24.
    // Phụ lục 2: 4 columns, months E, F, G; 1.7 on row 10.
    expect(errors).toEqual([
      ['Phụ lục 1', 'K19', 'actual-unreadable'],
      ['Phụ lục 1', 'K24', 'actual-unreadable'],
      ['Phụ lục 2', 'G10', 'actual-unreadable'],
    ]);
    const byCell = new Map(november.indicators.map((s) => [`${s.sheet}!${s.actualCell}`, s]));
    expect(byCell.get('Phụ lục 1!K19')?.reason?.vi).toContain('khoảng 70');
    expect(byCell.get('Phụ lục 1!K24')?.reason?.vi).toContain('#N/A');
  });

  it('warns about Phụ lục 2 (no owner column, "1.3" twice) and notes that "Hướng dẫn" has no table', () => {
    const others = analysis.problems.filter((p) => p.severity !== 'error').map((p) => [p.sheet, p.cell, p.severity, p.code]);
    expect(others).toEqual(
      expect.arrayContaining([
        ['Phụ lục 2', 'A6', 'warning', 'duplicate-id'],
        ['Phụ lục 2', 'A1', 'warning', 'missing-owner'],
        ['Hướng dẫn', 'A1', 'info', 'no-table'],
      ]),
    );
    expect(others).toHaveLength(3);
  });

  it('owners of the shortfalls are named (Phụ lục 1)', () => {
    const short = november.indicators.filter((s) => s.sheet === 'Phụ lục 1' && s.status === 'not_met').map((s) => s.owner);
    expect(short).not.toContain(null);
    expect(short).toHaveLength(8);
  });
});
