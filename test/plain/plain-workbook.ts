/**
 * A generated plan of more than 300 indicator rows: every target kind (share,
 * strict and upper bounds, yearly change, count of a total, rate per 1,000,
 * index, yes/no, task, qualitative, an unreadable target) against every form of
 * result (number, number under a % format, text share, fraction text, rate text,
 * yes/no and task words, words for a shortfall or for nothing to report, a note
 * alone or after a figure, blank, "-", ".", an error, unreadable text), plus a table
 * that keeps the counts behind its shares.
 */
import ExcelJS from 'exceljs';
import { join } from 'path';
import { tempDir } from '../helpers/workbook';

export const PLAN_SHEET = 'Kế hoạch';
export const COUNTS_SHEET = 'Tử số mẫu số';

type Value = ExcelJS.CellValue;

const TARGETS: Array<{ target: string; unit: string; name: string }> = [
  { target: 'Đạt tối thiểu 70%', unit: '%', name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' },
  { target: 'Trên 80%', unit: '%', name: 'Tỷ lệ sử dụng dịch vụ công trực tuyến' },
  { target: 'Không quá 5%', unit: '%', name: 'Tỷ lệ hồ sơ trả kết quả trễ hạn' },
  { target: 'Dưới 10%', unit: '%', name: 'Tỷ lệ hộ chưa có điện thoại thông minh' },
  { target: '≥ 2%/năm', unit: '%', name: 'Tỷ lệ tăng trưởng kinh tế số' },
  { target: '100', unit: '%', name: 'Tỷ lệ cán bộ có chữ ký số' },
  { target: '9/9 nền tảng', unit: 'nền tảng', name: 'Số nền tảng số dùng chung triển khai' },
  { target: '01 doanh nghiệp/1.000 dân', unit: 'doanh nghiệp/1.000 dân', name: 'Số doanh nghiệp công nghệ số' },
  { target: '0,70', unit: 'điểm', name: 'Chỉ số chuyển đổi số cấp xã' },
  { target: 'Không quá 3 ngày', unit: 'ngày', name: 'Thời gian xử lý hồ sơ trung bình' },
  { target: 'Đạt', unit: 'Đạt/Không đạt', name: 'Có bộ phận đầu mối chuyển đổi số' },
  { target: 'Nhiệm vụ', unit: '', name: 'Ban hành kế hoạch chuyển đổi số năm 2026' },
  { target: 'Có ứng dụng AI trong giải quyết thủ tục hành chính', unit: '', name: 'Ứng dụng trí tuệ nhân tạo' },
  { target: 'khoảng bảy mươi', unit: '%', name: 'Tỷ lệ người dân dùng ví điện tử' },
];

/** Every form of result, with the number format of its cell. */
const RESULTS: Array<[Value, string?]> = [
  [null],
  [0.85, '0%'],
  [0.6, '0%'],
  [0.05, '0.0%'],
  [85],
  [0.85],
  [7],
  [9],
  [1.2],
  [true],
  [{ error: '#N/A' }],
  [{ error: '#DIV/0!' }],
  ['85%'],
  ['80,5%'],
  ['7/9'],
  ['8/9 nền tảng'],
  ['1,5 DN/1.000 dân'],
  ['1 250'],
  ['0,72'],
  ['-'],
  ['Đạt'],
  ['Chưa thực hiện'],
  ['Đã ban hành'],
  ['Đã ban hành, chưa ký'],
  ['Hoàn thành 60%'],
  ['x'],
  ['khoảng 70'],
  ['Chưa đạt'],
  ['Một phần'],
  ['Không phát sinh'],
  ['(5)'],
  ['.'],
  ['Đạt 85%'],
  ['60%'],
  ['85% (ước)'],
  ['7/9 (ước)'],
  ['80%'],
  ['✓'],
];

const HEADER = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Tháng 10/2026', 'Tháng 11/2026'];

/** Counts tables: the share column, its "Số thực hiện" and "Tổng số" (share empty, counts only, both, empty counts). */
const COUNT_ROWS: Array<[string, string, Value, Value, Value, string?]> = [
  ['Tỷ lệ hộ gia đình có tài khoản thanh toán', 'Đạt tối thiểu 70%', null, 45, 50],
  ['Tỷ lệ hộ có cáp quang', 'Đạt tối thiểu 70%', null, 30, 50],
  ['Tỷ lệ hồ sơ số hóa', 'Trên 80%', null, '1.250', '1.500'],
  ['Tỷ lệ người dân có tài khoản định danh', 'Đạt tối thiểu 70%', 0.9, 45, 50, '0%'],
  ['Tỷ lệ thôn có loa thông minh', 'Đạt tối thiểu 70%', null, null, 50],
  ['Tỷ lệ trường học có mạng', 'Không quá 5%', null, 0, 40],
  ['Tỷ lệ thủ tục có thanh toán trực tuyến', 'Đạt tối thiểu 70%', null, 5, 0],
  ['Tỷ lệ hộ kinh doanh dùng hóa đơn điện tử', 'Đạt tối thiểu 70%', null, 60, 50],
];

export interface PlainWorkbook {
  path: string;
  rows: number;
}

export async function writePlainWorkbook(): Promise<PlainWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PLAN_SHEET);
  ws.getCell('A1').value = 'KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 CỦA UBND XÃ LỘC TẤN';
  ws.getRow(2).values = HEADER;
  let r = 3;
  let n = 0;
  for (const t of TARGETS) {
    for (const [value, format] of RESULTS) {
      n++;
      const row = ws.getRow(r);
      row.getCell(1).value = String(n);
      row.getCell(2).value = `${t.name} (${n})`;
      if (t.unit) row.getCell(3).value = t.unit;
      row.getCell(4).value = t.target;
      row.getCell(5).value = 'Phòng Văn hóa - Xã hội';
      row.getCell(6).value = null;
      if (value !== null) row.getCell(7).value = value;
      if (format) row.getCell(7).numFmt = format;
      r++;
    }
  }
  const counts = wb.addWorksheet(COUNTS_SHEET);
  counts.getCell('A1').value = 'TỶ LỆ TÍNH TỪ SỐ THỰC HIỆN VÀ TỔNG SỐ, THÁNG 11/2026';
  counts.getRow(2).values = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Tỷ lệ đạt (%)', 'Số thực hiện', 'Tổng số'];
  COUNT_ROWS.forEach(([name, target, share, num, den, format], i) => {
    const row = counts.getRow(i + 3);
    row.getCell(1).value = String(i + 1);
    row.getCell(2).value = name;
    row.getCell(3).value = '%';
    row.getCell(4).value = target;
    if (share !== null) row.getCell(5).value = share;
    if (format) row.getCell(5).numFmt = format;
    if (num !== null) row.getCell(6).value = num;
    if (den !== null) row.getCell(7).value = den;
  });
  const path = join(tempDir(), 'ke-hoach-300.xlsx');
  await wb.xlsx.writeFile(path);
  return { path, rows: n + COUNT_ROWS.length };
}
