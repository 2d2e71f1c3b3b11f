/**
 * Month result columns in every form offices write them. A month without a year
 * takes the plan's year; a header naming another year belongs to that year.
 * Each form is a workbook of its own with the same three indicators.
 */
import { dti } from '../helpers/run-dti';
import { type Row as SheetRow, writeWorkbook } from '../helpers/workbook';
import { expectSummary, type Row, summaryJson } from './expect-summary';

const HEAD = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026'];
/** October and November of three indicators: a share stored as a number under %, a strict share as text, a count of a total. */
const PLAN: SheetRow[] = [
  ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', 0.7, 0.85],
  ['2', 'Tỷ lệ thanh toán trực tuyến', '%', 'Trên 60%', '55%', '60%'],
  ['3', 'Số nền tảng số dùng chung được ứng dụng', 'nền tảng', '9/9 nền tảng', '7/9', '8/9'],
];
const FORMATS = { E2: '0%', F2: '0%' };
const NOVEMBER: Row[] = [
  ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.05, 0.15],
  ['2', 'Tỷ lệ thanh toán trực tuyến', 'not_met', 0, 0.05],
  ['3', 'Số nền tảng số dùng chung', 'not_met', -1, 1],
];

async function planWith(october: SheetRow[number], november: SheetRow[number], formats: Record<string, string> = {}): Promise<string> {
  return writeWorkbook({ 'Kế hoạch': { rows: [[...HEAD, october, november], ...PLAN], formats: { ...FORMATS, ...formats } } });
}

describe('month headers in every form: November read, October for the change', () => {
  test.each([
    ['Tháng 10', 'Tháng 11'],
    ['Tháng 10/2026', 'Tháng 11/2026'],
    ['T10', 'T11'],
    ['T10/2026', 'T11/2026'],
    ['T10.2026', 'T11.2026'],
    ['KQ T10', 'KQ T11'],
    ['Kết quả tháng 10/2026', 'Kết quả tháng 11/2026'],
    ['Thực hiện tháng 10 năm 2026', 'Thực hiện tháng 11 năm 2026'],
    ['10/2026', '11/2026'],
    ['10-2026', '11-2026'],
    ['Lũy kế đến tháng 10', 'Lũy kế đến tháng 11'],
  ])('"%s" | "%s"', async (october, november) => {
    await expectSummary(await planWith(october, november), '2026-11', NOVEMBER);
  });

  test('a date cell shown as a month (mm/yyyy) heads each month', async () => {
    const file = await planWith(new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 10, 1)), { E1: 'mm/yyyy', F1: 'mm/yyyy' });
    await expectSummary(file, '2026-11', NOVEMBER);
  });

  test('a date cell shown as "mmm-yy" (Nov-26) heads each month', async () => {
    const file = await planWith(new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 10, 1)), { E1: 'mmm-yy', F1: 'mmm-yy' });
    await expectSummary(file, '2026-11', NOVEMBER);
  });

  test('two-row merged header: "Kết quả thực hiện năm 2026" over T10 and T11', async () => {
    const file = await writeWorkbook({
      'Kế hoạch': {
        rows: [[...HEAD, 'Kết quả thực hiện năm 2026', null], [null, null, null, null, 'T10', 'T11'], ...PLAN],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'],
        formats: { E3: '0%', F3: '0%' },
      },
    });
    await expectSummary(file, '2026-11', NOVEMBER);
  });

  test('a month without a year takes the year of the title when the target header names none', async () => {
    const file = await writeWorkbook({
      KH: {
        rows: [['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 CỦA UBND XÃ AN BÌNH'], [], ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm', 'Tháng 10', 'Tháng 11'], ...PLAN],
        formats: { E4: '0%', F4: '0%' },
      },
    });
    await expectSummary(file, '2026-11', NOVEMBER);
    const other = await dti('summary', file, '--month', '2025-11', '--json');
    expect(other.code).toBe(1);
    expect(other.err).toContain('Không có bảng chỉ tiêu nào cho năm 2025 (các bảng trong tệp là kế hoạch năm 2026)');
  });

  test('a header naming another year belongs to that year, never to this one', async () => {
    // The office kept last year's November beside this year's: November 2026 reads only "T11/2026".
    const file = await writeWorkbook({
      'Kế hoạch': {
        rows: [
          [...HEAD, 'T11/2025', 'T10/2026', 'T11/2026'],
          ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', '95%', '70%', '85%'],
          ['2', 'Tỷ lệ thanh toán trực tuyến', '%', 'Trên 60%', '99%', '55%', null],
        ],
      },
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.05, 0.15],
      ['2', 'Tỷ lệ thanh toán trực tuyến', 'no_data', null, null],
    ]);
  });
});

describe('month columns across the year turn in a plan for one year', () => {
  const rows: SheetRow[] = [
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'T11/2025', 'T12/2025', 'T1/2026', 'T2/2026'],
    ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', '60%', '62%', '65%', null],
    ['2', 'Tỷ lệ người dân có chữ ký số', '%', '50%', '20%', '22%', '21%', null],
  ];

  test('January 2026 takes its change from the December 2025 column', async () => {
    const file = await writeWorkbook({ KH: rows });
    await expectSummary(file, '2026-01', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'not_met', -0.15, 0.03],
      ['2', 'Tỷ lệ người dân có chữ ký số', 'not_met', -0.29, -0.01],
    ]);
  });

  test('December 2025 is not judged against the 2026 targets: the month is refused with the plan year named', async () => {
    const file = await writeWorkbook({ KH: rows });
    const run = await dti('summary', file, '--month', '2025-12', '--json');
    expect(run.code).toBe(1);
    expect(run.err).toContain('Không có bảng chỉ tiêu nào cho năm 2025 (các bảng trong tệp là kế hoạch năm 2026)');
  });
});

describe('a month split into two columns under a merged month header', () => {
  test.each([
    ['Kế hoạch', 'Thực hiện', ['75%', '70%'], ['78%', '82%']],
    ['Chỉ tiêu', 'Đạt được', ['75%', '70%'], ['78%', '82%']],
    ['Số lượng', 'Tỷ lệ (%)', [140, '70%'], [164, '82%']],
    ['Thực hiện', 'So với cùng kỳ', ['70%', '+5%'], ['82%', '+10%']],
  ])('"%s | %s": the result is read from its own column, and nothing else is called a result', async (a, b, oct, nov) => {
    const file = await writeWorkbook({
      KH: {
        rows: [
          ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Tháng 10/2026', null, 'Tháng 11/2026', null],
          [null, null, null, null, a, b, a, b],
          ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', 'TT PVHCC', ...oct, ...nov],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'],
      },
    });
    await expectSummary(file, '2026-11', [['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, 0.12]]);
    const { problems } = await summaryJson(file, '2026-11');
    expect(problems.filter((p) => (p as unknown as { severity: string }).severity !== 'info')).toEqual([]);
  });
});
