/**
 * Why a month has nothing to report, in words a user can act on: no table at
 * all, no result column for the month, no sheet for the month in a plan kept one
 * sheet per month, or only tables of another year.
 */
import type { Bilingual } from '../i18n';
import { message } from '../messages';
import type { Analysis } from '../model';
import { monthLabel, type YearMonth } from '../months';
import type { MonthStatus } from './month-status';

export function nothingToReport(analysis: Analysis, status: MonthStatus, month: YearMonth): Bilingual | null {
  const tables = analysis.tables;
  if (tables.length === 0) {
    return message('coverage.no-table');
  }
  if (status.indicators.length > 0 && status.missingMonth.length === 0) return null;
  const family = status.missingSheet[0];
  if (family && status.indicators.length === 0) {
    const have = family.sheets.map((s) => `"${s.sheet}" (${s.month.year ? monthLabel(s.month) : `T${s.month.month}`})`).join(', ');
    return message('coverage.no-month-sheet', { month, have });
  }
  const withResults = tables.filter((t) => t.months.length > 0 || t.columns.actual !== undefined || t.columns.numerator !== undefined);
  if (withResults.length > 0 && status.indicators.length > 0 && status.missingMonth.length === withResults.length) {
    const have = [...new Set(tables.flatMap((t) => t.months.map((m) => (m.year ? `${m.month}/${m.year}` : `${m.month}`))))].join(', ');
    return message('coverage.no-month-column', { month, have });
  }
  if (status.indicators.length === 0 && analysis.indicators.length > 0) {
    const years = [...new Set(tables.map((t) => t.planYear).filter((y): y is number => y !== null))].sort().join(', ');
    return message('coverage.no-year', { year: month.year, years });
  }
  return null;
}
