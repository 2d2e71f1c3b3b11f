import type { FormulaResult } from '../core/formulas';
import { said } from '../core/messages';
import { makeError } from './errors';

/** What Excel passes for a range argument (a single cell arrives as [[value]]). */
export type Matrix = unknown[][];

/** A range, a single value or an omitted argument, as rows of cells. */
export function asMatrix(arg: unknown): Matrix {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [[null]];
  if (arg.every((row) => Array.isArray(row))) {
    const rows = arg as unknown[][];
    return rows.some((row) => row.length === 0) ? rows.map((row) => (row.length === 0 ? [null] : row)) : rows;
  }
  return [arg];
}

/**
 * Applies a one-cell function over its arguments the way Excel lifts functions over
 * arrays: a column of results and one target give a column; an argument with a
 * single row (or column) is repeated along that direction; where a range is shorter
 * than the output, the cell gets #N/A.
 */
export function broadcast(args: readonly unknown[], fn: (...cells: unknown[]) => FormulaResult): unknown[][] {
  const matrices = args.map(asMatrix);
  let rows = 1;
  let cols = 1;
  for (const m of matrices) {
    rows = Math.max(rows, m.length);
    cols = Math.max(cols, m[0]?.length ?? 1);
  }
  const out: unknown[][] = [];
  const cells: unknown[] = new Array<unknown>(matrices.length);
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = new Array<unknown>(cols);
    for (let c = 0; c < cols; c++) {
      let short = false;
      for (let i = 0; i < matrices.length; i++) {
        const m = matrices[i]!;
        const mr = m.length === 1 ? m[0]! : m[r];
        if (mr === undefined) {
          short = true;
          break;
        }
        const cell = mr.length === 1 ? mr[0] : c < mr.length ? mr[c] : SHORT;
        if (cell === SHORT) {
          short = true;
          break;
        }
        cells[i] = cell;
      }
      row[c] = short ? makeError('na', said('vi', 'formula.ranges-differ')) : toCell(fn(...cells));
    }
    out.push(row);
  }
  return out;
}

const SHORT = Symbol('short');

function toCell(result: FormulaResult): unknown {
  return result.ok ? result.value : makeError(result.error, result.message);
}
