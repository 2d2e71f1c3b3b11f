/**
 * Seed 001 (xã Lộc Tấn, DTI 2026–2030): one table, 22 indicators in six sections, a two-row
 * header ("Phân công tại cấp xã" over the owner and coordinating units), targets for 2026 and
 * 2030, no unit column. The document breaks rows across pages (the header repeated, "chung",
 * "đẫn của Bộ", "ngành/1.000 dân" left on the next page).
 */
import { statusForMonth } from '../../src/core/status/month-status';
import { expectMonthRowByRow, itReadsEveryLayout, monthColumns, type MonthRow } from '../fixtures/layout-suite';
import type { Analysis } from '../../src/core/model';
import { above, analyzeBuilt, atLeast, evidence, type ExpectedRow } from '../fixtures/analyze-layout';
import { LAYOUTS, type LayoutName, buildLayout } from '../../kit/plans/layouts';
import { seed001 } from '../../kit/plans/seeds/seed001';

const G1 = 'Hạ tầng và Nền tảng số';
const G2 = 'Nhân lực số';
const G3 = 'An toàn thông tin, an ninh mạng';
const G4 = 'Hoạt động Chính quyền số';
const G5 = 'Hoạt động Kinh tế số';
const G6 = 'Hoạt động Xã hội số';
const CAX = 'Công an xã, Văn phòng HĐND và UBND';
const HCC = 'Trung tâm Phục vụ hành chính công';

const EXPECTED: ExpectedRow[] = [
  ['1.1', G1, 'Triển khai Trung tâm dữ liệu phục vụ Chuyển đổi số', null, evidence, 'Phòng VH-XH'],
  // Name and target cut by a page break: "… dùng" / "chung", "9/9 nền tảng theo hướng" / "đẫn của Bộ".
  ['1.2', G1, 'Mức độ triển khai các nền tảng số dùng chung', null, { kind: 'count', op: '>=', value: 9, of: 9 }, 'Văn phòng HĐND và UBND'],
  ['1.3', G1, 'Mức độ ứng dụng AI', null, evidence, 'Phòng VH-XH'],
  ['2.1', G2, 'Có bộ phận/đầu mối thực hiện CDS', null, evidence, 'Phòng VH-XH'],
  // "Phần đầu đạt 8% tổng số …" (the typo of "Phấn đấu"): at least 8%.
  ['2.2', G2, 'Tỷ lệ công chức chuyên trách về CDS', null, atLeast(0.08), 'Phòng VH-XH'],
  ['2.3', G2, 'Tỷ lệ công chức được bồi dưỡng, tập huấn CDS', null, atLeast(1), 'Phòng VH-XH'],
  ['2.4', G2, 'Số lượng người dân được phổ cập kỹ năng số', null, atLeast(1), 'Phòng VH-XH'],
  ['3.1', G3, 'Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ', null, atLeast(1), CAX],
  ['3.2', G3, 'Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án', null, atLeast(1), CAX],
  ['3.3', G3, 'Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá mức độ bảo đảm an toàn thông tin, an ninh mạng định kỳ', null, atLeast(1), CAX],
  ['4.1', G4, 'Tỷ lệ sử dụng dịch vụ công trực tuyến', null, atLeast(1), HCC],
  ['4.2', G4, 'Tỷ lệ hồ sơ trực tuyến toàn trình', null, atLeast(0.3), HCC],
  ['4.3', G4, 'Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công', null, atLeast(1), HCC],
  ['4.4', G4, 'Tổng chi Ngân sách nhà nước cho chính quyền số', null, above(0.01), 'Phòng Kinh tế'],
  ['5.1', G5, 'Tỷ trọng kinh tế số trong GRDP', null, above(0.2), 'Phòng Kinh tế'],
  // "01 doanh" / "ngành/1.000 dân": one per 1,000 inhabitants.
  ['5.2', G5, 'Tỷ lệ doanh ngành công nghệ số/1.000 dân', null, { kind: 'rate', op: '>=', value: 1, per: 1000 }, 'Phòng Kinh tế'],
  ['5.3', G5, 'Doanh nghiệp sử dụng hợp đồng điện tử', null, above(0.8), 'Phòng Kinh tế'],
  ['6.1', G6, 'Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử', null, atLeast(1), 'Công an xã'],
  ['6.2', G6, 'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán', null, above(0.8), 'Phòng Kinh tế'],
  ['6.3', G6, 'Tỷ lệ dân số trưởng thành có chữ ký số cá nhân', null, above(0.3), 'Phòng VH-XH'],
  ['6.4', G6, 'Tỷ lệ người dân có Sổ sức khỏe điện tử', null, atLeast(1), 'Trạm y tế'],
  ['6.5', G6, 'Tỷ lệ người dân biết kỹ năng về công nghệ thông tin', null, above(0.7), 'Phòng VH-XH'],
];

const MONTHS: MonthRow[] = [
  ['1.1 qualitative', 'Chưa', 'Đã triển khai', 'met', null],
  ['1.2 9/9 platforms: 8 in use', '7/9', '8', 'not_met', -1],
  ['1.3 qualitative', 'Chưa triển khai', 'Chưa triển khai', 'not_met', null],
  ['2.1 qualitative', 'Chưa', 'Đã bố trí', 'met', null],
  ['2.2 ≥8%', '6%', '7,5%', 'not_met', -0.005],
  ['2.3 100%', '90%', '100%', 'met', 0],
  ['2.4 100%', '80%', '85%', 'not_met', -0.15],
  ['3.1 100%', '100%', '100%', 'met', 0],
  ['3.2 100%', '50%', '50%', 'not_met', -0.5],
  ['3.3 "-"', '-', '-', 'no_data', null],
  ['4.1 100%', '90%', '92%', 'not_met', -0.08],
  ['4.2 ≥30%', '28%', '35%', 'met', 0.05],
  ['4.3 100%', '95%', '96%', 'not_met', -0.04],
  ['4.4 >1%: exactly 1% is not above', '0,9%', '1%', 'not_met', 0],
  ['5.1 >20%', '21%', '22%', 'met', 0.02],
  ['5.2 ≥1/1.000 dân', '0,8/1.000', '1,2/1.000', 'met', 0.2],
  ['5.3 >80%: exactly 80% is not above', '79%', '80%', 'not_met', 0],
  ['6.1 100%', '97%', '97,5%', 'not_met', -0.025],
  ['6.2 >80%', '80%', '81%', 'met', 0.01],
  ['6.3 >30%: exactly 30% is not above', '28%', '30%', 'not_met', 0],
  ['6.4 "Chưa báo cáo"', '90%', 'Chưa báo cáo', 'no_data', null],
  ['6.5 >70%', '72%', '75%', 'met', 0.05],
];

const months = (convert: boolean) => monthColumns(MONTHS, convert, ['T10/2026', 'T11/2026']);

async function analyze(layout: LayoutName): Promise<Analysis> {
  return analyzeBuilt(buildLayout(seed001, layout, { months: months(layout === 'converted') }));
}

describe('seed 001 — every layout reads the same 22 indicators', () => {
  const results = new Map<LayoutName, Analysis>();
  beforeAll(async () => {
    for (const layout of LAYOUTS) results.set(layout, await analyze(layout));
  });

  itReadsEveryLayout(results, EXPECTED);

  it('pasted: the two-row header maps the upstream agency, the commune owner and the coordinators', () => {
    const t = results.get('pasted')!.tables[0]!;
    // Title lines, a blank line, then the header on rows 5–6.
    expect([t.headerTop, t.headerBottom]).toEqual([5, 6]);
    expect(t.columns).toMatchObject({ id: 0, name: 1, upstreamOwner: 2, owner: 3, coordinators: 4, target: 5, horizonTarget: 6 });
    expect(t.targetYear).toBe(2026);
    expect(t.months.map((m) => [m.year, m.month])).toEqual([[2026, 10], [2026, 11]]);
  });

  it('pasted: rows cut by a page break are whole again (names, targets, horizons, upstream agency)', () => {
    const a = results.get('pasted')!;
    const byId = (id: string) => a.indicators.find((i) => i.id === id)!;
    // The target text is joined over the break; its cell is the first line's (F9, under the header on rows 5–6).
    expect(byId('1.2').cells.target).toMatchObject({ text: '9/9 nền tảng theo hướng đẫn của Bộ', address: 'F9' });
    expect(byId('2.2').target).toMatchObject({ ok: true, kind: 'percent', op: '>=', value: 0.08 });
    expect(byId('5.2').upstreamOwner).toBe('Sở KH&CN');
    expect(byId('5.2').horizonTarget).toMatchObject({ ok: true, kind: 'rate', value: 5, per: 1000 });
    expect(byId('4.3').name).toBe('Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công');
  });

  it('horizon targets for 2030 are read for every indicator', () => {
    const horizons = results.get('typed')!.indicators.map((i) => targetValue(i.horizonTarget));
    expect(horizons).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9, 1, 0.03, 0.3, 5, 1, 1, 1, 0.7, 1, 0.9]);
  });

  it('no problem in the plan itself: every indicator has an owner and a readable target', () => {
    expect(results.get('typed')!.problems).toEqual([]);
    expect(results.get('pasted')!.problems).toEqual([]);
  });
});

function targetValue(t: Analysis['indicators'][number]['horizonTarget']): number | boolean | null {
  return t && t.ok ? t.value : null;
}

describe('seed 001 — November 2026, row by row', () => {
  it.each(LAYOUTS)('%s: status and gap of each indicator', async (layout) => {
    const nov = expectMonthRowByRow(await analyze(layout), { year: 2026, month: 11 }, MONTHS);
    expect(nov.totals).toEqual({ met: 9, not_met: 11, no_data: 2, invalid: 0 });
  });

  it('count, rate and yes/no results compare with October', async () => {
    const nov = statusForMonth(await analyze('typed'), { year: 2026, month: 11 });
    const byId = (id: string) => nov.indicators.find((s) => s.id === id)!;
    expect(byId('1.2')).toMatchObject({ actual: 8, previous: 7, change: 1, target: { kind: 'count', value: 9, of: 9 } });
    expect(byId('5.2')).toMatchObject({ previous: 0.8, target: { kind: 'rate', value: 1, per: 1000 } });
    expect(byId('5.2').actual).toBeCloseTo(1.2, 9);
    expect(byId('5.2').change).toBeCloseTo(0.4, 9);
    expect(byId('1.1')).toMatchObject({ actual: true, previous: false });
    expect(byId('4.2').change).toBeCloseTo(0.07, 9);
    expect(byId('4.4').owner).toBe('Phòng Kinh tế');
  });
});
