/**
 * ExcelJS matches element names literally ("worksheet", "row", "c"), so it cannot read
 * a valid workbook whose XML binds the SpreadsheetML namespace to a prefix, as the
 * OpenXML SDK writes it: `<x:worksheet xmlns:x="…/spreadsheetml/2006/main"><x:sheetData>`.
 * Such parts are rewritten with the namespace as the default one, which is the same XML.
 */

/** Namespaces whose elements ExcelJS expects without a prefix. */
const UNPREFIXED_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://schemas.openxmlformats.org/package/2006/content-types',
]);

/** How much of a part is looked at to find its root element. */
const HEAD = 4096;

/** The prefix of the root element when it is bound to one of those namespaces, else null. */
export function rootPrefix(head: string): string | null {
  const root = /^\s*<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\b([^>]*)>/.exec(skipProlog(head));
  if (!root) return null;
  const [, prefix, attributes] = root;
  const bound = new RegExp(`\\sxmlns:${escape(prefix!)}\\s*=\\s*["']([^"']*)["']`).exec(attributes!);
  return bound && UNPREFIXED_NAMESPACES.has(bound[1]!) ? prefix! : null;
}

/** The part's text with the root's prefix removed from every element name and its declaration made the default. */
export function withoutPrefix(xml: string, prefix: string): string {
  const p = escape(prefix);
  let out = xml.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1');
  const declaration = new RegExp(`\\sxmlns:${p}(\\s*=\\s*["'][^"']*["'])`);
  const rootTag = /^\s*<[A-Za-z_][\w.-]*\b[^>]*>/.exec(skipProlog(out.slice(0, HEAD)))?.[0] ?? '';
  // Keep an existing default namespace (two would be an error); ExcelJS ignores namespaces anyway.
  out = /\sxmlns\s*=/.test(rootTag) ? out.replace(declaration, '') : out.replace(declaration, ' xmlns$1');
  return out;
}

/** Whether a part should be looked at: XML parts only. */
export function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/** The start of a part, decoded, enough to find its root element. */
export function headOf(data: Uint8Array): string {
  return new TextDecoder().decode(data.subarray(0, HEAD));
}

function skipProlog(xml: string): string {
  // The XML declaration, comments and processing instructions come before the root.
  return xml.replace(/^\uFEFF?(?:\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->)*/, '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
