/**
 * Seed 004 (xã Đại Phước, DTI 2026–2030): two tables on one sheet, each under its group title —
 * I (6 indicators the commune leads: STT, CHỈ SỐ, CƠ QUAN CHỦ TRÌ, CƠ QUAN PHỐI HỢP, NĂM 2026,
 * ĐẾN NĂM 2030, NHIỆM VỤ) and II (13 led by the upper level, with a separate column for the
 * commune unit that follows them up).
 */
import { statusForMonth } from '../../src/core/status/month-status';
import type { Analysis } from '../../src/core/model';
import { SAMPLE_RESULTS_004 } from '../../scripts/make-sample';
import { above, analyzeBuilt, atLeast, essence, evidence, type ExpectedRow, seen } from '../fixtures/analyze-layout';
import { LAYOUTS, type LayoutName, buildLayout } from '../../kit/plans/layouts';
import { excelize } from '../../kit/plans/month-values';
import { seed004 } from '../../kit/plans/seeds/seed004';

const I = 'NHÓM CHỈ TIÊU THUỘC CÁC CƠ QUAN, ĐƠN VỊ XÃ CHỦ TRÌ THỰC HIỆN (06)';
const II = 'NHÓM CHỈ TIÊU THUỘC CÁC CƠ QUAN, ĐƠN VỊ XÃ CHỦ TRÌ PHỐI HỢP CẤP TRÊN THỰC HIỆN (13)';
const UNITS = 'Các cơ quan, đơn vị; các ngành xã';
const HCC = 'Trung tâm Phục vụ hành chính công xã';
const VHXH = 'Phòng VH-XH';

const EXPECTED: ExpectedRow[] = [
  // "100% cơ quan, đơn vị, các ngành xã có 02 công chức …": 100%, not 2.
  ['01', I, 'Các cơ quan, đơn vị, các ngành xã có bộ phận/đầu mối', null, atLeast(1), UNITS],
  // "Phần đầu đạt 10%/tổng số cán bộ …": at least 10%.
  ['02', I, 'Tỷ lệ công chức, viên chức phụ trách về chuyển đổi số', null, atLeast(0.1), UNITS],
  ['03', I, 'Tỷ lệ sử dụng dịch vụ công trực tuyến', null, above(0.8), HCC],
  ['04', I, 'Tỷ lệ hồ sơ trực tuyến toàn trình', null, atLeast(1), HCC],
  ['05', I, 'Mức độ hài lòng của người dân, doanh nghiệp', null, atLeast(1), HCC],
  ['06', I, 'Tỷ lệ người dân biết kỹ năng về công nghệ thông tin', null, above(0.7), 'Phòng VH-XH; Công an xã'],
  ['01', II, 'Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số', null, evidence, VHXH],
  ['02', II, 'Mức độ triển khai các nền tảng số dùng chung', null, { kind: 'count', op: '>=', value: 9, of: 9 }, VHXH],
  ['03', II, 'Mức độ ứng dụng AI', null, evidence, 'Phòng VH-XH, Trung tâm Phục vụ hành chính công xã'],
  ['04', II, 'Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn', null, atLeast(1), VHXH],
  ['05', II, 'Số lượng người dân được phổ cập kỹ năng số', null, atLeast(1), VHXH],
  // "100% hệ thống thông tin được phê duyệt cấp độ": a percentage with a qualifier.
  ['06', II, 'Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ', null, atLeast(1), VHXH],
  ['07', II, 'Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án', null, atLeast(1), VHXH],
  ['08', II, 'Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá mức độ bảo đảm an toàn thông tin và an ninh mạng, an ninh mạng định kỳ', null, atLeast(1), VHXH],
  ['09', II, 'Tổng chi Ngân sách nhà nước cho chính quyền số', null, above(0.01), 'Phòng Kinh tế'],
  ['10', II, 'Tỷ trọng kinh tế số trong GRDP', null, above(0.2), 'Phòng Kinh tế'],
  ['11', II, 'Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao dịch điện tử', null, atLeast(1), 'Công an xã;'],
  ['12', II, 'Tỷ lệ dân số trưởng thành có chữ ký số', null, above(0.3), VHXH],
  ['13', II, 'Tỷ lệ người dân có Sổ sức khỏe điện tử', null, atLeast(1), VHXH],
];

/** November 2026 with the sample's October and November results. */
const NOVEMBER: Array<['met' | 'not_met' | 'no_data' | 'invalid', number | null]> = [
  ['met', 0], ['not_met', -0.01], ['not_met', 0], ['not_met', -0.075], ['met', 0], ['met', 0.01],
  ['met', null], ['not_met', -1], ['met', null], ['no_data', null], ['not_met', -0.48], ['met', 0], ['not_met', -0.5],
  ['invalid', null], ['met', 0.002], ['not_met', -0.04], ['not_met', -0.02], ['met', 0.01], ['invalid', null],
];

const months = (convert: boolean) =>
  (['Tháng 10/2026', 'Tháng 11/2026'] as const).map((header, m) => ({
    header,
    values: SAMPLE_RESULTS_004.map((r) => (convert ? excelize(r[m + 1]) : r[m + 1])),
  }));

async function analyze(layout: LayoutName): Promise<Analysis> {
  return analyzeBuilt(buildLayout(seed004, layout, { months: months(layout === 'converted') }));
}

describe('seed 004 — two tables on one sheet, 6 + 13 indicators in every layout', () => {
  const results = new Map<LayoutName, Analysis>();
  beforeAll(async () => {
    for (const layout of LAYOUTS) results.set(layout, await analyze(layout));
  });

  it.each(LAYOUTS)('%s: two tables under their group titles, row by row', (layout) => {
    const a = results.get(layout)!;
    expect(a.tables.map((t) => t.title)).toEqual([`I. ${I}`, `II. ${II}`]);
    expect(a.indicators.filter((i) => i.table === 0)).toHaveLength(6);
    expect(a.indicators.filter((i) => i.table === 1)).toHaveLength(13);
    a.indicators.forEach((ind, i) => {
      const exp = EXPECTED[i]!;
      expect(seen(ind, exp[2])).toEqual(exp);
    });
  });

  it.each(LAYOUTS.filter((l) => l !== 'typed'))('%s: same indicators as typed by hand', (layout) => {
    expect(results.get(layout)!.indicators.map(essence)).toEqual(results.get('typed')!.indicators.map(essence));
  });

  it('the second table has other columns: the upper-level agency is not taken for the owner', () => {
    const a = results.get('typed')!;
    expect(a.tables[0]!.columns.upstreamOwner).toBeUndefined();
    expect(a.tables[1]!.columns).toMatchObject({ upstreamOwner: 2, coordinators: 3, owner: 4, target: 5, horizonTarget: 6 });
    const ii = a.indicators.filter((i) => i.table === 1);
    expect(ii.map((i) => i.upstreamOwner)).toEqual([
      'Sở KH&CN', 'Sở KH&CN', 'Sở KH&CN', 'Sở KH&CN', 'Công an tỉnh', 'Công an tỉnh', 'Công an tỉnh', 'Công an tỉnh',
      'Sở Tài chính', 'Sở KH&CN', 'Công an tỉnh', 'Đoàn TNCS HCM tỉnh', 'Sở Y tế',
    ]);
  });

  it('pasted: "CHỈ TIÊU" over "NĂM 2026" / "ĐẾN NĂM 2030" gives the 2026 target and the 2030 horizon', () => {
    const a = results.get('pasted')!;
    for (const t of a.tables) {
      expect(t.headerBottom - t.headerTop).toBe(1);
      expect(t.targetYear).toBe(2026);
    }
    expect(a.indicators.map((i) => (i.horizonTarget?.ok ? i.horizonTarget.value : null))).toEqual([
      1, 1, 1, 1, 1, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 0.03, 0.3, 1, 0.7, 1,
    ]);
  });

  it('pasted: text wrapped past a page gap is joined (II.08 target, II.11 tasks)', () => {
    const a = results.get('pasted')!;
    const ii = a.indicators.filter((i) => i.table === 1);
    expect(ii[7]!.cells.target?.text).toBe('100% hệ thống thông tin được phê duyệt cấp độ');
    expect(ii[10]!.coordinators).toBe('Công an xã; Đoàn thanh niên, các ấp, Tổ công nghệ số cộng đồng');
    expect(a.indicators[3]!.coordinators).toBe('Các cơ quan, đơn vị giải quyết thủ tục hành chính xã');
  });

  it('no problem with the plan itself', () => {
    for (const layout of ['typed', 'pasted'] as const) {
      const plan = results.get(layout)!.problems.filter((p) => p.code !== 'actual-unreadable');
      expect(plan).toEqual([]);
    }
  });
});

describe('seed 004 — November 2026, row by row', () => {
  it.each(LAYOUTS)('%s: status and gap of each indicator', async (layout) => {
    const nov = statusForMonth(await analyze(layout), { year: 2026, month: 11 });
    expect(nov.indicators).toHaveLength(NOVEMBER.length);
    nov.indicators.forEach((s, i) => {
      const [status, gap] = NOVEMBER[i]!;
      const label = `${EXPECTED[i]![1] === I ? 'I' : 'II'}.${s.id}`;
      expect({ label, status: s.status }).toEqual({ label, status });
      expect({ label, gap: s.gap === null ? null : Math.round(s.gap * 1e6) / 1e6 }).toEqual({ label, gap });
    });
    expect(nov.totals).toEqual({ met: 8, not_met: 8, no_data: 1, invalid: 2 });
  });

  it('"Trên 80%" with 80% reported is short, though the gap is 0 points', async () => {
    const nov = statusForMonth(await analyze('typed'), { year: 2026, month: 11 });
    expect(nov.indicators[2]).toMatchObject({ id: '03', status: 'not_met', actual: 0.8, gap: 0, target: { op: '>', value: 0.8 } });
  });
});
