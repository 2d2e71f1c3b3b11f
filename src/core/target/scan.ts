import { parseLocaleNumber } from '../numbers';

/**
 * Finds the quantities in a target text and sets aside the numbers that only
 * name something (dates, decree numbers, ages, levels, years, "5G").
 */
export type Token =
  | { type: 'percent'; start: number; end: number; value: number; perYear: boolean }
  | { type: 'range'; start: number; end: number; low: number; high: number; percent: boolean }
  | { type: 'count'; start: number; end: number; value: number; of: number }
  | { type: 'rate'; start: number; end: number; value: number; per: number; noun: string; perNoun: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'bad-number'; start: number; end: number; raw: string }
  | { type: 'skip'; start: number; end: number; why: SkipReason };

export type SkipReason = 'date' | 'reference' | 'year' | 'age' | 'label' | 'code';

export type QuantityToken = Exclude<Token, { type: 'skip' } | { type: 'bad-number' }>;

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const LETTER = String.raw`A-Za-zÀ-ỹĐđ`;

// Sticky patterns tried at each number, in this order.
const DATE3 = /\d{1,4}\s?\/\s?\d{1,2}\s?\/\s?\d{2,4}/y;
// "06/CP", "749/QĐ-TTg", "749 QĐ-TTg": a document's number, not a quantity. "2 DN/1.000 dân" is a
// rate: an abbreviation followed by a slash and a number is counted per that number.
const REFERENCE = new RegExp(String.raw`\d+(?:\/\d{2,4})?\s?[\/-]\s?[A-ZĐ]|\d+\s+[A-ZĐ]{2,}(?:-|\/(?!\s?\d))`, 'y');
const MONTH_YEAR = /\d{1,2}\s?\/\s?(?:19|20)\d{2}(?!\d)/y;
const RATE = new RegExp(
  String.raw`(${NUM})\s*([${LETTER} ]{0,30}?)\s*\/\s*(${NUM})\s*((?:dân|người|hộ|dan|nguoi|ho)(?![${LETTER}])[${LETTER} ]{0,20})?`,
  'iy',
);
const COUNT = /(\d+)\s*\/\s*(\d+)(?![\d/.,])/y;
const RANGE = new RegExp(
  String.raw`(${NUM})\s*(%?)\s*(?:-|–|—|đến|tới)\s*(${NUM})\s*(%?)`,
  'y',
);
const PERCENT = new RegExp(String.raw`(${NUM})\s*%(\s*\/\s*năm|\s+(?:mỗi|hằng|hàng)\s+năm)?`, 'y');
const NUMBER = new RegExp(NUM, 'y');
const LETTER_RE = new RegExp(`[${LETTER}]`);
const CODE_CHAR_RE = new RegExp(`[${LETTER}0-9_]`);

/** Words (folded) right before a number that make it a name, not a quantity. */
const LABEL_BEFORE =
  /(?:^|[^a-z0-9])(muc|muc do|cap do|cap|so|de an|nghi quyet|quyet dinh|ke hoach|nghi dinh|thong tu|cong van|khoa|tcvn|iso|phien ban|nam|thang|quy|ngay|giai doan|lan thu|dieu|khoan|chuong|phu luc|ap|thon|to|khu pho|tuoi|doi|so hieu|version|level)\s*$/;
/** Words (folded) right after a number that make it a name, not a quantity. */
const LABEL_AFTER = /^\s*(tuoi|gbps|mbps|kbps|ghz|mhz)\b/;

export function scanTokens(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  const digit = /\d/g;
  let pos = 0;
  while (pos < text.length) {
    digit.lastIndex = pos;
    const found = digit.exec(text);
    if (!found) break;
    const start = found.index;
    const token = readTokenAt(text, folded, start);
    tokens.push(token);
    pos = Math.max(token.end, start + 1);
  }
  return tokens;
}

function readTokenAt(text: string, folded: string, start: number): Token {
  const before = text.charAt(start - 1);
  // A number glued to letters or digits before it is part of a code (A1, CT5, H2).
  if (start > 0 && CODE_CHAR_RE.test(before)) {
    return { type: 'skip', start, end: endOfWord(text, start), why: 'code' };
  }
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = start;
    return re.exec(text);
  };

  let m = at(DATE3);
  if (m) return { type: 'skip', start, end: start + m[0].length, why: 'date' };
  m = at(REFERENCE);
  if (m) return { type: 'skip', start, end: endOfWord(text, start), why: 'reference' };
  m = at(MONTH_YEAR);
  if (m) return { type: 'skip', start, end: start + m[0].length, why: 'date' };

  m = at(RATE);
  if (m) {
    const value = parseLocaleNumber(m[1]!);
    const per = parseLocaleNumber(m[3]!);
    const perNoun = (m[4] ?? '').trim();
    if (value !== null && per !== null && per >= 100 && (isPowerOfTen(per) || perNoun)) {
      return {
        type: 'rate',
        start,
        end: start + m[0].length,
        value,
        per,
        noun: m[2]!.trim(),
        perNoun,
      };
    }
  }

  m = at(COUNT);
  if (m) {
    const value = Number(m[1]);
    const of = Number(m[2]);
    if (of > 0) return { type: 'count', start, end: start + m[0].length, value, of };
  }

  m = at(RANGE);
  if (m && !isYearPair(m[1]!, m[3]!)) {
    const low = parseLocaleNumber(m[1]!);
    const high = parseLocaleNumber(m[3]!);
    const percent = m[2] === '%' || m[4] === '%';
    if (low !== null && high !== null && low <= high) {
      const scale = percent ? 100 : 1;
      return { type: 'range', start, end: start + m[0].length, low: low / scale, high: high / scale, percent };
    }
  }

  m = at(PERCENT);
  if (m) {
    const value = parseLocaleNumber(m[1]!);
    if (value === null) return { type: 'bad-number', start, end: start + m[0].length, raw: m[0] };
    return { type: 'percent', start, end: start + m[0].length, value: value / 100, perYear: Boolean(m[2]) };
  }

  m = at(NUMBER);
  const raw = m![0];
  const end = start + raw.length;
  const after = text.charAt(end);
  if (after && LETTER_RE.test(after)) {
    return { type: 'skip', start, end: endOfWord(text, start), why: 'code' }; // 5G, 4.0x
  }
  const value = parseLocaleNumber(raw);
  if (value === null) return { type: 'bad-number', start, end, raw };
  if (LABEL_AFTER.test(folded.slice(end))) return { type: 'skip', start, end, why: 'age' };
  // Levels, article and plan numbers are integers; a decimal after "mức" is a value.
  if (/^\d+$/.test(raw) && LABEL_BEFORE.test(folded.slice(Math.max(0, start - 16), start))) {
    return { type: 'skip', start, end, why: 'label' };
  }
  if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) return { type: 'skip', start, end, why: 'year' };
  return { type: 'number', start, end, value };
}

function endOfWord(text: string, start: number): number {
  const m = /[^\s,;()]+/y;
  m.lastIndex = start;
  const r = m.exec(text);
  return r ? start + r[0].length : start + 1;
}

function isPowerOfTen(n: number): boolean {
  return n >= 10 && Number.isInteger(Math.log10(n));
}

function isYearPair(a: string, b: string): boolean {
  return /^(19|20)\d{2}$/.test(a) && /^(19|20)\d{2}$/.test(b);
}

export function isQuantity(token: Token): token is QuantityToken {
  return token.type !== 'skip' && token.type !== 'bad-number';
}
