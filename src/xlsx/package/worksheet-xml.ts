/**
 * A whole worksheet part written from a SheetPlan (modes `create` and
 * `replace-own`): cells, styles, merges, column widths, row heights for wrapped
 * text, frozen rows, conditional formats, print setup. Elements come in the
 * order SpreadsheetML requires. Print titles are a defined name of the
 * workbook (WorkbookPart.setPrintTitles), not part of the sheet.
 */
import { columnLetters } from '../../core/grid';
import type { CellWrite, ConditionalFormat, SheetPlan } from '../../core/plan/write-plan';
import { cellWriter, uncalculated } from './cell-xml';
import { NS, XML_DECLARATION } from './namespaces';
import { wrappedRowHeights } from './row-heights';
import { parseArea } from './sheet-document';
import type { StyleRegistry } from './styles-registry';
import { escapeAttr, escapeText } from './xml-patch';

/** Page margins in inches, as Excel's Page Setup shows them. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** Page layout a plan does not carry yet (a later task adds it to SheetPlan): margins, header and footer. */
export interface PageExtras {
  margins?: PageMargins;
  /** Header/footer text in Excel's codes ("&C&P / &N": page n of m, centred). */
  oddHeader?: string;
  oddFooter?: string;
}

const DEFAULT_MARGINS: PageMargins = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

export interface WorksheetXml {
  xml: string;
  /** Some formula has no cached result. */
  uncalculated: boolean;
}

export function worksheetXml(plan: SheetPlan, styles: StyleRegistry, extras: PageExtras = {}): WorksheetXml {
  const rows = plannedRows(plan);
  const heights = wrappedRowHeights(plan);
  const defaultStyle = styles.cellXf(NO_STYLE);
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
      const xml = cellXml((letters[col] ??= columnLetters(col)) + row, cell, cell.style ? styles.cellXf(cell.style) : defaultStyle);
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
  out.push(pane ? `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = columnsXml(plan.widths);
  if (cols) out.push(`<cols>${cols}</cols>`);
  out.push(data.length > 0 ? `<sheetData>${data.join('')}</sheetData>` : '<sheetData/>');
  if (plan.merges?.length) out.push(`<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('')}</mergeCells>`);
  out.push(conditionalFormatsXml(plan.conditionalFormats ?? [], styles, 1, ''));
  const m = extras.margins ?? DEFAULT_MARGINS;
  out.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
  if (plan.print) {
    const fit = plan.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    out.push(`<pageSetup paperSize="9" orientation="${plan.print.orientation}"${fit}/>`);
  }
  if (extras.oddHeader || extras.oddFooter) {
    const header = extras.oddHeader ? `<oddHeader>${escapeText(extras.oddHeader)}</oddHeader>` : '';
    const footer = extras.oddFooter ? `<oddFooter>${escapeText(extras.oddFooter)}</oddFooter>` : '';
    out.push(`<headerFooter>${header}${footer}</headerFooter>`);
  }
  out.push('</worksheet>');
  return { xml: out.join(''), uncalculated: pending };
}

/** Every planned cell in the sheet-wide style the ExcelJS writer gave them (Times New Roman 12) unless the plan says more. */
const NO_STYLE = Object.freeze({});

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
