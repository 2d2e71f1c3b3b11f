/**
 * What Excel makes of a string entered into a cell — typed by a user, or written
 * through Range.values or Range.formulas, which Excel parses the same way — in
 * the en-US locale the fake models. The rules, in order:
 *
 * 1. A leading apostrophe is Excel's prefix character: it is stripped and the
 *    rest is kept as text, whatever it looks like.
 * 2. A cell formatted as text (`@`) keeps the string as it is.
 * 3. "=…" is a formula; "+…", "-…" and "@…" that are not numbers are formulas
 *    too (Excel writes them as "=+…", "=-…", "=@…"). The fake does not
 *    calculate formulas: their value is "".
 * 4. TRUE and FALSE, in any case, are booleans.
 * 5. Numbers, en-US style: "07" → 7, " 12 " → 12, "1.5" → 1.5, "1.000" → 1 ("."
 *    is the decimal point), "1,000" → 1000 and "1,5" → 15 (a comma between
 *    digits is a thousands separator; the cell gets `#,##0`), "(5)" → -5,
 *    "1E3" → 1000, "12%" → 0.12 as `0%`, "12.5%" → 0.125 as `0.00%`.
 * 6. Dates and times, month before day: "7/9" and "7-9" → 9 July of this year
 *    (`d-mmm`), "7/45" → July 1945 (a day that cannot be is read as a year),
 *    "1/1/2026" (`m/d/yyyy`), "11/2026" and "2026-11" → 1 November 2026
 *    (`mmm-yy`), "2026-11-05" (`m/d/yyyy`), "10:30" (`h:mm`). Dates are serial
 *    numbers: days since 30 December 1899.
 * 7. Anything else stays text.
 *
 * A General cell takes the format that goes with what was recognised (`0%`, a
 * date format…); a cell with a format of its own keeps it. Not modelled:
 * month names ("9-Jul"), currency signs, fractions ("1 1/2"), automatic
 * percent entry, and locales other than en-US.
 */
export type Entered =
  | { kind: 'text'; text: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'number'; value: number; numberFormat?: string }
  | { kind: 'boolean'; value: boolean };

export const TEXT_FORMAT = '@';

export function enterText(input: string, cellFormat: string, today: Date = new Date()): Entered {
  if (input.startsWith("'")) return { kind: 'text', text: input.slice(1) };
  if (cellFormat === TEXT_FORMAT) return { kind: 'text', text: input };
  if (input.startsWith('=')) return { kind: 'formula', formula: input };
  const number = asNumber(input) ?? asDate(input, today.getFullYear()) ?? asTime(input);
  if (number) return number;
  if (/^[+\-@]./s.test(input)) return { kind: 'formula', formula: `=${input}` };
  if (/^(true|false)$/i.test(input.trim())) return { kind: 'boolean', value: input.trim().toLowerCase() === 'true' };
  return { kind: 'text', text: input };
}

type NumberEntry = Extract<Entered, { kind: 'number' }>;

function asNumber(input: string): NumberEntry | null {
  const m = /^\s*(\()?([+-])?(\d[\d,]*)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?(%)?(\))?\s*$/.exec(input);
  if (!m) return null;
  const [, open, sign, whole = '', decimals, exponent, percent, close] = m;
  if (!whole && !decimals) return null;
  if (Boolean(open) !== Boolean(close) || (open && sign)) return null;
  if (whole.startsWith(',') || whole.endsWith(',') || whole.includes(',,')) return null;
  const digits = `${whole.replace(/,/g, '') || '0'}.${decimals ?? ''}${exponent !== undefined ? `e${exponent}` : ''}`;
  let value = Number(digits);
  if (!Number.isFinite(value)) return null;
  if (sign === '-' || open) value = -value;
  if (percent) return { kind: 'number', value: round(value / 100), numberFormat: decimals ? '0.00%' : '0%' };
  if (exponent !== undefined) return { kind: 'number', value, numberFormat: '0.00E+00' };
  if (whole.includes(',')) return { kind: 'number', value, numberFormat: '#,##0' };
  return { kind: 'number', value };
}

function round(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}

/** Days since 30 December 1899 (Excel's serial date, right from March 1900 on). */
export function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function twoDigitYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

function asDate(input: string, thisYear: number): NumberEntry | null {
  const s = input.trim();
  const date = (year: number, month: number, day: number, numberFormat: string): NumberEntry | null =>
    year >= 1900 && year <= 9999 && validDay(year, month, day) ? { kind: 'number', value: excelSerial(year, month, day), numberFormat } : null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]), 'm/d/yyyy');
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  if (m) return date(Number(m[1]), Number(m[2]), 1, 'mmm-yy');
  m = /^(\d{1,2})[/-](\d{4})$/.exec(s);
  if (m) return date(Number(m[2]), Number(m[1]), 1, 'mmm-yy');
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const year = m[3]!.length === 2 ? twoDigitYear(Number(m[3])) : Number(m[3]);
    return date(year, Number(m[1]), Number(m[2]), 'm/d/yyyy');
  }
  m = /^(\d{1,2})[/-](\d{1,2})$/.exec(s);
  if (m) {
    const month = Number(m[1]);
    const second = Number(m[2]);
    if (validDay(thisYear, month, second)) return date(thisYear, month, second, 'd-mmm');
    return date(twoDigitYear(second), month, 1, 'mmm-yy');
  }
  return null;
}

function asTime(input: string): NumberEntry | null {
  const m = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(input);
  if (!m) return null;
  const [h, min, sec = 0] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return null;
  return { kind: 'number', value: round((h * 3600 + min * 60 + sec) / 86_400), numberFormat: m[3] ? 'h:mm:ss' : 'h:mm' };
}
