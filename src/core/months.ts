import { foldWords } from './text';

/** A reporting month. */
export interface YearMonth {
  year: number;
  month: number;
}

/** "2026-11" → { year: 2026, month: 11 }; null when malformed. */
export function parseYearMonth(text: string): YearMonth | null {
  const m = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return { year, month };
}

export function formatYearMonth(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, '0')}`;
}

/** "11/2026" as officials write a month. */
export function monthLabel(ym: YearMonth): string {
  return `${String(ym.month).padStart(2, '0')}/${ym.year}`;
}

export function previousMonth(ym: YearMonth): YearMonth {
  return ym.month === 1 ? { year: ym.year - 1, month: 12 } : { year: ym.year, month: ym.month - 1 };
}

export function nextMonth(ym: YearMonth): YearMonth {
  return ym.month === 12 ? { year: ym.year + 1, month: 1 } : { year: ym.year, month: ym.month + 1 };
}

export function compareMonths(a: YearMonth, b: YearMonth): number {
  return a.year - b.year || a.month - b.month;
}

/** A month named by a column header; `year` is null when the header gives none ("T11"). */
export interface HeaderMonth {
  year: number | null;
  month: number;
}

/**
 * Reads the month a header names, in the forms offices write: "T11", "T11/2026",
 * "T11.2026", "Tháng 11", "Tháng 11/2026", "KQ T11", "Kết quả tháng 11/2026",
 * "Thực hiện tháng 11 năm 2026", "Lũy kế đến tháng 11", "11/2026", "11-2026",
 * "2026-11", and a date written out ("01/11/2026"). A monthly plan column
 * ("Kế hoạch tháng 11", "Chỉ tiêu T11") is not a result column and gives null.
 */
export function parseMonthHeader(text: string): HeaderMonth | null {
  // Folding turns "/", "." and "-" into spaces: "Tháng 11/2026" → "thang 11 2026".
  // "T10 (%)": a unit after the month says nothing about it.
  // "Tháng 11/2026 (số liệu)": a note in brackets after the month says nothing about it.
  const words = foldWords(text.replace(/\s*\([^()]*\)\s*$/, '') || text).replace(/\s*%$/, '');
  if (!words || words.length > 80 || NOT_A_RESULT.test(words) || NOT_A_RESULT.test(foldWords(text))) return null;
  // A result word or two may lead ("KQ", "Kết quả thực hiện", "Lũy kế đến"); the month ends the header.
  const lead = String.raw`(?:^|^(?:[a-z]+ ){1,5})`;
  const monthFirst: RegExp[] = [
    // "T11", "Th 11", "Th11/2026", "Tháng 11", "Tháng11/2026" (the space forgotten).
    new RegExp(String.raw`${lead}(?:thang|th|t) ?(\d{1,2})(?: (?:nam )?((?:19|20)\d{2}))?$`),
    // "KQ tháng 11/26": a two-digit year.
    new RegExp(String.raw`${lead}(?:thang|t) ?(\d{1,2}) (\d{2})$`),
    new RegExp(String.raw`${lead}(?:ngay )?\d{1,2} (\d{1,2}) ((?:19|20)\d{2})$`),
    new RegExp(String.raw`${lead}(\d{1,2}) ((?:19|20)\d{2})$`),
  ];
  for (const re of monthFirst) {
    const m = re.exec(words);
    if (m) return checked(Number(m[1]), m[2] ? Number(m[2]) : null);
  }
  // "Lũy kế 11 tháng (đầu) năm 2026": the months so far, counted.
  const counted = /^(?:so |ket qua )?luy ke (\d{1,2}) thang(?: dau(?: nam)?)?(?: (?:nam )?((?:19|20)\d{2}))?$/.exec(words);
  if (counted) return checked(Number(counted[1]), counted[2] ? Number(counted[2]) : null);
  const iso = /^((?:19|20)\d{2}) (\d{1,2})$/.exec(words);
  if (iso) return checked(Number(iso[2]), Number(iso[1]));
  return null;
}

/** Month columns that are not results: plans, judgements, comparisons, notes ("Ghi chú tháng 11", "Tăng, giảm so với tháng 10"). */
const NOT_A_RESULT = /\b(ke hoach|chi tieu|muc tieu|kh|du kien|so voi|tang giam|chenh lech|ghi chu|danh gia|nhan xet|so sanh|minh chung|kiem chung)\b/;

function checked(month: number, year: number | null): HeaderMonth | null {
  if (year !== null && year < 100) year += 2000;
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** Whether a header month stands for the given month (a header without a year matches any year). */
export function headerMatches(header: HeaderMonth, ym: YearMonth): boolean {
  return header.month === ym.month && (header.year === null || header.year === ym.year);
}
