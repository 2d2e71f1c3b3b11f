import { isBlankValue } from '../grid';
import type { CellRef, Indicator, SheetMonthColumn, SheetTable } from '../model';
import { headerMatches, type YearMonth } from '../months';
import { parseLocaleNumber } from '../numbers';
import { isYesNoKind, type Target } from '../target/types';
import { type ActualRead, NOT_CALCULATED, readActual, readFraction } from './read-actual';

/**
 * Where an indicator's result for a month is read from: a result cell, or the
 * two counts behind a share ("Số thực hiện" / "Tổng số"), or both (the share is
 * read first; the counts stand in when it is empty).
 */
export interface ActualSource {
  kind: 'month' | 'single' | 'none';
  /** 0-based sheet column of the result, when the table has one (a table may keep only the counts). */
  col: number | null;
  /** The result cell, when it holds something. */
  cell: CellRef | null;
  /** The counts behind the share, when the table keeps them: their columns and cells. */
  counts?: Counts;
}

export interface Counts {
  numeratorCol: number;
  denominatorCol: number;
  numerator: CellRef | null;
  denominator: CellRef | null;
}

export const NO_SOURCE: ActualSource = Object.freeze({ kind: 'none', col: null, cell: null }) as ActualSource;

/** The month columns of a table for a reporting month (its value column and its counts), if any. */
function monthColumns(table: SheetTable, month: YearMonth): SheetMonthColumn[] {
  const exact = table.months.filter((m) => m.year === month.year && m.month === month.month);
  return exact.length > 0 ? exact : table.months.filter((m) => m.year === null && headerMatches(m, month));
}

/** The month's value column of a table (or its first count column), if any. */
export function monthColumn(table: SheetTable, month: YearMonth): number | null {
  const cols = monthColumns(table, month);
  return (cols.find((m) => !m.part) ?? cols[0])?.col ?? null;
}

/** The result of an indicator for a month: its month columns, else the single "Kết quả" column (or its counts). */
export function actualSource(indicator: Indicator, table: SheetTable, month: YearMonth): ActualSource {
  if (table.months.length > 0) return fromMonthColumns(indicator, monthColumns(table, month));
  return singleColumns(indicator, table);
}

/**
 * The result on a sheet that holds one month (a plan kept one sheet per month):
 * the month's column if the header names it, else the sheet's one result column,
 * whatever month its header still says (a copied sheet's header is not always renamed).
 */
export function singleResultSource(indicator: Indicator, table: SheetTable, month: YearMonth): ActualSource {
  const named = monthColumns(table, month);
  if (named.length > 0) return fromMonthColumns(indicator, named);
  if (table.months.length > 0) return fromMonthColumns(indicator, table.months);
  return singleColumns(indicator, table);
}

function fromMonthColumns(indicator: Indicator, cols: SheetMonthColumn[]): ActualSource {
  if (cols.length === 0) return NO_SOURCE;
  const value = cols.find((m) => !m.part);
  const numerator = cols.find((m) => m.part === 'numerator');
  const denominator = cols.find((m) => m.part === 'denominator');
  const counts = numerator && denominator ? countsOf(numerator.col, denominator.col, (col) => indicator.monthValues[col]) : null;
  if (!value && !counts) return NO_SOURCE;
  return {
    kind: 'month',
    col: value?.col ?? null,
    cell: value ? (indicator.monthValues[value.col] ?? null) : null,
    ...(counts ? { counts } : {}),
  };
}

function countsOf(numeratorCol: number, denominatorCol: number, cellAt: (col: number) => CellRef | undefined): Counts {
  return { numeratorCol, denominatorCol, numerator: cellAt(numeratorCol) ?? null, denominator: cellAt(denominatorCol) ?? null };
}

function singleColumns(indicator: Indicator, table: SheetTable): ActualSource {
  const { actual, numerator, denominator } = table.columns;
  const hasCounts = numerator !== undefined && denominator !== undefined;
  if (actual === undefined && !hasCounts) return NO_SOURCE;
  const counts = hasCounts ? countsOf(numerator, denominator, (c) => (c === numerator ? indicator.cells.numerator : indicator.cells.denominator)) : null;
  return {
    kind: 'single',
    col: actual ?? null,
    cell: actual !== undefined ? (indicator.cells.actual ?? null) : null,
    ...(counts ? { counts } : {}),
  };
}

/** Reads a result in the terms of the indicator's target: the result cell, else the counts behind it. */
export function readSource(source: ActualSource, target: Target): ActualRead {
  const counts = source.counts;
  // "=IFERROR(E6/F6,0)" shows 0 while its counts are still empty: nothing was reported yet.
  if (source.cell?.formula !== undefined && counts && isBlankCount(counts.numerator) && isBlankCount(counts.denominator)) return { kind: 'empty' };
  if (source.cell) return readCell(source.cell, target);
  if (!source.counts) return { kind: 'empty' };
  // A task or a yes/no indicator in a table that keeps counts writes its word in the first count column.
  if (isYesNoKind(target.kind)) return readCell(source.counts.numerator, target);
  return readCounts(source.counts.numerator, source.counts.denominator, target);
}

/** Reads a result cell in the terms of the indicator's target. */
export function readCell(cell: CellRef | null, target: Target): ActualRead {
  if (!cell) return { kind: 'empty' };
  if (cell.formula !== undefined && cell.value === null) return NOT_CALCULATED;
  return readActual(cell.value, target, cell.format ? { format: cell.format } : {});
}

/** "Số thực hiện" over "Tổng số": their ratio, once both are there. */
function readCounts(numerator: CellRef | null, denominator: CellRef | null, target: Target): ActualRead {
  for (const cell of [numerator, denominator]) if (cell && cell.formula !== undefined && cell.value === null) return NOT_CALCULATED;
  // A count target ("10 điểm", "9/9 nền tảng") is judged by the count done itself: no total is needed.
  if ((target.kind === 'number' || target.kind === 'count') && numerator && !isBlankValue(numerator.value) && isBlankCount(denominator)) return readCell(numerator, target);
  if (!numerator || !denominator || isBlankValue(numerator.value) || isBlankValue(denominator.value)) return { kind: 'empty' };
  return readFraction(countOf(numerator), countOf(denominator), target, `${numerator.text}/${denominator.text}`);
}

function isBlankCount(cell: CellRef | null): boolean {
  return cell === null || isBlankValue(cell.value);
}

function countOf(cell: CellRef): number | null {
  if (typeof cell.value === 'number') return Number.isFinite(cell.value) ? cell.value : null;
  if (typeof cell.value === 'string') return parseLocaleNumber(cell.value.trim());
  return null;
}
