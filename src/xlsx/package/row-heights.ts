/**
 * Excel and LibreOffice do not grow rows for wrapped text a file leaves without
 * a height, so wrapped rows get a height from their longest text and the column
 * widths (Office.js adapters autofit instead). The estimate of the ExcelJS
 * writer, kept as it was: a merged cell wraps over the width of all its columns.
 */
import { parseAddress } from '../../core/grid';
import type { SheetPlan } from '../../core/writing/write-plan';

const LINE_POINTS = 15.5;
const MAX_POINTS = 409;

/** Row heights in points by 1-based row, for the rows whose wrapped text needs more than one line. */
export function wrappedRowHeights(plan: Pick<SheetPlan, 'blocks' | 'merges' | 'widths'>): Map<number, number> {
  const widths = plan.widths ?? {};
  const widthOf = (col: number): number => widths[col] ?? 10;
  // Keyed by row * 16384 + column: a merged cell's top-left corner.
  const mergedWidth = new Map<number, number>();
  for (const range of plan.merges ?? []) {
    const [a, b] = range.split(':').map(parseAddress);
    if (!a || !b) continue;
    let width = 0;
    for (let col = a.col; col <= b.col; col++) width += widthOf(col);
    mergedWidth.set((a.row + 1) * 16384 + a.col, width);
  }
  const heights = new Map<number, number>();
  for (const block of plan.blocks) {
    for (let r = 0; r < block.cells.length; r++) {
      const line = block.cells[r]!;
      const row = block.top + r;
      let lines = 1;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c]!;
        if (!cell.style?.wrap || typeof cell.value !== 'string') continue;
        const col = block.left + c;
        const width = mergedWidth.get(row * 16384 + col) ?? widthOf(col);
        const perLine = Math.max(1, width * (cell.style.bold ? 1.0 : 1.25)); // characters per line, roughly
        lines = Math.max(lines, linesOf(cell.value, perLine));
      }
      if (lines > 1) heights.set(row, Math.min(MAX_POINTS, LINE_POINTS * lines));
    }
  }
  return heights;
}

function linesOf(text: string, perLine: number): number {
  if (!text.includes('\n')) return Math.max(1, Math.ceil(text.length / perLine));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}
