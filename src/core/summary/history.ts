import { type Grid, valueText } from '../grid';
import type { HistoryRow } from './types';

/** How the history recognises an indicator across months, even when rows move. */
export function historyKey(indicator: { sheet: string; id: string | null; name: string }): string {
  return `${indicator.sheet}|${indicator.id ?? ''}|${indicator.name.slice(0, 60)}`;
}

/** The sheet where each summary records that month's actuals. */
export const HISTORY_SHEET = 'DTI_LichSu';
export const HISTORY_HEADER = ['Khóa', 'Tháng', 'STT', 'Chỉ tiêu', 'Giá trị'] as const;

/**
 * The rows of the add-in's history sheet (the caller knows it is ours from the
 * own-sheet record); rows of another shape are skipped.
 */
export function readHistory(grid: Grid): HistoryRow[] {
  const out: HistoryRow[] = [];
  for (const row of grid.rows.slice(1)) {
    const key = valueText(row[0]?.value ?? null);
    const month = valueText(row[1]?.value ?? null);
    if (!key || !/^\d{4}-\d{2}$/.test(month)) continue;
    const raw = row[4]?.value ?? null;
    out.push({
      key,
      month,
      id: valueText(row[2]?.value ?? null) || null,
      name: valueText(row[3]?.value ?? null),
      value: raw !== null && typeof raw === 'object' ? null : raw,
      ...(row[4]?.format ? { format: row[4].format } : {}),
    });
  }
  return out;
}
