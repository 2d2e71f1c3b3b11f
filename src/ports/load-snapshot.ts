import type { Grid } from '../core/grid';
import { communeChoice } from '../core/summary/commune';
import { analyzeGrids, type Snapshot } from '../core/workbook/snapshot';
import type { StoredMapping, WorkbookPort } from './workbook-port';

/** Reads the whole workbook (two syncs in Excel) and analyses it. */
export async function loadSnapshot(port: WorkbookPort): Promise<Snapshot> {
  return snapshotOf(await port.readAll());
}

/** The analysis of what a port's readAll gave. */
export function snapshotOf({ grids, stored }: { grids: Grid[]; stored: StoredMapping }): Snapshot {
  const mapping = stored.found && 'mapping' in stored ? stored.mapping : null;
  const mappingError = stored.found && 'error' in stored ? stored.error : null;
  const read = { grids, mapping, mappingError, ...analyzeGrids(grids, mapping) };
  return { ...read, commune: communeChoice(read) };
}
