import type { CellStyle, CellWrite } from '../core/plan/write-plan';

/**
 * What goes into Range.formulas for a planned cell. Excel reads what is written
 * as if typed: "=…" would become a formula, "07" the number 7, "7/9" and
 * "2026-11" dates, "TRUE" a boolean. A leading apostrophe keeps text as text
 * (Excel stores it as a prefix, not in the value), so text that Excel might
 * read as anything else gets one: any text with a digit, a leading = + - @ ' #,
 * or TRUE/FALSE.
 */
export function formulaInput(cell: CellWrite | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value ?? '';
  if (typeof value === 'string' && mightNotStayText(value)) return `'${value}`;
  return value;
}

function mightNotStayText(text: string): boolean {
  return /^[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

export function numberFormatInput(cell: CellWrite | undefined): string {
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
  if (style.horizontal) format.horizontalAlignment = style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  if (style.vertical) format.verticalAlignment = style.vertical === 'top' ? 'Top' : 'Center';
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
      format.borders.getItem(edge).style = 'Continuous';
    }
  }
}
