/**
 * The monthly summary of the bundled sample for November 2026, figure by figure:
 * what the commune office would count by hand from samples/dti-sample.xlsx; and,
 * on a small plan built here, the report's orders and its list of work due.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { dueState, parseDeadline } from '../../src/core/deadline';
import type { Cell, CellValue, Grid } from '../../src/core/grid';
import { writeNarrative } from '../../src/core/summary/narrative';
import { buildSummaryModel } from '../../src/core/summary/build-model';
import { historyKey } from '../../src/core/summary/history';
import { ownerUnits } from '../../src/core/summary/owners';
import type { HistoryRow, SummaryModel } from '../../src/core/summary/types';
import type { YearMonth } from '../../src/core/months';
import { worksheetToGrid } from '../../src/xlsx/read-grid';
import { SAMPLE_PATH } from '../../scripts/make-sample';

let grids: Grid[];

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  grids = wb.worksheets.map(worksheetToGrid);
});

/** Built inside each test (not in beforeAll), so the mutation tests see which test reads which line. */
const sampleModel = (): SummaryModel => buildSummaryModel(analyzeWorkbook(grids), { year: 2026, month: 11 }, 'xã Lộc Tấn', []);

describe('the sample November 2026 summary', () => {
  it('counts 37 indicators: 17 met, 14 short, 3 without data, 3 unreadable', () => {
    const model = sampleModel();
    expect(model.totals).toEqual({ met: 17, not_met: 14, no_data: 3, invalid: 3 });
    expect(model.indicators).toHaveLength(37);
  });

  it('counts by pillar, in the order of the plans', () => {
    const model = sampleModel();
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
    const model = sampleModel();
    const scored = model.indicators.filter((i) => i.score !== null);
    expect(scored).toHaveLength(31);
    const mean = scored.reduce((s, i) => s + Math.min(1, i.progress!), 0) / scored.length;
    expect(model.score).toBeCloseTo(mean, 4);
    expect(model.byGroup.find((g) => g.group === 'Kinh tế số')!.score).toBeCloseTo((9 / 11 + 4 / 5) / 2, 4); // 9% of 11%, 4% of 5%
    expect(model.byGroup.find((g) => g.group === 'Đảm bảo An toàn thông tin mạng')!.score).toBe(1);
  });

  it('lists the shortfalls furthest behind first', () => {
    const model = sampleModel();
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
    const model = sampleModel();
    const owner = (name: string) => model.byOwner.find((o) => o.owner === name)!;
    expect(owner('Phòng VH-XH').shortfalls.map((i) => i.id)).toEqual(['07', '05', '02']);
    expect(owner('Phòng VH-XH').totals).toEqual({ met: 5, not_met: 3, no_data: 1, invalid: 2 });
    expect(owner('Công an xã').shortfalls.map((i) => i.id)).toEqual(['11']);
    expect(owner('Trung tâm Phục vụ hành chính công xã').shortfalls.map((i) => i.id)).toEqual(['04', '03']);
    // Seed 002 has no owner column: its shortfalls are listed under "unknown owner", not dropped.
    expect(owner('Chưa rõ đơn vị chủ trì').shortfalls).toHaveLength(6);
  });

  it('lists what moved since October', () => {
    const model = sampleModel();
    expect(model.moved.find((i) => i.sheet === 'Phụ lục 1' && i.id === '04' && i.owner?.startsWith('Trung tâm'))).toMatchObject({ previous: 0.88, actual: 0.925 });
    expect(model.moved.every((i) => i.previous !== null && i.actual !== i.previous)).toBe(true);
  });

  it('keeps the open data problems (errors and warnings), with their cells', () => {
    const model = sampleModel();
    expect(model.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(expect.arrayContaining(['Phụ lục 1!K19', 'Phụ lục 1!K24', 'Phụ lục 2!G10']));
    expect(model.problems.every((p) => p.severity !== 'info')).toBe(true);
  });

  it('has nothing due in November: the sample plans end in December', () => {
    const model = sampleModel();
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

/**
 * November 2026. Shortfalls by hand: F 10% of 80% (12.5 %), A and B 60% of 80%
 * (75 %, 20 points short: A's row first), D 8 of 10 points (80 %, 2 points
 * short) before C 40% of 50% (80 %, 10 percentage points short).
 */
const DUE_PLAN: CellValue[][] = [
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Thời hạn', 'Tháng 11/2026'],
  ['1', 'Tỷ lệ A tuyên truyền', '%', '≥ 80%', 'Công an xã', 'Thường xuyên', '60%'],
  ['2', 'Tỷ lệ B hồ sơ số hóa', '%', '≥ 80%', 'Phòng VH-XH', 'Tháng 10/2026', '60%'],
  ['3', 'Tỷ lệ C camera kết nối', '%', '≥ 50%', 'Phòng VH-XH', 'Tháng 11/2026', '40%'],
  ['4', 'Số lượng D điểm wifi công cộng', 'điểm', '≥ 10 điểm', 'Phòng VH-XH', 'Tháng 12/2026', 8],
  ['5', 'Tỷ lệ E thanh toán số', '%', '≥ 80%', 'Trung tâm Phục vụ hành chính công', 'Tháng 11/2026', '90%'],
  ['6', 'Tỷ lệ F hộ có cáp quang', '%', '≥ 80%', 'Ban Chỉ huy Quân sự', 'Theo yêu cầu', '10%'],
  ['7', 'Tỷ lệ G chữ ký số', '%', '≥ 80%', 'Đoàn Thanh niên', 'Tháng 12/2026', null],
];

describe('a plan built here: the report\'s orders and the work due in November 2026', () => {
  const grid = { sheet: 'Kế hoạch', origin: { row: 0, col: 0 }, rows: DUE_PLAN.map((r) => r.map((value): Cell => ({ value }))), merges: [] };
  // Made inside each test (not at collection), so the mutation tests see which test reads which line.
  const model = (): SummaryModel => buildSummaryModel(analyzeWorkbook([grid]), { year: 2026, month: 11 }, null, []);
  const names = (list: Array<{ name: string }>): string[] => list.map((i) => i.name.split(' ')[2]!);

  it('lists the shortfalls furthest behind first: lowest progress, then the larger gap, then plan order', () => {
    const due = model();
    expect(due.shortfalls.map((i) => [i.name.split(' ')[2], i.progress, i.gap])).toEqual([
      ['F', 0.125, -0.7],
      ['A', 0.75, -0.2],
      ['B', 0.75, -0.2],
      ['D', 0.8, -2],
      ['C', 0.8, -0.1],
    ]);
  });

  it('orders the owner units by how many shortfalls they have, then by name as Vietnamese sorts it; each lists its own furthest behind first', () => {
    const due = model();
    expect(due.byOwner.map((o) => [o.owner, o.shortfalls.length])).toEqual([
      ['Phòng VH-XH', 3],
      ['Ban Chỉ huy Quân sự', 1],
      ['Công an xã', 1],
      ['Đoàn Thanh niên', 0],
      ['Trung tâm Phục vụ hành chính công', 0],
    ]);
    expect(names(due.byOwner[0]!.shortfalls)).toEqual(['B', 'D', 'C']);
  });

  it('lists as due what is not met and due this month, overdue, or done every month ("Thường xuyên")', () => {
    const due = model();
    expect(due.due.map((d) => [d.indicator.name.split(' ')[2], d.state, d.ongoing])).toEqual([
      ['A', 'due', true],
      ['B', 'overdue', false],
      ['C', 'due', false],
    ]);
    // Due in December, met or not; ongoing work is not "due next month".
    expect(names(due.dueNext)).toEqual(['D', 'G']);
    expect(writeNarrative(due, { year: 2026, month: 11 }, 'Ủy ban nhân dân xã A').due).toEqual([
      'Chưa đạt hoặc chưa có số liệu: 1 chỉ tiêu đến hạn trong tháng 11 năm 2026; 1 chỉ tiêu đã quá hạn; 1 chỉ tiêu thực hiện thường xuyên (danh sách dưới đây).',
      'Tháng 12 năm 2026 có 2 chỉ tiêu đến hạn hoàn thành, trong đó 1 chỉ tiêu chưa đạt và 1 chỉ tiêu chưa có số liệu hoặc số liệu chưa đọc được.',
    ]);
  });

  it.each([
    ['Thường xuyên', 'due'],
    ['Hằng tháng', 'due'],
    ['Hàng năm', 'due'],
    ['Liên tục', 'due'],
    ['Theo yêu cầu của cấp trên', 'on-request'],
    ['Khi có yêu cầu', 'on-request'],
    ['Tháng 11/2026', 'due'],
    ['30/11/2026', 'due'],
    ['Tháng 10/2026', 'overdue'],
    ['Tháng 11/2025', 'overdue'],
    ['Quý III/2026', 'overdue'],
    ['6 tháng đầu năm 2026', 'overdue'],
    ['Năm 2025', 'overdue'],
    ['Tháng 12/2026', 'later'],
    ['Quý IV/2026', 'later'],
    ['Quý 4 năm 2026', 'later'],
    ['Năm 2026', 'later'],
    ['Tháng 1/2027', 'later'],
    ['Hằng ngày', 'due'],
    ['Theo chỉ đạo của UBND huyện', 'on-request'],
    ['Ngày 15/11/2026', 'due'],
    ['Tháng 11 năm 2026', 'due'],
    ['11/2026', 'due'],
    ['Quý 2/2026', 'overdue'],
    ['Quý 4/2026', 'later'],
    ['2026', 'later'],
    ['Nửa đầu năm 2027', 'later'],
    ['Trong năm 2026', 'later'],
    ['Cuối năm 2025', 'overdue'],
  ])('a deadline written "%s" stands %s in November 2026', (text, state) => {
    expect(dueState(parseDeadline(text)!, { year: 2026, month: 11 })).toBe(state);
  });

  it('a deadline kept as a date shows as dd/mm/yyyy and is due in its month; what names no month is no deadline', () => {
    expect(parseDeadline(46331, 'dd/mm/yyyy')).toEqual({ kind: 'month', due: { year: 2026, month: 11 }, text: '05/11/2026' });
    expect(parseDeadline(46088, 'd/m/yyyy')).toEqual({ kind: 'month', due: { year: 2026, month: 3 }, text: '07/03/2026' });
    expect(parseDeadline(46331)).toBeNull();
    expect(parseDeadline('Tháng 13/2026')).toBeNull();
    expect(parseDeadline('Tháng 0/2026')).toBeNull();
    expect(parseDeadline('Sớm nhất có thể')).toBeNull();
    expect(parseDeadline(true)).toBeNull();
  });
});

/**
 * October 2026 kept in the history sheet, November typed in the plan. By hand: the platforms were
 * 100% of 9/9 in October (kept as 1 under a % format: 9 platforms) and are 9/9 now, no change; the
 * online files went from 80% to 85%, a change; payments stayed at 70%; signatures had 60% and have
 * no figure now, which is no change; wifi has no October figure, so nothing to compare.
 */
const HISTORY_PLAN: CellValue[][] = [
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Thời hạn', 'Tháng 11/2026'],
  ['1', 'Số nền tảng số dùng chung được sử dụng', 'nền tảng', '9/9 nền tảng', 'Phòng VH-XH', 'Thường xuyên', '9/9'],
  ['2', 'Tỷ lệ hồ sơ trực tuyến', '%', '≥ 80%', 'Phòng VH-XH', 'Tháng 12/2026', '85%'],
  ['3', 'Tỷ lệ thanh toán số', '%', '≥ 80%', 'Công an xã', 'Tháng 12/2026', '70%'],
  ['4', 'Tỷ lệ chữ ký số', '%', '≥ 80%', 'Công an xã', 'Tháng 12/2026', null],
  ['5', 'Tỷ lệ điểm wifi công cộng', '%', '≥ 80%', 'Công an xã', 'Tháng 12/2026', '90%'],
];

describe('a plan built here, with October kept in the history sheet', () => {
  const grid = { sheet: 'Kế hoạch', origin: { row: 0, col: 0 }, rows: HISTORY_PLAN.map((r) => r.map((value): Cell => ({ value }))), merges: [] };
  const kept = (row: number, value: CellValue, format?: string): HistoryRow => {
    const [id, name] = [String(HISTORY_PLAN[row]![0]), String(HISTORY_PLAN[row]![1])];
    return { key: historyKey({ sheet: 'Kế hoạch', id, name }), month: '2026-10', id, name, value: value as HistoryRow['value'], ...(format ? { format } : {}) };
  };
  const october = [kept(1, 1, '0%'), kept(2, '80%'), kept(3, '70%'), kept(4, '60%')];
  const summary = (month: YearMonth): SummaryModel => buildSummaryModel(analyzeWorkbook([grid]), month, null, october);

  it('lists as moved only what changed since October: not what stayed, nor what has no figure this month or none before', () => {
    const model = summary({ year: 2026, month: 11 });
    expect(model.moved.map((i) => [i.id, i.previous, i.actual])).toEqual([['2', 0.8, 0.85]]);
    // 100% of 9 platforms last month is 9 of them: the same as this month's 9/9.
    expect(model.indicators.map((i) => [i.id, i.previous])).toEqual([
      ['1', 9],
      ['2', 0.8],
      ['3', 0.7],
      ['4', 0.6],
      ['5', null],
    ]);
  });

  it('gives no score for a month in which nothing has a figure', () => {
    const model = summary({ year: 2026, month: 12 });
    expect(model.totals).toEqual({ met: 0, not_met: 0, no_data: 5, invalid: 0 });
    expect(model.score).toBeNull();
    expect(model.byGroup.map((g) => g.score)).toEqual([null]);
  });
});
