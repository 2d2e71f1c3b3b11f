/**
 * Builds .xlsx packages part by part, the way other programs write them (the
 * OpenXML SDK's prefixed XML, inline strings, cached formula results or none),
 * for the readers' tests. Every part is written by hand here, so a test shows
 * exactly what the file holds.
 */
import JSZip from 'jszip';

export interface SheetPart {
  name: string;
  /** The <sheetData> children, with `{p}` where the namespace prefix goes: `<{p}row r="1">…</{p}row>`. */
  rows: string;
  /** What precedes <sheetData> (`<{p}cols>…`), same convention. */
  before?: string;
  /** What follows <sheetData> (`<{p}mergeCells>…`), same convention. */
  after?: string;
  sheetId?: number;
  state?: 'hidden' | 'veryHidden';
}

export interface PackageSpec {
  sheets: SheetPart[];
  sharedStrings?: string[];
  /** <numFmts> and <cellXfs> content of styles.xml: cell style i has number format id formats[i]. */
  formats?: Array<{ id: number; code?: string }>;
  /** Namespace prefix for SpreadsheetML elements ("x" as the OpenXML SDK writes), or none. */
  prefix?: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function buildPackage(spec: PackageSpec): Promise<Uint8Array> {
  const p = spec.prefix ? `${spec.prefix}:` : '';
  const ns = spec.prefix ? `xmlns:${spec.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const zip = new JSZip();
  const sheets = spec.sheets.map((s, i) => ({ ...s, sheetId: s.sheetId ?? i + 1, rid: `rId${i + 1}`, path: `worksheets/sheet${i + 1}.xml` }));
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((s) => `<Override PartName="/xl/${s.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>${sheets
      .map((s) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${s.state ? ` state="${s.state}"` : ''} r:id="${s.rid}"/>`)
      .join('')}</${p}sheets></${p}workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((s) => `<Relationship Id="${s.rid}" Type="${REL}/worksheet" Target="${s.path}"/>`)
      .join('')}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  const formats = spec.formats ?? [{ id: 0 }];
  const custom = formats.filter((f) => f.code !== undefined);
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${ns}>${custom.length ? `<${p}numFmts count="${custom.length}">${custom.map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeXml(f.code!)}"/>`).join('')}</${p}numFmts>` : ''}<${p}cellXfs count="${formats.length}">${formats
      .map((f) => `<${p}xf numFmtId="${f.id}" applyNumberFormat="1"/>`)
      .join('')}</${p}cellXfs></${p}styleSheet>`,
  );
  const strings = spec.sharedStrings ?? [];
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns} count="${strings.length}">${strings.map((s) => (s.startsWith('<') ? `<${p}si>${s}</${p}si>` : `<${p}si><${p}t xml:space="preserve">${escapeXml(s)}</${p}t></${p}si>`)).join('')}</${p}sst>`);
  const fill = (xml: string): string => xml.replace(/\{p\}/g, p);
  for (const s of sheets) {
    zip.file(`xl/${s.path}`, `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}>${fill(s.before ?? '')}<${p}sheetData>${fill(s.rows)}</${p}sheetData>${fill(s.after ?? '')}</${p}worksheet>`);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
