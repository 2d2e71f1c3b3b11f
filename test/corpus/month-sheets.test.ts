/**
 * One sheet per month: last month's sheet copied and refilled. The month's
 * summary reads its own sheet, the change comes from last month's sheet, and no
 * indicator is counted twice. Ids restart at 01 in each table.
 */
import type ExcelJS from 'exceljs';
import { dti } from '../helpers/run-dti';
import { type Row as SheetRow, writeWorkbook } from '../helpers/workbook';
import { expectSummary, type Row, summaryJson } from './expect-summary';

const HEAD = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Kết quả thực hiện'];

/** The plan with one month's results: two groups whose ids restart at 01. */
function monthRows(results: [string | number | null, string | number | null, string | number | null, string | number | null]): SheetRow[] {
  return [
    ['I', 'CHÍNH QUYỀN SỐ'],
    ['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', 'Trung tâm PVHCC', results[0]],
    ['02', 'Tỷ lệ thanh toán trực tuyến', '%', 'Trên 50%', 'Trung tâm PVHCC', results[1]],
    ['II', 'KINH TẾ SỐ'],
    ['01', 'Số doanh nghiệp số', 'DN/1.000 dân', '2 DN/1.000 dân', 'Phòng Kinh tế', results[2]],
    ['02', 'Tỷ lệ hộ kinh doanh dùng thanh toán số', '%', '60%', 'Phòng Kinh tế', results[3]],
  ];
}

const OCT: [string, string, string, string] = ['70%', '45%', '1,5', '50%'];
const NOV: [string, string, string, null] = ['82%', '50%', '2,5', null];
const NOVEMBER: Row[] = [
  ['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, 0.12],
  ['02', 'Tỷ lệ thanh toán trực tuyến', 'not_met', 0, 0.05],
  ['01', 'Số doanh nghiệp số', 'met', 0.5, 1],
  ['02', 'Tỷ lệ hộ kinh doanh dùng thanh toán số', 'no_data', null, null],
];

const titled = (month: string, rows: SheetRow[]): SheetRow[] => [[`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ THÁNG ${month}`], [], HEAD, ...rows];
const plain = (rows: SheetRow[]): SheetRow[] => [HEAD, ...rows];

describe('one sheet per month', () => {
  test.each([
    ['T10', 'T11'],
    ['Tháng 10', 'Tháng 11'],
    ['T10.2026', 'T11.2026'],
    ['10-2026', '11-2026'],
    ['BC T10', 'BC T11'],
    ['Thang10', 'Thang11'],
    ['Th10', 'Th.11'],
    ['10', '11'],
    ['Tháng mười', 'Tháng mười một'],
    ['Oct-26', 'Nov-26'],
    ['October 2026', 'November 2026'],
    ['T10-26', 'T11_26'],
  ])('sheets "%s" and "%s": November reads its sheet, October gives the change, each indicator once', async (oct, nov) => {
    const file = await writeWorkbook({ [oct]: plain(monthRows(OCT)), [nov]: plain(monthRows(NOV)) });
    const rows = await expectSummary(file, '2026-11', NOVEMBER);
    expect(new Set(rows.map((r) => r.sheet))).toEqual(new Set([nov]));
  });

  test('the month in a title row only ("… THÁNG 11/2026"), sheets named Sheet1 and Sheet2', async () => {
    const file = await writeWorkbook({ Sheet1: titled('10/2026', monthRows(OCT)), Sheet2: titled('11/2026', monthRows(NOV)) });
    await expectSummary(file, '2026-11', NOVEMBER);
  });

  test('October reads the October sheet (no change: there is no September)', async () => {
    const file = await writeWorkbook({ T10: titled('10/2026', monthRows(OCT)), T11: titled('11/2026', monthRows(NOV)) });
    await expectSummary(file, '2026-10', [
      ['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'not_met', -0.1, null],
      ['02', 'Tỷ lệ thanh toán trực tuyến', 'not_met', -0.05, null],
      ['01', 'Số doanh nghiệp số', 'not_met', -0.5, null],
      ['02', 'Tỷ lệ hộ kinh doanh dùng thanh toán số', 'not_met', -0.1, null],
    ]);
  });

  test('rows moved between months are matched by table, id and name', async () => {
    const moved = monthRows(NOV);
    // November's sheet lists the second group first and swaps its two rows.
    const november = [moved[3]!, moved[5]!, moved[4]!, moved[0]!, moved[1]!, moved[2]!];
    const file = await writeWorkbook({ T10: plain(monthRows(OCT)), T11: plain(november) });
    const rows = await summaryJson(file, '2026-11');
    const change = Object.fromEntries(rows.indicators.map((i) => [i.name, i.change === null ? null : Math.round(i.change * 1e6) / 1e6]));
    expect(change).toEqual({
      'Tỷ lệ hồ sơ trực tuyến toàn trình': 0.12,
      'Tỷ lệ thanh toán trực tuyến': 0.05,
      'Số doanh nghiệp số': 1,
      'Tỷ lệ hộ kinh doanh dùng thanh toán số': null,
    });
  });

  test('a copied sheet whose result header still names last month is read as the sheet\'s month', async () => {
    const head = (label: string): SheetRow => ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', label];
    const file = await writeWorkbook({ T10: [head('Tháng 10'), ...monthRows(OCT)], T11: [head('Tháng 10'), ...monthRows(NOV)] });
    await expectSummary(file, '2026-11', NOVEMBER);
  });

  test('no sheet for the month: a plain message naming the months there are', async () => {
    const file = await writeWorkbook({ T10: plain(monthRows(OCT)), T11: plain(monthRows(NOV)) });
    const run = await dti('summary', file, '--month', '2026-12');
    expect(run.code).toBe(1);
    expect(run.err).toContain('Không có trang tính của tháng 12/2026. Các trang theo tháng trong tệp: "T10" (10/2026), "T11" (11/2026).');
  });

  test('a notes sheet beside the month sheets changes nothing; the check lists every month sheet', async () => {
    const file = await writeWorkbook({ 'Hướng dẫn': [['Ghi chú: mỗi tháng sao chép trang của tháng trước']], T10: plain(monthRows(OCT)), T11: plain(monthRows(NOV)) });
    await expectSummary(file, '2026-11', NOVEMBER);
    const check = await dti('check', file);
    expect(check.out).toContain('Trang tính "T10": 4 chỉ tiêu, 1 bảng');
    expect(check.out).toContain('Trang tính "T11": 4 chỉ tiêu, 1 bảng');
  });

  test('summary sheets beside the month sheets (month columns linked to them, or another layout) are not counted again', async () => {
    // "Tổng hợp" repeats the plan with T10 and T11 as formulas over the month sheets; "Quý IV" keeps fewer columns.
    const linked = (sheet: string, row: number, result: string | null): ExcelJS.CellValue => ({ formula: `'${sheet}'!F${row}`, result: result ?? '' }) as ExcelJS.CellValue;
    const summaryRows = (head: string[]): SheetRow[] => [
      head,
      ...monthRows(OCT).map((r, i) =>
        r.length === 2 ? r : [r[0], r[1], r[3], linked('T10', i + 2, OCT[[1, 2, 4, 5].indexOf(i + 1)] ?? null), linked('T11', i + 2, NOV[[1, 2, 4, 5].indexOf(i + 1)] ?? null)],
      ),
    ];
    const file = await writeWorkbook({
      T10: plain(monthRows(OCT)),
      T11: plain(monthRows(NOV)),
      'Tổng hợp': summaryRows(['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'T10', 'T11']),
      'Quý IV': summaryRows(['STT', 'Tên chỉ tiêu', 'Kế hoạch năm', 'Tháng 10', 'Tháng 11']),
    });
    const rows = await expectSummary(file, '2026-11', NOVEMBER);
    expect(new Set(rows.map((r) => r.sheet))).toEqual(new Set(['T11']));
    const { problems } = await summaryJson(file, '2026-11');
    expect(problems.filter((p) => p.code === 'month-sheet-copy').map((p) => p.sheet).sort()).toEqual(['Quý IV', 'Tổng hợp']);
    // October too reads its own sheet, not the summaries.
    const october = await summaryJson(file, '2026-10');
    expect(new Set(october.indicators.map((r) => r.sheet))).toEqual(new Set(['T10']));
  });

  test.each([
    ['a "Ghi chú" column added in November', (rows: SheetRow[]) => rows.map((r, i) => [...r, i === 0 ? 'Ghi chú' : null])],
    ['"Đơn vị chủ trì" dropped in November', (rows: SheetRow[]) => rows.map((r) => [r[0], r[1], r[2], r[3], r[5]])],
  ])('month sheets whose columns changed from one month to the next are still copies of one plan (%s)', async (_label, change) => {
    const file = await writeWorkbook({ T10: plain(monthRows(OCT)), T11: change(plain(monthRows(NOV))) });
    const rows = await expectSummary(file, '2026-11', NOVEMBER);
    expect(new Set(rows.map((r) => r.sheet))).toEqual(new Set(['T11']));
  });

  test('sheets kept with the months so far (T10: T9 | T10, T11: T9 | T10 | T11): each month reads the sheet named for it', async () => {
    const head = ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 9', 'Tháng 10', 'Tháng 11'];
    const rows = (months: number): SheetRow[] => [
      head.slice(0, 3 + months),
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', '65%', '70%', '82%'].slice(0, 3 + months),
      ['2', 'Số điểm wifi công cộng', '10', 4, 6, 8].slice(0, 3 + months),
    ];
    const file = await writeWorkbook({ T10: rows(2), T11: rows(3) });
    const november = await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, 0.12],
      ['2', 'Số điểm wifi công cộng', 'not_met', -2, 2],
    ]);
    expect(new Set(november.map((r) => r.sheet))).toEqual(new Set(['T11']));
    const october = await expectSummary(file, '2026-10', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'not_met', -0.1, 0.05],
      ['2', 'Số điểm wifi công cộng', 'not_met', -4, 2],
    ]);
    expect(new Set(october.map((r) => r.sheet))).toEqual(new Set(['T10']));
  });

  test('a plan sheet without results beside a tracker of month columns with the same indicators: the tracker is read, once', async () => {
    const file = await writeWorkbook({
      'Kế hoạch': [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', 'TT PVHCC'],
        ['2', 'Số điểm wifi công cộng', 'điểm', '10', 'Phòng VH-XH'],
      ],
      'Theo dõi': [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 10', 'Tháng 11'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', '70%', '82%'],
        ['2', 'Số điểm wifi công cộng', '10', 6, 8],
      ],
    });
    const rows = await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, 0.12],
      ['2', 'Số điểm wifi công cộng', 'not_met', -2, 2],
    ]);
    expect(new Set(rows.map((r) => r.sheet))).toEqual(new Set(['Theo dõi']));
  });
});

describe('a hidden copy of the plan kept aside', () => {
  const NOV_ALONE: Row[] = [
    ['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, null],
    ['02', 'Tỷ lệ thanh toán trực tuyến', 'not_met', 0, null],
    ['01', 'Số doanh nghiệp số', 'met', 0.5, null],
    ['02', 'Tỷ lệ hộ kinh doanh dùng thanh toán số', 'no_data', null, null],
  ];
  const STALE = { rows: plain(monthRows(['1%', '1%', '0,1', '1%'])), state: 'hidden' as const };

  test.each([
    ['after the visible sheet', { 'Kế hoạch': plain(monthRows(NOV)), 'Bản cũ': STALE }],
    ['before the visible sheet', { 'Bản cũ': STALE, 'Kế hoạch': plain(monthRows(NOV)) }],
  ])('%s: the visible sheet is read, the hidden one left out', async (_, sheets) => {
    const file = await writeWorkbook(sheets);
    const rows = await expectSummary(file, '2026-11', NOV_ALONE);
    expect(new Set(rows.map((r) => r.sheet))).toEqual(new Set(['Kế hoạch']));
  });
});
