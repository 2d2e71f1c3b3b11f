import JSZip from 'jszip';
import { mappingToXml } from '../core/mapping-xml';
import type { WorkbookMapping } from '../core/schema';

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/**
 * Puts the mapping into an .xlsx as a custom XML part, where Excel's
 * `workbook.customXmlParts` finds it. ExcelJS drops custom XML parts when it
 * writes a file, so a file written from one that had a mapping gets it back here.
 */
export async function writeMappingPart(xlsx: Uint8Array | ArrayBuffer, mapping: WorkbookMapping): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  // No folder entries: OOXML packages list parts only.
  const part = { createFolders: false };
  zip.file(`customXml/item${n}.xml`, mappingToXml(mapping), part);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{${guid(n)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    part,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
    part,
  );
  const relsPath = 'xl/_rels/workbook.xml.rels';
  const rels = (await zip.file(relsPath)?.async('string')) ?? '';
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`));
  const typesPath = '[Content_Types].xml';
  let types = (await zip.file(typesPath)?.async('string')) ?? '';
  if (!/<Default[^>]*Extension="xml"/.test(types)) types = types.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  types = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`);
  zip.file(typesPath, types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A fixed, valid GUID per part index: files written twice stay identical. */
function guid(n: number): string {
  return `D71E0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
