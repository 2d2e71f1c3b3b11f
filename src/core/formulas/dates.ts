import { parseDeadline } from '../deadline';
import type { Lang } from '../i18n';
import { type ArgName, sentence } from '../messages';
import { dateToSerial } from '../numbers';
import { tidyText } from '../text';
import { isErrorValue } from '../grid';
import { isEmptyCell, passOnError, toCellValue } from './coerce';
import { fail, type FormulaError } from './result';

/**
 * A date argument as an Excel serial (1900 system). Excel hands real dates over as
 * serial numbers; text is read the Vietnamese way:
 * - "31/12/2026", "31-12-2026", "2026-12-31" → that day;
 * - a month, quarter or year ("Tháng 12/2026", "Quý IV/2026", "Năm 2026") → its first
 *   day when it starts a period (`edge` "start"), its last day otherwise.
 */
export type DateRead = { ok: true; serial: number } | FormulaError;

export function readDate(raw: unknown, edge: 'start' | 'end', arg: ArgName, lang: Lang = 'vi'): DateRead {
  const cell = toCellValue(raw);
  if (isErrorValue(cell)) return passOnError(cell, arg, lang);
  if (isEmptyCell(cell)) return fail('value', sentence(lang, 'formula.date-empty', { arg }));
  if (typeof cell === 'number') {
    return cell >= 1 ? { ok: true, serial: cell } : fail('value', sentence(lang, 'formula.date-not-a-day', { arg, value: cell }));
  }
  if (typeof cell === 'boolean') return fail('value', sentence(lang, 'formula.date-not-a-day', { arg }));
  const text = tidyText(cell as string);
  const day = exactDay(text);
  if (day === 'invalid') return fail('value', sentence(lang, 'formula.date-not-real', { arg, text }));
  if (day !== null) return { ok: true, serial: day };
  const deadline = parseDeadline(text);
  if (deadline?.kind === 'month') {
    const { year, month } = deadline.due;
    const date = edge === 'start' ? Date.UTC(year, month - 1, 1) : Date.UTC(year, month, 0);
    return { ok: true, serial: dateToSerial(new Date(date)) };
  }
  return fail('value', sentence(lang, 'formula.date-unreadable', { arg, text }));
}

/** A day written in full; 'invalid' for a day that does not exist (31/02/2025). */
function exactDay(text: string): number | 'invalid' | null {
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  let d: number, mo: number, y: number;
  if (m) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (!m) return null;
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return 'invalid';
  return dateToSerial(date);
}
