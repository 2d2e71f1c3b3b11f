/**
 * The mapping lives in the workbook as a custom XML part in the namespace
 * urn:dti-excel:mapping:v1 (ExcelApi 1.5). Where custom XML parts are not
 * supported it goes to the document settings under SETTINGS_KEY instead. A
 * record read back is validated with zod: a damaged one is reported (and the
 * caller runs detection again), never thrown.
 */
import { MAPPING_NAMESPACE, mappingToXml, readMappingRecord } from '../core/mapping-xml';
import { parseWorkbookMapping, type WorkbookMapping, WorkbookMappingSchema } from '../core/schema';
import { storedFromParts } from '../ports/stored-mapping';
import type { StoredMapping } from '../ports/workbook-port';
import { AdapterError } from './errors';
import type { Features } from './features';
import type { ExcelHost, SettingsStore } from './host';

export const SETTINGS_KEY = 'dti-excel.mapping.v1';

/** Our custom XML parts, loaded in a batch that is still open. */
export type OurParts = Excel.CustomXmlPartScopedCollection;

/** Queues the load of our parts (their ids), readable after the next sync of the same batch. */
export function queueOurParts(context: Excel.RequestContext): OurParts {
  return context.workbook.customXmlParts.getByNamespace(MAPPING_NAMESPACE).load('items/id');
}

/** The record as read, with its part's XML when this version may rewrite it (so a rewrite keeps what it does not know). */
export interface StoredRecord {
  stored: StoredMapping;
  xml: string | null;
}

/** Two syncs: the parts of our namespace, then their XML. */
export async function readStoredMapping(host: ExcelHost, features: Features): Promise<StoredRecord> {
  if (!features.customXml) return { stored: fromSettings(host.settings), xml: null };
  const xmls = await host.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(MAPPING_NAMESPACE);
    parts.load('items/id');
    await context.sync();
    if (parts.items.length === 0) return [];
    const results = parts.items.map((part) => part.getXml());
    await context.sync();
    return results.map((r) => r.value);
  });
  return storedFrom(xmls, host.settings);
}

/** The mapping from the XML of our parts, else from the document settings. */
export function storedFrom(xmls: string[], settings: SettingsStore | null): StoredRecord {
  const stored = storedFromParts(xmls);
  if (!stored) return { stored: fromSettings(settings), xml: null };
  const first = xmls.find((xml) => readMappingRecord(xml) !== null);
  return { stored, xml: stored.found && 'mapping' in stored ? (first ?? null) : null };
}

export function fromSettings(settings: SettingsStore | null): StoredMapping {
  const raw = settings?.get(SETTINGS_KEY);
  if (raw === null || raw === undefined) return { found: false };
  const parsed = parseWorkbookMapping(typeof raw === 'string' ? raw : JSON.stringify(raw));
  return parsed.success ? { found: true, mapping: parsed.data } : { found: true, error: parsed.error };
}

/**
 * Two syncs: find our old parts, then delete them and add the new one in the
 * same batch; one when the caller already loaded our parts (`loaded`, in an
 * earlier sync of its own batch).
 */
export async function writeStoredMapping(
  host: ExcelHost,
  features: Features,
  mapping: WorkbookMapping,
  loaded?: { context: Excel.RequestContext; parts: OurParts },
  /** The record part's XML as last read, whose attributes and elements unknown here are kept. */
  previous?: string | null,
): Promise<string | null> {
  const checked = WorkbookMappingSchema.safeParse(mapping);
  if (!checked.success) {
    throw new AdapterError({ vi: 'Ánh xạ chưa hợp lệ nên chưa được lưu.', en: 'The mapping is not valid, so it was not saved.' });
  }
  if (!features.customXml) {
    await toSettings(host.settings, JSON.stringify(checked.data));
    return null;
  }
  const xml = mappingToXml(checked.data, previous ?? undefined);
  const replace = async (context: Excel.RequestContext, parts: OurParts): Promise<void> => {
    for (const part of parts.items) part.delete();
    context.workbook.customXmlParts.add(xml);
    await context.sync();
  };
  if (loaded) await replace(loaded.context, loaded.parts);
  else {
    await host.run(async (context) => {
      const parts = queueOurParts(context);
      await context.sync();
      await replace(context, parts);
    });
  }
  // A record left in the settings by an older Excel would shadow nothing, but would confuse: drop it.
  if (host.settings?.get(SETTINGS_KEY) !== undefined && host.settings.get(SETTINGS_KEY) !== null) {
    host.settings.remove(SETTINGS_KEY);
    await save(host.settings);
  }
  return xml;
}

async function toSettings(settings: SettingsStore | null, json: string): Promise<void> {
  if (!settings) {
    throw new AdapterError({ vi: 'Phiên bản Excel này không cho lưu ánh xạ vào tệp.', en: 'This version of Excel cannot keep the mapping in the file.' });
  }
  settings.set(SETTINGS_KEY, json);
  await save(settings);
}

function save(settings: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === 'failed' || result.status === 'Failed'
        ? reject(new AdapterError({ vi: 'Không lưu được cài đặt của tệp.', en: 'Could not save the document settings.' }))
        : resolve(),
    ),
  );
}
