import { columnIndex, columnLetters } from '../core/grid';

/** A rectangle of a sheet, 0-based and inclusive. */
export interface SheetArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One area of an address: sheet prefix (quoted or not), then A1 or A1:B2. */
const AREA = /(?:(?:'(?:[^']|'')*'|[^'!,\s][^!,]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

/**
 * The areas of a (multi-area) address such as `'Phụ lục, 1'!A1:C3, 'Phụ lục, 1'!E5`.
 * Sheet names may hold commas and quotes, so the address is scanned, not split.
 * Whole-row and whole-column areas are left out.
 */
export function parseAreas(address: string): SheetArea[] {
  const out: SheetArea[] = [];
  for (const m of address.matchAll(AREA)) {
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]!);
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? columnIndex(m[3]) : left;
    out.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }
  return out;
}

export function areaAddress(area: SheetArea): string {
  const a = `${columnLetters(area.left)}${area.top + 1}`;
  const b = `${columnLetters(area.right)}${area.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function areasOverlap(a: SheetArea, b: SheetArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The area a single-area A1 address (no sheet) stands for. */
export function parseArea(address: string): SheetArea | null {
  return parseAreas(address)[0] ?? null;
}

/**
 * The range of a sheet at 0-based indexes, through an A1 address: Worksheet.getRange
 * is ExcelApi 1.1, where getRangeByIndexes would need 1.7.
 */
export function rangeAt(sheet: Excel.Worksheet, row: number, col: number, rows: number, cols: number): Excel.Range {
  return sheet.getRange(areaAddress({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
}
