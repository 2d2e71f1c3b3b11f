/**
 * Carries out checked plans. Cells go in as whole blocks (Range.formulas and
 * Range.numberFormat as 2-D arrays), so the number of syncs does not grow with
 * the number of rows: one sync per ~3.5 MB of planned cells (Excel on the web
 * refuses requests above 5 MB), styles grouped into runs of equal style.
 */
import { columnLetters } from '../core/grid';
import { type Block, type SheetPlan, chunkBlocks } from '../core/plan/write-plan';
import { applyStyle, columnWidthPoints, formulaInput, numberFormatInput, visualStyle } from './cell-styles';
import type { Features } from './features';

/** Budget per request, as chunkBlocks estimates it (JSON of the planned cells, styles included: more than what is sent). Under the 5 MB limit. */
const CHUNK_BYTES = 3_500_000;

export async function writePlans(
  context: Excel.RequestContext,
  features: Features,
  plans: SheetPlan[],
  positions: Map<string, number>,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const work = plans.map((plan) => ({ plan, chunks: chunkBlocks(plan.blocks, CHUNK_BYTES).map((block) => ({ block, bytes: JSON.stringify(block.cells).length })) }));
  const total = Math.max(1, work.reduce((n, w) => n + w.chunks.length, 0));
  let written = 0;
  let pending = 0;
  onProgress?.(0, total);
  for (const { plan, chunks } of work) {
    const ws = prepareSheet(context, plan, positions);
    for (const { block, bytes } of chunks) {
      // A request holds as many chunks as fit the budget; a full one is sent before the next is queued.
      if (pending > 0 && pending + bytes > CHUNK_BYTES) {
        await context.sync();
        onProgress?.(written, total);
        pending = 0;
      }
      writeBlock(ws, block);
      pending += bytes;
      written += 1;
    }
    finishSheet(ws, features, plan);
  }
  await context.sync();
  onProgress?.(total, total);
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

function writeBlock(ws: Excel.Worksheet, block: Block): void {
  const rows = block.cells.length;
  const cols = Math.max(0, ...block.cells.map((line) => line.length));
  if (rows === 0 || cols === 0) return;
  const range = ws.getRangeByIndexes(block.top - 1, block.left, rows, cols);
  const grid = block.cells.map((line) => Array.from({ length: cols }, (_, c) => line[c]));
  // Number formats first: a formula written into a cell formatted as text would stay text.
  range.numberFormat = grid.map((line) => line.map(numberFormatInput));
  range.formulas = grid.map((line) => line.map(formulaInput));
  grid.forEach((line, r) => {
    let start = 0;
    for (let c = 1; c <= cols; c++) {
      const prev = JSON.stringify(visualStyle(line[start]?.style));
      if (c < cols && JSON.stringify(visualStyle(line[c]?.style)) === prev) continue;
      const style = visualStyle(line[start]?.style);
      if (style) applyStyle(ws.getRangeByIndexes(block.top - 1 + r, block.left + start, 1, c - start), style);
      start = c;
    }
  });
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
