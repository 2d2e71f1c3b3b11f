/**
 * The report and its appendix alone, in a workbook of their own, for turning
 * into the PDF that is signed and sent: the same plans the report file holds,
 * applied to an empty package whose default font is Times New Roman 12. A
 * file's column widths count characters of its default font; a converter
 * that lacks the workbook's own default font (Calibri on a Linux machine
 * without Carlito) would measure them in another one and print the page
 * shrunk. Times New Roman (Liberation Serif wherever it is missing: the same
 * metrics) measures the same everywhere. Nothing of the user's workbook is in
 * it, so nothing but the two sheets can print.
 */
import type { SheetPlan } from '../core/writing/write-plan';
import { applyPlansToPackage } from './package/apply-plans';
import { deflateEntry, writeZip } from './package/zip-file';
import { XlsxPackage } from './package/opc-package';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const PARTS: Array<[string, string]> = [
  [
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  ],
  ['_rels/.rels', `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
  ['xl/workbook.xml', `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets/></workbook>`],
  ['xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`],
  [
    'xl/styles.xml',
    `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  ],
];

/** The .xlsx bytes of a workbook holding only the printed sheets of `plans` (new sheets, no DTI record). */
export async function printCopy(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const pkg = await XlsxPackage.load(writeZip(PARTS.map(([name, text]) => deflateEntry(name, encoder.encode(text)))));
  const printed = plans.filter((p) => p.print && !p.hidden).map(({ own: _own, ...plan }) => ({ ...plan, mode: 'create' as const }));
  const applied = await applyPlansToPackage(pkg, printed, null);
  if (!applied.result.ok) throw new Error(`print copy refused: ${applied.result.blocked.map((b) => b.reason).join(', ')}`);
  return pkg.toBytes();
}
