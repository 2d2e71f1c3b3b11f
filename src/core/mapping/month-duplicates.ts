/**
 * One month, two columns: offices copy a month's column to start the next one
 * and forget to rename it, or hide last year's "Tháng 11" beside this year's.
 * A month is read from one column only. A hidden column gives way to a visible
 * one of the same month; a cumulative one ("Lũy kế 11 tháng") is read before the
 * month's own figure (the yearly target is reached by the sum, not by November
 * alone); among the rest, the column that continues the months around it
 * (October on its left, or December on its right) is read, else the first.
 * The columns set aside are reported (see validateSheet).
 */
import type { MonthColumn } from './header-rows';

export interface MonthSetAside {
  /** Grid column not read, and the one read for the same month instead. */
  col: number;
  readCol: number;
  /** Why it was set aside: hidden, the month's own figure beside its cumulative one, or a second visible column. */
  reason: 'hidden' | 'cumulative' | 'twice';
}

export function settleMonthTwice(months: MonthColumn[], hiddenCols: readonly number[] = []): { months: MonthColumn[]; setAside: MonthSetAside[] } {
  const hidden = new Set(hiddenCols);
  const groups = new Map<string, MonthColumn[]>();
  for (const m of months) {
    const key = `${m.year}-${m.month}-${m.part ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const setAside: MonthSetAside[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const shown = group.filter((m) => !hidden.has(m.col));
    const seen = shown.length > 0 ? shown : group;
    const sums = seen.filter((m) => m.cumulative);
    const pool = sums.length > 0 ? sums : seen;
    const kept = pool.reduce((best, m) => (fit(m, months) > fit(best, months) ? m : best));
    const reason = (m: MonthColumn): MonthSetAside['reason'] => (!seen.includes(m) ? 'hidden' : !pool.includes(m) ? 'cumulative' : 'twice');
    for (const m of group) if (m !== kept) setAside.push({ col: m.col, readCol: kept.col, reason: reason(m) });
  }
  const dropped = new Set(setAside.map((s) => s.col));
  return { months: months.filter((m) => !dropped.has(m.col)), setAside };
}

/** How well a column continues its neighbours of the same kind: 1 for each side holding the month before / after. */
function fit(m: MonthColumn, months: MonthColumn[]): number {
  const line = months.filter((o) => o.part === m.part && o.cumulative === m.cumulative).sort((a, b) => a.col - b.col);
  const at = line.indexOf(m);
  const left = line[at - 1];
  const right = line[at + 1];
  return (left && isNext(left, m) ? 1 : 0) + (right && isNext(m, right) ? 1 : 0);
}

function isNext(a: MonthColumn, b: MonthColumn): boolean {
  const index = (m: MonthColumn): number => (m.year ?? 0) * 12 + m.month;
  return (a.year === null) === (b.year === null) && index(b) - index(a) === 1;
}
