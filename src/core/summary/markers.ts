import { type Grid, valueText } from '../grid';
import type { Indicator } from '../model';
import type { HistoryRow } from './types';

/** How the history recognises an indicator across months, even when rows move. */
export function historyKey(indicator: Pick<Indicator, 'sheet' | 'id' | 'name'>): string {
  return `${indicator.sheet}|${indicator.id ?? ''}|${indicator.name.slice(0, 60)}`;
}

/** The sheet where each summary records that month's actuals. */
export const HISTORY_SHEET = 'DTI_LichSu';
export const HISTORY_MARKER = 'dti:history';
export const HISTORY_HEADER = ['Khóa', 'Tháng', 'STT', 'Chỉ tiêu', 'Giá trị', HISTORY_MARKER] as const;

export function summaryMarker(month: string): string {
  return `dti:summary:${month}`;
}

const MARKER = /^dti:(?:summary:\d{4}-\d{2}|history)$/;

/**
 * The add-in's marker on a sheet it made, or null for a user's sheet. The
 * marker is a cell of its own (the summary's last line, the history's header),
 * so it survives both Excel and .xlsx files and a user sees what it is.
 */
export function sheetMarker(grid: Grid): string | null {
  for (const row of grid.rows) {
    for (const cell of row) {
      if (typeof cell.value === 'string' && cell.value.startsWith('dti:')) {
        const token = cell.value.split(/\s/)[0]!;
        if (MARKER.test(token)) return token;
      }
    }
  }
  return null;
}

/** The rows of the history sheet; a sheet of another shape gives none. */
export function readHistory(grid: Grid): HistoryRow[] {
  if (sheetMarker(grid) !== HISTORY_MARKER) return [];
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
