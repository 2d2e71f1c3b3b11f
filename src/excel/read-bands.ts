/**
 * The fallback read for workbooks too large for one response (Excel on the
 * web refuses responses above 5 MB): the used ranges' sizes first, then their
 * cells in row bands, as many bands per sync as fit a cell budget. A sync that
 * is still too large makes the budget smaller and the read start again.
 * Loaded only for such workbooks (a chunk of its own in the pane).
 */
import type { Grid } from '../core/grid';
import { isResponseTooLarge } from './too-large';
import { parseAreas, rangeAt } from './addresses';
import type { Features } from './features';
import type { ExcelHost } from './host';
import { hiddenColumns, hiddenRows } from './hidden-lines';
import { queueOwnMark, sheetFacts } from './own-mark';
import { usedRangeToGrid } from './to-grid';

/** Cells read per sync at first: about 45 bytes each (values, types, formats, formulas) for typical plans. */
export const BAND_CELLS = 60_000;


interface Shape {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  merges: string | null;
  visible: string | null;
}

interface Band {
  sheet: number;
  top: number;
  rows: number;
}

interface Cells {
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
}

/** Progress of a read: syncs done out of the syncs it takes (known once the sizes are read). */
export type ReadProgress = (done: number, total: number) => void;

export async function readGridsInBands(host: ExcelHost, features: Features, names: string[], budget = BAND_CELLS, onProgress?: ReadProgress): Promise<Grid[]> {
  return (await readBandsAlongside(host, features, names, () => () => undefined, budget, onProgress)).grids;
}

/**
 * Queues loads of its own into the first sync of a band read (the sheets' sizes)
 * and gives back a reader of what they loaded, called after that sync.
 */
export type Alongside<T> = (context: Excel.RequestContext) => () => T;

/** The band read, with `alongside`'s loads sent in its first sync: what it read comes back as `extra`. */
export async function readBandsAlongside<T>(host: ExcelHost, features: Features, names: string[], alongside: Alongside<T>, budget = BAND_CELLS, onProgress?: ReadProgress): Promise<{ grids: Grid[]; extra: T }> {
  for (let cells = budget; ; cells = Math.floor(cells / 2)) {
    try {
      return await readOnce(host, features, names, cells, alongside, onProgress);
    } catch (error) {
      if (!isResponseTooLarge(error) || cells < 2_000) throw error;
    }
  }
}

async function readOnce<T>(host: ExcelHost, features: Features, names: string[], budget: number, alongside: Alongside<T>, onProgress?: ReadProgress): Promise<{ grids: Grid[]; extra: T }> {
  return host.run(async (context) => {
    const pending = names.map((name) => {
      const sheet = context.workbook.worksheets.getItem(name).load('id,visibility');
      const used = sheet.getUsedRange(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const merges = features.mergedAreas ? used.getMergedAreasOrNullObject().load('address') : null;
      const visible = features.visibleCells ? used.getSpecialCellsOrNullObject('Visible').load('address') : null;
      return { name, sheet, used, merges, visible, names: queueOwnMark(sheet, features) };
    });
    const readExtra = alongside(context);
    await context.sync();
    const extra = readExtra();
    const ids = pending.map((p) => sheetFacts(p.sheet, p.names));
    const shapes: Shape[] = pending.map((p) => ({
      name: p.name,
      rowIndex: p.used.rowIndex,
      columnIndex: p.used.columnIndex,
      rowCount: p.used.rowCount,
      columnCount: p.used.columnCount,
      merges: p.merges && !p.merges.isNullObject ? p.merges.address : null,
      visible: p.visible ? (p.visible.isNullObject ? '' : p.visible.address) : null,
    }));
    const parts: Cells[][] = shapes.map(() => []);
    const syncs = syncsOf(shapes, budget);
    onProgress?.(1, 1 + syncs.length);
    for (const [n, bands] of syncs.entries()) {
      const loads = bands.map((band) => {
        const shape = shapes[band.sheet]!;
        const range = rangeAt(context.workbook.worksheets.getItem(shape.name), band.top, shape.columnIndex, band.rows, shape.columnCount);
        return { band, range: range.load('values,valueTypes,numberFormat,formulas') };
      });
      await context.sync();
      for (const { band, range } of loads) parts[band.sheet]!.push({ values: range.values, valueTypes: range.valueTypes as string[][], numberFormat: range.numberFormat, formulas: range.formulas });
      onProgress?.(n + 2, 1 + syncs.length);
    }
    const grids = shapes.map((shape, i) => {
      const cells = parts[i]!;
      return withId(ids[i]!, usedRangeToGrid({
        sheet: shape.name,
        rowIndex: shape.rowIndex,
        columnIndex: shape.columnIndex,
        values: cells.flatMap((c) => c.values),
        valueTypes: cells.flatMap((c) => c.valueTypes),
        numberFormat: cells.flatMap((c) => c.numberFormat),
        formulas: cells.flatMap((c) => c.formulas),
        merges: shape.merges ? parseAreas(shape.merges) : [],
        hiddenRows: shape.visible === null ? [] : hiddenRows(shape.rowIndex, shape.rowCount, parseAreas(shape.visible)),
        hiddenCols: shape.visible === null ? [] : hiddenColumns(shape.columnIndex, shape.columnCount, parseAreas(shape.visible)),
      }));
    });
    return { grids, extra };
  });
}

/**
 * A sync may hold a tenth more cells than the budget: the budget leaves room
 * (about 2.7 MB of the 5 MB a response may carry), and a few rows left over
 * then ride with the band before instead of costing a round trip of their own.
 */
const SYNC_SLACK = 1.1;

/** The bands grouped by sync: as many as fit the cell budget in each. */
function syncsOf(shapes: Shape[], budget: number): Band[][] {
  const out: Band[][] = [];
  let queued = 0;
  for (const band of bandsOf(shapes, budget)) {
    const size = band.rows * shapes[band.sheet]!.columnCount;
    if (out.length === 0 || (queued > 0 && queued + size > budget * SYNC_SLACK)) {
      out.push([]);
      queued = 0;
    }
    out[out.length - 1]!.push(band);
    queued += size;
  }
  return out;
}

function bandsOf(shapes: Shape[], budget: number): Band[] {
  const out: Band[] = [];
  shapes.forEach((shape, sheet) => {
    const step = Math.max(1, Math.floor(budget / Math.max(1, shape.columnCount)));
    for (let top = 0; top < shape.rowCount; top += step) out.push({ sheet, top: shape.rowIndex + top, rows: Math.min(step, shape.rowCount - top) });
  });
  return out;
}

function withId(id: Pick<Grid, 'sheetId' | 'hidden' | 'ownToken'>, grid: Grid): Grid {
  return { ...grid, ...id };
}
