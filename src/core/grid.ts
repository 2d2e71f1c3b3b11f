/**
 * A sheet as the core sees it: a rectangle of cells (values plus number formats),
 * merged areas and hidden rows. Both workbook ports (the Office JS API and ExcelJS) read
 * sheets into this shape, so every rule in the core works the same on both.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface ErrorValue {
  error: string;
}

export type CellValue = string | number | boolean | null | ErrorValue;

export interface Cell {
  value: CellValue;
  /** Excel number format, e.g. `0%`, `General`, `dd/mm/yyyy`. */
  format?: string;
  /**
   * The formula text when the cell holds one; `value` is then its cached result:
   * null when the file keeps none (never calculated), '' for an empty-text result.
   */
  formula?: string;
}

/** A merged area, 0-based and inclusive, in grid coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** The host's id of the sheet ("xlsx:3", "excel:{…}"): stable when the sheet is renamed. */
  sheetId?: string;
  /** The user hid the sheet (a stale copy, a template): it is read, but a visible sheet is preferred. */
  hidden?: boolean;
  /** The token of the sheet's hidden DTI_OWN name: the add-in made the sheet (see writing/own-sheets). */
  ownToken?: string;
  /** 0-based absolute row and column of `rows[0][0]` on the sheet (used ranges need not start at A1). */
  origin: { row: number; col: number };
  rows: Cell[][];
  merges: MergedArea[];
  /** 0-based grid rows hidden by the user. */
  hiddenRows?: number[];
  /** 0-based grid columns hidden by the user (an old month's column kept out of sight). */
  hiddenCols?: number[];
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null }) as Cell;

export function isErrorValue(value: CellValue): value is ErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function cellAt(grid: Grid, row: number, col: number): Cell {
  return grid.rows[row]?.[col] ?? EMPTY_CELL;
}

// Grids are read once and not changed afterwards, so their width and merge index are computed once.
const widths = new WeakMap<Grid, number>();
const mergeIndex = new WeakMap<Grid, Map<number, MergedArea[]>>();

export function gridWidth(grid: Grid): number {
  let width = widths.get(grid);
  if (width === undefined) {
    width = 0;
    for (const row of grid.rows) width = Math.max(width, row.length);
    widths.set(grid, width);
  }
  return width;
}

/** The merged area that covers (row, col), if any. */
export function mergeAt(grid: Grid, row: number, col: number): MergedArea | undefined {
  return mergesOnRow(grid, row)?.find((m) => col >= m.left && col <= m.right);
}

/** The merged areas crossing a row, if any. */
export function mergesOnRow(grid: Grid, row: number): MergedArea[] | undefined {
  if (grid.merges.length === 0) return undefined;
  let index = mergeIndex.get(grid);
  if (!index) {
    index = new Map();
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const list = index.get(r);
        if (list) list.push(m);
        else index.set(r, [m]);
      }
    }
    mergeIndex.set(grid, index);
  }
  return index.get(row);
}

/** A row with no cell and no merged area crossing it: nothing to read there (cheap for sparse sheets). */
export function isEmptyRow(grid: Grid, row: number): boolean {
  const line = grid.rows[row];
  return (!line || line.length === 0) && mergesOnRow(grid, row) === undefined;
}

/** Text of a cell value as a person reads it (numbers unformatted, errors as their code). */
export function valueText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.error;
}

/** A formula whose result the file does not keep: nothing can be read from it until Excel calculates it. */
export function isUncalculated(cell: Cell): boolean {
  return cell.formula !== undefined && cell.value === null;
}

export function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index for column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a grid cell, on the sheet (absolute position, origin applied). */
export function cellAddress(grid: Grid, row: number, col: number): string {
  return `${columnLetters(grid.origin.col + col)}${grid.origin.row + row + 1}`;
}

/** 1-based sheet row number of a grid row. */
export function sheetRow(grid: Grid, row: number): number {
  return grid.origin.row + row + 1;
}

/** 0-based grid row of a 1-based sheet row (negative or past the end when the grid does not reach it). */
export function gridRow(grid: Grid, sheetRowNumber: number): number {
  return sheetRowNumber - 1 - grid.origin.row;
}

/** The cell at a 1-based sheet row and a 0-based absolute column (empty outside the grid). */
export function cellOnSheet(grid: Grid, sheetRowNumber: number, col: number): Cell {
  return cellAt(grid, gridRow(grid, sheetRowNumber), col - grid.origin.col);
}

/** Parses `B12` (optionally `$B$12`) into 0-based absolute row and column. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** A sheet name quoted for use in a formula or address when it needs quotes. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
