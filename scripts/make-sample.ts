/**
 * Builds the sample workbook `samples/dti-sample.xlsx`:
 *  - "Phụ lục 1": seed 004's two tables (6 + 13 indicators, with their group titles) and the
 *    results of September, October and November 2026;
 *  - "Phụ lục 2": seed 002's appendix (18 indicators) with T9/2026, T10/2026, T11/2026;
 *  - "Hướng dẫn": a few lines of notes (no table).
 * Run: npx tsx scripts/make-sample.ts
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { type CellInput, addLayoutSheet } from '../kit/plans/layouts';
import { excelError } from '../kit/plans/month-values';
import { seed002 } from '../kit/plans/seeds/seed002';
import { seed004 } from '../kit/plans/seeds/seed004';

type Three = [sep: CellInput | undefined, oct: CellInput | undefined, nov: CellInput | undefined];

/** Seed 004, in plan order: table I (01–06), then table II (01–13). */
export const SAMPLE_RESULTS_004: Three[] = [
  ['80%', '90%', '100%'], // I.01 100% of units with 2 officials: reached
  ['6%', '8%', '9%'], // I.02 ≥10%: improving, still short
  ['78%', '80%', '80%'], // I.03 Trên 80%: 80% is not above 80%
  ['85%', '88%', '92,5%'], // I.04 100%: short
  ['100%', '100%', '100%'], // I.05 100%: kept
  ['60%', '66%', '71%'], // I.06 Trên 70%: just above
  ['Chưa', 'Chưa', 'Đã triển khai'], // II.01 data centre (qualitative): done in November
  ['6/9', '7/9', '8/9'], // II.02 9/9 platforms
  ['Chưa', 'Có', 'Có'], // II.03 AI in use
  ['70%', '85%', undefined], // II.04 100%: nothing reported for November
  ['40%', '45%', '52%'], // II.05 100%
  ['100%', '100%', '100%'], // II.06 100%
  ['50%', '50%', '50%'], // II.07 100%: stuck
  ['0%', '0%', 'khoảng 70'], // II.08 unreadable November value
  ['0,8%', '1%', '1,2%'], // II.09 Đạt trên 1%
  ['15%', '15%', '16%'], // II.10 Đạt trên 20%
  ['96%', '97%', '98%'], // II.11 100%
  ['25%', '28%', '31%'], // II.12 Trên 30%
  ['90%', '92%', excelError('#N/A')], // II.13 100%: the November cell shows #N/A
];

/** Seed 002, in plan order (two indicators under "1.3"). */
export const SAMPLE_RESULTS_002: Three[] = [
  ['75%', '78%', '82%'], // 1.1 >=80%
  ['85%', '88%', '90%'], // 1.2 90%
  ['90%', '93%', '95%'], // 1.3 toàn trình 100%
  ['50%', '55%', '60%'], // 1.3 một phần 80%
  ['25%', '30%', '35%'], // 1.4 30%
  ['100%', '100%', '100%'], // 1.5 100%
  ['97%', '98%', '99%'], // 1.6 100%
  ['100%', '100%', excelError('#N/A')], // 1.7 100%
  [0.7, 0.75, 0.8], // 1.8 80%, typed as plain numbers
  ['65%', '70%', undefined], // 1.9 80%: nothing for November
  ['8%', '9%', '9%'], // 2.1 11%
  ['3%', '3%', '4%'], // 2.2 5%
  ['75%', '78%', '80%'], // 3.1 76%
  ['80%', '82%', '83%'], // 3.2 85%
  ['55%', '58%', '61%'], // 3.3 60%
  ['96%', '97%', '98,5%'], // 3.4 98%
  ['100%', '100%', '100%'], // 4.1 100%
  ['Chưa có số liệu', 'Chưa có số liệu', 'Chưa có số liệu'], // 4.2 100%
];

const NOTES = [
  'HƯỚNG DẪN CẬP NHẬT SỐ LIỆU CHUYỂN ĐỔI SỐ',
  '1. Mỗi tháng, đơn vị chủ trì điền kết quả vào cột của tháng đó (ví dụ "Tháng 11/2026") trước ngày 20.',
  '2. Tỷ lệ ghi kèm dấu % (ví dụ 92,5%); chỉ tiêu Đạt/Không đạt ghi "Đạt" hoặc "Chưa đạt".',
  '3. Chưa có số liệu thì để trống hoặc ghi "-"; không ghi ước lượng như "khoảng 70".',
  '4. Phòng Văn hóa - Xã hội tổng hợp và báo cáo Sở KH&CN trước ngày 25 hằng tháng.',
];

const months = (headers: [string, string, string], results: Three[]) =>
  headers.map((header, m) => ({ header, values: results.map((r) => r[m]) }));

/** The sample workbook, built in memory (deterministic content). */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2026, 10, 20));
  wb.creator = 'DTI for Excel';
  wb.created = fixed;
  wb.modified = fixed;
  addLayoutSheet(wb, seed004, 'typed', {
    sheet: 'Phụ lục 1',
    months: months(['Tháng 9/2026', 'Tháng 10/2026', 'Tháng 11/2026'], SAMPLE_RESULTS_004),
  });
  addLayoutSheet(wb, seed002, 'typed', {
    sheet: 'Phụ lục 2',
    months: months(['T9/2026', 'T10/2026', 'T11/2026'], SAMPLE_RESULTS_002),
  });
  const notes = wb.addWorksheet('Hướng dẫn');
  NOTES.forEach((line, i) => (notes.getCell(i + 1, 1).value = line));
  return wb;
}

export const SAMPLE_PATH = path.join(__dirname, '..', 'samples', 'dti-sample.xlsx');

if (require.main === module) {
  buildSampleWorkbook()
    .xlsx.writeFile(SAMPLE_PATH)
    .then(() => console.log(`Wrote ${SAMPLE_PATH}`))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
