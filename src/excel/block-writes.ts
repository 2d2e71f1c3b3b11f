/**
 * A planned block as Office.js will receive it: the number formats and
 * formulas as 2-D arrays, and the styles as rectangles of equal style (runs of
 * a row, stacked with the same runs of the rows below, so a table of a
 * thousand alike rows costs a handful of style calls, not thousands), with an
 * estimate of the request bytes it takes.
 */
import type { Block, CellStyle, CellWrite } from '../core/writing/write-plan';
import { formulaInput, numberFormatInput, visualStyle } from './cell-styles';

/** A rectangle of cells sharing one style, relative to the block's top-left cell. */
export interface StyleRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
  style: CellStyle;
}

export interface BlockWrite {
  /** 0-based sheet row and column of the top-left cell. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  numberFormat: string[][];
  formulas: Array<Array<string | number | boolean>>;
  styles: StyleRect[];
  /** Estimated bytes of the request that carries it. */
  bytes: number;
}

/**
 * Office.js sends each action and each object path as a JSON record of about
 * 100 bytes; a style call is a range path plus one action per property set
 * (each border edge is an object and an action). Counted generously.
 */
const RECORD_BYTES = 120;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON (Vietnamese letters are 2–3 bytes each). */
export function jsonBytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data) ?? '').length;
}

export function prepareBlock(block: Block): BlockWrite {
  const rows = block.cells.length;
  const cols = Math.max(0, ...block.cells.map((line) => line.length));
  const grid: Array<Array<CellWrite | undefined>> = block.cells.map((line) => Array.from({ length: cols }, (_, c) => line[c]));
  const numberFormat = grid.map((line) => line.map(numberFormatInput));
  const formulas = grid.map((line) => line.map(formulaInput));
  const styles = styleRects(grid, cols);
  const bytes = jsonBytes(numberFormat) + jsonBytes(formulas) + 4 * RECORD_BYTES + styles.reduce((n, s) => n + styleRecords(s.style) * RECORD_BYTES + jsonBytes(s.style), 0);
  return { row: block.top - 1, col: block.left, rows, cols, numberFormat, formulas, styles, bytes };
}

/** Records a style call sends: the range's path, then an object and an action per property. */
function styleRecords(style: CellStyle): number {
  let n = 1;
  for (const [key, value] of Object.entries(style)) {
    if (value === undefined) continue;
    n += key === 'border' ? 12 : 3;
  }
  return n;
}

interface Run {
  start: number;
  end: number;
  key: string;
  style: CellStyle | null;
}

function rowRuns(line: Array<CellWrite | undefined>, cols: number): Run[] {
  const runs: Run[] = [];
  for (let c = 0; c < cols; c++) {
    const style = visualStyle(line[c]?.style);
    const key = JSON.stringify(style);
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.end = c;
    else runs.push({ start: c, end: c, key, style });
  }
  return runs;
}

/** Runs of equal style in each row, stacked downwards while the rows below have the very same run. */
export function styleRects(grid: Array<Array<CellWrite | undefined>>, cols: number): StyleRect[] {
  const out: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  grid.forEach((line, r) => {
    const next = new Map<string, StyleRect>();
    for (const run of rowRuns(line, cols)) {
      if (!run.style) continue;
      const id = `${run.start}:${run.end}:${run.key}`;
      const rect = open.get(id);
      if (rect) {
        rect.rows += 1;
        open.delete(id);
        next.set(id, rect);
      } else next.set(id, { row: r, col: run.start, rows: 1, cols: run.end - run.start + 1, style: run.style });
    }
    out.push(...open.values());
    open = next;
  });
  out.push(...open.values());
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}
