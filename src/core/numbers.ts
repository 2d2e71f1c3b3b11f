/**
 * Numbers as officials write them and Excel stores them.
 *
 * Vietnamese writes `1.000` for one thousand and `0,7` for 0.7; plans also use
 * `0.70`. Excel may keep a share as 0.8 under a `0%` format, as the number 80, or
 * as the text "80%". The functions here read one token; deciding what a number
 * means (a share, a count, an index) is left to the caller, which knows the unit.
 */

/**
 * Reads one number written the Vietnamese or the English way.
 * - both separators: the last one is the decimal mark (`1.000,5`, `1,000.5`);
 * - one kind of separator in groups of exactly three digits after a non-zero lead
 *   (`1.000`, `12.500.000`, `1,000`): thousands;
 * - otherwise the single separator is the decimal mark (`0,7`, `0.70`, `92,5`).
 * Returns null for anything else (`1.2.3`, `1..2`, letters).
 */
export function parseLocaleNumber(token: string): number | null {
  if (/^\d{1,15}$/.test(token)) return Number(token); // the common case: plain digits
  const text = token.trim().replace(/\u2212/g, '-').replace(/\s+/g, '');
  const m = /^([+-]?)(\d+(?:[.,]\d+)*)$/.exec(text);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2]!;
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  let normalized: string;
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, fracPart, ...rest] = body.split(decimal);
    if (rest.length > 0 || fracPart === undefined) return null;
    if (!isThousandsGrouping(intPart!, group)) return null;
    normalized = `${intPart!.split(group).join('')}.${fracPart}`;
  } else if (dots + commas === 0) {
    normalized = body;
  } else {
    const sep = dots > 0 ? '.' : ',';
    if (isThousandsGrouping(body, sep) && !/^0/.test(body)) {
      normalized = body.split(sep).join('');
    } else if (dots + commas === 1) {
      normalized = body.replace(sep, '.');
    } else {
      return null;
    }
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? sign * value : null;
}

function isThousandsGrouping(body: string, sep: string): boolean {
  const parts = body.split(sep);
  if (parts.length < 2) return parts.length === 1 && /^\d+$/.test(parts[0]!);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/** True when an Excel number format shows the value as a percentage (`0%`, `0.0%`). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  // Ignore quoted literals and escaped characters before looking for '%'.
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return bare.includes('%');
}

/** True when an Excel number format shows a date (d, m, y codes outside literals). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^(general|standard|@|text)$/i.test(format.trim())) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/[dy]/i.test(bare)) return true;
  // A lone month code is a date too, unless it sits with hours or seconds (mm = minutes).
  return /(^|[^a-z])m{1,4}([^a-z]|$)/i.test(bare) && !/[hs]/i.test(bare);
}

/** Rounds away floating-point noise (0.1 + 0.2) for display and comparisons. */
export function roundTo(value: number, digits = 10): number {
  const f = 10 ** digits;
  const scaled = value * f;
  // Beyond ~1e298 the scaling overflows; such numbers have no decimals worth rounding.
  return Number.isFinite(scaled) ? Math.round(scaled) / f : value;
}

/** Excel date serial (1900 system) to a UTC date. */
export function serialToDate(serial: number): Date {
  // Excel's day 60 is the fictitious 29/02/1900; serials after it are one day ahead.
  const days = serial > 60 ? serial - 1 : serial;
  return new Date(Date.UTC(1899, 11, 31) + Math.round(days * 86400000));
}

/** UTC date to an Excel date serial (1900 system). */
export function dateToSerial(date: Date): number {
  const days = (date.getTime() - Date.UTC(1899, 11, 31)) / 86400000;
  return days >= 60 ? days + 1 : days;
}
