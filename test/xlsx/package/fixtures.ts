/**
 * Small .xlsx packages written by hand, as other tools write them: with or
 * without a namespace prefix (the OpenXML SDK writes <x:worksheet>), with the
 * optional parts and elements present or not. Each test names what it needs.
 */
import JSZip from 'jszip';
import type { SheetPlan } from '../../../src/core/writing/write-plan';
import type { WorkbookMapping } from '../../../src/core/schema';
import { applyPlansToPackage, type PackageApply } from '../../../src/xlsx/package/apply-plans';
import { XlsxPackage } from '../../../src/xlsx/package/opc-package';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  name: string;
  /** Children of <worksheet> (in the package's prefix). */
  body: string;
  sheetId?: number;
  /** The sheet's relationships part, when it has one. */
  rels?: string;
}

export interface PackageSpec {
  /** Prefix of the SpreadsheetML namespace ('' = default namespace). */
  prefix?: string;
  sheets: SheetSpec[];
  /** Children of <workbook> before <sheets> (workbookPr, workbookProtection, bookViews…). */
  beforeSheets?: string;
  /** Children of <workbook> after <sheets> (definedNames, calcPr…). */
  afterSheets?: string;
  /** Children of <styleSheet>; null for a package without a styles part. */
  styles?: string | null;
  /** More parts: path → text (their content types must be given in `types`). */
  parts?: Record<string, string>;
  /** More <Override>/<Default> elements for [Content_Types].xml. */
  types?: string;
  /** More <Relationship> elements for the workbook. */
  workbookRels?: string;
}

export const DEFAULT_STYLES =
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>';

export function prefixed(prefix: string, xml: string): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g, (m, slash: string, name: string) => `<${slash}${prefix}:${name}`);
}

export async function buildPackage(spec: PackageSpec): Promise<Uint8Array> {
  const p = spec.prefix ?? '';
  const ns = p ? `xmlns:${p}="${MAIN}"` : `xmlns="${MAIN}"`;
  const zip = new JSZip();
  const part = { createFolders: false };
  const overrides = spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  const stylesType = spec.styles === null ? '' : '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>';
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${stylesType}${spec.types ?? ''}</Types>`,
    part,
  );
  zip.file('_rels/.rels', `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`, part);
  const sheets = spec.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${s.sheetId ?? i + 1}" r:id="R${i + 1}"/>`).join('');
  zip.file('xl/workbook.xml', `${DECL}<${p ? `${p}:` : ''}workbook ${ns} xmlns:r="${REL}">${prefixed(p, `${spec.beforeSheets ?? ''}<sheets>${sheets}</sheets>${spec.afterSheets ?? ''}`)}</${p ? `${p}:` : ''}workbook>`, part);
  const rels = spec.sheets.map((_, i) => `<Relationship Id="R${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const stylesRel = spec.styles === null ? '' : `<Relationship Id="RS" Type="${REL}/styles" Target="styles.xml"/>`;
  zip.file('xl/_rels/workbook.xml.rels', `${DECL}<Relationships xmlns="${PKG_REL}">${rels}${stylesRel}${spec.workbookRels ?? ''}</Relationships>`, part);
  spec.sheets.forEach((s, i) => {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `${DECL}<${p ? `${p}:` : ''}worksheet ${ns} xmlns:r="${REL}">${prefixed(p, s.body)}</${p ? `${p}:` : ''}worksheet>`, part);
    if (s.rels) zip.file(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, s.rels, part);
  });
  if (spec.styles !== null) zip.file('xl/styles.xml', `${DECL}<${p ? `${p}:` : ''}styleSheet ${ns}>${prefixed(p, spec.styles ?? DEFAULT_STYLES)}</${p ? `${p}:` : ''}styleSheet>`, part);
  for (const [path, text] of Object.entries(spec.parts ?? {})) zip.file(path, text, part);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Applies plans to a package's bytes; the result and the bytes after. */
export async function applyTo(bytes: Uint8Array, plans: SheetPlan[], record: WorkbookMapping | null = null, allowOverwrite?: string[]): Promise<PackageApply & { bytes: Uint8Array }> {
  const pkg = await XlsxPackage.load(bytes);
  const applied = await applyPlansToPackage(pkg, plans, record, allowOverwrite ? { allowOverwrite } : {});
  return { ...applied, bytes: await pkg.toBytes() };
}

export async function text(bytes: Uint8Array, path: string): Promise<string> {
  const content = await (await JSZip.loadAsync(bytes)).file(path)?.async('string');
  if (content === undefined) throw new Error(`no part ${path}`);
  return content;
}

/** A `cells` plan of one block. */
export function cellsPlan(sheet: string, top: number, left: number, cells: SheetPlan['blocks'][number]['cells'], extra: Partial<SheetPlan> = {}): SheetPlan {
  return { sheet, mode: 'cells', blocks: [{ top, left, cells }], ...extra };
}
