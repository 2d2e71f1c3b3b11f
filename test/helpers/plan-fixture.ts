import type { Row, SheetSpec } from './workbook';

/** A small plan typed as officials do, with October and November 2026 results. */
export const PLAN_HEADER: Row = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Thời hạn', 'Tháng 10/2026', 'Tháng 11/2026'];

export const PLAN_ROWS: Row[] = [
  ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 'Đạt tối thiểu 70%', 'Trung tâm Phục vụ hành chính công', 'Tháng 12/2026', 0.65, 0.72],
  ['2', 'Tỷ lệ sử dụng dịch vụ công trực tuyến', '%', 'Trên 80%', 'Trung tâm Phục vụ hành chính công', 'Thường xuyên', 0.8, 0.8],
  ['3', 'Mức độ triển khai các nền tảng số dùng chung', 'nền tảng', '9/9 nền tảng', 'Phòng Văn hóa - Xã hội', 'Tháng 11/2026', '6/9', 7],
  ['4', 'Số doanh nghiệp công nghệ số', 'doanh nghiệp/1.000 dân', '01 doanh nghiệp/1.000 dân', 'Phòng Kinh tế', 'Năm 2026', '0,8', '1,2'],
  ['5', 'Có bộ phận đầu mối chuyển đổi số', 'Đạt/Không đạt', 'Đạt', 'Văn phòng HĐND và UBND', 'Quý IV/2026', 'Chưa', 'Đạt'],
  ['6', 'Tỷ lệ hồ sơ trả kết quả trễ hạn', '%', 'Không quá 5%', 'Văn phòng HĐND và UBND', 'Tháng 10/2026', 0.07, 0.06],
  ['7', 'Tỷ lệ người dân trưởng thành có chữ ký số', '%', '≥ 30%', 'Công an xã', 'Tháng 12/2026', null, null],
  ['8', 'Tỷ lệ camera an ninh kết nối', '%', '≥ 50%', 'Công an xã', 'Tháng 12/2026', 0.4, 'khoảng 60'],
];

export function planSheet(extra: Partial<SheetSpec> = {}): SheetSpec {
  const formats: Record<string, string> = {};
  PLAN_ROWS.forEach((row, i) => {
    for (const [c, letter] of [[6, 'G'], [7, 'H']] as const) if (typeof row[c] === 'number' && row[2] === '%') formats[`${letter}${i + 3}`] = '0%';
  });
  return {
    rows: [['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 CỦA UBND xã Lộc Tấn'], PLAN_HEADER, ...PLAN_ROWS],
    formats,
    ...extra,
  };
}
