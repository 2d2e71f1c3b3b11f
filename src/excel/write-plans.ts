/**
 * Carries out checked plans. Cells go in as whole blocks (Range.formulas and
 * Range.numberFormat as 2-D arrays), so the number of syncs does not grow with
 * the number of rows: one sync per ~4 MB of request (Excel on the web refuses
 * requests above 5 MB), styles grouped into rectangles of equal style.
 */
import { columnLetters } from '../core/grid';
import { message } from '../core/messages';
import type { Block, CellWrite, SheetPlan } from '../core/writing/write-plan';
import type { BlockedWrite } from '../ports/workbook-port';
import { rangeAt } from './addresses';
import { type BlockWrite, jsonBytes, prepareBlock } from './block-writes';
import { applyStyle, columnWidthPoints, formulaInput, mmToPoints, numberFormatInput } from './cell-styles';
import type { Features } from './features';
import { writeOwnMark } from './own-mark';

/** Budget per request, in bytes as block-writes estimates them (UTF-8 JSON plus every action and object path). Under the 5 MB limit. */
export const REQUEST_BUDGET = 4_000_000;

/**
 * The blocks cut into row bands whose estimated request fits the budget, in
 * order, each row in exactly one band. A band starts from a guess (its rows'
 * formulas and formats as UTF-8 JSON, styles left out) and, while
 * prepareBlock's full estimate is over the budget, is cut to fewer rows in
 * proportion — at least one fewer each time, so the cutting always ends.
 * A single row still over the budget cannot be split by rows: it comes back
 * alone, over budget, and `tooLargeRows` turns it into a refusal before
 * anything is written. (Splitting such a row by columns is not worth it: the
 * plans are at most 11 columns wide, and a row over 4 MB means cells far past
 * Excel's own 32,767 characters.)
 */
export function bandsWithinBudget(blocks: Block[], budget = REQUEST_BUDGET): BlockWrite[] {
  const out: BlockWrite[] = [];
  for (const block of blocks) {
    let start = 0;
    while (start < block.cells.length) {
      let take = rowsThatFit(block.cells, start, budget);
      for (;;) {
        const write = prepareBlock({ top: block.top + start, left: block.left, cells: block.cells.slice(start, start + take) });
        if (write.bytes <= budget || take === 1) {
          out.push(write);
          start += take;
          break;
        }
        take = Math.max(1, Math.min(take - 1, Math.floor((take * budget * 0.9) / write.bytes)));
      }
    }
  }
  return out;
}

/** How many rows from `start` fit the budget by their formulas and formats alone (at least one). */
function rowsThatFit(cells: CellWrite[][], start: number, budget: number): number {
  let size = 0;
  let end = start;
  while (end < cells.length) {
    const line = cells[end]!;
    const row = jsonBytes(line.map(formulaInput)) + jsonBytes(line.map(numberFormatInput));
    if (end > start && size + row > budget) break;
    size += row;
    end += 1;
  }
  return end - start;
}

/** A plan's sheet and its cells as the requests that will carry them. */
export interface PreparedPlan {
  plan: SheetPlan;
  writes: BlockWrite[];
}

/**
 * Bands are cut to an eighth of a request: a request is sent when the next band
 * would not fit, so small bands fill each request to within an eighth of the
 * budget (whole-request bands left requests a third empty, one sync more per
 * 10 MB).
 */
const BANDS_PER_REQUEST = 8;

/**
 * Every plan's bands, computed before anything is written; a row no request can
 * carry is refused with a plain message (and then nothing at all is written).
 */
export function prepareWrites(plans: SheetPlan[], budget = REQUEST_BUDGET): { prepared: PreparedPlan[]; tooLarge: BlockedWrite[] } {
  const prepared = plans.map((plan) => ({ plan, writes: bandsWithinBudget(plan.blocks, budget / BANDS_PER_REQUEST) }));
  return { prepared, tooLarge: prepared.flatMap((p) => tooLargeRows(p, budget)) };
}

function tooLargeRows({ plan, writes }: PreparedPlan, budget: number): BlockedWrite[] {
  return writes
    .filter((w) => w.bytes > budget)
    .map((w) => ({
      sheet: plan.sheet,
      where: `${w.row + 1}:${w.row + 1}`,
      reason: 'too-large' as const,
      message: message('excel.row-too-large', { row: w.row + 1, sheet: plan.sheet, bytes: w.bytes, budget }),
    }));
}

/** A sheet the writes made for the add-in, with its new id (known once the writes are synced). */
export interface MadeSheet {
  plan: SheetPlan;
  sheet: Excel.Worksheet;
}

export async function writePlans(
  context: Excel.RequestContext,
  features: Features,
  work: PreparedPlan[],
  positions: Map<string, number>,
  onProgress?: (done: number, total: number) => void,
  /** Queues more work (the own-sheet record) into the last request, sent with the last writes. */
  withLastWrites?: (made: MadeSheet[]) => void,
): Promise<MadeSheet[]> {
  const made: MadeSheet[] = [];
  const total = Math.max(1, work.reduce((n, w) => n + w.writes.length, 0));
  let written = 0;
  // A request holds as much as fits the budget; a full one is sent before more is queued.
  const request: Request = {
    pending: 0,
    async spend(bytes: number): Promise<void> {
      if (this.pending > 0 && this.pending + bytes > REQUEST_BUDGET) {
        await context.sync();
        onProgress?.(written, total);
        this.pending = 0;
      }
      this.pending += bytes;
    },
  };
  onProgress?.(0, total);
  let shown: Excel.Worksheet | null = null;
  for (const { plan, writes } of work) {
    const ws = prepareSheet(context, plan, positions);
    if (plan.mode !== 'cells') {
      if (plan.own) writeOwnMark(ws, features, plan.own.token);
      made.push({ plan, sheet: ws.load('id') });
    }
    // The sheet's font first: the cells' own styles then change what they name.
    if (plan.font) for (const block of plan.blocks) setFont(ws, block, plan.font);
    for (const write of writes) {
      await request.spend(write.bytes);
      writeBlock(ws, write);
      written += 1;
    }
    await finishSheet(ws, features, plan, request);
    if (plan.activate) shown = ws;
  }
  // Shown last: the workbook opens on it (a hidden sheet can never be the active one).
  shown?.activate();
  withLastWrites?.(made);
  await context.sync();
  onProgress?.(total, total);
  return made;
}

function prepareSheet(context: Excel.RequestContext, plan: SheetPlan, positions: Map<string, number>): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (plan.mode === 'cells') return sheets.getItem(plan.sheet);
  if (plan.mode === 'replace-own' && positions.has(plan.sheet)) {
    sheets.getItem(plan.sheet).delete();
    const fresh = sheets.add(plan.sheet);
    fresh.position = positions.get(plan.sheet)!;
    return fresh;
  }
  return sheets.add(plan.sheet);
}

function setFont(ws: Excel.Worksheet, block: Block, font: { name: string; size: number }): void {
  const cols = block.cells.reduce((n, line) => Math.max(n, line.length), 0);
  if (block.cells.length === 0 || cols === 0) return;
  const range = rangeAt(ws, block.top - 1, block.left, block.cells.length, cols);
  range.format.font.name = font.name;
  range.format.font.size = font.size;
}

function writeBlock(ws: Excel.Worksheet, write: BlockWrite): void {
  if (write.rows === 0 || write.cols === 0) return;
  const range = rangeAt(ws, write.row, write.col, write.rows, write.cols);
  // Number formats first: a formula written into a cell formatted as text would stay text.
  range.numberFormat = write.numberFormat;
  range.formulas = write.formulas;
  for (const rect of write.styles) applyStyle(rangeAt(ws, write.row + rect.row, write.col + rect.col, rect.rows, rect.cols), rect.style);
}

/** The request being filled: `spend` sends it first when what comes next would not fit. */
interface Request {
  pending: number;
  spend(bytes: number): Promise<void>;
}

/**
 * What one layout call costs in a request, at most: the range's object path,
 * its format's, the action and its arguments (see the fake's estimate: about
 * 100 bytes each).
 */
const LAYOUT_CALL_BYTES = 400;

async function finishSheet(ws: Excel.Worksheet, features: Features, plan: SheetPlan, request: Request): Promise<void> {
  for (const address of plan.merges ?? []) {
    await request.spend(2 * LAYOUT_CALL_BYTES);
    const range = ws.getRange(address);
    range.unmerge();
    range.merge(false);
  }
  for (const [col, chars] of Object.entries(plan.widths ?? {})) {
    const letters = columnLetters(Number(col));
    ws.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(chars);
  }
  // A printed document's columns are planned in points, Range.format.columnWidth's own unit.
  for (const [col, points] of Object.entries(plan.columnPoints ?? {})) {
    const letters = columnLetters(Number(col));
    ws.getRange(`${letters}:${letters}`).format.columnWidth = points;
  }
  for (const [first, last, height] of rowRuns(plan.heights)) {
    await request.spend(LAYOUT_CALL_BYTES);
    ws.getRange(`${first}:${last}`).format.rowHeight = height;
  }
  // The rest is a few dozen calls at most (one per column, colour rule, rule, page break, print setting).
  await request.spend(LAYOUT_CALL_BYTES * (60 + (plan.rules?.length ?? 0) * 4 + (plan.pageBreaks?.length ?? 0) + (plan.conditionalFormats?.length ?? 0) * 5));
  if (plan.hidden) ws.visibility = 'Hidden';
  if (features.gridlines && plan.print?.margins) ws.showGridlines = false;
  if (features.conditionalFormats && plan.conditionalFormats?.length) {
    const ranges = [...new Set(plan.conditionalFormats.map((cf) => cf.range))];
    // Our own rules are replaced, never stacked, when the columns are refreshed.
    if (plan.mode === 'cells') for (const address of ranges) ws.getRange(address).conditionalFormats.clearAll();
    for (const cf of plan.conditionalFormats) {
      const rule = ws.getRange(cf.range).conditionalFormats.add('CellValue');
      rule.cellValue.format.fill.color = cf.fill;
      rule.cellValue.format.font.color = cf.fontColor;
      rule.cellValue.rule = { formula1: `="${cf.textEquals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
    }
  }
  if (features.freezePanes && plan.freezeRows && plan.freezeRows > 1) ws.freezePanes.freezeRows(plan.freezeRows - 1);
  if (features.pageLayout && plan.print) printSetup(ws, plan);
  if (features.shapes) {
    for (const rule of plan.rules ?? []) {
      const top = rowTop(plan, rule.row);
      const line = ws.shapes.addLine(rule.from, top, rule.to, top, 'Straight');
      line.name = 'DTI đường kẻ';
      line.lineFormat.color = '#000000';
      line.lineFormat.weight = 0.75;
    }
  }
  if (features.charts && plan.chart) {
    const chart = ws.charts.add('BarStacked', ws.getRange(plan.chart.source), 'Columns');
    chart.title.text = plan.chart.title;
    chart.setPosition(plan.chart.anchor);
  }
}

/** Paper, orientation, margins, centring, scale, print titles, page numbers from page 2, page breaks. */
function printSetup(ws: Excel.Worksheet, plan: SheetPlan): void {
  const print = plan.print!;
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = print.fitToWidth ? { horizontalFitToPages: 1 } : { scale: 100 };
  if (print.margins) {
    const m = print.margins;
    layout.topMargin = mmToPoints(m.top);
    layout.bottomMargin = mmToPoints(m.bottom);
    layout.leftMargin = mmToPoints(m.left);
    layout.rightMargin = mmToPoints(m.right);
    layout.headerMargin = mmToPoints(m.header);
    layout.footerMargin = mmToPoints(m.footer);
  }
  if (print.centerHorizontally) layout.centerHorizontally = true;
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
  if (print.pageNumbers) {
    // Page numbers centred at the top of every page but the first, each sheet counting from 1.
    const { fontName, fontSize } = print.pageNumbers;
    const group = layout.headersFooters;
    group.state = 'FirstAndDefault';
    group.firstPage.centerHeader = '';
    group.defaultForAllPages.centerHeader = `&"${fontName.replace(/"/g, '')},Regular"&${fontSize}&P`;
    layout.firstPageNumber = 1;
  }
  for (const row of plan.pageBreaks ?? []) if (row > 1) ws.horizontalPageBreaks.add(`A${row}`);
}

/** Runs of consecutive rows of equal planned height: [first, last, height]. */
function rowRuns(heights: Record<number, number> | undefined): Array<[number, number, number]> {
  const rows = Object.entries(heights ?? {})
    .map(([row, h]) => [Number(row), h] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number, number]> = [];
  for (const [row, h] of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === row - 1 && last[2] === h) last[1] = row;
    else out.push([row, row, h]);
  }
  return out;
}

/** The top edge of a 1-based row in points, from the planned heights (Excel's 15 pt for a row the plan leaves alone). */
function rowTop(plan: SheetPlan, row: number): number {
  let top = 0;
  for (let r = 1; r < row; r++) top += plan.heights?.[r] ?? 15;
  return top;
}
