/**
 * Seed 000 (xã Thống Nhất, plan 2026): one table, 29 indicators in three sections, unit column
 * (%, Dân số, Người, Đạt), one target column "Chỉ tiêu phấn đấu năm 2026", owner column.
 */
import { statusForMonth } from '../../src/core/status/month-status';
import { expectMonthRowByRow, itReadsEveryLayout, monthColumns, type MonthRow } from '../fixtures/layout-suite';
import type { Analysis } from '../../src/core/model';
import { analyzeBuilt, atLeast, type ExpectedRow, yes } from '../fixtures/analyze-layout';
import { LAYOUTS, type LayoutName, buildLayout } from '../../kit/plans/layouts';
import { seed000 } from '../../kit/plans/seeds/seed000';

const A = 'Phát triển hạ tầng';
const B = 'Phát triển nguồn lực';
const C = 'Phát triển chuyển đổi số';
const HCC = 'Trung tâm Phục vụ HCC';

const EXPECTED: ExpectedRow[] = [
  ['1.', A, 'Tỷ lệ phủ sóng 5G trên địa bàn', 'Dân số', atLeast(0.7), 'Phòng VH-XH xã'],
  // "trên 01 Gbps/s" in the name is a speed, not the target: the target is 70%.
  ['2.', A, 'Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ trên 01 Gbps/s.', 'Người', atLeast(0.7), 'Phòng VH-XH xã'],
  ['1.', B, 'Tỷ lệ chi ngân sách địa phương cho khoa học', '%', { kind: 'percent', op: '>=', value: 0.02 }, 'Phòng Kinh tế xã'],
  ['2.', B, 'Tỷ lệ cán bộ, công chức, viên chức được tập huấn', '%', atLeast(1), 'Phòng VH-XH'],
  ['3.', B, 'Tỷ lệ cán bộ, công chức, viên chức làm chủ kỹ năng số', '%', atLeast(1), 'Phòng VH-XH'],
  ['4.', B, 'Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số', '%', atLeast(0.9), 'Phòng VH-XH'],
  ['1.', C, 'Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới', '%', atLeast(0.9), HCC],
  ['2.', C, 'Tỷ lệ thủ tục hành chính liên quan đến đào tạo', '%', atLeast(1), HCC],
  // "100" without a sign, under unit %: 100%.
  ['3.', C, 'Tỷ lệ giao dịch hành chính thuộc diện "phi tiếp xúc"', '%', atLeast(1), HCC],
  ['4.', C, 'Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa', '%', atLeast(1), HCC],
  ['5.', C, 'Tỷ lệ dịch vụ công trực tuyến toàn trình', '%', atLeast(1), HCC],
  ['6.', C, 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến', '%', atLeast(0.95), HCC],
  ['7.', C, 'Tỷ lệ sử dụng dịch vụ công trực tuyến', '%', atLeast(0.8), HCC],
  ['8.', C, 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', '%', atLeast(0.9), HCC],
  ['9.', C, 'Tỷ lệ khai thác, sử dụng lại thông tin', '%', atLeast(0.8), HCC],
  ['10.', C, 'Tỷ lệ thanh toán trực tuyến', '%', atLeast(0.8), HCC],
  // Wrapped over two lines (and two cells of the owner) in the document.
  ['11.', C, 'Tỷ lệ xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử', '%', atLeast(1), HCC],
  ['12.', C, 'Tỷ lệ nhiệm vụ được theo dõi', '%', atLeast(1), HCC],
  ['13.', C, 'Tỷ lệ các cơ quan nhà nước thực hiện chỉ đạo', '%', atLeast(1), HCC],
  ['14.', C, 'Tỷ lệ giao dịch không dùng tiền mặt', '%', atLeast(0.8), HCC],
  ['15.', C, 'Tỷ lệ doanh nghiệp vừa và nhỏ', '%', atLeast(0.6), 'Phòng Kinh tế, Hạ tầng và Đô thị'],
  ['16.', C, 'Tỷ lệ người dân có tài khoản định danh điện tử (VNeID).', '%', atLeast(0.8), 'Công an xã'],
  ['17.', C, 'Tỷ lệ người dân trưởng thành có chữ ký số', '%', atLeast(0.5), 'Phòng VH-XH'],
  ['18.', C, 'Đảng ủy, chính quyền xã sử dụng phần mềm quản trị', 'Đạt', yes, 'VP.HĐND-UBND'],
  ['19.', C, 'Quản lý nhà nước trên môi trường số', '%', atLeast(1), 'VP.HĐND-UBND'],
  // "từ 15 tuổi trở lên" is an age, not the target.
  ['20.', C, 'Dân số từ 15 tuổi trở lên có tài khoản giao dịch', '%', atLeast(0.95), 'Ngân hàng nhà nước đóng trên địa bàn'],
  // The PDF paste leaves "$\geq 95\%$" in this cell.
  ['21.', C, 'Tỷ lệ người dân có Sổ sức khỏe điện tử', '%', atLeast(0.95), 'Trạm y tế'],
  ['22.', C, 'Tỷ lệ người dân được định danh số', '%', atLeast(1), 'Công an xã'],
  ['23.', C, 'Các hệ thống thông tin phê duyệt và triển khai', 'Đạt', yes, 'VP.HĐND-UBND'],
];

/** October and November results as typed, and the November standing a careful official expects. */
const MONTHS: MonthRow[] = [
  ['A1 5G ≥70%', '65%', '72%', 'met', 0.02],
  ['A2 băng rộng ≥70%', '68%', '68%', 'not_met', -0.02],
  ['B1 chi ngân sách ≥2%/năm', '1,5%', '1,8%', 'not_met', -0.002],
  ['B2 ≥100%', '100%', '100%', 'met', 0],
  ['B3 ≥100%', '90%', '92,5%', 'not_met', -0.075],
  ['B4 ≥90%, 88 typed without % under unit %', 85, 88, 'not_met', -0.02],
  ['C1 ≥90%', '90%', '91%', 'met', 0.01],
  ['C2 ≥100%', '100%', '100%', 'met', 0],
  ['C3 ≥100 (unit %)', '95%', '97%', 'not_met', -0.03],
  ['C4 "-" = nothing reported', '95%', '-', 'no_data', null],
  ['C5 "chưa có số liệu"', undefined, 'chưa có số liệu', 'no_data', null],
  ['C6 ≥95% exactly met', '94%', '95%', 'met', 0],
  ['C7 ≥80% exactly met', '79%', '80%', 'met', 0],
  ['C8 ≥90%', '89%', '89,5%', 'not_met', -0.005],
  ['C9 empty', '70%', undefined, 'no_data', null],
  ['C10 "khoảng 70" unreadable', '70%', 'khoảng 70', 'invalid', null],
  ['C11', '100%', '100%', 'met', 0],
  ['C12', '100%', '100%', 'met', 0],
  ['C13', '97%', '98%', 'not_met', -0.02],
  ['C14 ≥80%', '79%', '81%', 'met', 0.01],
  ['C15 ≥60%', '40%', '45%', 'not_met', -0.15],
  ['C16 ≥80%', '84%', '85%', 'met', 0.05],
  ['C17 ≥50%', '30%', '32%', 'not_met', -0.18],
  ['C18 Đạt', 'Chưa đạt', 'Đạt', 'met', null],
  ['C19', '100%', '100%', 'met', 0],
  ['C20 ≥95%', '95%', '96%', 'met', 0.01],
  ['C21 ≥95%', '88%', '90%', 'not_met', -0.05],
  ['C22', '100%', '100%', 'met', 0],
  ['C23 Đạt', 'Chưa đạt', 'Chưa đạt', 'not_met', null],
];

const months = (convert: boolean, octHeader = 'Tháng 10/2026', novHeader = 'Tháng 11/2026') => monthColumns(MONTHS, convert, [octHeader, novHeader]);

async function analyze(layout: LayoutName, withMonths = true): Promise<Analysis> {
  const opts =
    layout === 'pasted'
      ? { months: months(false, 'Tháng 10', 'Tháng 11'), monthParent: 'Kết quả thực hiện năm 2026' }
      : { months: months(layout === 'converted') };
  return analyzeBuilt(buildLayout(seed000, layout, withMonths ? opts : {}));
}

describe('seed 000 — every layout reads the same 29 indicators', () => {
  const results = new Map<LayoutName, Analysis>();
  beforeAll(async () => {
    for (const layout of LAYOUTS) results.set(layout, await analyze(layout));
  });

  itReadsEveryLayout(results, EXPECTED);

  it('pasted: the wrapped lines of row 11 are joined into one name, owner and coordinators', () => {
    const row11 = results.get('pasted')!.indicators[16]!;
    expect(row11.name).toBe('Tỷ lệ xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử của các cơ quan hành chính nhà nước');
    expect(row11.owner).toBe('Trung tâm Phục vụ HCC');
    expect(row11.coordinators).toBe('Các cơ quan, đơn vị thuộc xã');
  });

  it('the plan year comes from the header "Chỉ tiêu phấn đấu năm 2026": due December 2026', () => {
    const a = results.get('typed')!;
    expect(a.tables[0]!.targetYear).toBe(2026);
    for (const ind of a.indicators) expect(ind.deadline).toMatchObject({ kind: 'month', due: { year: 2026, month: 12 } });
  });

  it('converted: a real date in "Thời gian hoàn thành" is read as its month', () => {
    for (const ind of results.get('converted')!.indicators) {
      expect(ind.deadline).toMatchObject({ kind: 'month', due: { year: 2026, month: 12 } });
      expect(ind.deadlineAssumed).toBe(false);
    }
  });
});

describe('seed 000 — November 2026, row by row', () => {
  it.each(LAYOUTS)('%s: status and gap of each indicator', async (layout) => {
    const nov = expectMonthRowByRow(await analyze(layout), { year: 2026, month: 11 }, MONTHS);
    expect(nov.totals).toEqual({ met: 14, not_met: 11, no_data: 3, invalid: 1 });
  });

  it('compares with October: change in percentage points, previous value, owner', async () => {
    const nov = statusForMonth(await analyze('typed'), { year: 2026, month: 11 });
    const byLabel = (i: number) => nov.indicators[i]!;
    expect(byLabel(0)).toMatchObject({ actual: 0.72, previous: 0.65, owner: 'Phòng VH-XH xã' });
    expect(byLabel(0).change).toBeCloseTo(0.07, 9);
    expect(byLabel(5)).toMatchObject({ actual: 0.88, previous: 0.85 }); // 85 and 88 typed without %
    expect(byLabel(5).change).toBeCloseTo(0.03, 9);
    expect(byLabel(9)).toMatchObject({ status: 'no_data', actual: null, previous: 0.95, change: null });
    expect(byLabel(23)).toMatchObject({ status: 'met', actual: true, previous: false, change: null });
    expect(byLabel(2).progress).toBeCloseTo(0.9, 9); // 1,8% of a 2% target
  });

  it('the unreadable November value is an error on its own cell, the only problem of the sheet', async () => {
    const a = await analyze('typed');
    // Header on row 1, C10 on row 20; months in H (October) and I (November).
    expect(a.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([['error', 'actual-unreadable', 'I20']]);
    expect(a.problems[0]!.message.vi).toContain('khoảng 70');
  });

  it('shifted: the same problem is reported where the cell really is (the table starts at C5)', async () => {
    const a = await analyze('shifted');
    // Columns C (STT), D (target), E, F (months) …; header on row 5, C10 on row 24.
    expect(a.problems.map((p) => [p.code, p.cell])).toEqual([['actual-unreadable', 'F24']]);
  });
});

describe('seed 000 — a target the add-in cannot read is an error on its cell', () => {
  it('two thresholds, and words under unit %, are errors with the cell address', async () => {
    const wb = buildLayout(seed000, 'typed');
    const ws = wb.getWorksheet('Phụ lục')!;
    ws.getCell('D12').value = 'Trên 80%, phấn đấu 90%'; // C2
    ws.getCell('D13').value = 'Theo hướng dẫn của tỉnh'; // C3, unit %
    const a = await analyzeBuilt(wb);
    const errors = a.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);
    expect(errors).toEqual([
      ['target-unreadable', 'D12'],
      ['unit-contradiction', 'D13'],
    ]);
    const nov = statusForMonth(a, { year: 2026, month: 11 });
    expect(nov.indicators[7]!.status).toBe('invalid');
    expect(nov.indicators[8]!.status).toBe('invalid');
    expect(nov.indicators[7]!.reason?.vi).toBeTruthy();
  });
});
