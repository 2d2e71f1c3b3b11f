import { type Grid, columnIndex, columnLetters, gridRow } from '../grid';
import type { SheetTable } from '../model';
import type { SheetMapping, TableMapping } from '../schema';
import type { FieldKey } from './fields';
import { type HeaderLayout, readHeader } from './header-rows';

/** What the detector found, in the form the workbook keeps. */
export function tableToMapping(table: SheetTable): TableMapping {
  const columns: TableMapping['columns'] = {};
  for (const [field, col] of Object.entries(table.columns) as Array<[FieldKey, number]>) columns[field] = columnLetters(col);
  return {
    headerTop: table.headerTop,
    headerBottom: table.headerBottom,
    columns,
    months: table.months.map((m) => ({ column: columnLetters(m.col), year: m.year, month: m.month, ...(m.part ? { part: m.part } : {}) })),
  };
}

/**
 * The header layouts a saved mapping stands for on a grid: the header is read
 * again (for its texts) and the user's choice of columns and months wins.
 * Tables whose header row lies outside the grid are dropped.
 */
export function mappingToHeaders(grid: Grid, mapping: SheetMapping): HeaderLayout[] {
  if (!mapping.indicators) return [];
  const layouts: HeaderLayout[] = [];
  for (const table of mapping.tables) {
    const top = gridRow(grid, table.headerTop);
    const bottom = gridRow(grid, table.headerBottom);
    if (top < 0 || bottom >= grid.rows.length) continue;
    const read = readHeader(grid, top);
    const toGrid = (letters: string): number => columnIndex(letters) - grid.origin.col;
    const columns: HeaderLayout['columns'] = {};
    for (const [field, letters] of Object.entries(table.columns) as Array<[FieldKey, string]>) columns[field] = toGrid(letters);
    const months = table.months.map((m) => ({
      col: toGrid(m.column),
      year: m.year,
      month: m.month,
      label: read.texts.get(toGrid(m.column)) ?? `${m.month}/${m.year ?? ''}`,
      ...(m.part ? { part: m.part } : {}),
    }));
    let left = read.left;
    let right = read.right;
    for (const col of [...Object.values(columns), ...months.map((m) => m.col)]) {
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    layouts.push({ ...read, bottom, left, right, columns, months });
  }
  return layouts.sort((a, b) => a.top - b.top);
}

/** Saved mappings for `analyzeWorkbook`, by sheet, for the sheets present in `grids`. */
export function savedHeadersFor(grids: Grid[], sheets: Record<string, SheetMapping>): Record<string, HeaderLayout[]> {
  const out: Record<string, HeaderLayout[]> = {};
  for (const grid of grids) {
    const mapping = sheets[grid.sheet];
    if (mapping) out[grid.sheet] = mappingToHeaders(grid, mapping);
  }
  return out;
}
