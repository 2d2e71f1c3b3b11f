/** Every message the core produces is written in Vietnamese and English. */

export type Lang = 'vi' | 'en';

export interface Bilingual {
  vi: string;
  en: string;
}

export function bi(vi: string, en: string): Bilingual {
  return { vi, en };
}

/** Sentences said one after another, in each language. */
export function joinSaid(texts: readonly Bilingual[], separator = ' '): Bilingual {
  return { vi: texts.map((t) => t.vi).join(separator), en: texts.map((t) => t.en).join(separator) };
}

export function say(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** The locale of each language, for Intl and toLocaleString. */
export const LOCALES: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-US' };

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** Percent for display: 0.925 → "92,5%" (vi) or "92.5%" (en). */
export function formatPercent(fraction: number, lang: Lang, digits = 1): string {
  return `${formatNumber(fraction * 100, lang, digits)}%`;
}

/** Number for display with at most `digits` decimals, Vietnamese or English separators. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return numberFormat(lang, digits, Math.abs(rounded) >= 10000).format(rounded);
}

// Building an Intl.NumberFormat costs far more than using one: reports format thousands of numbers.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, grouping: boolean): Intl.NumberFormat {
  const key = `${lang}|${digits}|${grouping}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, useGrouping: grouping });
    formats.set(key, format);
  }
  return format;
}
