/**
 * One sheet per month: many offices copy last month's sheet and fill in the new
 * results, so the month is in the sheet's name ("T10", "Tháng 11", "T11.2026",
 * "11-2026") or in a title row ("… THÁNG 11/2026"), and each sheet holds the
 * whole plan with one result column. Such sheets are copies of one plan: a
 * family, of which each month reads its own sheet.
 */
import { type Grid, cellAt } from '../grid';
import type { HeaderMonth } from '../months';
import { foldWords } from '../text';
import { cellText } from './cells';
import { titleText } from './plan-year';

export interface SheetMonth {
  year: number | null;
  month: number;
  /** Where the month was read. */
  from: 'name' | 'title';
}

/** A month named anywhere in a short text: "T11", "Tháng 11/2026", "tháng 11 năm 2026", "11-2026". */
export function monthNamedIn(text: string): HeaderMonth | null {
  if (!text || text.length > 300) return null;
  const words = foldWords(text);
  if (/\b(ke hoach|chi tieu) thang\b/.test(words)) return null;
  const patterns: RegExp[] = [
    /\bthang (\d{1,2})(?: (?:nam )?((?:19|20)\d{2}))?\b/,
    /\bt ?(\d{1,2})(?: (?:nam )?((?:19|20)\d{2}))?\b/,
    /(?:^|\s)(\d{1,2}) ((?:19|20)\d{2})\b/,
  ];
  for (const re of patterns) {
    const m = re.exec(words);
    if (!m) continue;
    const month = Number(m[1]);
    if (month >= 1 && month <= 12) return { month, year: m[2] ? Number(m[2]) : null };
  }
  const iso = /\b((?:19|20)\d{2}) (\d{1,2})$/.exec(words);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return { month: Number(iso[2]), year: Number(iso[1]) };
  return null;
}

/** Month words: "tháng mười một" (Vietnamese, folded) and English month names as Excel writes them ("Nov-26"). */
const VI_MONTHS = ['mot', 'hai', 'ba', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi', 'muoi mot', 'muoi hai'];
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The month a sheet's NAME gives. Tabs are short and typed fast, so besides the
 * forms of monthNamedIn it reads "Thang11", "Th11", "Th.11", a bare "11", "tháng
 * mười một", "Nov-26" / "November 2026"; a two-digit year is 20xx.
 */
export function monthOfSheetName(name: string): HeaderMonth | null {
  const words = foldWords(name);
  if (/^\d{1,2}$/.test(words)) {
    const month = Number(words);
    return month >= 1 && month <= 12 ? { month, year: null } : null;
  }
  const year = (text: string | undefined): number | null => (!text ? null : text.length === 2 ? 2000 + Number(text) : Number(text));
  const short = /^(?:bc |kq |bao cao )?(?:thang|th|t) ?(\d{1,2})(?: (?:nam )?(\d{4}|\d{2}))?$/.exec(words);
  if (short && Number(short[1]) >= 1 && Number(short[1]) <= 12) return { month: Number(short[1]), year: year(short[2]) };
  const spelled = new RegExp(`^(?:bc |kq |bao cao )?thang (${[...VI_MONTHS].reverse().join('|')})(?: (?:nam )?(\\d{4}))?$`).exec(words);
  if (spelled) return { month: VI_MONTHS.indexOf(spelled[1]!) + 1, year: year(spelled[2]) };
  const english = /^([a-z]+) ?(\d{4}|\d{2})?$/.exec(words);
  const word = english?.[1] ?? '';
  const at = EN_MONTHS.findIndex((full) => word === full || (word.length === 3 && full.startsWith(word)));
  if (english && at >= 0) return { month: at + 1, year: year(english[2]) };
  return monthNamedIn(name);
}

/** Rows above a sheet's first header searched for its title. */
const TITLE_ROWS = 8;

/**
 * The month a sheet reports, from its name, else from a title above its first
 * table. The name wins when both name one (a copied sheet's tab is renamed more
 * often than its title); a year missing from the name is taken from the title.
 */
export function sheetMonth(grid: Grid, firstHeaderTop: number | null): SheetMonth | null {
  const fromName = monthOfSheetName(grid.sheet);
  const top = firstHeaderTop ?? Math.min(grid.rows.length, TITLE_ROWS);
  let fromTitle: HeaderMonth | null = null;
  for (let row = Math.max(0, top - TITLE_ROWS); row < top && !fromTitle; row++) {
    const title = titleText(grid, row) ?? mergedTitle(grid, row);
    if (title && /\b(bao cao|ket qua|thuc hien|thang|theo doi|tong hop|bieu)\b/.test(foldWords(title))) fromTitle = monthNamedIn(title);
  }
  if (fromName) {
    const year = fromName.year ?? (fromTitle && fromTitle.month === fromName.month ? fromTitle.year : null);
    return { month: fromName.month, year, from: 'name' };
  }
  return fromTitle ? { ...fromTitle, from: 'title' } : null;
}

/** A title typed into the first cell of a row whose other cells hold only its merge. */
function mergedTitle(grid: Grid, row: number): string | null {
  const text = cellText(cellAt(grid, row, 0).value);
  return text || null;
}
