/**
 * The DTI record (the mapping, the commune and the own-sheet list, namespace
 * urn:dti-excel:mapping:v1) lives in a custom XML part, where Excel's
 * workbook.customXmlParts finds it. It is rewritten in the part that holds it;
 * only a package without one gets new parts (the item, its properties, their
 * relationship, the workbook's relationship and the content type). Extra copies
 * left by older versions are removed so a reader never finds a stale one first.
 * A record that cannot be read, or that a newer version wrote, is never written
 * over nor removed: such a write is refused (RecordKeptError).
 */
import { type MappingRecord, mappingToXml, readMappingRecord } from '../../core/mapping-xml';
import type { WorkbookMapping } from '../../core/schema';
import { FileError } from '../../files/file-error';
import { recordKept } from '../../ports/blocked-writes';
import { storedFromParts } from '../../ports/stored-mapping';
import type { StoredMapping } from '../../ports/workbook-port';
import { ContentTypes } from './content-types';
import { CONTENT_TYPE, REL_TYPE } from './namespaces';
import type { PackageEdit, XlsxPackage } from './opc-package';
import { relsPathOf } from './part-paths';
import { Relationships } from './relationships';
import { WorkbookPart } from './workbook-part';

const ITEM = /^customXml\/item(\d+)\.xml$/i;

/** The custom XML parts holding a DTI record (by their root element), in package order. */
async function recordParts(edit: PackageEdit): Promise<Array<{ path: string; record: MappingRecord }>> {
  const out: Array<{ path: string; record: MappingRecord }> = [];
  for (const path of edit.paths().filter((p) => ITEM.test(p))) {
    const xml = await edit.read(path);
    const record = xml === null ? null : readMappingRecord(xml);
    if (record) out.push({ path, record });
  }
  return out;
}

/** A write that would replace a DTI record that cannot be read or that a newer version wrote. */
export class RecordKeptError extends FileError {
  constructor(
    readonly state: 'damaged' | 'newer',
    readonly part: string,
  ) {
    super(recordKept('', state, part).message, part);
  }
}

/** The record part a write must leave alone, if any: the first one that is damaged or a newer version's. */
export async function keptRecord(edit: PackageEdit): Promise<{ state: 'damaged' | 'newer'; part: string } | null> {
  const kept = (await recordParts(edit)).find((p) => p.record.state !== 'ok');
  return kept ? { state: kept.record.state as 'damaged' | 'newer', part: kept.path } : null;
}

/** The record as stored (the first DTI part, as Excel's reader takes it). */
export async function readDtiRecord(edit: PackageEdit): Promise<StoredMapping> {
  const texts: string[] = [];
  for (const path of edit.paths().filter((p) => ITEM.test(p))) texts.push((await edit.read(path)) ?? '');
  return storedFromParts(texts) ?? { found: false };
}

/** Writes the record; throws RecordKeptError, before changing anything, when a record part must be kept. */
export async function writeDtiRecord(edit: PackageEdit, workbook: WorkbookPart, types: ContentTypes, mapping: WorkbookMapping): Promise<void> {
  const kept = await keptRecord(edit);
  if (kept) throw new RecordKeptError(kept.state, kept.part);
  const [first, ...extra] = await recordParts(edit);
  for (const { path } of extra) await removeRecordPart(edit, workbook, types, path);
  if (first?.record.state === 'ok') {
    await edit.write(first.path, mappingToXml(mapping, first.record.xml), 'the DTI record (mapping, own sheets) is rewritten in its part');
    return;
  }
  const xml = mappingToXml(mapping);
  let n = 1;
  while (edit.has(`customXml/item${n}.xml`) || edit.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const why = 'a package without a DTI record gets one';
  await edit.write(item, xml, why);
  await edit.write(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{${guid(n)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    why,
  );
  const itemRels = await Relationships.load(edit, item);
  itemRels.add(REL_TYPE.customXmlProps, props);
  await itemRels.save(edit, why);
  workbook.rels.add(REL_TYPE.customXml, item);
  types.ensureDefault('xml', CONTENT_TYPE.xml);
  types.setOverride(props, CONTENT_TYPE.customXmlProps);
}

/** The record written into a package on its own (a mapping saved without any sheet written). */
export async function putDtiRecord(pkg: XlsxPackage, mapping: WorkbookMapping): Promise<void> {
  const edit = pkg.begin();
  const workbook = await WorkbookPart.load(edit);
  const types = await ContentTypes.load(edit);
  await writeDtiRecord(edit, workbook, types, mapping);
  await workbook.save(edit, 'the DTI record part is linked from the workbook');
  await types.save(edit, 'the DTI record part was added');
  edit.commit();
}

async function removeRecordPart(edit: PackageEdit, workbook: WorkbookPart, types: ContentTypes, path: string): Promise<void> {
  const why = 'a second copy of the DTI record is removed';
  const rels = await Relationships.load(edit, path);
  for (const rel of rels.list()) {
    if (rel.part === null) continue;
    edit.remove(rel.part, why);
    types.removeOverride(rel.part);
  }
  edit.remove(relsPathOf(path), why);
  edit.remove(path, why);
  types.removeOverride(path);
  for (const rel of workbook.rels.list()) if (rel.part?.toLowerCase() === path.toLowerCase()) workbook.rels.remove(rel.id);
}

/** A fixed, valid GUID per part index: files written twice stay identical. */
function guid(n: number): string {
  return `D71E0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
