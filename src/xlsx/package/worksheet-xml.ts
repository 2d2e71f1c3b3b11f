/**
 * A whole worksheet part written from a SheetPlan (modes `create` and
 * `replace-own`): cells in the sheet's font, styles, merges, column widths
 * (characters, or points turned into characters of the workbook's default
 * font), row heights (planned, or estimated for wrapped text), frozen rows,
 * the selected tab, conditional formats, print setup (margins, centring,
 * paper, fit to width, page numbers from page 2) and the drawing of its
 * rules. Elements come in the order SpreadsheetML requires. Print titles are
 * a defined name of the workbook (WorkbookPart.setPrintTitles), not part of
 * the sheet.
 */
import { columnLetters } from '../../core/grid';
import type { CellStyle, CellWrite, ConditionalFormat, SheetPlan } from '../../core/writing/write-plan';
import { cellWriter, uncalculated } from './cell-xml';
import { NS, XML_DECLARATION } from './namespaces';
import { wrappedRowHeights } from './row-heights';
import { parseArea } from './sheet-document';
import type { StyleRegistry } from './styles-registry';
import { escapeAttr, escapeText } from './xml-patch';

/** Excel's margins when a sheet has none: 0.7 in left and right, 0.75 in top and bottom, 0.3 in header and footer. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** Millimetres (a plan's margins) in inches (SpreadsheetML's), to a hundredth of a millimetre. */
function inches(mm: number): number {
  return Math.round((mm / 25.4) * 10000) / 10000;
}

export interface WorksheetXml {
  xml: string;
  /** Some formula has no cached result. */
  uncalculated: boolean;
}

/** What the sheet's part refers to beyond itself: the relationship id of its drawing (the plan's rules), when it has one. */
export interface WorksheetLinks {
  drawing?: string;
}

export function worksheetXml(plan: SheetPlan, styles: StyleRegistry, links: WorksheetLinks = {}): WorksheetXml {
  const rows = plannedRows(plan);
  const heights = wrappedRowHeights(plan);
  for (const [row, height] of Object.entries(plan.heights ?? {})) heights.set(Number(row), height);
  const font = plan.font;
  const xf = (style: CellStyle): number => (font ? styles.cellXf(style, font) : styles.cellXf(style));
  const defaultStyle = xf(NO_STYLE);
  let pending = false;
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = -1;
  // One array of pieces for the whole <sheetData>, joined once: a row's tag is taken back when the row holds nothing.
  const data: string[] = [];
  const letters: string[] = [];
  const cellXml = cellWriter('');
  for (const [row, cells] of rows) {
    const height = heights.get(row);
    const open = data.length;
    data.push(height === undefined ? `<row r="${row}">` : `<row r="${row}" ht="${height}" customHeight="1">`);
    for (const [col, cell] of cells) {
      const xml = cellXml((letters[col] ??= columnLetters(col)) + row, cell, cell.style ? xf(cell.style) : defaultStyle);
      if (xml === null) continue;
      pending ||= uncalculated(cell);
      data.push(xml);
      if (col < left) left = col;
      if (col > right) right = col;
    }
    if (data.length === open + 1 && height === undefined) {
      data.pop();
      continue;
    }
    data.push('</row>');
    if (row < top) top = row;
    if (row > bottom) bottom = row;
  }
  const dimension = right < 0 || bottom === 0 ? 'A1' : `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;

  const out: string[] = [XML_DECLARATION, `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`];
  if (plan.print?.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="${dimension}"/>`);
  const pane = frozenPane(plan.freezeRows);
  // The sheet shown on opening is the selected tab; a printed document shows no gridlines.
  const view = `${plan.activate ? ' tabSelected="1"' : ''}${plan.print?.margins ? ' showGridLines="0"' : ''} workbookViewId="0"`;
  out.push(pane ? `<sheetViews><sheetView${view}>${pane}</sheetView></sheetViews>` : `<sheetViews><sheetView${view}/></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = columnsXml({ ...(plan.widths ?? {}), ...charWidths(plan.columnPoints, styles) });
  if (cols) out.push(`<cols>${cols}</cols>`);
  out.push(data.length > 0 ? `<sheetData>${data.join('')}</sheetData>` : '<sheetData/>');
  if (plan.merges?.length) out.push(`<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('')}</mergeCells>`);
  out.push(conditionalFormatsXml(plan.conditionalFormats ?? [], styles, 1, ''));
  const print = plan.print;
  if (print?.centerHorizontally) out.push('<printOptions horizontalCentered="1"/>');
  const m = print?.margins ? mapValues(print.margins, inches) : DEFAULT_MARGINS;
  out.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
  if (print) {
    const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    // Each printed sheet counts its pages from 1, also when the workbook is printed whole.
    const first = print.pageNumbers ? ' useFirstPageNumber="1" firstPageNumber="1"' : '';
    out.push(`<pageSetup paperSize="9" orientation="${print.orientation}"${fit}${first}/>`);
  }
  if (print?.pageNumbers) {
    // Page numbers centred at the top of every page but the first (differentFirst with an empty first-page header).
    const { fontName, fontSize } = print.pageNumbers;
    const code = `&C&"${fontName.replace(/"/g, '')},Regular"&${fontSize}&P`;
    out.push(`<headerFooter differentFirst="1"><oddHeader>${escapeText(code)}</oddHeader></headerFooter>`);
  }
  const breaks = [...new Set(plan.pageBreaks ?? [])].filter((r) => r > 1).sort((a, b) => a - b);
  if (breaks.length > 0) {
    // A break's id is the last row of the page before it.
    out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`);
  }
  if (links.drawing) out.push(`<drawing r:id="${escapeAttr(links.drawing)}"/>`);
  out.push('</worksheet>');
  return { xml: out.join(''), uncalculated: pending };
}

/** Every planned cell in the sheet's font (Times New Roman 12 unless the plan names one) unless its style says more. */
const NO_STYLE: CellStyle = Object.freeze({});

function mapValues<T extends object>(o: T, f: (v: number) => number): Record<keyof T, number> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as number)])) as Record<keyof T, number>;
}

/**
 * Widths in points as a file stores them: characters of the workbook's
 * default font, whose widest digit sets the unit (7 pixels for Calibri 11 or
 * Arial 10, 8 for Times New Roman 12…). Excel and LibreOffice both measure so.
 */
export function charWidths(points: Record<number, number> | undefined, styles: StyleRegistry): Record<number, number> {
  if (!points) return {};
  const digit = maxDigitWidth(styles.normalFont());
  const out: Record<number, number> = {};
  for (const [col, pt] of Object.entries(points)) out[Number(col)] = Math.round(((pt * 96) / 72 / digit) * 256) / 256;
  return out;
}

/** Widths of the digit 0, in ems, of the fonts workbooks use as their default. */
const DIGIT_EMS: Record<string, number> = {
  calibri: 0.507,
  carlito: 0.507,
  arial: 0.556,
  'liberation sans': 0.556,
  'times new roman': 0.5,
  'liberation serif': 0.5,
  cambria: 0.556,
  tahoma: 0.546,
  verdana: 0.636,
  'segoe ui': 0.559,
  aptos: 0.55,
  'aptos narrow': 0.48,
};

/** The widest digit of a font in whole pixels at 96 dpi, as Excel rounds it. */
export function maxDigitWidth(font: { name: string; size: number }): number {
  const em = DIGIT_EMS[font.name.toLowerCase()] ?? 0.55;
  return Math.max(1, Math.round(em * font.size * (96 / 72)));
}

/**
 * Planned cells by 1-based row, each row in column order; where blocks overlap,
 * the later block wins (as sequential writes do). Every cell of a merged area
 * takes the top-left cell's style and loses its value, as merging does in Excel
 * (borders and fills then cover the whole area).
 */
export function plannedRows(plan: Pick<SheetPlan, 'blocks' | 'merges'>): Map<number, Array<[number, CellWrite]>> {
  const rows = new Map<number, Array<[number, CellWrite]>>();
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) => {
      const row = block.top + r;
      let list = rows.get(row);
      if (!list) rows.set(row, (list = []));
      line.forEach((cell, c) => list!.push([block.left + c, cell]));
    });
  }
  const overlapping = plan.blocks.length > 1;
  const touched = new Set<number>();
  const merged = new Map<number, Map<number, CellWrite>>();
  for (const range of plan.merges ?? []) {
    const area = parseArea(range);
    if (!area) continue;
    const master = findCell(rows.get(area.top), area.left);
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        if (row === area.top && col === area.left) continue;
        let line = merged.get(row);
        if (!line) merged.set(row, (line = new Map()));
        line.set(col, master?.style ? { value: null, style: master.style } : { value: null });
        touched.add(row);
      }
    }
  }
  const sorted = new Map([...rows].sort((a, b) => a[0] - b[0]));
  for (const row of merged.keys()) if (!sorted.has(row)) sorted.set(row, []);
  const out = touched.size > 0 ? new Map([...sorted].sort((a, b) => a[0] - b[0])) : sorted;
  if (overlapping || touched.size > 0) {
    for (const [row, list] of out) {
      if (!overlapping && !touched.has(row)) continue;
      const byCol = new Map<number, CellWrite>(list);
      for (const [col, cell] of merged.get(row) ?? []) byCol.set(col, cell);
      out.set(row, [...byCol].sort((a, b) => a[0] - b[0]));
    }
  }
  return out;
}

function findCell(list: Array<[number, CellWrite]> | undefined, col: number): CellWrite | undefined {
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) if (list[i]![0] === col) return list[i]![1];
  return undefined;
}

function frozenPane(freezeRows: number | undefined): string {
  if (!freezeRows || freezeRows <= 1) return '';
  const topLeft = `A${freezeRows}`;
  return `<pane ySplit="${freezeRows - 1}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

/** <col> elements for planned widths (characters, as Excel's column width), one per column. */
export function columnsXml(widths: Record<number, number> | undefined, prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  return Object.entries(widths ?? {})
    .map(([col, width]) => [Number(col), width] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([col, width]) => `<${p}col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`)
    .join('');
}

/**
 * One <conditionalFormatting> per range, a "cell value equals this text" rule
 * per planned format, with the fill and font colour as a dxf. Priorities count
 * up from `firstPriority` (1 is applied first).
 */
export function conditionalFormatsXml(formats: readonly ConditionalFormat[], styles: StyleRegistry, firstPriority: number, prefix: string): string {
  const p = prefix ? `${prefix}:` : '';
  const byRange = new Map<string, ConditionalFormat[]>();
  for (const cf of formats) {
    const list = byRange.get(cf.range);
    if (list) list.push(cf);
    else byRange.set(cf.range, [cf]);
  }
  let priority = firstPriority;
  const out: string[] = [];
  for (const [range, rules] of byRange) {
    const body = rules
      .map((cf) => {
        const dxfId = styles.dxf(cf);
        const formula = `"${cf.textEquals.replace(/"/g, '""')}"`;
        return `<${p}cfRule type="cellIs" dxfId="${dxfId}" priority="${priority++}" operator="equal"><${p}formula>${escapeText(formula)}</${p}formula></${p}cfRule>`;
      })
      .join('');
    out.push(`<${p}conditionalFormatting sqref="${escapeAttr(range)}">${body}</${p}conditionalFormatting>`);
  }
  return out.join('');
}
