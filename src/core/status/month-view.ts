/**
 * Which indicators a reporting month counts, and where each one's result and
 * last month's result are read:
 * - a table with month columns reads the month's column (and the one before);
 * - a plan kept one sheet per month reads the month's sheet, and last month's
 *   sheet for the change, matching indicators by table, id and name; the other
 *   months' sheets are never counted as indicators of their own;
 * - a table that plans for another year (last year's table below this year's)
 *   is not this month's.
 */
import { message } from '../messages';
import type { Analysis, Indicator, Problem, SheetReport, SheetTable } from '../model';
import { previousMonth, type YearMonth } from '../months';
import { matchRows } from './match-rows';
import { foldWords } from '../text';
import { type ActualSource, actualSource, monthColumn, NO_SOURCE, singleResultSource } from './indicator-values';

export interface ReportedIndicator {
  indicator: Indicator;
  table: SheetTable;
  /** Where this month's result is read. */
  source: ActualSource;
  /** Where last month's result is read: the same table, or last month's sheet. */
  previous: ActualSource;
  /** How the history sheet knows the indicator from month to month. */
  identity: { sheet: string; id: string | null; name: string };
}

/** The monthly copies of one plan, one sheet per month. */
export interface MonthSheetFamily {
  /** The sheets with their months, in workbook order. */
  sheets: MonthSheet[];
}

export interface MonthSheet {
  sheet: string;
  /** year 0 when no year is known: the month of any year. */
  month: YearMonth;
  hidden: boolean;
}

export interface MonthView {
  reported: ReportedIndicator[];
  /** Tables that keep months in columns but have none for this month. */
  missingMonth: SheetTable[];
  /** Families of month sheets that have no sheet for this month. */
  missingSheet: MonthSheetFamily[];
  families: MonthSheetFamily[];
  /** Sheets whose rows the month reads (their problems belong in its report). */
  sheets: Set<string>;
  /** What the user should know about how the month was read (two sheets for one month, a plan sheet left out). */
  problems: Problem[];
}

export function monthView(analysis: Analysis, month: YearMonth): MonthView {
  const tablesBySheet = groupBy(analysis.tables, (t) => t.sheet);
  const indicatorsByTable = groupBy(analysis.indicators, (i) => `${i.sheet}#${i.table}`);
  const families = monthFamilies(analysis.sheets, tablesBySheet, indicatorsByTable);
  const inFamily = new Map<string, MonthSheetFamily>();
  for (const family of families) for (const s of family.sheets) inFamily.set(s.sheet, family);

  const view: MonthView = { reported: [], missingMonth: [], missingSheet: [], families, sheets: new Set(), problems: [] };
  for (const report of analysis.sheets) {
    const tables = tablesBySheet.get(report.sheet) ?? [];
    const family = inFamily.get(report.sheet);
    if (family) continue;
    if (isCopyOfMonthSheets(report, tables, families, month, indicatorsByTable, tablesBySheet, view)) continue;
    if (isOtherCopy(report, tables, month, analysis.sheets, inFamily, indicatorsByTable, tablesBySheet, view)) continue;
    for (const table of tables) {
      if (!isForMonth(table, month)) continue;
      view.sheets.add(report.sheet);
      if (table.months.length > 0 && monthColumn(table, month) === null) view.missingMonth.push(table);
      for (const indicator of indicatorsByTable.get(key(table)) ?? []) {
        view.reported.push({
          indicator,
          table,
          source: actualSource(indicator, table, month),
          previous: table.months.length > 0 ? actualSource(indicator, table, previousMonth(month)) : NO_SOURCE,
          identity: indicator,
        });
      }
    }
  }
  for (const family of families) reportFamily(family, month, tablesBySheet, indicatorsByTable, view);
  return view;
}

/** The month's sheet of a family, its indicators read from it, the change from last month's sheet. */
function reportFamily(
  family: MonthSheetFamily,
  month: YearMonth,
  tablesBySheet: Map<string, SheetTable[]>,
  indicatorsByTable: Map<string, Indicator[]>,
  view: MonthView,
): void {
  const current = sheetFor(family, month, view);
  if (!current) {
    view.missingSheet.push(family);
    return;
  }
  const before = sheetFor(family, previousMonth(month), null);
  view.sheets.add(current.sheet);
  const label = `${family.sheets[0]!.sheet}…`;
  const lastTables = before ? (tablesBySheet.get(before.sheet) ?? []) : [];
  for (const table of tablesBySheet.get(current.sheet) ?? []) {
    // Last year's table kept below this year's on each month sheet is not this month's.
    if (!isForMonth(table, month)) continue;
    const rows = indicatorsByTable.get(key(table)) ?? [];
    const lastTable = lastTables.find((t) => t.index === table.index);
    const pairs = lastTable ? matchRows(rows, indicatorsByTable.get(key(lastTable)) ?? []) : new Map<Indicator, Indicator>();
    for (const indicator of rows) {
      const match = pairs.get(indicator);
      view.reported.push({
        indicator,
        table,
        source: singleResultSource(indicator, table, month),
        previous: match && lastTable ? singleResultSource(match, lastTable, previousMonth(month)) : NO_SOURCE,
        // Ids restart and names repeat from one section to the next: the history knows a row by both.
        identity: { sheet: `Theo tháng: ${label}#${table.index}${indicator.group ? `/${indicator.group}` : ''}`, id: indicator.id, name: indicator.name },
      });
    }
  }
}

const COPY_MARK = /\b(cu|copy|ban sao|nhap|draft|old|tam|mau)\b/;

/**
 * The family's sheet for a month: a visible one before a hidden one (a stale copy
 * kept aside); of two visible ones the later tab (offices copy forward), and the
 * user is told which one was read.
 */
function sheetFor(family: MonthSheetFamily, month: YearMonth, view: MonthView | null): MonthSheet | null {
  const all = family.sheets.filter((s) => sameMonth(s.month, month));
  const visible = all.filter((s) => !s.hidden);
  const shown = visible.length > 0 ? visible : all;
  // Excel names a copied sheet "T11 (2)"; offices mark old ones "(cũ)", drafts "nháp".
  const named = shown.filter((s) => !/\(\d+\)\s*$/.test(s.sheet) && !COPY_MARK.test(foldWords(s.sheet)));
  const pool = named.length > 0 ? named : shown;
  const chosen = pool[pool.length - 1] ?? null;
  if (chosen && pool.length > 1 && view) {
    const others = pool.filter((s) => s !== chosen).map((s) => `"${s.sheet}"`).join(', ');
    view.problems.push({
      sheet: chosen.sheet,
      cell: 'A1',
      severity: 'warning',
      code: 'month-sheet-twice',
      message: message('month.sheet-twice', { month, chosen: chosen.sheet, others }),
    });
  }
  return chosen;
}

/**
 * Sheets that each hold the whole plan with one result column and name a month
 * (in their name or title), grouped into the copies of one plan: sheets that
 * share most of their indicators (a column added or moved from one month to the
 * next leaves them copies). A sheet with several month columns is a plan of its
 * own, whatever its name says.
 */
export function monthFamilies(sheets: readonly SheetReport[], tablesBySheet: Map<string, SheetTable[]>, indicatorsByTable: Map<string, Indicator[]>): MonthSheetFamily[] {
  const families: Array<MonthSheetFamily & { rows: Indicator[] }> = [];
  for (const report of sheets) {
    const tables = tablesBySheet.get(report.sheet) ?? [];
    if (!report.month || report.indicators === 0 || !tables.every(hasOneResultColumn)) continue;
    const month = { year: report.month.year ?? 0, month: report.month.month };
    const rows = rowsOf(tables, indicatorsByTable);
    const family = families.find((f) => sharedShare(f.rows, rows) >= SAME_PLAN) ?? { sheets: [], rows };
    if (!families.includes(family)) families.push(family);
    family.sheets.push({ sheet: report.sheet, month, hidden: report.hidden === true });
  }
  // One sheet naming a month is a month sheet only when its siblings show the habit, or it is the only plan.
  return families
    .filter((f) => f.sheets.length > 1 || sheets.filter((s) => s.indicators > 0).length === 1)
    .map(({ sheets: members }) => ({ sheets: members }));
}

/** Share of indicators two sheets must have in common to be copies of one plan. */
const SAME_PLAN = 0.8;

function rowsOf(tables: readonly SheetTable[], indicatorsByTable: Map<string, Indicator[]>): Indicator[] {
  return tables.flatMap((t) => indicatorsByTable.get(key(t)) ?? []);
}

/**
 * Of the shorter list, the share of rows the other also holds: by equal names
 * first (cheap), then, when that is inconclusive, by matchRows (section, id, a
 * name changed a little). Sheets sharing few names are not compared row by row.
 */
function sharedShare(a: readonly Indicator[], b: readonly Indicator[]): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return 0;
  const names = new Set(large.map((i) => foldWords(i.name)));
  const equal = small.filter((i) => names.has(foldWords(i.name))).length / small.length;
  if (equal >= SAME_PLAN || equal < UNRELATED) return equal;
  return matchRows(small, large).size / small.length;
}

/** Below this share of equal names, two sheets are different plans. */
const UNRELATED = 0.3;

/**
 * A plan sheet (or a template) beside the month sheets holds the same indicators
 * without this month's results, and a summary sheet ("Tổng hợp", "Quý IV") holds
 * them again with month columns copied or linked from the month sheets: the
 * month's own sheet is read, the other left out and said, so no indicator is
 * counted twice.
 */
function isCopyOfMonthSheets(
  report: SheetReport,
  tables: SheetTable[],
  families: MonthSheetFamily[],
  month: YearMonth,
  indicatorsByTable: Map<string, Indicator[]>,
  tablesBySheet: Map<string, SheetTable[]>,
  view: MonthView,
): boolean {
  if (report.indicators === 0) return false;
  const mine = rowsOf(tables, indicatorsByTable);
  for (const family of families) {
    const current = sheetFor(family, month, null);
    if (!current || sharedShare(mine, rowsOf(tablesBySheet.get(current.sheet) ?? [], indicatorsByTable)) < SAME_PLAN) continue;
    leftOut(view, report, current.sheet, month, 'month.sheet-copy-of-months');
    return true;
  }
  return false;
}

/** Says that a sheet holding the same indicators as others is left out of the month, and which sheet is read. */
function leftOut(view: MonthView, report: SheetReport, read: string, month: YearMonth, sameAs: 'month.sheet-copy-of-months' | 'month.sheet-copy-of-sheet'): void {
  view.problems.push({
    sheet: report.sheet,
    cell: 'A1',
    severity: 'info',
    code: 'month-sheet-copy',
    message: message(sameAs, { sheet: report.sheet, month, read }),
  });
}

/**
 * Sheets (not one-result month copies) holding the same indicators: a plan sheet
 * beside its tracker, a "T10" sheet kept with the months so far (T9 | T10)
 * beside the "T11" copy (T9 | T10 | T11). One is read: of those with a column
 * for the month, the one named for the month, else the last (offices copy
 * forward); the others are left out and said.
 */
function isOtherCopy(
  report: SheetReport,
  tables: SheetTable[],
  month: YearMonth,
  sheets: readonly SheetReport[],
  inFamily: Map<string, MonthSheetFamily>,
  indicatorsByTable: Map<string, Indicator[]>,
  tablesBySheet: Map<string, SheetTable[]>,
  view: MonthView,
): boolean {
  if (report.indicators === 0) return false;
  const mine = rowsOf(tables, indicatorsByTable);
  const peers = sheets.filter(
    (other) => other.indicators > 0 && !inFamily.has(other.sheet) && (other === report || sharedShare(mine, rowsOf(tablesBySheet.get(other.sheet) ?? [], indicatorsByTable)) >= SAME_PLAN),
  );
  if (peers.length < 2) return false;
  const withColumn = peers.filter((p) => (tablesBySheet.get(p.sheet) ?? []).some((t) => monthColumn(t, month) !== null));
  const pool = withColumn.length > 0 ? withColumn : peers;
  const named = pool.filter((p) => p.month && sameMonth({ year: p.month.year ?? 0, month: p.month.month }, month));
  const chosen = named[named.length - 1] ?? pool[pool.length - 1]!;
  if (chosen === report) return false;
  leftOut(view, report, chosen.sheet, month, 'month.sheet-copy-of-sheet');
  return true;
}

function hasOneResultColumn(table: SheetTable): boolean {
  const values = table.months.filter((m) => !m.part).length + (table.columns.actual !== undefined ? 1 : 0);
  const counts = table.columns.numerator !== undefined || table.months.some((m) => m.part) ? 1 : 0;
  return values + counts <= 1 || (values === 1 && counts === 1);
}

/**
 * A table planning for another year than the month's is not this month's. Its
 * column for the month counts only when the plan year is not written on the
 * target header ("Chỉ tiêu năm 2026" beside "T12/2025" keeps last year's figure
 * as a starting point, not a result judged against this year's targets).
 */
function isForMonth(table: SheetTable, month: YearMonth): boolean {
  if (table.targetYear !== null && table.targetYear !== month.year) return false;
  if (table.months.some((m) => m.year === month.year && m.month === month.month)) return true;
  return table.planYear === null || table.planYear === month.year;
}

function sameMonth(a: YearMonth, b: YearMonth): boolean {
  // A sheet month without a year (0) stands for the month of any year.
  return a.month === b.month && (a.year === 0 || a.year === b.year);
}

function key(table: SheetTable): string {
  return `${table.sheet}#${table.index}`;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
