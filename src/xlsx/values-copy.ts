import { rootPrefix } from './namespace-prefix';
import { dropCalcChain } from './package/calc-chain';
import { ContentTypes } from './package/content-types';
import { XlsxPackage } from './package/opc-package';
import { WorkbookPart } from './package/workbook-part';

/** A DTI custom function call as Excel stores it: "DTI.STATUS(" or, before the add-in loads, "_xldudf_DTI_STATUS(". */
const DTI_CALL = /(?:^|[^A-Za-z0-9_.])(?:_xldudf_)?DTI[._][A-Z]+\s*\(/i;

export interface ValuesCopy {
  bytes: Uint8Array;
  /** How many cells had a DTI formula replaced by its value. */
  replaced: number;
}

/**
 * A copy of an .xlsx in which every cell whose formula calls a DTI function
 * keeps only the value Excel last computed, so a recipient without the add-in
 * sees numbers and words, not #NAME?. Other formulas stay. Works on the file's
 * bytes, so the task pane (Office file API) and the command line share it. The
 * package is patched: the worksheets the workbook lists (whatever their part
 * names or namespace prefix) are the only parts rewritten, with the calculation
 * chain; every other part keeps its bytes, and each is checked against its CRC.
 */
export async function makeValuesCopy(input: Uint8Array | ArrayBuffer): Promise<ValuesCopy> {
  const pkg = await XlsxPackage.load(input instanceof Uint8Array ? input : new Uint8Array(input));
  const edit = pkg.begin();
  const workbook = await WorkbookPart.load(edit);
  let replaced = 0;
  for (const sheet of workbook.sheets) {
    if (!sheet.isWorksheet || !sheet.part) continue;
    const xml = await edit.read(sheet.part);
    if (xml === null) continue;
    const result = replaceFormulas(xml, rootPrefix(xml.slice(0, 4096)) ?? '');
    if (result.replaced === 0) continue;
    await edit.write(sheet.part, result.xml, 'its DTI formulas are replaced by their values');
    replaced += result.replaced;
  }
  if (replaced > 0) {
    const types = await ContentTypes.load(edit);
    dropCalcChain(edit, workbook, types);
    await workbook.save(edit, 'the calculation chain is no longer linked');
    await types.save(edit, 'the calculation chain was removed');
  }
  edit.commit();
  return { bytes: await pkg.toBytes(), replaced };
}

/**
 * The sheet's XML with each DTI formula cell holding only its kept value. The
 * value's text is moved as written (character references and _xHHHH_ escapes
 * included), so it reads exactly as before. `prefix` is the SpreadsheetML
 * namespace's prefix in this part ('' when it is the default namespace).
 */
export function replaceFormulas(xml: string, prefix = ''): { xml: string; replaced: number } {
  const p = prefix ? `${prefix}:` : '';
  // An XML prefix holds letters, digits, '_', '-' and '.': only the dot needs escaping.
  const q = p.replace(/\./g, '\\.');
  const cellPattern = new RegExp(`<${q}c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${q}c>)`, 'g');
  const formulaPattern = new RegExp(`<${q}f\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${q}f>)`);
  const valuePattern = new RegExp(`<${q}v(?:\\s[^>]*)?>([\\s\\S]*?)<\\/${q}v>`);
  // Shared formulas: the first cell holds the text, the others only its index.
  const sharedDti = new Set<string>();
  for (const m of xml.matchAll(cellPattern)) {
    const f = formulaPattern.exec(m[2] ?? '');
    const si = f ? /\bsi="(\d+)"/.exec(f[1]!)?.[1] : undefined;
    if (f && si !== undefined && f[2] && DTI_CALL.test(unescape(f[2]))) sharedDti.add(si);
  }
  let replaced = 0;
  const out = xml.replace(cellPattern, (whole, attrs: string, body: string | undefined) => {
    if (!body) return whole;
    const f = formulaPattern.exec(body);
    if (!f) return whole;
    const si = /\bt="shared"/.test(f[1]!) ? /\bsi="(\d+)"/.exec(f[1]!)?.[1] : undefined;
    const isDti = (f[2] !== undefined && DTI_CALL.test(unescape(f[2]))) || (si !== undefined && sharedDti.has(si));
    if (!isDti) return whole;
    replaced++;
    const value = valuePattern.exec(body)?.[1];
    const type = /\bt="(\w+)"/.exec(attrs)?.[1];
    const rest = attrs.replace(/\s*\bt="\w+"/, '');
    if (value === undefined) return `<${p}c${rest}/>`;
    // A formula's text result (t="str") becomes an inline string: "str" is only valid with a formula.
    if (type === 'str') return `<${p}c${rest} t="inlineStr"><${p}is><${p}t xml:space="preserve">${value}</${p}t></${p}is></${p}c>`;
    return `<${p}c${rest}${type ? ` t="${type}"` : ''}><${p}v>${value}</${p}v></${p}c>`;
  });
  return { xml: out, replaced };
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
