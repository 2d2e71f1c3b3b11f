import { analyzeGrids, type Snapshot } from '../core/workbook/snapshot';
import type { WorkbookPort } from './workbook-port';

/** Reads the whole workbook: names (1 sync), used ranges of all sheets (1 sync), the mapping (≤ 2 syncs). */
export async function loadSnapshot(port: WorkbookPort): Promise<Snapshot> {
  const names = await port.sheetNames();
  const [grids, stored] = await Promise.all([port.readSheets(names), port.readMapping()]);
  const mapping = stored.found && 'mapping' in stored ? stored.mapping : null;
  const mappingError = stored.found && 'error' in stored ? stored.error : null;
  return { grids, mapping, mappingError, ...analyzeGrids(grids, mapping) };
}
