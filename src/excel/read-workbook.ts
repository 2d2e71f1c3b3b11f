import type { Grid } from '../core/grid';
import type { Features } from './features';
import type { ExcelHost } from './host';
import type { ReadProgress } from './read-bands';
import { readInBands } from './read-in-bands';
import { isResponseTooLarge } from './too-large';
import { queueOurParts, readRecordParts, type RecordParts } from './record-parts';
import { gridsOf, queueUsedRanges } from './read-sheets';

/** Every sheet, and the record's parts as they are (mapping-store checks what they hold). */
export interface WorkbookRead {
  grids: Grid[];
  parts: RecordParts;
}

/**
 * Every sheet and the saved mapping in TWO syncs: the sheet names with our XML
 * parts, then every used range with the parts' XML. A workbook too large for one
 * response is read again in bands (more syncs, only for such workbooks).
 */
export async function readWorkbook(host: ExcelHost, features: Features, onProgress?: ReadProgress): Promise<WorkbookRead> {
  let names: string[] = [];
  let partIds: string[] = [];
  try {
    onProgress?.(0, 2);
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const parts = features.customXml ? queueOurParts(context) : null;
      await context.sync();
      onProgress?.(1, 2);
      names = sheets.items.map((s) => s.name);
      partIds = parts ? parts.items.map((p) => p.id) : [];
      const xmls = parts ? parts.items.map((part) => part.getXml()) : [];
      const pending = queueUsedRanges(context, features, names);
      await context.sync();
      onProgress?.(2, 2);
      return { grids: gridsOf(pending), parts: parts ? { xmls: xmls.map((x) => x.value), ids: partIds } : null };
    });
  } catch (error) {
    if (!isResponseTooLarge(error) || names.length === 0) throw error;
    return readLarge(host, features, names, partIds, onProgress);
  }
}

/**
 * A workbook too large for one response: read in bands, the record's XML with
 * the sheets' sizes (its parts are known from the names' sync). Should a part
 * be gone since, the record is read again on its own (two syncs).
 */
async function readLarge(host: ExcelHost, features: Features, names: string[], partIds: string[], onProgress?: ReadProgress): Promise<WorkbookRead> {
  const { BAND_CELLS, readBandsAlongside, readGridsInBands } = await readInBands();
  if (!features.customXml) return { grids: await readGridsInBands(host, features, names, BAND_CELLS, onProgress), parts: null };
  try {
    const { grids, extra } = await readBandsAlongside(host, features, names, (context) => {
      const xmls = partIds.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
      return () => ({ xmls: xmls.map((x) => x.value), ids: partIds });
    }, BAND_CELLS, onProgress);
    return { grids, parts: extra };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ItemNotFound') throw error;
    return { grids: await readGridsInBands(host, features, names, BAND_CELLS, onProgress), parts: await readRecordParts(host, features) };
  }
}
