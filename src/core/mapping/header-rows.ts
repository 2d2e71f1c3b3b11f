import { type Grid, cellAt, mergeAt } from '../grid';
import { isDateFormat, serialToDate } from '../numbers';
import { foldWords } from '../text';
import { cellText } from './cells';
import { type ColumnProfile, profileColumns } from './column-content';
import type { FieldKey } from './fields';
import { type HeaderCandidate, headerCandidates, type OwnedColumn } from './header-vocabulary';
import { type MonthSetAside, settleMonthTwice } from './month-duplicates';
import { planYearAround } from './plan-year';
import { LOWER } from '../letters';

/**
 * A month result column: `year` null when neither the header nor the plan gives
 * one. `part` is set under a month parent that splits its result into the
 * counts behind a share ("Tháng 11/2026" over "Số thực hiện" | "Tổng số").
 */
export interface MonthColumn {
  col: number;
  year: number | null;
  month: number;
  label: string;
  part?: 'numerator' | 'denominator';
  /** "Lũy kế 11 tháng": the result since January, read before the month's own figure. */
  cumulative?: true;
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
  /** The year the table plans for: its target column's, else its title's, its months', or the sheet's. */
  planYear: number | null;
  /** Non-empty header cells, and how many of them were understood. */
  nonEmpty: number;
  recognized: number;
  /** A month's second column, not read (month-duplicates.ts). */
  monthsSetAside?: MonthSetAside[];
}

const MIN_SCORE = 7;

/**
 * The text of a header cell as a reader sees it: a date cell shown as a month
 * ("11/2026", "Nov-26") reads as that month.
 */
export function headerCellText(grid: Grid, row: number, col: number): string {
  const cell = cellAt(grid, row, col);
  if (typeof cell.value === 'number' && isDateFormat(cell.format) && cell.value >= 1 && cell.value < 2958466) {
    const d = serialToDate(cell.value);
    return `Tháng ${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  }
  return cellText(cell.value);
}

/** Whether a row reads as the (first) header row of an indicator table. */
export function isHeaderRow(grid: Grid, row: number): boolean {
  const fields = new Set<string>();
  const line = grid.rows[row] ?? [];
  for (let col = 0; col < line.length; col++) {
    const text = cellText(line[col]!.value);
    if (!text || text.length > 80) continue;
    const list = headerCandidates(text).filter((c) => c.score >= MIN_SCORE);
    for (const c of list) fields.add(c.kind === 'field' ? c.field : c.kind);
  }
  if (!fields.has('name')) return false;
  return fields.size >= 3 || fields.has('id');
}

/**
 * Whether the row under a header row is a lower header row: every text in it is
 * a header, standing under a parent that spans several columns or under an empty
 * parent cell ("Phân công tại cấp xã" over "tiếp nhận triển khai" and "phối hợp"),
 * or naming a month ("Kết quả thực hiện" over "T1" … "T12"). A child header the
 * vocabulary does not know ("Ấp 1", "Quý I", "Tỷ lệ so với KH") is allowed under
 * a merged parent, as long as one text of the row is a known header.
 */
function isSubHeaderRow(grid: Grid, row: number, left: number, right: number, known = true): boolean {
  let seen = 0;
  let texts = 0;
  for (let col = left; col <= right; col++) {
    const text = headerCellText(grid, row, col);
    if (!text || mergeStartsAbove(grid, row, col)) continue;
    texts++;
    const best = headerCandidates(text)[0];
    const parentMerge = mergeAt(grid, row - 1, col);
    const spanned = parentMerge !== undefined && parentMerge.right > parentMerge.left && parentMerge.bottom < row;
    if (!best || best.score < MIN_SCORE) {
      // A data row's cells are not all short, and never all under merged parents.
      if (!spanned || text.length > 40 || /^[\d.,%\s]+$/.test(text)) return false;
      continue;
    }
    // A pasted parent has no merge: it spans visually when the header cell to its right is empty.
    const spansRight = !cellText(cellAt(grid, row - 1, col + 1).value) && Boolean(cellText(cellAt(grid, row, col + 1).value));
    const underParent = best.kind === 'month' || !cellText(cellAt(grid, row - 1, col).value) || spansRight || spanned;
    if (!underParent) return false;
    seen++;
  }
  return known ? seen > 0 : texts > 0;
}

/** A header line cut mid-phrase goes on in lower case, or with the month's figures ("Kết quả thực hiện tháng" / "11/2026"). */
const LINE_GOES_ON = new RegExp(String.raw`^([${LOWER}]|\d{1,2}\s*[/.-]\s*\d{2,4}$)`, 'u');

/**
 * A header row split over two lines by a PDF paste, without merges: "Chỉ" over
 * "tiêu", "Kết quả" over "tháng 11/2026", "Chỉ tiêu" over "năm 2026". Each text of
 * the second line continues the cell above it, and read together they name a
 * column the first line alone did not.
 */
function isSplitHeaderRow(grid: Grid, row: number, left: number, right: number, above: (col: number) => string): boolean {
  let joinedBetter = 0;
  for (let col = left; col <= right; col++) {
    const text = headerCellText(grid, row, col);
    if (!text) continue;
    const start = above(col);
    if (!start || mergeAt(grid, row, col) || text.length > 40 || !LINE_GOES_ON.test(text)) return false;
    const joined = headerCandidates(`${start} ${text}`);
    if (!joined[0] || joined[0].score < MIN_SCORE) return false;
    if (saysMore(joined, headerCandidates(start))) joinedBetter++;
  }
  return joinedBetter > 0;
}

/** Whether the joined text names more than its first line: a meaning at all, a better one, a year or a month. */
function saysMore(joined: HeaderCandidate[], alone: HeaderCandidate[]): boolean {
  const top = joined[0]!;
  const first = alone[0];
  if (!first || first.score < top.score || first.kind !== top.kind) return true;
  const dated = (list: HeaderCandidate[]): boolean => list.some((c) => c.kind === 'month' || c.kind === 'year' || (c.kind === 'field' && c.year !== undefined));
  return dated(joined) && !dated(alone);
}

/** A cell of a lower header row covered by a merge begun on a row above (its text is the upper row's). */
function mergeStartsAbove(grid: Grid, row: number, col: number): boolean {
  const merge = mergeAt(grid, row, col);
  return merge !== undefined && merge.top < row;
}

interface Candidate {
  col: number;
  list: HeaderCandidate[];
  /** A year named by a parent header ("Kết quả thực hiện năm 2026" over "T1" … "T12"). */
  parentYear: number | null;
  /** The month named by a parent header when its children split it ("Số thực hiện" | "Tổng số", "Kết quả" | "Đánh giá"). */
  parentMonth: { month: number; year: number | null } | null;
  /** "Lũy kế …": the result since January, not the month's own. */
  cumulative: boolean;
}

/** Header rows a table may stack: a group ("Kết quả thực hiện năm 2026"), a month, the counts under it. */
const MAX_HEADER_ROWS = 3;

/**
 * Reads the header starting at `top`: its extent, its lower rows if any (up to
 * three stacked rows, or one line a PDF paste split in two), and the column
 * mapping. Header words decide first; where they are ambiguous ("Chỉ tiêu" heads
 * the names in some plans and the targets in others) the cells under the header
 * decide. `floor` is the last row of the table above, if any.
 */
export function readHeader(grid: Grid, top: number, floor = -1): HeaderLayout {
  let { left, right } = headerExtent(grid, top);
  const levels = [top];
  while (levels.length < MAX_HEADER_ROWS) {
    const next = levels[levels.length - 1]! + 1;
    if (next >= grid.rows.length) break;
    if (isSubHeaderRow(grid, next, left, right)) levels.push(next);
    // A middle row of group labels the vocabulary does not know ("Quý I" … "Quý IV") over a known row (the months).
    else if (levels.length + 1 < MAX_HEADER_ROWS + 1 && isSubHeaderRow(grid, next, left, right, false) && isSubHeaderRow(grid, next + 1, left, right)) levels.push(next, next + 1);
    else break;
  }
  // A header line a PDF paste cut in two (or three): each cell's text goes on in the row below.
  let split = false;
  if (levels.length === 1) {
    const joinedAbove = (col: number): string => levels.map((row) => headerCellText(grid, row, col)).filter(Boolean).join(' ');
    while (levels.length < MAX_HEADER_ROWS && levels[levels.length - 1]! + 1 < grid.rows.length && isSplitHeaderRow(grid, levels[levels.length - 1]! + 1, left, right, joinedAbove)) {
      levels.push(levels[levels.length - 1]! + 1);
      split = true;
    }
  }
  const bottom = levels[levels.length - 1]!;
  for (const row of levels.slice(1)) {
    const line = grid.rows[row] ?? [];
    for (let col = 0; col < line.length; col++) {
      if (headerCellText(grid, row, col)) {
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
    }
  }

  const texts = new Map<number, string>();
  const candidates: Candidate[] = [];
  let nonEmpty = 0;
  let recognized = 0;
  for (let col = left; col <= right; col++) {
    // A lower row's text spans its horizontal merges ("Tháng 10/2026" over two count columns); a merge begun above is the upper row's.
    const parts = levels.map((row, i) => (i === 0 || !mergeStartsAbove(grid, row, col) ? parentText(grid, row, col) : ''));
    const filled = parts.filter(Boolean);
    if (filled.length === 0) continue;
    const text = split ? filled.join(' ') : filled.filter((t, i) => t !== filled[i - 1]).join(' / ');
    texts.set(col, text);
    nonEmpty++;
    const list = split ? headerCandidates(text) : columnCandidates(parts);
    if (list.some((c) => c.score >= MIN_SCORE)) recognized++;
    const deepest = lastFilled(parts);
    const above = parts.slice(0, deepest);
    const parentYear = above.map((t) => /\b((?:19|20)\d{2})\b/.exec(foldWords(t))).find(Boolean);
    const parentMonth = [...above].reverse().map((t) => headerCandidates(t).find((c) => c.kind === 'month')).find(Boolean);
    candidates.push({
      col,
      list,
      parentYear: !split && parentYear ? Number(parentYear[1]) : null,
      parentMonth: !split && parentMonth?.kind === 'month' ? parentMonth.month : null,
      cumulative: /\bluy ke\b/.test(foldWords(text)),
    });
  }

  const profiles = profileColumns(grid, bottom + 1, candidates.map((c) => c.col));
  const monthYears = candidates.map((c) => (c.list[0]?.kind === 'month' ? { year: c.list[0].month.year ?? c.parentYear } : { year: null }));
  const layout = assign(yearedTargets(candidates, planYearAround(grid, top, floor, monthYears)), profiles);
  for (const m of layout.months) m.label = texts.get(m.col) ?? '';
  const planYear = layout.targetYear ?? planYearAround(grid, top, floor, layout.months);
  for (const m of layout.months) if (m.year === null && planYear !== null) m.year = planYear;
  const { months, setAside } = settleMonthTwice(layout.months, grid.hiddenCols);
  return { top, bottom, left, right, texts, nonEmpty, recognized, planYear, ...layout, months, monthsSetAside: setAside };
}

/**
 * What a column's stacked header texts mean: its lowest text is the most
 * specific. A lowest text the vocabulary does not know ("Ấp 1", "Số lượng")
 * makes the column unknown rather than taking its parent's meaning (it is one
 * part of the parent, not the parent's value); a mere unit under a parent ("%",
 * "(%)") leaves the parent's meaning.
 */
function columnCandidates(parts: string[]): HeaderCandidate[] {
  const deepest = lastFilled(parts);
  for (let i = deepest; i >= 0; i--) {
    const text = parts[i]!;
    if (!text) continue;
    const list = headerCandidates(text);
    if (list.length > 0) return list;
    if (i === deepest && i > 0 && /[a-z]/.test(foldWords(text))) return [];
  }
  return [];
}

function lastFilled(parts: string[]): number {
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i]) return i;
  return 0;
}

/** Empty columns a header may skip between two of its cells (a blank spacer column, a merged parent's tail). */
const HEADER_GAP = 3;

/**
 * The columns a header row spans: its cells (and merged areas) grouped into runs
 * no more than HEADER_GAP empty columns apart, and of these the run with the most
 * header words. A stray cell far to the right (XFD1) is not part of the table.
 */
function headerExtent(grid: Grid, top: number): { left: number; right: number } {
  const line = grid.rows[top] ?? [];
  const runs: Array<{ left: number; right: number; words: number }> = [];
  for (let col = 0; col < line.length; col++) {
    const merge = mergeAt(grid, top, col);
    const text = cellText(line[col]!.value);
    if (!text && !(merge && merge.top === top)) continue;
    const from = merge?.left ?? col;
    const to = merge?.right ?? col;
    const words = text && headerCandidates(text).some((c) => c.score >= MIN_SCORE) ? 1 : 0;
    const last = runs[runs.length - 1];
    if (last && from - last.right <= HEADER_GAP + 1) {
      last.right = Math.max(last.right, to);
      last.words += words;
    } else runs.push({ left: from, right: to, words });
  }
  let best = runs[0];
  for (const run of runs) if (best && run.words > best.words) best = run;
  return best ? { left: best.left, right: best.right } : { left: 0, right: -1 };
}

/** Text of the first header row over a column, looking through horizontal merges. */
function parentText(grid: Grid, top: number, col: number): string {
  const merge = mergeAt(grid, top, col);
  return headerCellText(grid, merge ? merge.top : top, merge ? merge.left : col);
}

/**
 * Several target columns naming years ("Mục tiêu 2030 | Mục tiêu 2026", "Chỉ tiêu
 * 2025 | Chỉ tiêu 2026"): the plan's year is this year's target, a later year the
 * horizon, an earlier one the baseline, whatever their order. Without a known plan
 * year the earliest is the target.
 */
function yearedTargets(candidates: Candidate[], planYear: number | null): Candidate[] {
  const years = new Set<number>();
  for (const c of candidates) for (const h of c.list) if (h.kind === 'field' && h.field === 'target' && h.year) years.add(h.year);
  if (years.size < 2) return candidates;
  const sorted = [...years].sort((a, b) => a - b);
  const target = planYear !== null && years.has(planYear) ? planYear : sorted[0]!;
  return candidates.map((c) => ({
    ...c,
    list: c.list.map((h): HeaderCandidate => {
      if (h.kind !== 'field' || h.field !== 'target' || !h.year || h.year === target) return h;
      return { ...h, field: h.year > target ? 'horizonTarget' : 'baseline' };
    }),
  }));
}

/** How much the cells under a header move its score for the name or the target (at most this much). */
const CONTENT_WEIGHT = 4;

/** A field's score for a column: the header words, moved by what the column holds. */
function fieldScore(field: FieldKey, score: number, profile: ColumnProfile | undefined): number {
  if (!profile || profile.filled < 2 || (field !== 'name' && field !== 'target')) return score;
  const lean = profile.targetShare - profile.longTextShare;
  return score + CONTENT_WEIGHT * (field === 'target' ? lean : -lean);
}

/** Gives each column its best meaning, each field to its best column. */
function assign(
  candidates: Candidate[],
  profiles: Map<number, ColumnProfile>,
): Pick<HeaderLayout, 'columns' | 'months' | 'owned' | 'targetYear' | 'horizonYear'> {
  const columns: Partial<Record<FieldKey, number>> = {};
  const months: MonthColumn[] = [];
  const owned: Partial<Record<OwnedColumn, number>> = {};
  const taken = new Set<number>();
  const years: Array<{ col: number; year: number }> = [];
  let targetYear: number | null = null;
  let horizonYear: number | null = null;

  // Owned and month columns first: they are unambiguous and never schema fields.
  for (const { col, list, parentYear, parentMonth, cumulative } of candidates) {
    const top = list[0];
    const since = cumulative ? { cumulative } : {};
    if (top?.kind === 'owned' && owned[top.column] === undefined) {
      owned[top.column] = col;
      taken.add(col);
    } else if (top?.kind === 'month') {
      months.push({ col, year: top.month.year ?? parentYear, month: top.month.month, label: '', ...since });
      taken.add(col);
    } else if (parentMonth && top?.kind === 'field' && (top.field === 'numerator' || top.field === 'denominator' || top.field === 'actual')) {
      // "Tháng 11/2026" over "Số thực hiện" | "Tổng số" (| "Tỷ lệ"): the month's counts, and its value.
      const part = top.field === 'actual' ? {} : { part: top.field };
      months.push({ col, year: parentMonth.year ?? parentYear, month: parentMonth.month, label: '', ...part, ...since });
      taken.add(col);
    }
  }

  const flat = candidates
    .flatMap(({ col, list }) =>
      list.map((c) => ({ col, c, score: c.kind === 'field' ? fieldScore(c.field, c.score, profiles.get(col)) : c.score })),
    )
    .filter(({ c }) => c.kind === 'field' || c.kind === 'year')
    .sort((a, b) => b.score - a.score || a.col - b.col);
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

  // A count alone ("Số lượng" with no "Tổng số") is the result itself, not half of a share.
  if (columns.numerator !== undefined && columns.denominator === undefined && columns.actual === undefined) {
    columns.actual = columns.numerator;
    delete columns.numerator;
  }
  for (const m of months) {
    if (m.part !== 'numerator') continue;
    const siblings = months.filter((o) => o.month === m.month && o.year === m.year);
    if (!siblings.some((o) => o.part === 'denominator') && !siblings.some((o) => !o.part)) delete m.part;
  }

  // A list of tasks headed "Nhiệm vụ" has no other name column: its tasks are the rows' names.
  if (columns.name === undefined && columns.tasks !== undefined) {
    columns.name = columns.tasks;
    delete columns.tasks;
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
  return { columns, months: months.sort((a, b) => a.col - b.col), owned, targetYear, horizonYear };
}

/** Share of a row's texts equal to the header's for the row to be the header repeated at a page break. */
const REPEAT_SHARE = 0.85;

/** The years a header row names (for telling a repeated page header from a table of another year). */
function yearsNamed(grid: Grid, row: number, left: number, right: number): Set<number> {
  const years = new Set<number>();
  for (let col = left; col <= right; col++) {
    for (const m of foldWords(headerCellText(grid, row, col)).matchAll(/\b((?:19|20)\d{2})\b/g)) years.add(Number(m[1]));
  }
  return years;
}

/**
 * Whether a row repeats a table's header (a page break of a pasted document).
 * A header naming other years ("Chỉ tiêu năm 2025" under a 2026 table) starts a
 * table of its own, however alike the other words are.
 */
export function isRepeatedHeader(grid: Grid, row: number, header: HeaderLayout): boolean {
  let compared = 0;
  let same = 0;
  for (let col = header.left; col <= header.right; col++) {
    const text = foldWords(headerCellText(grid, row, col));
    if (!text) continue;
    compared++;
    const top = foldWords(headerCellText(grid, header.top, col));
    const sub = foldWords(headerCellText(grid, header.bottom, col));
    if (text === top || text === sub) same++;
  }
  // A page break repeats the header as it is: a header that differs in a column heads another table.
  if (compared === 0 || same / compared < REPEAT_SHARE) return false;
  const mine = new Set([...yearsNamed(grid, header.top, header.left, header.right), ...yearsNamed(grid, header.bottom, header.left, header.right)]);
  for (const year of yearsNamed(grid, row, header.left, header.right)) if (!mine.has(year)) return false;
  return true;
}
