import type { WorkbookMapping } from '../core/schema';
import { putDtiRecord } from './package/dti-record-part';
import { XlsxPackage } from './package/opc-package';

/**
 * Puts the mapping into an .xlsx as the DTI record's custom XML part, where
 * Excel's `workbook.customXmlParts` finds it: rewritten in its part when the
 * file has one, added otherwise. Every other part keeps its bytes.
 */
export async function writeMappingPart(xlsx: Uint8Array | ArrayBuffer, mapping: WorkbookMapping): Promise<Uint8Array> {
  const pkg = await XlsxPackage.load(xlsx instanceof Uint8Array ? xlsx : new Uint8Array(xlsx));
  await putDtiRecord(pkg, mapping);
  return pkg.toBytes();
}
