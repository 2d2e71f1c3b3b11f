/**
 * Seed 002 (xã Đồng Lạc, plan 2025): the real four-column table — STT, "Chỉ tiêu chiến lược Chính
 * quyền số", "Chỉ tiêu", "Ghi chú" — 18 indicators in four sections, no unit and no owner column,
 * the formula (numerator/denominator) in the notes, and two indicators under STT "1.3".
 */
import { statusForMonth } from '../../src/core/status/month-status';
import { expectMonthRowByRow, itReadsEveryLayout, monthColumns, type MonthRow } from '../fixtures/layout-suite';
import type { Analysis } from '../../src/core/model';
import { analyzeBuilt, atLeast, type ExpectedRow } from '../fixtures/analyze-layout';
import { LAYOUTS, type LayoutName, buildLayout } from '../../kit/plans/layouts';
import { excelError } from '../../kit/plans/month-values';
import { seed002 } from '../../kit/plans/seeds/seed002';

const CQS = 'Chính quyền số';
const KTS = 'Kinh tế số';
const XHS = 'Xã hội số';
const AT = 'Đảm bảo An toàn thông tin mạng';

const EXPECTED: ExpectedRow[] = [
  ['1.1', CQS, 'Tỷ lệ cung cấp DVCTT được cung cấp thành DVCTT toàn trình', null, atLeast(0.8), null],
  ['1.2', CQS, 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ trực tuyến trên tổng số dịch vụ công trực tuyến có phát sinh hồ sơ', null, atLeast(0.9), null],
  ['1.3', CQS, 'Tỷ lệ hồ sơ phát sinh trực tuyến toàn trình trên tổng số hồ sơ phát sinh của các DVCTT', null, atLeast(1), null],
  ['1.3', CQS, 'Tỷ lệ hồ sơ phát sinh trực tuyến một phần trên tổng số hồ sơ phát sinh của các DVCTT', null, atLeast(0.8), null],
  ['1.4', CQS, 'Tỷ lệ dịch vụ công trực tuyến được thiết kế, thiết kế lại', null, atLeast(0.3), null],
  ['1.5', CQS, 'Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC', null, atLeast(1), null],
  ['1.6', CQS, 'Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước', null, atLeast(1), null],
  ['1.7', CQS, 'Tỷ lệ công tác báo cáo được thực hiện trên Hệ thống báo cáo của tỉnh', null, atLeast(1), null],
  ['1.8', CQS, 'Tỷ lệ cán bộ, công chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản', null, atLeast(0.8), null],
  ['1.9', CQS, 'Tỷ lệ cuộc họp của cấp ủy, chính quyền, đoàn thể', null, atLeast(0.8), null],
  ['2.1', KTS, 'Tỷ trọng kinh tế số trên GRDP', null, atLeast(0.11), null],
  ['2.2', KTS, 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ', null, atLeast(0.05), null],
  ['3.1', XHS, 'Tỷ lệ phủ của hạ tầng mạng băng rộng cáp quang tại các hộ gia đình', null, atLeast(0.76), null],
  ['3.2', XHS, 'Tỷ lệ thuê bao di động sử dụng điện thoại thông minh', null, atLeast(0.85), null],
  ['3.3', XHS, 'Tỷ lệ người dân có tài khoản định danh điện tử', null, atLeast(0.6), null],
  ['3.4', XHS, 'Tỷ lệ người dân có hồ sơ số về sức khỏe cá nhân', null, atLeast(0.98), null],
  ['4.1', AT, 'Tỷ lệ các trang, cổng thông tin điện tử của cơ quan', null, atLeast(1), null],
  ['4.2', AT, 'Tỷ lệ hệ thống thông tin của cơ quan hoàn thành phê duyệt cấp độ', null, atLeast(1), null],
];

const MONTHS: MonthRow[] = [
  ['1.1 >=80%', '78%', '82%', 'met', 0.02],
  ['1.2 90%', '88%', '90%', 'met', 0],
  ['1.3 toàn trình 100%', '93%', '95%', 'not_met', -0.05],
  ['1.3 một phần 80%', '55%', '60%', 'not_met', -0.2],
  ['1.4 30%', '30%', '35%', 'met', 0.05],
  ['1.5 100%', '100%', '100%', 'met', 0],
  ['1.6 100%', '98%', '99%', 'not_met', -0.01],
  ['1.7 #N/A in the cell', '100%', excelError('#N/A'), 'invalid', null],
  ['1.8 80%, typed 0.8 without %', 0.75, 0.8, 'met', 0],
  ['1.9 empty', '70%', undefined, 'no_data', null],
  ['2.1 11%', '9%', '9%', 'not_met', -0.02],
  ['2.2 5%', '3%', '4%', 'not_met', -0.01],
  ['3.1 76%', '78%', '80%', 'met', 0.04],
  ['3.2 85%', '82%', '83%', 'not_met', -0.02],
  ['3.3 60%', '58%', '61%', 'met', 0.01],
  ['3.4 98%', '97%', '98,5%', 'met', 0.005],
  ['4.1 100%', '100%', '100%', 'met', 0],
  ['4.2 "Chưa có số liệu"', 'Chưa có số liệu', 'Chưa có số liệu', 'no_data', null],
];

const months = (convert: boolean) => monthColumns(MONTHS, convert, ['Tháng 10/2025', 'Tháng 11/2025']);

/** Every layout of seed 002, with October and November results. */
async function analyze(layout: LayoutName): Promise<Analysis> {
  return analyzeBuilt(buildLayout(seed002, layout, { months: months(layout === 'converted') }));
}

describe('seed 002 — the four-column table, 18 indicators in every layout', () => {
  const results = new Map<LayoutName, Analysis>();
  beforeAll(async () => {
    for (const layout of LAYOUTS) results.set(layout, await analyze(layout));
  });

  itReadsEveryLayout(results, EXPECTED);

  it('the header cell "Chỉ\\ntiêu" wrapped in the document is the target column', () => {
    expect(results.get('pasted')!.tables[0]!.columns).toMatchObject({ id: 0, name: 1, target: 2, notes: 3 });
  });

  it('the formula in the notes is kept whole ("… toàn trình/Tổng số DVCTT")', () => {
    const a = results.get('pasted')!;
    expect(a.indicators[0]!.notes).toBe('Số lượng DVCTT toàn trình/Tổng số DVCTT');
    expect(a.indicators[12]!.notes).toBe('Số hộ gia đình sử dụng mạng băng rộng cáp quang/Tổng số hộ gia đình trên địa bàn');
  });

  it('no year in the target header: the plan year is the months\' (2025), and a deadline is assumed at its end, marked as assumed', () => {
    const a = results.get('typed')!;
    expect(a.tables[0]!.targetYear).toBeNull();
    expect(a.tables[0]!.planYear).toBe(2025);
    for (const ind of a.indicators) expect([ind.deadline?.text, ind.deadlineAssumed]).toEqual(['Tháng 12/2025', true]);
  });

  it('typed: warns that there is no owner column, and that "1.3" is typed twice', () => {
    const a = results.get('typed')!;
    const warnings = a.problems.filter((p) => p.severity === 'warning').map((p) => [p.code, p.cell]);
    expect(warnings).toEqual(expect.arrayContaining([['missing-owner', 'A1'], ['duplicate-id', 'A6']]));
    expect(warnings).toHaveLength(2);
  });

  it('pasted: the second "1.3" row without an STT takes the STT above, without a duplicate warning', () => {
    const a = results.get('pasted')!;
    expect(a.indicators[3]).toMatchObject({ id: '1.3', idShared: true });
    const warnings = a.problems.filter((p) => p.severity === 'warning').map((p) => p.code);
    expect(warnings).toEqual(['missing-owner']);
  });
});

describe('seed 002 — November 2025, row by row', () => {
  it.each(LAYOUTS)('%s: status and gap of each indicator', async (layout) => {
    const nov = expectMonthRowByRow(await analyze(layout), { year: 2025, month: 11 }, MONTHS);
    expect(nov.indicators.every((s) => s.owner === null)).toBe(true);
    expect(nov.totals).toEqual({ met: 9, not_met: 6, no_data: 2, invalid: 1 });
  });

  it('the #N/A result is an error on its own cell; the status says why', async () => {
    const a = await analyze('typed');
    const errors = a.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);
    // Header row 1, section "1" row 2, 1.7 on row 10; months in E (October) and F (November).
    expect(errors).toEqual([['actual-unreadable', 'F10']]);
    const nov = statusForMonth(a, { year: 2025, month: 11 });
    expect(nov.indicators[7]!.reason?.vi).toContain('#N/A');
    expect(nov.indicators[7]!.actualCell).toBe('F10');
  });

  it('October to November, both "1.3" kept apart', async () => {
    const nov = statusForMonth(await analyze('typed'), { year: 2025, month: 11 });
    expect(nov.indicators[2]).toMatchObject({ id: '1.3', actual: 0.95, previous: 0.93 });
    expect(nov.indicators[3]).toMatchObject({ id: '1.3', actual: 0.6, previous: 0.55 });
    expect(nov.indicators[3]!.change).toBeCloseTo(0.05, 9);
  });
});
