import { type CellValue, isErrorValue } from './grid';
import { type YearMonth, compareMonths } from './months';
import { isDateFormat, serialToDate } from './numbers';
import { foldWords, tidyText } from './text';

/**
 * When an indicator is due: a month ("Tháng 12/2026", "Quý IV/2026", "Năm 2026",
 * a date), every month ("Thường xuyên"), or when asked ("Theo yêu cầu …").
 */
export type Deadline =
  | { kind: 'month'; due: YearMonth; text: string }
  | { kind: 'ongoing'; text: string }
  | { kind: 'on-request'; text: string };

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export function parseDeadline(value: CellValue | undefined, format?: string): Deadline | null {
  if (value === null || value === undefined || isErrorValue(value) || typeof value === 'boolean') return null;
  if (typeof value === 'number') {
    // 2958465 is 31/12/9999, Excel's last date.
    if (!isDateFormat(format) || value < 1 || value > 2958465) return null;
    const d = serialToDate(value);
    const dd = String(d.getUTCDate()).padStart(2, '0');
    const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
    return { kind: 'month', due: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }, text: `${dd}/${mm}/${d.getUTCFullYear()}` };
  }
  const text = tidyText(value);
  const w = foldWords(text);
  // Stryker disable next-line ConditionalExpression: empty words match no pattern below (docs/mutation-equivalents.md)
  if (!w) return null;
  if (/\b(thuong xuyen|hang thang|hang nam|hang ngay|lien tuc|ongoing)\b/.test(w)) return { kind: 'ongoing', text };
  if (/\b(theo yeu cau|khi co yeu cau|theo chi dao|on request)\b/.test(w)) return { kind: 'on-request', text };
  let m = /\b(?:ngay )?(\d{1,2}) (\d{1,2}) ((?:19|20)\d{2})\b/.exec(w);
  if (m) return isRealDay(Number(m[1]), Number(m[2]), Number(m[3])) ? month(Number(m[2]), Number(m[3]), text) : null;
  m = /\bthang (\d{1,2})(?: nam)? ((?:19|20)\d{2})\b/.exec(w) ?? /^(\d{1,2}) ((?:19|20)\d{2})$/.exec(w);
  if (m) return month(Number(m[1]), Number(m[2]), text);
  m = /\bquy (iv|iii|ii|i|[1-4])(?: nam)? ((?:19|20)\d{2})\b/.exec(w);
  if (m) return month(QUARTERS[m[1]!]! * 3, Number(m[2]), text);
  m = /\b(?:6 thang dau nam|nua dau nam) ((?:19|20)\d{2})\b/.exec(w);
  if (m) return month(6, Number(m[1]), text);
  m = /^(?:nam |trong nam |ca nam |cuoi nam |den nam )?((?:19|20)\d{2})$/.exec(w);
  if (m) return month(12, Number(m[1]), text);
  return null;
}

/** 31/02/2026 is not a day. */
function isRealDay(day: number, m: number, year: number): boolean {
  const d = new Date(Date.UTC(year, m - 1, day));
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the three checks overlap (docs/mutation-equivalents.md)
  return d.getUTCFullYear() === year && d.getUTCMonth() === m - 1 && d.getUTCDate() === day;
}

function month(m: number, year: number, text: string): Deadline | null {
  if (m < 1 || m > 12) return null;
  return { kind: 'month', due: { year, month: m }, text };
}

/** Where a deadline stands in a reporting month (an ongoing task is due every month). */
export type DueState = 'due' | 'overdue' | 'later' | 'on-request';

export function dueState(deadline: Deadline, reporting: YearMonth): DueState {
  if (deadline.kind === 'ongoing') return 'due';
  if (deadline.kind === 'on-request') return 'on-request';
  const c = compareMonths(deadline.due, reporting);
  // Stryker disable next-line EqualityOperator: c === 0 is answered first, so c < 0 and c <= 0 agree (docs/mutation-equivalents.md)
  return c === 0 ? 'due' : c < 0 ? 'overdue' : 'later';
}
