/** Month choices offered by the task pane. */
import { formatYearMonth, parseYearMonth } from '../core/months';
import type { Snapshot } from '../core/workbook/snapshot';

/** Months to pick from: every month column with a year, and the current month; newest first. */
export function monthChoices(snapshot: Snapshot | null, today = new Date()): string[] {
  const set = new Set<string>([formatYearMonth({ year: today.getFullYear(), month: today.getMonth() + 1 })]);
  for (const table of snapshot?.analysis.tables ?? []) {
    for (const m of table.months) set.add(formatYearMonth({ year: m.year ?? table.targetYear ?? today.getFullYear(), month: m.month }));
  }
  return [...set].sort().reverse();
}

/** The month to offer first: the newest month column that is not in the future, else the current month. */
export function defaultMonth(snapshot: Snapshot | null, today = new Date()): string {
  const now = formatYearMonth({ year: today.getFullYear(), month: today.getMonth() + 1 });
  const columns = monthChoices(snapshot, today).filter((m) => m !== now || hasColumn(snapshot, m));
  return columns.find((m) => m <= now) ?? columns[columns.length - 1] ?? now;
}

function hasColumn(snapshot: Snapshot | null, month: string): boolean {
  const ym = parseYearMonth(month);
  return Boolean(ym && snapshot?.analysis.tables.some((t) => t.months.some((m) => m.month === ym.month && (m.year ?? ym.year) === ym.year)));
}
