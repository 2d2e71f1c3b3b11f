import type { Grid } from '../core/grid';
import { MAPPING_NAMESPACE } from '../core/mapping-xml';
import type { Features } from './features';
import type { ExcelHost } from './host';
import { fromSettings, readStoredMapping, type StoredRecord, storedFrom } from './mapping-store';
import { BAND_CELLS, isResponseTooLarge, type ReadProgress, readBandsAlongside, readGridsInBands } from './read-bands';
import { gridsOf, queueUsedRanges } from './read-sheets';

/**
 * Every sheet and the saved mapping in TWO syncs: the sheet names with our XML
 * parts, then every used range with the parts' XML. A workbook too large for one
 * response is read again in bands (more syncs, only for such workbooks).
 */
export async function readWorkbook(host: ExcelHost, features: Features, onProgress?: ReadProgress): Promise<{ grids: Grid[] } & StoredRecord> {
  let names: string[] = [];
  let partIds: string[] = [];
  try {
    onProgress?.(0, 2);
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const parts = features.customXml ? context.workbook.customXmlParts.getByNamespace(MAPPING_NAMESPACE) : null;
      parts?.load('items/id');
      await context.sync();
      onProgress?.(1, 2);
      names = sheets.items.map((s) => s.name);
      partIds = parts ? parts.items.map((p) => p.id) : [];
      const xmls = parts ? parts.items.map((part) => part.getXml()) : [];
      const pending = queueUsedRanges(context, features, names);
      await context.sync();
      onProgress?.(2, 2);
      const record = parts ? storedFrom(xmls.map((x) => x.value), host.settings, parts.items.map((p) => p.id)) : { stored: fromSettings(host.settings), xml: null, partIds: null };
      return { grids: gridsOf(pending), ...record };
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
async function readLarge(host: ExcelHost, features: Features, names: string[], partIds: string[], onProgress?: ReadProgress): Promise<{ grids: Grid[] } & StoredRecord> {
  if (!features.customXml) return { grids: await readGridsInBands(host, features, names, BAND_CELLS, onProgress), stored: fromSettings(host.settings), xml: null, partIds: null };
  try {
    const { grids, extra } = await readBandsAlongside(host, features, names, (context) => {
      const xmls = partIds.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
      return () => storedFrom(xmls.map((x) => x.value), host.settings, partIds);
    }, BAND_CELLS, onProgress);
    return { grids, ...extra };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ItemNotFound') throw error;
    return { grids: await readGridsInBands(host, features, names, BAND_CELLS, onProgress), ...(await readStoredMapping(host, features)) };
  }
}
