/**
 * The year a table plans for, when its header names none: a title above it
 * ("KẾ HOẠCH … NĂM 2026", "KẾT QUẢ THỰC HIỆN NĂM 2025"), else the year most of its
 * month headers name, else the sheet's name ("KH 2026"). A month header without a
 * year takes this year.
 */
import { type Grid, cellAt } from '../grid';
import { foldWords } from '../text';
import { cellText } from './cells';

/** Rows above a header searched for its title. */
const TITLE_ROWS = 8;

export function planYearAround(grid: Grid, top: number, floor: number, months: ReadonlyArray<{ year: number | null }>): number | null {
  return titleYear(grid, top, floor) ?? monthsYear(months) ?? yearIn(grid.sheet);
}

function titleYear(grid: Grid, top: number, floor: number): number | null {
  for (let row = top - 1; row > floor && row >= top - TITLE_ROWS; row--) {
    const title = titleText(grid, row);
    const year = title === null ? null : yearIn(title);
    if (year !== null) return year;
  }
  return null;
}

/** The text of a title row: one text standing alone on its row (a table's rows have several cells). */
export function titleText(grid: Grid, row: number): string | null {
  const line = grid.rows[row] ?? [];
  let found: string | null = null;
  for (let col = 0; col < line.length; col++) {
    const text = cellText(cellAt(grid, row, col).value);
    if (!text) continue;
    if (found !== null) return null;
    found = text;
  }
  return found;
}

function monthsYear(months: ReadonlyArray<{ year: number | null }>): number | null {
  const counts = new Map<number, number>();
  for (const m of months) if (m.year !== null) counts.set(m.year, (counts.get(m.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  return best;
}

/**
 * The plan year a text names: "năm 2026" first; else a lone year. A horizon
 * ("đến năm 2030", "giai đoạn 2026-2030" names its start) is not the plan year.
 */
export function yearIn(text: string): number | null {
  if (!text || text.length > 300) return null;
  const words = foldWords(text);
  // No lookbehind (EdgeHTML 18 has none): a "nam" right after "den " is skipped by hand.
  const folded = words.replace(/\bden nam\b/g, 'den-nam');
  const named = [...folded.matchAll(/(^|\s)nam ((?:19|20)\d{2})\b/g)].find((m) => !folded.slice(0, m.index! + m[1]!.length).endsWith('den '));
  if (named) return Number(named[2]);
  const period = /\bgiai doan ((?:19|20)\d{2}) ((?:19|20)\d{2})\b/.exec(words);
  if (period) return Number(period[1]);
  // A year inside a date ("ngày 05/01/2025") dates a document, it does not name the plan.
  const lone = [...words.matchAll(/(\b\d{1,2} \d{1,2} )?\b((?:19|20)\d{2})\b/g)].filter((m) => !m[1]).map((m) => Number(m[2]));
  return lone.length === 1 && !/\bden\s*-?\s*nam\b/.test(words) ? lone[0]! : null;
}
