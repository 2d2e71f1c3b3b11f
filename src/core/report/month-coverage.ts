/**
 * Why a month has nothing to report, in words a user can act on: no table at
 * all, no result column for the month, no sheet for the month in a plan kept one
 * sheet per month, or only tables of another year.
 */
import { type Bilingual, bi } from '../i18n';
import type { Analysis } from '../model';
import { formatYearMonth, monthLabel, type YearMonth } from '../months';
import type { MonthStatus } from './month-status';

export function nothingToReport(analysis: Analysis, status: MonthStatus, month: YearMonth): Bilingual | null {
  const tables = analysis.tables;
  if (tables.length === 0) {
    return bi('Không tìm thấy bảng chỉ tiêu nào trong tệp. Chạy "dti check" để xem chi tiết.', 'No indicator table found in the file. Run "dti check" for details.');
  }
  if (status.indicators.length > 0 && status.missingMonth.length === 0) return null;
  const family = status.missingSheet[0];
  if (family && status.indicators.length === 0) {
    const have = family.sheets.map((s) => `"${s.sheet}" (${s.month.year ? monthLabel(s.month) : `T${s.month.month}`})`).join(', ');
    return bi(
      `Không có trang tính của tháng ${monthLabel(month)}. Các trang theo tháng trong tệp: ${have}. Hãy sao chép trang của tháng trước, đặt tên "T${month.month}" và điền kết quả.`,
      `No sheet for ${formatYearMonth(month)}. Month sheets in the file: ${have}. Copy last month's sheet, name it "T${month.month}" and fill in the results.`,
    );
  }
  const withResults = tables.filter((t) => t.months.length > 0 || t.columns.actual !== undefined || t.columns.numerator !== undefined);
  if (withResults.length > 0 && status.indicators.length > 0 && status.missingMonth.length === withResults.length) {
    const have = [...new Set(tables.flatMap((t) => t.months.map((m) => (m.year ? `${m.month}/${m.year}` : `${m.month}`))))].join(', ');
    return bi(
      `Không có cột kết quả cho tháng ${monthLabel(month)}. Các tháng có trong tệp: ${have}.`,
      `No result column for ${formatYearMonth(month)}. Months in the file: ${have}.`,
    );
  }
  if (status.indicators.length === 0 && analysis.indicators.length > 0) {
    const years = [...new Set(tables.map((t) => t.planYear).filter((y): y is number => y !== null))].sort().join(', ');
    return bi(
      `Không có bảng chỉ tiêu nào cho năm ${month.year}${years ? ` (các bảng trong tệp là kế hoạch năm ${years})` : ''}.`,
      `No indicator table for ${month.year}${years ? ` (the tables in the file plan for ${years})` : ''}.`,
    );
  }
  return null;
}
