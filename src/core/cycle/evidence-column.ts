/**
 * The column the add-in owns for a month's evidence ("Minh chứng 11/2026") on a
 * tracker table: found by its header in the table's header rows, else the first
 * column right of every table on the sheet (and of their status columns) that
 * is empty over the table's rows: tables stacked on one sheet keep their
 * evidence in one column, never in another table's column. Month headers never
 * read it as a result (months.ts).
 */
import { cellAt, cellOnSheet, type Grid, gridRow, gridWidth, isBlankValue, mergeAt, valueText } from '../grid';
import type { SheetTable } from '../model';
import { monthLabel, type YearMonth } from '../months';
import { foldWords, tidyText } from '../text';

export function evidenceHeader(month: YearMonth): string {
  return `Minh chứng ${monthLabel(month)}`;
}

/** The 0-based column of the month's evidence on the table, and whether it has yet to be made. */
export function evidenceColumn(grid: Grid, table: SheetTable, month: YearMonth, sheetTables: readonly SheetTable[] = [table]): { col: number; isNew: boolean } {
  const found = findEvidenceColumn(grid, table, month);
  if (found !== null) return { col: found, isNew: false };
  let col = Math.max(...[table, ...sheetTables].flatMap((t) => [t.right, ...Object.values(t.owned)])) + 1;
  while (!isEmptyColumn(grid, table, col)) col++;
  return { col, isNew: true };
}

export function findEvidenceColumn(grid: Grid, table: SheetTable, month: YearMonth): number | null {
  const wanted = foldWords(evidenceHeader(month));
  const right = gridWidth(grid) + grid.origin.col;
  for (let row = table.headerTop; row <= table.headerBottom; row++) {
    for (let col = table.left; col < right; col++) {
      const value = cellOnSheet(grid, row, col).value;
      if (typeof value === 'string' && foldWords(value) === wanted) return col;
    }
  }
  return null;
}

/** The evidence written for an indicator row, or null. */
export function evidenceAt(grid: Grid, row: number, col: number): string | null {
  const text = tidyText(valueText(cellOnSheet(grid, row, col).value));
  return text || null;
}

function isEmptyColumn(grid: Grid, table: SheetTable, col: number): boolean {
  for (let row = table.headerTop; row <= table.lastRow; row++) {
    const r = gridRow(grid, row);
    const c = col - grid.origin.col;
    const cell = cellAt(grid, r, c);
    if (mergeAt(grid, r, c) || !isBlankValue(cell.value) || cell.formula) return false;
  }
  return true;
}
