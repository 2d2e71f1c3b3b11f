/**
 * One month in two columns: a hidden leftover of last year beside this year's
 * column, or a column copied to start the next month and not renamed. A month is
 * read from one column: the visible one, else the one that continues the months
 * around it; the other is named in a problem, never silently averaged or doubled.
 */
import { type Row as SheetRow, writeWorkbook } from '../helpers/workbook';
import { expectSummary, type Row, summaryJson } from './expect-summary';

const HEAD = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026'];
const NAMES = ['Tỷ lệ hồ sơ trực tuyến toàn trình', 'Tỷ lệ người dân có chữ ký số'];
const TARGETS = ['80%', '50%'];

/** The plan with month columns from E onward: each row's values per header, in order. */
async function plan(headers: string[], values: Array<[string, string]>, hiddenColumns: string[] = []): Promise<string> {
  const rows: SheetRow[] = [[...HEAD, ...headers], ...NAMES.map((name, i) => [String(i + 1), name, '%', TARGETS[i]!, ...values.map((v) => v[i]!)])];
  return writeWorkbook({ KH: { rows, hiddenColumns } });
}

async function problemsOf(file: string): Promise<Array<{ code: string; cell: string }>> {
  return (await summaryJson(file, '2026-11')).problems.filter((p) => p.code === 'month-column-twice');
}

describe('a month found in two columns', () => {
  // November read from the 75% / 35% column, October 70% / 30% for the change.
  const NOVEMBER: Row[] = [
    ['1', NAMES[0]!, 'not_met', -0.05, 0.05],
    ['2', NAMES[1]!, 'not_met', -0.15, 0.05],
  ];
  const OLD: [string, string] = ['95%', '60%'];
  const OCT: [string, string] = ['70%', '30%'];
  const NOV: [string, string] = ['75%', '35%'];

  test('a hidden old "Tháng 11" before this year\'s visible one: the visible one is read, the hidden one noted', async () => {
    const file = await plan(['Tháng 11', 'Tháng 10', 'Tháng 11'], [OLD, OCT, NOV], ['E']);
    await expectSummary(file, '2026-11', NOVEMBER);
    expect(await problemsOf(file)).toEqual([expect.objectContaining({ cell: 'E1' })]);
  });

  test('a hidden leftover after the visible one gives way the same', async () => {
    const file = await plan(['Tháng 10', 'Tháng 11', 'Tháng 11'], [OCT, NOV, OLD], ['G']);
    await expectSummary(file, '2026-11', NOVEMBER);
    expect(await problemsOf(file)).toEqual([expect.objectContaining({ cell: 'G1' })]);
  });

  test('two visible "Tháng 11": the one after October is read, the other is a warning with its address', async () => {
    const file = await plan(['Tháng 11', 'Tháng 10', 'Tháng 11'], [OLD, OCT, NOV]);
    await expectSummary(file, '2026-11', NOVEMBER);
    const { problems } = await summaryJson(file, '2026-11');
    expect(problems.filter((p) => p.code === 'month-column-twice')).toEqual([expect.objectContaining({ cell: 'E1', severity: 'warning' })]);
  });

  test('a copied column not renamed (T10, T11, T11): the first T11, which follows October, is November', async () => {
    const file = await plan(['T10', 'T11', 'T11'], [OCT, NOV, OLD]);
    await expectSummary(file, '2026-11', NOVEMBER);
    expect(await problemsOf(file)).toEqual([expect.objectContaining({ cell: 'G1' })]);
  });

  test('a column that continues into December wins over a stray one: T11, T10, T11, T12', async () => {
    const file = await plan(['T11', 'T10', 'T11', 'T12'], [OLD, OCT, NOV, ['', '']]);
    await expectSummary(file, '2026-11', NOVEMBER);
  });

  test('the same month of two different years is not a duplicate: T11/2025 and T11/2026 are both read, each for its year', async () => {
    const file = await plan(['T11/2025', 'T10/2026', 'T11/2026'], [OLD, OCT, NOV]);
    await expectSummary(file, '2026-11', NOVEMBER);
    expect(await problemsOf(file)).toEqual([]);
  });
});

describe("a month's own figure beside its cumulative one", () => {
  // Yearly count targets: what counts is the sum since January, not November alone.
  const COUNT_HEAD = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026'];
  const COUNTS = [
    ['1', 'Số hồ sơ dịch vụ công trực tuyến toàn trình', 'hồ sơ', '≥ 1.000'],
    ['2', 'Số lượt người dân được hướng dẫn kỹ năng số', 'lượt', '5.000'],
  ];
  // October: 110 and 300 in the month, 940 and 3,900 so far; November: 110 and 300, 1,050 and 4,200 so far.
  const EXPECTED: Row[] = [
    ['1', 'Số hồ sơ dịch vụ công', 'met', 50, 110],
    ['2', 'Số lượt người dân', 'not_met', -800, 300],
  ];

  test.each([
    ['Thực hiện tháng 10/2026', 'Lũy kế 10 tháng năm 2026', 'Thực hiện tháng 11/2026', 'Lũy kế 11 tháng năm 2026'],
    ['T10', 'Lũy kế đến tháng 10', 'T11', 'Lũy kế đến tháng 11'],
    ['Tháng 10', 'Lũy kế 10 tháng đầu năm', 'Tháng 11', 'Lũy kế 11 tháng đầu năm'],
  ])('"%s" | "%s" | "%s" | "%s": the cumulative columns are read', async (oct, octSum, nov, novSum) => {
    const file = await writeWorkbook({
      KH: [[...COUNT_HEAD, oct, octSum, nov, novSum], [...COUNTS[0]!, 110, 940, 110, 1050], [...COUNTS[1]!, 300, 3900, 300, 4200]],
    });
    await expectSummary(file, '2026-11', EXPECTED);
    const { problems } = await summaryJson(file, '2026-11');
    expect(problems.filter((p) => p.code === 'month-column-twice').map((p) => [p.cell, (p as unknown as { severity: string }).severity])).toEqual([
      ['E1', 'info'],
      ['G1', 'info'],
    ]);
  });

  test('a two-row header: "Tháng 11/2026" over "Trong tháng" | "Lũy kế"', async () => {
    const file = await writeWorkbook({
      KH: {
        rows: [
          [...COUNT_HEAD, 'Tháng 10/2026', null, 'Tháng 11/2026', null],
          [null, null, null, null, 'Trong tháng', 'Lũy kế', 'Trong tháng', 'Lũy kế'],
          [...COUNTS[0]!, 110, 940, 110, 1050],
          [...COUNTS[1]!, 300, 3900, 300, 4200],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'],
      },
    });
    await expectSummary(file, '2026-11', EXPECTED);
  });
});
