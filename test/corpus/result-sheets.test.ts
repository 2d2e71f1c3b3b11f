/**
 * The plan's targets on one sheet, the results on others that list only
 * "STT | Chỉ tiêu | Kết quả": each result row takes its target (and owner) from
 * the plan row with the same section, id and name.
 */
import { join } from 'path';
import { dti } from '../helpers/run-dti';
import { type Row as SheetRow, readWorkbook, tempDir, writeWorkbook } from '../helpers/workbook';
import { expectSummary, type Row, summaryJson } from './expect-summary';

const PLAN: SheetRow[] = [
  ['STT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu phấn đấu năm 2026', 'Đơn vị chủ trì'],
  ['A', 'Phát triển hạ tầng'],
  ['1.', 'Tỷ lệ phủ sóng 5G trên địa bàn', '%', '70%', 'Phòng VH-XH xã'],
  ['B', 'Phát triển chuyển đổi số'],
  ['1.', 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến', '%', '95%', 'Trung tâm Phục vụ HCC'],
  ['2.', 'Tỷ lệ người dân có tài khoản định danh điện tử', '%', '≥ 80%', 'Công an xã'],
];

/** A unit's result sheet for a month: the plan's rows (in its own order when `rows` says so) with one result each. */
function results(title: string, values: [string, string, string], head = ['STT', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Ghi chú']): SheetRow[] {
  return [
    [`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ ${title}`],
    head,
    ['A', 'Phát triển hạ tầng'],
    ['1.', 'Tỷ lệ phủ sóng 5G trên địa bàn', values[0]],
    ['B', 'Phát triển chuyển đổi số'],
    ['1.', 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến', values[1]],
    ['2.', 'Tỷ lệ người dân có tài khoản định danh điện tử', values[2]],
  ];
}

const NOVEMBER: Row[] = [
  ['1.', 'Tỷ lệ phủ sóng 5G', 'met', 0.02, 0.07],
  ['1.', 'Tỷ lệ hồ sơ thủ tục hành chính', 'not_met', -0.01, 0.04],
  ['2.', 'Tỷ lệ người dân có tài khoản', 'met', 0.01, 0.03],
];

describe('result sheets without targets take them from the plan sheet', () => {
  test.each([
    ['Kết quả thực hiện', ['STT', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Ghi chú']],
    ['Số liệu', ['TT', 'Tên chỉ tiêu', 'Số liệu', 'Ghi chú']],
  ])('month sheets headed "%s": November read from T11 against the plan\'s targets, change from T10', async (_label, head) => {
    const file = await writeWorkbook({
      'Kế hoạch': PLAN,
      T10: results('THÁNG 10/2026', ['65%', '90%', '78%'], head),
      T11: results('THÁNG 11/2026', ['72%', '94%', '81%'], head),
    });
    const rows = await expectSummary(file, '2026-11', NOVEMBER);
    expect(rows.map((r) => (r as unknown as { owner: string | null }).owner)).toEqual(['Phòng VH-XH xã', 'Trung tâm Phục vụ HCC', 'Công an xã']);
    const { problems } = await summaryJson(file, '2026-11');
    expect(problems.map((p) => p.code).sort()).toEqual(['month-sheet-copy', 'targets-from-plan']);
  });

  test('one result sheet with month columns and no target column', async () => {
    const file = await writeWorkbook({
      'Kế hoạch': PLAN,
      'Kết quả': [
        ['STT', 'Nội dung chỉ tiêu', 'Tháng 10/2026', 'Tháng 11/2026'],
        ['A', 'Phát triển hạ tầng'],
        ['1.', 'Tỷ lệ phủ sóng 5G trên địa bàn', '65%', '72%'],
        ['B', 'Phát triển chuyển đổi số'],
        ['1.', 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến', '90%', '94%'],
        ['2.', 'Tỷ lệ người dân có tài khoản định danh điện tử', '78%', '81%'],
      ],
    });
    // The result sheet is read with the plan's targets; the plan sheet, with the same indicators and no results, is not read again.
    const { indicators } = await summaryJson(file, '2026-11');
    expect(indicators.map((i) => [i.sheet, i.id, i.status])).toEqual([
      ['Kết quả', '1.', 'met'],
      ['Kết quả', '1.', 'not_met'],
      ['Kết quả', '2.', 'met'],
    ]);
  });

  test('a result row the plan lacks keeps "no target", with its own address; a plan target that does not read is said once, on the plan', async () => {
    const plan = PLAN.map((r) => (r[1] === 'Tỷ lệ người dân có tài khoản định danh điện tử' ? [...r.slice(0, 3), 'khoảng 8 trên 10', r[4]] : r));
    const t11 = [...results('THÁNG 11/2026', ['72%', '94%', '81%']), ['3.', 'Số buổi tập huấn kỹ năng số cho cán bộ', 4]];
    const file = await writeWorkbook({ 'Kế hoạch': plan, T10: results('THÁNG 10/2026', ['65%', '90%', '78%']), T11: t11 });
    const { indicators, problems } = await summaryJson(file, '2026-11');
    expect(indicators.map((i) => [i.id, i.status])).toEqual([['1.', 'met'], ['1.', 'not_met'], ['2.', 'invalid'], ['3.', 'invalid']]);
    expect(problems.filter((p) => p.code === 'target-unreadable').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Kế hoạch!D6']);
    expect(problems.filter((p) => p.code === 'target-missing').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['T11!B8']);
  });

  test('a result sheet matching too few plan rows takes nothing from it', async () => {
    const other: SheetRow[] = [
      ['STT', 'Nội dung', 'Kết quả'],
      ['1', 'Tỷ lệ phủ sóng 5G trên địa bàn', '72%'],
      ['2', 'Số km cáp quang mới', 12],
      ['3', 'Số điểm wifi công cộng', 4],
    ];
    const file = await writeWorkbook({ 'Kế hoạch': PLAN, 'Hạ tầng': other });
    const { problems } = await summaryJson(file, '2026-11');
    expect(problems.filter((p) => p.code === 'targets-from-plan')).toEqual([]);
  });

  test("status columns on a result sheet: DTI formulas point at the plan sheet's target cell, plain ones encode it", async () => {
    const file = await writeWorkbook({ 'Kế hoạch': PLAN, T10: results('THÁNG 10/2026', ['65%', '90%', '78%']), T11: results('THÁNG 11/2026', ['72%', '94%', '81%']) });
    const dtiOut = join(tempDir(), 'dti.xlsx');
    expect((await dti('status', file, '--month', '2026-11', '--out', dtiOut, '--formulas', 'dti')).code).toBe(0);
    const withDti = (await readWorkbook(dtiOut)).getWorksheet('T11')!;
    const formulas: string[] = [];
    withDti.getRow(4).eachCell((cell) => {
      if (cell.formula?.includes('DTI.STATUS')) formulas.push(cell.formula);
    });
    expect(formulas).toEqual(["DTI.STATUS(C4,'Kế hoạch'!D3)"]);
    const plainOut = join(tempDir(), 'plain.xlsx');
    expect((await dti('status', file, '--month', '2026-11', '--out', plainOut)).code).toBe(0);
    const statuses: unknown[] = [];
    (await readWorkbook(plainOut)).getWorksheet('T11')!.getColumn(6).eachCell((cell) => statuses.push(cell.formula ? 'formula' : cell.value));
    expect(statuses.filter((s) => s === 'formula')).toHaveLength(3);
  });
});
