/**
 * A seed-like indicator sheet (a commune plan's appendix with month columns),
 * as rows of plain values: the shape officials keep in their workbooks.
 */
export type SeedValue = string | number | boolean | null;

export const SEED_SHEET = 'Phụ lục CĐS';
export const XSS_NAME = '<img src=x onerror=alert(1)>';

const HEADER: SeedValue[] = ['STT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'T10/2026', 'T11/2026'];

const BASE: SeedValue[][] = [
  ['I', 'Hạ tầng và nền tảng số', null, null, null, null, null, null],
  ['1', 'Tỷ lệ hộ gia đình có cáp quang', '%', '≥ 80%', 'Phòng Kinh tế', 'Tháng 12/2026', 0.7, 0.85],
  ['2', 'Tỷ lệ dân số trưởng thành có tài khoản VNeID', '%', '70%', 'Công an xã', 'Tháng 12/2026', 0.5, 0.6],
  ['3', 'Ứng dụng nền tảng số dùng chung', 'Nền tảng', '9/9 nền tảng', 'Văn phòng HĐND-UBND', 'Thường xuyên', 7, null],
  ['II', 'Chính quyền số', null, null, null, null, null, null],
  ['4', XSS_NAME, '%', '100%', 'Trung tâm Phục vụ hành chính công', 'Tháng 12/2026', 1, 1],
  ['5', 'Hồ sơ được số hóa', '%', 'abc', null, 'Tháng 12/2026', 0.4, 0.5],
];

/** Title row, blank row, header row, then indicators; `rows` indicator rows in all (the first ones from the seed). */
export function seedRows(rows = BASE.length): SeedValue[][] {
  const out: SeedValue[][] = [['KẾ HOẠCH CHUYỂN ĐỔI SỐ XÃ AN BÌNH NĂM 2026', null, null, null, null, null, null, null], [null, null, null, null, null, null, null, null], HEADER];
  for (let i = 0; i < rows; i++) {
    if (i < BASE.length) {
      out.push([...BASE[i]!]);
      continue;
    }
    const n = i - 1;
    out.push([String(n), `Chỉ tiêu số ${n}`, '%', '≥ 50%', 'Phòng Văn hóa - Xã hội', 'Tháng 12/2026', (i % 10) / 10, ((i + 3) % 10) / 10]);
  }
  return out;
}

export const SEED_HEADER_ROW = 3;
