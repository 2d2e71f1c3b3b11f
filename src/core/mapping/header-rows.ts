import { type Grid, cellAt, gridWidth, mergeAt } from '../grid';
import { foldWords } from '../text';
import { cellText } from './cells';
import type { FieldKey } from './fields';
import { type HeaderCandidate, headerCandidates, type OwnedColumn } from './header-vocabulary';

/** A month result column: `year` null when the header names none ("T11"). */
export interface MonthColumn {
  col: number;
  year: number | null;
  month: number;
  label: string;
}

/** The header of one table, in grid coordinates. */
export interface HeaderLayout {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Header text per grid column (two-row headers combined as "parent / sub"). */
  texts: Map<number, string>;
  columns: Partial<Record<FieldKey, number>>;
  months: MonthColumn[];
  owned: Partial<Record<OwnedColumn, number>>;
  targetYear: number | null;
  horizonYear: number | null;
  /** Non-empty header cells, and how many of them were understood. */
  nonEmpty: number;
  recognized: number;
}

const MIN_SCORE = 7;

/** Whether a row reads as the (first) header row of an indicator table. */
export function isHeaderRow(grid: Grid, row: number): boolean {
  const fields = new Set<string>();
  const width = gridWidth(grid);
  for (let col = 0; col < width; col++) {
    const text = cellText(cellAt(grid, row, col).value);
    if (!text || text.length > 80) continue;
    const list = headerCandidates(text).filter((c) => c.score >= MIN_SCORE);
    for (const c of list) fields.add(c.kind === 'field' ? c.field : c.kind);
  }
  if (!fields.has('name')) return false;
  return fields.size >= 3 || fields.has('id');
}

/**
 * Whether the row under a header row is a second header row: every text in it is
 * a header, standing under a parent that spans several columns or under an empty
 * parent cell ("Phân công tại cấp xã" over "tiếp nhận triển khai" and "phối hợp"),
 * or naming a month ("Kết quả thực hiện" over "T1" … "T12").
 */
function isSubHeaderRow(grid: Grid, row: number, left: number, right: number): boolean {
  let seen = 0;
  for (let col = left; col <= right; col++) {
    const text = cellText(cellAt(grid, row, col).value);
    if (!text) continue;
    const best = headerCandidates(text)[0];
    if (!best || best.score < MIN_SCORE) return false;
    const parentMerge = mergeAt(grid, row - 1, col);
    // A pasted parent has no merge: it spans visually when the header cell to its right is empty.
    const spansRight = !cellText(cellAt(grid, row - 1, col + 1).value) && Boolean(cellText(cellAt(grid, row, col + 1).value));
    const underParent =
      best.kind === 'month' ||
      !cellText(cellAt(grid, row - 1, col).value) ||
      spansRight ||
      (parentMerge !== undefined && parentMerge.right > parentMerge.left && parentMerge.bottom < row);
    if (!underParent) return false;
    seen++;
  }
  return seen > 0;
}

/** Reads the header starting at `top`: its extent, its second row if any, and the column mapping. */
export function readHeader(grid: Grid, top: number): HeaderLayout {
  const width = gridWidth(grid);
  let left = width;
  let right = -1;
  for (let col = 0; col < width; col++) {
    const merge = mergeAt(grid, top, col);
    if (cellText(cellAt(grid, top, col).value) || (merge && merge.top === top)) {
      left = Math.min(left, merge?.left ?? col);
      right = Math.max(right, merge?.right ?? col);
    }
  }
  const twoRows = top + 1 < grid.rows.length && isSubHeaderRow(grid, top + 1, left, right);
  const bottom = twoRows ? top + 1 : top;
  if (twoRows) {
    for (let col = 0; col < width; col++) {
      if (cellText(cellAt(grid, bottom, col).value)) {
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
    }
  }

  const texts = new Map<number, string>();
  const candidates: Array<{ col: number; list: HeaderCandidate[]; parentYear: number | null }> = [];
  let nonEmpty = 0;
  let recognized = 0;
  for (let col = left; col <= right; col++) {
    const parent = parentText(grid, top, col);
    const sub = twoRows ? cellText(cellAt(grid, bottom, col).value) : '';
    const text = sub && parent ? `${parent} / ${sub}` : sub || parent;
    if (!text) continue;
    texts.set(col, text);
    nonEmpty++;
    // The sub-header is the more specific name; fall back to the parent's.
    let list = sub ? headerCandidates(sub) : [];
    if (list.length === 0) list = headerCandidates(parent);
    if (list.some((c) => c.score >= MIN_SCORE)) recognized++;
    const parentYear = /\b((?:19|20)\d{2})\b/.exec(foldWords(parent));
    candidates.push({ col, list, parentYear: sub && parentYear ? Number(parentYear[1]) : null });
  }

  const layout = assign(candidates);
  for (const m of layout.months) m.label = texts.get(m.col) ?? '';
  return { top, bottom, left, right, texts, nonEmpty, recognized, ...layout };
}

/** Text of the first header row over a column, looking through horizontal merges. */
function parentText(grid: Grid, top: number, col: number): string {
  const merge = mergeAt(grid, top, col);
  return cellText(cellAt(grid, merge ? merge.top : top, merge ? merge.left : col).value);
}

/** Gives each column its best meaning, each field to its best column. */
function assign(candidates: Array<{ col: number; list: HeaderCandidate[]; parentYear: number | null }>): Pick<
  HeaderLayout,
  'columns' | 'months' | 'owned' | 'targetYear' | 'horizonYear'
> {
  const columns: Partial<Record<FieldKey, number>> = {};
  const months: MonthColumn[] = [];
  const owned: Partial<Record<OwnedColumn, number>> = {};
  const taken = new Set<number>();
  const years: Array<{ col: number; year: number }> = [];
  let targetYear: number | null = null;
  let horizonYear: number | null = null;

  // Owned and month columns first: they are unambiguous and never schema fields.
  for (const { col, list, parentYear } of candidates) {
    const top = list[0];
    if (top?.kind === 'owned' && owned[top.column] === undefined) {
      owned[top.column] = col;
      taken.add(col);
    } else if (top?.kind === 'month') {
      months.push({ col, year: top.month.year ?? parentYear, month: top.month.month, label: '' });
      taken.add(col);
    }
  }

  const flat = candidates
    .flatMap(({ col, list }) => list.map((c) => ({ col, c })))
    .filter(({ c }) => c.kind === 'field' || c.kind === 'year')
    .sort((a, b) => b.c.score - a.c.score || a.col - b.col);
  for (const { col, c } of flat) {
    if (taken.has(col)) continue;
    if (c.kind === 'year') {
      years.push({ col, year: c.year });
      taken.add(col);
      continue;
    }
    if (c.kind !== 'field' || columns[c.field] !== undefined) continue;
    columns[c.field] = col;
    taken.add(col);
    if (c.field === 'target' && c.year) targetYear = c.year;
    if (c.field === 'horizonTarget' && c.year) horizonYear = c.year;
  }

  // "Năm 2026", "Năm 2030": the plan year is the target, a later one the horizon, an earlier one the baseline.
  years.sort((a, b) => a.year - b.year);
  for (const { col, year } of years) {
    if (columns.target === undefined && (horizonYear === null || year < horizonYear)) {
      columns.target = col;
      targetYear = year;
    } else if (targetYear !== null && year < targetYear && columns.baseline === undefined) {
      columns.baseline = col;
    } else if (columns.horizonTarget === undefined && (targetYear === null || year > targetYear)) {
      columns.horizonTarget = col;
      horizonYear = year;
    }
  }
  for (const m of months) if (m.year === null && targetYear !== null) m.year = targetYear;
  return { columns, months: months.sort((a, b) => a.col - b.col), owned, targetYear, horizonYear };
}

/** Whether a row repeats a table's header (a page break of a pasted document). */
export function isRepeatedHeader(grid: Grid, row: number, header: HeaderLayout): boolean {
  let compared = 0;
  let same = 0;
  for (let col = header.left; col <= header.right; col++) {
    const text = foldWords(cellText(cellAt(grid, row, col).value));
    if (!text) continue;
    compared++;
    const top = foldWords(cellText(cellAt(grid, header.top, col).value));
    const sub = foldWords(cellText(cellAt(grid, header.bottom, col).value));
    if (text === top || text === sub) same++;
  }
  return compared > 0 && same / compared >= 0.6;
}
