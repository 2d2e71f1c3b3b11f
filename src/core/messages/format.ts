import { formatNumber, formatPercent, type Lang, LOCALES } from '../i18n';
import { formatYearMonth, monthLabel, type YearMonth } from '../months';
import { serialToDate } from '../numbers';

/** How a catalogue writes the values in a sentence, in its language. */
export interface Format {
  /** 1234.5 → "1.234,5" (vi) / "1,234.5" (en); at most `digits` decimals. */
  num(value: number, digits?: number): string;
  /** 0.07 → "7%" (never "7.000000000000001%"). */
  pct(fraction: number, digits?: number): string;
  /** An Excel date serial as dd/mm/yyyy. */
  date(serial: number): string;
  /** A whole count with thousands grouped: 20000 → "20.000" (vi) / "20,000" (en). */
  count(value: number): string;
  /** A file size: "200 MB", "2,1 GB" (vi) or "2.1 GB" (en). */
  size(bytes: number): string;
  /** A reporting month: "11/2026" as officials write it (vi), "2026-11" (en). */
  month(ym: YearMonth): string;
}

/** A reporting month as each language writes it. */
const MONTH: Readonly<Record<Lang, (ym: YearMonth) => string>> = { vi: monthLabel, en: formatYearMonth };

function formatFor(lang: Lang): Format {
  return {
    num: (value, digits = 2) => formatNumber(value, lang, digits),
    pct: (fraction, digits = 2) => formatPercent(fraction, lang, digits),
    date: (serial) => dayMonthYear(serialToDate(serial)),
    count: (value) => value.toLocaleString(LOCALES[lang]),
    size: (bytes) => formatSize(bytes, lang),
    month: MONTH[lang],
  };
}

const MB = 1024 * 1024;

/** A file size for people: "12 MB", "1,5 GB" (vi) or "1.5 GB" (en). */
export function formatSize(bytes: number, lang: Lang): string {
  const locale = LOCALES[lang];
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toLocaleString(locale, { maximumFractionDigits: 1 })} GB`;
  if (bytes >= MB) return `${Math.round(bytes / MB).toLocaleString(locale)} MB`;
  return `${Math.ceil(bytes / 1024).toLocaleString(locale)} KB`;
}

export function dayMonthYear(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export const FORMATS: Readonly<Record<Lang, Format>> = { vi: formatFor('vi'), en: formatFor('en') };
