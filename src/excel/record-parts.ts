/**
 * Where the add-in's record (the mapping and the own-sheet list) lives in the
 * workbook, read as it is: the custom XML parts of urn:dti-excel:mapping:v1
 * (ExcelApi 1.5), else the document settings under SETTINGS_KEY. Reading
 * them needs no schema: mapping-store.ts checks what they hold, and the pane
 * loads it (with zod) while Excel answers.
 */
import { MAPPING_NAMESPACE } from '../core/record-namespace';
import type { Features } from './features';
import type { ExcelHost } from './host';

export const SETTINGS_KEY = 'dti-excel.mapping.v1';

/** Our custom XML parts, loaded in a batch that is still open. */
export type OurParts = Excel.CustomXmlPartScopedCollection;

/** Queues the load of our parts (their ids), readable after the next sync of the same batch. */
export function queueOurParts(context: Excel.RequestContext): OurParts {
  return context.workbook.customXmlParts.getByNamespace(MAPPING_NAMESPACE).load('items/id');
}

/** The XML of our parts and their ids, as read; null where the record lives in the document settings. */
export type RecordParts = { xmls: string[]; ids: string[] } | null;

/** Two syncs: the parts of our namespace, then their XML (one when there is none). */
export async function readRecordParts(host: ExcelHost, features: Features): Promise<RecordParts> {
  if (!features.customXml) return null;
  return host.run(async (context) => {
    const parts = queueOurParts(context);
    await context.sync();
    if (parts.items.length === 0) return { xmls: [], ids: [] };
    const results = parts.items.map((part) => part.getXml());
    await context.sync();
    return { xmls: results.map((r) => r.value), ids: parts.items.map((p) => p.id) };
  });
}
