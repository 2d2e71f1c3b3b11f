import type { CellRef, Indicator, SheetTable } from '../model';
import { headerMatches, previousMonth, type YearMonth } from '../months';
import type { Target } from '../target/types';
import { type ActualRead, readActual } from './read-actual';

/** Where an indicator's result for a month is read from. */
export interface ActualSource {
  kind: 'month' | 'single' | 'none';
  /** 0-based sheet column, when there is one. */
  col: number | null;
  /** The cell, when it holds something. */
  cell: CellRef | null;
}

/** The month column of a table for a reporting month, if any. */
export function monthColumn(table: SheetTable, month: YearMonth): number | null {
  const exact = table.months.find((m) => m.year === month.year && m.month === month.month);
  const loose = exact ?? table.months.find((m) => headerMatches(m, month));
  return loose ? loose.col : null;
}

/** The result of an indicator for a month: its month column, else the single "Kết quả" column. */
export function actualSource(indicator: Indicator, table: SheetTable, month: YearMonth): ActualSource {
  if (table.months.length > 0) {
    const col = monthColumn(table, month);
    if (col === null) return { kind: 'none', col: null, cell: null };
    return { kind: 'month', col, cell: indicator.monthValues[col] ?? null };
  }
  const col = table.columns.actual;
  if (col === undefined) return { kind: 'none', col: null, cell: null };
  return { kind: 'single', col, cell: indicator.cells.actual ?? null };
}

/** The previous month's result from the table's own month columns (null when it keeps a single column). */
export function previousSource(indicator: Indicator, table: SheetTable, month: YearMonth): ActualSource {
  if (table.months.length === 0) return { kind: 'none', col: null, cell: null };
  return actualSource(indicator, table, previousMonth(month));
}

/** Reads a result cell in the terms of the indicator's target. */
export function readCell(cell: CellRef | null, target: Target): ActualRead {
  if (!cell) return { kind: 'empty' };
  return readActual(cell.value, target, cell.format ? { format: cell.format } : {});
}
