import type { Cell, CellValue, Grid, MergedArea } from '../core/grid';
import type { SheetArea } from './addresses';

/** What one sync reads of a used range. */
export interface UsedRangeRead {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  /** Merged areas in sheet coordinates (none when the host cannot tell). */
  merges: SheetArea[];
  /** 0-based sheet rows that are hidden. */
  hiddenRows: number[];
  /** 0-based sheet columns that are hidden. */
  hiddenCols?: number[];
}

/** Builds the core's grid from a used range as Office.js returns it. */
export function usedRangeToGrid(read: UsedRangeRead): Grid {
  const rows: Cell[][] = read.values.map((line, r) =>
    line.map((raw, c) => {
      const formula = read.formulas[r]?.[c];
      const hasFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== raw;
      // Excel always calculates: a formula showing nothing returned empty text, it is not uncalculated.
      const cell: Cell = { value: hasFormula && raw === '' ? '' : toValue(raw, read.valueTypes[r]?.[c]) };
      const format = read.numberFormat[r]?.[c];
      if (typeof format === 'string' && format !== 'General' && format !== '') cell.format = format;
      // Text typed with an apostrophe ("'=1+1") reads back with the text itself as its "formula": it is text.
      if (hasFormula) cell.formula = formula;
      return cell;
    }),
  );
  const merges: MergedArea[] = read.merges.map((m) => ({
    top: m.top - read.rowIndex,
    left: m.left - read.columnIndex,
    bottom: m.bottom - read.rowIndex,
    right: m.right - read.columnIndex,
  }));
  const grid: Grid = { sheet: read.sheet, origin: { row: read.rowIndex, col: read.columnIndex }, rows: trimEmpty(rows), merges };
  if (read.hiddenRows.length > 0) grid.hiddenRows = read.hiddenRows.map((r) => r - read.rowIndex);
  if (read.hiddenCols && read.hiddenCols.length > 0) grid.hiddenCols = read.hiddenCols.map((c) => c - read.columnIndex);
  return grid;
}

function toValue(raw: unknown, type: string | undefined): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (type === 'Error') return { error: String(raw) };
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return String(raw);
}

/** An empty sheet's used range is A1 with nothing in it: that is no rows at all. */
function trimEmpty(rows: Cell[][]): Cell[][] {
  if (rows.length === 1 && rows[0]!.length === 1 && rows[0]![0]!.value === null && !rows[0]![0]!.formula) return [];
  return rows;
}
