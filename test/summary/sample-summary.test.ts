/**
 * The monthly summary of the bundled sample for November 2026, figure by figure:
 * what the commune office would count by hand from samples/dti-sample.xlsx.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { buildSummaryModel } from '../../src/core/summary/build-model';
import { ownerUnits } from '../../src/core/summary/owners';
import type { SummaryModel } from '../../src/core/summary/types';
import { worksheetToGrid } from '../../src/xlsx/read-grid';
import { SAMPLE_PATH } from '../../scripts/make-sample';

let model: SummaryModel;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  model = buildSummaryModel(analyzeWorkbook(wb.worksheets.map(worksheetToGrid)), { year: 2026, month: 11 }, 'xã Lộc Tấn', []);
});

describe('the sample November 2026 summary', () => {
  it('counts 37 indicators: 17 met, 14 short, 3 without data, 3 unreadable', () => {
    expect(model.totals).toEqual({ met: 17, not_met: 14, no_data: 3, invalid: 3 });
    expect(model.indicators).toHaveLength(37);
  });

  it('counts by pillar, in the order of the plans', () => {
    expect(model.byGroup.map((g) => [g.group.slice(0, 42), g.totals.met, g.totals.not_met, g.totals.no_data, g.totals.invalid])).toEqual([
      ['NHÓM CHỈ TIÊU THUỘC CÁC CƠ QUAN, ĐƠN VỊ XÃ', 3, 3, 0, 0],
      ['NHÓM CHỈ TIÊU THUỘC CÁC CƠ QUAN, ĐƠN VỊ XÃ', 5, 5, 1, 2],
      ['Chính quyền số', 5, 3, 1, 1],
      ['Kinh tế số', 0, 2, 0, 0],
      ['Xã hội số', 3, 1, 0, 0],
      ['Đảm bảo An toàn thông tin mạng', 1, 0, 1, 0],
    ]);
  });

  it('estimates a score per pillar and overall as the mean of min(progress, 1) over indicators with data', () => {
    const scored = model.indicators.filter((i) => i.score !== null);
    expect(scored).toHaveLength(31);
    const mean = scored.reduce((s, i) => s + Math.min(1, i.progress!), 0) / scored.length;
    expect(model.score).toBeCloseTo(mean, 4);
    expect(model.byGroup.find((g) => g.group === 'Kinh tế số')!.score).toBeCloseTo((9 / 11 + 4 / 5) / 2, 4); // 9% of 11%, 4% of 5%
    expect(model.byGroup.find((g) => g.group === 'Đảm bảo An toàn thông tin mạng')!.score).toBe(1);
  });

  it('lists the shortfalls furthest behind first', () => {
    expect(model.shortfalls.slice(0, 4).map((i) => [i.sheet, i.id, i.progress])).toEqual([
      ['Phụ lục 1', '07', 0.5],
      ['Phụ lục 1', '05', 0.52],
      ['Phụ lục 2', '1.3', 0.75],
      ['Phụ lục 1', '10', 0.8],
    ]);
    expect(model.shortfalls).toHaveLength(14);
    expect(model.shortfalls.every((i) => i.status === 'not_met')).toBe(true);
  });

  it('gives each owner unit its shortfalls; a shared indicator counts for each unit', () => {
    const owner = (name: string) => model.byOwner.find((o) => o.owner === name)!;
    expect(owner('Phòng VH-XH').shortfalls.map((i) => i.id)).toEqual(['07', '05', '02']);
    expect(owner('Phòng VH-XH').totals).toEqual({ met: 5, not_met: 3, no_data: 1, invalid: 2 });
    expect(owner('Công an xã').shortfalls.map((i) => i.id)).toEqual(['11']);
    expect(owner('Trung tâm Phục vụ hành chính công xã').shortfalls.map((i) => i.id)).toEqual(['04', '03']);
    // Seed 002 has no owner column: its shortfalls are listed under "unknown owner", not dropped.
    expect(owner('Chưa rõ đơn vị chủ trì').shortfalls).toHaveLength(6);
  });

  it('lists what moved since October', () => {
    expect(model.moved.find((i) => i.sheet === 'Phụ lục 1' && i.id === '04' && i.owner?.startsWith('Trung tâm'))).toMatchObject({ previous: 0.88, actual: 0.925 });
    expect(model.moved.every((i) => i.previous !== null && i.actual !== i.previous)).toBe(true);
  });

  it('keeps the open data problems (errors and warnings), with their cells', () => {
    expect(model.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(expect.arrayContaining(['Phụ lục 1!K19', 'Phụ lục 1!K24', 'Phụ lục 2!G10']));
    expect(model.problems.every((p) => p.severity !== 'info')).toBe(true);
  });

  it('has nothing due in November: the sample plans end in December', () => {
    expect(model.due).toEqual([]);
  });
});

describe('owner units', () => {
  it.each([
    ['Phòng VH-XH; Công an xã', ['Phòng VH-XH', 'Công an xã']],
    ['Phòng VH-XH, Trung tâm Phục vụ hành chính công xã', ['Phòng VH-XH', 'Trung tâm Phục vụ hành chính công xã']],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
    ['Các cơ quan, đơn vị; các ngành xã', ['Các cơ quan, đơn vị; các ngành xã']],
    ['Công an xã;', ['Công an xã']],
  ])('"%s" names %p', (text, units) => {
    expect(ownerUnits(text)).toEqual(units);
  });
});
