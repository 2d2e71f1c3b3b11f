/**
 * A sheet's drawn lines (the rules under a document's heading) as a
 * SpreadsheetML drawing part: one straight connector per rule, anchored to the
 * cells it lies over (a column and an offset into it, the top of a row), so it
 * stays under its text when a column is widened. Excel and LibreOffice draw
 * and print it; nothing else of the sheet refers to it.
 */
import type { HorizontalRule } from '../../core/writing/write-plan';
import { XML_DECLARATION } from './namespaces';

export const DRAWING_NS = {
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
} as const;
export const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** English Metric Units per point. */
const EMU = 12700;

export interface SheetGeometry {
  /** Column widths in points, by 0-based column (the plan's). */
  columns: Record<number, number>;
  /** Row heights in points, by 1-based row; `defaultHeight` for the others. */
  heights: Record<number, number>;
  defaultHeight: number;
}

/** Column and offset (points) of a horizontal position measured from the left edge of column A. */
function columnAt(x: number, g: SheetGeometry): { col: number; offset: number } {
  let left = 0;
  for (let col = 0; col < 16384; col++) {
    const width = g.columns[col] ?? 48;
    if (x < left + width || g.columns[col + 1] === undefined) return { col, offset: Math.max(0, x - left) };
    left += width;
  }
  return { col: 0, offset: x };
}

function rowTop(row: number, g: SheetGeometry): number {
  let top = 0;
  for (let r = 1; r < row; r++) top += g.heights[r] ?? g.defaultHeight;
  return top;
}

export function drawingXml(rules: readonly HorizontalRule[], g: SheetGeometry): string {
  const anchors = rules.map((rule, i) => {
    const from = columnAt(rule.from, g);
    const to = columnAt(rule.to, g);
    const y = rowTop(rule.row, g);
    const id = i + 2;
    const marker = (tag: string, at: { col: number; offset: number }): string =>
      `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>${Math.round(at.offset * EMU)}</xdr:colOff><xdr:row>${rule.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', from)}${marker('to', to)}` +
      `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="${id}" name="Đường kẻ ${i + 1}"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr>` +
      `<xdr:spPr><a:xfrm><a:off x="${Math.round(rule.from * EMU)}" y="${Math.round(y * EMU)}"/><a:ext cx="${Math.round((rule.to - rule.from) * EMU)}" cy="0"/></a:xfrm>` +
      `<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></xdr:spPr>` +
      `</xdr:cxnSp><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${DRAWING_NS.xdr}" xmlns:a="${DRAWING_NS.a}">${anchors.join('')}</xdr:wsDr>`;
}

/** "xl/drawings/drawingN.xml" (under `base`, the workbook's folder) with N above every drawing part's number. */
export function nextDrawingPart(paths: readonly string[], base = 'xl/'): string {
  const dir = `${base}drawings/`.toLowerCase();
  let n = 0;
  for (const path of paths) {
    const m = /drawing(\d+)\.xml$/i.exec(path);
    if (m && path.toLowerCase().startsWith(dir)) n = Math.max(n, Number(m[1]));
  }
  return `${base}drawings/drawing${n + 1}.xml`;
}
