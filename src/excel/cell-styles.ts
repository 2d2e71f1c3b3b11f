import type { CellStyle, CellWrite } from '../core/writing/write-plan';

/**
 * Text a plan writes must stay text. Range.formulas, like Range.values, reads a
 * string as if the user had typed it: "07" becomes 7, "7/9" and "2026-11" dates,
 * "TRUE" a boolean, "=…", "+…", "-…" formulas (see Excel.Range.values in the
 * Office.js reference). A cell whose number format is text ("@") keeps what it
 * is given, so every planned string goes into a cell formatted "@"; the formats
 * are written just before the formulas in the same request (no extra sync), and
 * this works in every Excel (ExcelApi 1.1). Range.valuesAsJson could write typed
 * strings too but needs ExcelApi 1.16, and a leading apostrophe would hide the
 * text's type in a prefix flag that Range.formulas does not report.
 * One exception: a string that itself starts with an apostrophe goes into a
 * General cell behind one more apostrophe, which Excel takes as its prefix
 * character and drops, so the text's own apostrophe is kept.
 */
export const TEXT_FORMAT = '@';

function isText(cell: CellWrite | undefined): cell is CellWrite & { value: string } {
  return cell?.formula === undefined && typeof cell?.value === 'string' && cell.value !== '';
}

/** What goes into Range.formulas for a planned cell. */
export function formulaInput(cell: CellWrite | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  if (isText(cell) && cell.value.startsWith("'")) return `'${cell.value}`;
  return cell.value ?? '';
}

/** What goes into Range.numberFormat: "@" for text, else the planned format (General when none). */
export function numberFormatInput(cell: CellWrite | undefined): string {
  if (isText(cell)) return cell.value.startsWith("'") ? 'General' : TEXT_FORMAT;
  return cell?.style?.numberFormat ?? 'General';
}

/** The style without its number format (written for the whole block at once); null when nothing is left. */
export function visualStyle(style: CellStyle | undefined): CellStyle | null {
  if (!style) return null;
  const { numberFormat: _ignored, ...rest } = style;
  return Object.keys(rest).length > 0 ? rest : null;
}

const POINTS_PER_CHAR = 7;

export function columnWidthPoints(chars: number): number {
  return Math.round(chars * POINTS_PER_CHAR);
}

/** Sets a style on a range (font, fill, alignment, borders). Number formats are written as arrays elsewhere. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = style.vertical === 'top' ? 'Top' : 'Center';
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
      format.borders.getItem(edge).style = 'Continuous';
    }
  } else if (style.line) {
    format.borders.getItem(style.line === 'top' ? 'EdgeTop' : 'EdgeBottom').style = 'Continuous';
  }
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;

/** Millimetres (a plan's margins) in points (Office.js page layout). */
export function mmToPoints(mm: number): number {
  return Math.round(((mm * 72) / 25.4) * 100) / 100;
}
