/**
 * The mapping lives in the workbook as a custom XML part in the namespace
 * urn:dti-excel:mapping:v1 (ExcelApi 1.5). Where custom XML parts are not
 * supported it goes to the document settings under SETTINGS_KEY instead. A
 * record read back is validated with zod: a damaged one is reported (and the
 * caller runs detection again), never thrown. A chunk of its own in the pane
 * (record-parts.ts reads the parts without it).
 */
import { message } from '../core/messages';
import { mappingToXml, readMappingRecord } from '../core/mapping-xml';
import { parseWorkbookMapping, type WorkbookMapping, WorkbookMappingSchema } from '../core/schema';
import { storedFromParts } from '../ports/stored-mapping';
import type { StoredMapping } from '../ports/workbook-port';
import { AdapterError } from './errors';
import type { Features } from './features';
import type { ExcelHost, SettingsStore } from './host';
import { type OurParts, queueOurParts, type RecordParts, SETTINGS_KEY } from './record-parts';

/** The record as read, with its part's XML when this version may rewrite it (so a rewrite keeps what it does not know). */
export interface StoredRecord {
  stored: StoredMapping;
  xml: string | null;
  /** The ids of our namespace's parts as read (null where the record lives in the document settings). */
  partIds: string[] | null;
}

/** The record from what record-parts read: our parts' XML, else the document settings. */
export function storedRecordOf(parts: RecordParts, settings: SettingsStore | null): StoredRecord {
  return parts ? storedFrom(parts.xmls, settings, parts.ids) : { stored: fromSettings(settings), xml: null, partIds: null };
}

/** The mapping from the XML of our parts (whose ids are `ids`), else from the document settings. */
export function storedFrom(xmls: string[], settings: SettingsStore | null, ids: string[]): StoredRecord {
  const stored = storedFromParts(xmls);
  if (!stored) return { stored: fromSettings(settings), xml: null, partIds: ids };
  const first = xmls.find((xml) => readMappingRecord(xml) !== null);
  return { stored, xml: stored.found && 'mapping' in stored ? (first ?? null) : null, partIds: ids };
}

export function fromSettings(settings: SettingsStore | null): StoredMapping {
  const raw = settings?.get(SETTINGS_KEY);
  if (raw === null || raw === undefined) return { found: false };
  const parsed = parseWorkbookMapping(typeof raw === 'string' ? raw : JSON.stringify(raw));
  return parsed.success ? { found: true, mapping: parsed.data } : { found: true, error: parsed.error };
}

export interface WriteRecordOptions {
  /** Our parts, loaded in an earlier sync of the caller's own batch. */
  loaded?: { context: Excel.RequestContext; parts: OurParts };
  /** The ids of our parts as last read: replaced in one sync while they are still all there. */
  knownIds?: readonly string[] | null;
  /** The record part's XML as last read, whose attributes and elements unknown here are kept. */
  previous?: string | null;
}

/** The new record's XML (null in the document settings) and the id of its part. */
export interface WrittenRecord {
  xml: string | null;
  partIds: string[] | null;
}

/**
 * One sync when the caller already loaded our parts (`loaded`) or knows their
 * ids from the read just before (`knownIds`): the old parts are deleted and the
 * new one added in the same batch. Otherwise, or when a known part has gone
 * since, two: find our parts, then replace them.
 */
export async function writeStoredMapping(host: ExcelHost, features: Features, mapping: WorkbookMapping, options: WriteRecordOptions = {}): Promise<WrittenRecord> {
  const { loaded, knownIds, previous } = options;
  const record = checkedRecord(mapping);
  if (!features.customXml) {
    await toSettings(host.settings, JSON.stringify(record));
    return { xml: null, partIds: null };
  }
  const xml = mappingToXml(record, previous ?? undefined);
  const replace = async (context: Excel.RequestContext, old: readonly Excel.CustomXmlPart[]): Promise<string> => {
    const added = queueReplace(context, old, xml);
    await context.sync();
    return added.id;
  };
  let id: string | null = null;
  if (loaded) id = await replace(loaded.context, loaded.parts.items);
  else if (knownIds) id = await replaceKnown(host, knownIds, xml);
  if (id === null) {
    id = await host.run(async (context) => {
      const parts = queueOurParts(context);
      await context.sync();
      return replace(context, parts.items);
    });
  }
  await dropSettingsRecord(host);
  return { xml, partIds: [id] };
}

/**
 * Queues the record's replacement into a batch still open, to go with its
 * other work in one sync (see OfficeWorkbook.apply). Call `done` after that
 * sync: it gives what was written.
 */
export function queueStoredMapping(host: ExcelHost, context: Excel.RequestContext, parts: OurParts, mapping: WorkbookMapping, previous: string | null): { done: () => Promise<WrittenRecord> } {
  const xml = mappingToXml(checkedRecord(mapping), previous ?? undefined);
  const added = queueReplace(context, parts.items, xml);
  return {
    done: async () => {
      await dropSettingsRecord(host);
      return { xml, partIds: [added.id] };
    },
  };
}

function checkedRecord(mapping: WorkbookMapping): WorkbookMapping {
  const checked = WorkbookMappingSchema.safeParse(mapping);
  if (!checked.success) throw new AdapterError(message('excel.mapping-invalid'));
  return checked.data;
}

/** Deletes the old parts and adds the new one (its id readable after the next sync). */
function queueReplace(context: Excel.RequestContext, old: readonly Excel.CustomXmlPart[], xml: string): Excel.CustomXmlPart {
  for (const part of old) part.delete();
  return context.workbook.customXmlParts.add(xml).load('id');
}

/** A record left in the settings by an older Excel would shadow nothing, but would confuse: drop it. */
async function dropSettingsRecord(host: ExcelHost): Promise<void> {
  if (host.settings?.get(SETTINGS_KEY) !== undefined && host.settings.get(SETTINGS_KEY) !== null) {
    host.settings.remove(SETTINGS_KEY);
    await save(host.settings);
  }
}

/**
 * Replaces the parts read a moment ago in one sync. A part gone since (another
 * copy of the add-in saved meanwhile) fails the batch before the new part is
 * added: null, and the caller finds our parts again. A part added since is
 * seen with the same sync and removed in one more.
 */
async function replaceKnown(host: ExcelHost, knownIds: readonly string[], xml: string): Promise<string | null> {
  try {
    return await host.run(async (context) => {
      for (const id of knownIds) context.workbook.customXmlParts.getItem(id).delete();
      const added = context.workbook.customXmlParts.add(xml).load('id');
      const after = queueOurParts(context);
      await context.sync();
      const extra = after.items.filter((p) => p.id !== added.id);
      if (extra.length > 0) {
        for (const part of extra) part.delete();
        await context.sync();
      }
      return added.id;
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ItemNotFound') return null;
    throw error;
  }
}
async function toSettings(settings: SettingsStore | null, json: string): Promise<void> {
  if (!settings) {
    throw new AdapterError(message('excel.no-custom-xml'));
  }
  settings.set(SETTINGS_KEY, json);
  await save(settings);
}

function save(settings: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === 'failed' || result.status === 'Failed'
        ? reject(new AdapterError(message('excel.settings-not-saved')))
        : resolve(),
    ),
  );
}
