import { type Cell, type CellValue, EMPTY_CELL, type Grid, cellAt, mergeAt } from '../grid';
import { tidyText } from '../text';

/**
 * A cell as a table reader sees it. Inside a merged area only the left column
 * carries the value, on every row the merge spans (an id merged over two rows
 * belongs to both; a section title merged across the table is not the target of
 * that row). `inherited` is true on the rows below the merge's first row.
 */
export interface TableCell {
  cell: Cell;
  row: number;
  col: number;
  inherited: boolean;
}

export function tableCell(grid: Grid, row: number, col: number): TableCell {
  const merge = mergeAt(grid, row, col);
  if (!merge) return { cell: cellAt(grid, row, col), row, col, inherited: false };
  if (col !== merge.left) return { cell: EMPTY_CELL, row, col, inherited: false };
  return { cell: cellAt(grid, merge.top, merge.left), row, col, inherited: merge.top !== row };
}

/** The text of a cell value, tidied; numbers as written by JavaScript (1.1 → "1.1"). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return tidyText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.error;
}
