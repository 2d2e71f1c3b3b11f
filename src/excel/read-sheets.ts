import type { Grid } from '../core/grid';
import { parseAreas } from './addresses';
import type { Features } from './features';
import { hiddenColumns, hiddenRows } from './hidden-lines';
import { queueOwnMark, sheetFacts } from './own-mark';
import type { ExcelHost } from './host';
import { readInBands } from './read-in-bands';
import { isResponseTooLarge } from './too-large';
import { type UsedRangeRead, usedRangeToGrid } from './to-grid';

/** Sheet names in workbook order (one sync). */
export async function readSheetNames(host: ExcelHost): Promise<string[]> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

export interface Pending {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
  visible: Excel.RangeAreas | null;
  names: Excel.NamedItemCollection | null;
}

/**
 * The used range (values only, so formatting of whole columns does not blow it
 * up) of each named sheet, read in ONE sync whatever the number of sheets and
 * rows: values, value types, number formats and formulas, plus merged areas
 * (ExcelApi 1.13) and visible cells (ExcelApi 1.9), both in the same batch.
 * Hidden rows are the rows of the used range with no visible cell; finding them
 * this way costs one address string instead of one request per row. Without
 * these requirement sets, merges and hidden rows are simply not reported.
 * A workbook too large for one response (5 MB on the web) is read again in
 * row bands (read-bands): more syncs, only for such workbooks.
 */
export async function readGrids(host: ExcelHost, features: Features, names: string[]): Promise<Grid[]> {
  if (names.length === 0) return [];
  try {
    return await readAtOnce(host, features, names);
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    return (await readInBands()).readGridsInBands(host, features, names);
  }
}

function readAtOnce(host: ExcelHost, features: Features, names: string[]): Promise<Grid[]> {
  return host.run(async (context) => {
    const pending = queueUsedRanges(context, features, names);
    await context.sync();
    return gridsOf(pending);
  });
}

/** Queues the loads of every named sheet's used range; read them with `gridsOf` after the next sync. */
export function queueUsedRanges(context: Excel.RequestContext, features: Features, names: string[]): Pending[] {
  return names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name).load('id,visibility');
    const used = sheet.getUsedRange(true);
    used.load('address,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat,formulas');
    const merges = features.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merges?.load('address');
    const visible = features.visibleCells ? used.getSpecialCellsOrNullObject('Visible') : null;
    visible?.load('address');
    return { name, sheet, used, merges, visible, names: queueOwnMark(sheet, features) };
  });
}

export function gridsOf(pending: Pending[]): Grid[] {
  return pending.map((p) => ({ ...usedRangeToGrid(toRead(p)), ...sheetFacts(p.sheet, p.names) }));
}

function toRead(p: Pending): UsedRangeRead {
  const used = p.used;
  const merges = p.merges && !p.merges.isNullObject ? parseAreas(p.merges.address) : [];
  const visible = p.visible ? (p.visible.isNullObject ? [] : parseAreas(p.visible.address)) : null;
  return {
    sheet: p.name,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values: used.values,
    valueTypes: used.valueTypes as string[][],
    numberFormat: used.numberFormat,
    formulas: used.formulas,
    merges,
    hiddenRows: visible ? hiddenRows(used.rowIndex, used.rowCount, visible) : [],
    hiddenCols: visible ? hiddenColumns(used.columnIndex, used.columnCount, visible) : [],
  };
}
