import { type CellValue, type ErrorValue, isErrorValue } from '../grid';
import type { Lang } from '../i18n';
import { type ArgName, sentence } from '../messages';
import { parseLocaleNumber } from '../numbers';
import { tidyText } from '../text';
import { type FormulaError, fail } from './result';

/**
 * Turns whatever a spreadsheet host hands a function into a core cell value:
 * - undefined, null → empty (null);
 * - NaN or ±Infinity → the error #NUM!;
 * - `{ error: '#REF!' }` stays, an Office `CustomFunctions.Error` (`{ code: '#REF!' }`) becomes one;
 * - any other object (a rich value, a date object) → #VALUE!.
 * Strings are kept as typed (an empty string reads as empty later).
 */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  switch (typeof raw) {
    case 'number':
      return Number.isFinite(raw) ? raw : { error: '#NUM!' };
    case 'string':
    case 'boolean':
      return raw;
    case 'object': {
      const o = raw as Record<string, unknown>;
      if (typeof o.error === 'string') return { error: o.error };
      if (typeof o.code === 'string' && o.code.startsWith('#')) return { error: o.code };
      return { error: '#VALUE!' };
    }
    default:
      return { error: '#VALUE!' };
  }
}

export function isEmptyCell(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && tidyText(value) === '');
}

/**
 * An error value in an argument, passed on: #N/A stays #N/A (a lookup that found
 * nothing), every other error becomes #VALUE! with a message naming the cell's error,
 * because Excel does not let a function return #REF! or #NAME?.
 */
export function passOnError(value: ErrorValue, arg: ArgName, lang: Lang = 'vi'): FormulaError {
  return fail(value.error === '#N/A' ? 'na' : 'value', sentence(lang, 'formula.cell-error', { arg, error: value.error }));
}

export type NumberRead = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'error'; error: FormulaError };

/**
 * A plain quantity (for RATIO): 12, "12", "1.000" (one thousand), "0,5", "45%" (0.45).
 * Booleans and words are refused rather than counted as 1 or 0.
 */
export function readNumber(raw: unknown, arg: ArgName, lang: Lang = 'vi'): NumberRead {
  const value = toCellValue(raw);
  if (isEmptyCell(value)) return { kind: 'empty' };
  if (isErrorValue(value)) return { kind: 'error', error: passOnError(value, arg, lang) };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') {
    return { kind: 'error', error: fail('value', sentence(lang, 'formula.number-not-boolean', { arg, value })) };
  }
  const text = tidyText(value as string).replace(/\u2212/g, '-');
  const m = /^([+-]?\d+(?:[.,]\d+)*)\s*(%?)$/.exec(text);
  const n = m ? parseLocaleNumber(m[1]!) : null;
  if (n === null) return { kind: 'error', error: fail('value', sentence(lang, 'formula.not-a-number', { arg, text })) };
  return { kind: 'number', value: m![2] === '%' ? n / 100 : n };
}

/** The optional unit argument: empty → undefined; an error in the unit cell is passed on. */
export function readUnit(raw: unknown, lang: Lang = 'vi'): { ok: true; unit: string | undefined } | FormulaError {
  const value = toCellValue(raw);
  if (isErrorValue(value)) return passOnError(value, 'unit', lang);
  if (value === null) return { ok: true, unit: undefined };
  const text = tidyText(String(value));
  return { ok: true, unit: text === '' ? undefined : text };
}
