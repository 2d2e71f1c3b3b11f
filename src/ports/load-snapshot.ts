import { analyzeGrids, type Snapshot } from '../core/workbook/snapshot';
import type { WorkbookPort } from './workbook-port';

/** Reads the whole workbook (two syncs in Excel) and analyses it. */
export async function loadSnapshot(port: WorkbookPort): Promise<Snapshot> {
  const { grids, stored } = await port.readAll();
  const mapping = stored.found && 'mapping' in stored ? stored.mapping : null;
  const mappingError = stored.found && 'error' in stored ? stored.error : null;
  return { grids, mapping, mappingError, ...analyzeGrids(grids, mapping) };
}
