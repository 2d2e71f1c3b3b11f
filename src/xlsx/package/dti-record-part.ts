/**
 * The DTI record (the mapping, the commune and the own-sheet list, namespace
 * urn:dti-excel:mapping:v1) lives in a custom XML part, where Excel's
 * workbook.customXmlParts finds it. It is rewritten in the part that holds it;
 * only a package without one gets new parts (the item, its properties, their
 * relationship, the workbook's relationship and the content type). Extra copies
 * left by older versions are removed so a reader never finds a stale one first.
 */
import { mappingFromXml, mappingToXml } from '../../core/mapping-xml';
import type { WorkbookMapping } from '../../core/schema';
import type { StoredMapping } from '../../ports/workbook-port';
import { ContentTypes } from './content-types';
import { CONTENT_TYPE, REL_TYPE } from './namespaces';
import type { PackageEdit, XlsxPackage } from './opc-package';
import { relsPathOf } from './part-paths';
import { Relationships } from './relationships';
import { WorkbookPart } from './workbook-part';

const ITEM = /^customXml\/item(\d+)\.xml$/i;

/** The custom XML parts holding a DTI record, in package order. */
async function recordParts(edit: PackageEdit): Promise<string[]> {
  const out: string[] = [];
  for (const path of edit.paths().filter((p) => ITEM.test(p))) {
    const xml = await edit.read(path);
    if (xml !== null && mappingFromXml(xml) !== null) out.push(path);
  }
  return out;
}

/** The record as stored (the first DTI part, as Excel's reader takes it). */
export async function readDtiRecord(edit: PackageEdit): Promise<StoredMapping> {
  for (const path of await recordParts(edit)) {
    const parsed = mappingFromXml((await edit.read(path))!);
    if (!parsed) continue;
    return parsed.success ? { found: true, mapping: parsed.data } : { found: true, error: parsed.error };
  }
  return { found: false };
}

export async function writeDtiRecord(edit: PackageEdit, workbook: WorkbookPart, types: ContentTypes, mapping: WorkbookMapping): Promise<void> {
  const xml = mappingToXml(mapping);
  const [first, ...extra] = await recordParts(edit);
  for (const path of extra) await removeRecordPart(edit, workbook, types, path);
  if (first) {
    await edit.write(first, xml, 'the DTI record (mapping, own sheets) is rewritten in its part');
    return;
  }
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
