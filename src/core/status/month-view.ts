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
import { tableShape } from '../mapping/month-sheets';
import type { Analysis, Indicator, SheetReport, SheetTable } from '../model';
import { formatYearMonth, previousMonth, type YearMonth } from '../months';
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
  /** The sheets by month ("2026-11"), in workbook order. */
  sheets: Array<{ sheet: string; month: YearMonth }>;
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
}

export function monthView(analysis: Analysis, month: YearMonth): MonthView {
  const tablesBySheet = groupBy(analysis.tables, (t) => t.sheet);
  const indicatorsByTable = groupBy(analysis.indicators, (i) => `${i.sheet}#${i.table}`);
  const families = monthFamilies(analysis.sheets, tablesBySheet);
  const inFamily = new Map<string, MonthSheetFamily>();
  for (const family of families) for (const s of family.sheets) inFamily.set(s.sheet, family);

  const view: MonthView = { reported: [], missingMonth: [], missingSheet: [], families, sheets: new Set() };
  for (const report of analysis.sheets) {
    const tables = tablesBySheet.get(report.sheet) ?? [];
    const family = inFamily.get(report.sheet);
    if (family) continue;
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
  const current = family.sheets.find((s) => sameMonth(s.month, month));
  if (!current) {
    view.missingSheet.push(family);
    return;
  }
  const before = family.sheets.find((s) => sameMonth(s.month, previousMonth(month)));
  view.sheets.add(current.sheet);
  const lastMonth = before ? matcher(tablesBySheet.get(before.sheet) ?? [], indicatorsByTable) : null;
  const label = `${family.sheets[0]!.sheet}…`;
  for (const table of tablesBySheet.get(current.sheet) ?? []) {
    for (const indicator of indicatorsByTable.get(key(table)) ?? []) {
      const match = lastMonth?.(indicator);
      view.reported.push({
        indicator,
        table,
        source: singleResultSource(indicator, table, month),
        previous: match ? singleResultSource(match.indicator, match.table, previousMonth(month)) : NO_SOURCE,
        identity: { sheet: `Theo tháng: ${label}`, id: indicator.id, name: indicator.name },
      });
    }
  }
}

/**
 * Finds an indicator's row on another month's sheet: same table, same id and
 * name; else the same name in that table (ids renumbered); else the same id when
 * the name changed only a little (a word fixed).
 */
function matcher(tables: SheetTable[], indicatorsByTable: Map<string, Indicator[]>): (i: Indicator) => { indicator: Indicator; table: SheetTable } | undefined {
  const byTable = new Map(tables.map((t) => [t.index, { table: t, rows: indicatorsByTable.get(key(t)) ?? [] }]));
  return (i) => {
    const there = byTable.get(i.table);
    if (!there) return undefined;
    const name = nameKey(i.name);
    const id = (i.id ?? '').trim();
    const found =
      there.rows.find((r) => (r.id ?? '').trim() === id && nameKey(r.name) === name) ??
      unique(there.rows.filter((r) => nameKey(r.name) === name)) ??
      unique(there.rows.filter((r) => id !== '' && (r.id ?? '').trim() === id && nameKey(r.name).slice(0, 24) === name.slice(0, 24)));
    return found ? { indicator: found, table: there.table } : undefined;
  };
}

function unique<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

function nameKey(name: string): string {
  return foldWords(name);
}

/**
 * Sheets that each hold the whole plan with one result column and name a month
 * (in their name or title), grouped by the shape of their tables: the copies of
 * one plan. A sheet with several month columns is a plan of its own, whatever
 * its name says.
 */
export function monthFamilies(sheets: readonly SheetReport[], tablesBySheet: Map<string, SheetTable[]>): MonthSheetFamily[] {
  const byShape = new Map<string, MonthSheetFamily>();
  for (const report of sheets) {
    const tables = tablesBySheet.get(report.sheet) ?? [];
    if (!report.month || report.indicators === 0 || !tables.every(hasOneResultColumn)) continue;
    const month = { year: report.month.year ?? 0, month: report.month.month };
    const shape = tableShape(tables);
    const family = byShape.get(shape) ?? { sheets: [] };
    byShape.set(shape, family);
    family.sheets.push({ sheet: report.sheet, month });
  }
  // One sheet naming a month is a month sheet only when its siblings show the habit, or it is the only plan.
  return [...byShape.values()].filter((f) => f.sheets.length > 1 || sheets.filter((s) => s.indicators > 0).length === 1);
}

function hasOneResultColumn(table: SheetTable): boolean {
  const values = table.months.filter((m) => !m.part).length + (table.columns.actual !== undefined ? 1 : 0);
  const counts = table.columns.numerator !== undefined || table.months.some((m) => m.part) ? 1 : 0;
  return values + counts <= 1 || (values === 1 && counts === 1);
}

/** A table planning for another year than the month's is not this month's (unless it has the month's column). */
function isForMonth(table: SheetTable, month: YearMonth): boolean {
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

/** "2026-11" for messages. */
export function familyMonths(family: MonthSheetFamily): string[] {
  return family.sheets.map((s) => (s.month.year ? formatYearMonth(s.month) : `T${s.month.month}`));
}
