/**
 * Carries out checked plans. Cells go in as whole blocks (Range.formulas and
 * Range.numberFormat as 2-D arrays), so the number of syncs does not grow with
 * the number of rows: one sync per ~4 MB of request (Excel on the web refuses
 * requests above 5 MB), styles grouped into rectangles of equal style.
 */
import { columnLetters } from '../core/grid';
import { type Block, type SheetPlan, chunkBlocks } from '../core/plan/write-plan';
import { type BlockWrite, jsonBytes, prepareBlock } from './block-writes';
import { applyStyle, columnWidthPoints } from './cell-styles';
import type { Features } from './features';

/** Budget per request, in bytes as block-writes estimates them (UTF-8 JSON plus every action and object path). Under the 5 MB limit. */
export const REQUEST_BUDGET = 4_000_000;

/**
 * The blocks cut into row bands whose estimated request fits the budget.
 * chunkBlocks measures rows by the JSON of the planned cells; a band whose
 * real estimate is over the budget is cut again, smaller in proportion.
 */
export function bandsWithinBudget(blocks: Block[], budget = REQUEST_BUDGET): BlockWrite[] {
  const out: BlockWrite[] = [];
  for (const band of chunkBlocks(blocks, budget)) {
    const write = prepareBlock(band);
    if (write.bytes <= budget || band.cells.length <= 1) {
      out.push(write);
      continue;
    }
    const smaller = Math.max(1, Math.floor((jsonBytes(band.cells) * budget * 0.9) / write.bytes));
    out.push(...bandsWithinBudget(chunkBlocks([band], smaller), budget));
  }
  return out;
}

/** A sheet the writes made for the add-in, with its new id (known once the writes are synced). */
export interface MadeSheet {
  plan: SheetPlan;
  sheet: Excel.Worksheet;
}

export async function writePlans(
  context: Excel.RequestContext,
  features: Features,
  plans: SheetPlan[],
  positions: Map<string, number>,
  onProgress?: (done: number, total: number) => void,
): Promise<MadeSheet[]> {
  const made: MadeSheet[] = [];
  const work = plans.map((plan) => ({ plan, writes: bandsWithinBudget(plan.blocks) }));
  const total = Math.max(1, work.reduce((n, w) => n + w.writes.length, 0));
  let written = 0;
  let pending = 0;
  onProgress?.(0, total);
  for (const { plan, writes } of work) {
    const ws = prepareSheet(context, plan, positions);
    if (plan.mode !== 'cells') made.push({ plan, sheet: ws.load('id') });
    for (const write of writes) {
      // A request holds as many bands as fit the budget; a full one is sent before the next is queued.
      if (pending > 0 && pending + write.bytes > REQUEST_BUDGET) {
        await context.sync();
        onProgress?.(written, total);
        pending = 0;
      }
      writeBlock(ws, write);
      pending += write.bytes;
      written += 1;
    }
    finishSheet(ws, features, plan);
  }
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

function writeBlock(ws: Excel.Worksheet, write: BlockWrite): void {
  if (write.rows === 0 || write.cols === 0) return;
  const range = ws.getRangeByIndexes(write.row, write.col, write.rows, write.cols);
  // Number formats first: a formula written into a cell formatted as text would stay text.
  range.numberFormat = write.numberFormat;
  range.formulas = write.formulas;
  for (const rect of write.styles) applyStyle(ws.getRangeByIndexes(write.row + rect.row, write.col + rect.col, rect.rows, rect.cols), rect.style);
}

function finishSheet(ws: Excel.Worksheet, features: Features, plan: SheetPlan): void {
  for (const address of plan.merges ?? []) {
    const range = ws.getRange(address);
    range.unmerge();
    range.merge(false);
  }
  for (const [col, chars] of Object.entries(plan.widths ?? {})) {
    const letters = columnLetters(Number(col));
    ws.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(chars);
  }
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
  if (features.pageLayout && plan.print) {
    ws.pageLayout.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    if (plan.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
    if (plan.print.repeatRows) ws.pageLayout.setPrintTitleRows(`$${plan.print.repeatRows.first}:$${plan.print.repeatRows.last}`);
  }
  if (features.charts && plan.chart) {
    const chart = ws.charts.add('BarStacked', ws.getRange(plan.chart.source), 'Columns');
    chart.title.text = plan.chart.title;
    chart.setPosition(plan.chart.anchor);
  }
}
