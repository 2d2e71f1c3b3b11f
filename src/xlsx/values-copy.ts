import JSZip from 'jszip';

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
 * bytes, so the task pane (Office file API) and the command line share it.
 */
export async function makeValuesCopy(input: Uint8Array | ArrayBuffer): Promise<ValuesCopy> {
  const zip = await JSZip.loadAsync(input);
  let replaced = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const result = replaceFormulas(xml);
    if (result.replaced > 0) {
      zip.file(name, result.xml);
      replaced += result.replaced;
    }
  }
  if (replaced > 0) await dropCalcChain(zip);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, replaced };
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;

export function replaceFormulas(xml: string): { xml: string; replaced: number } {
  // Shared formulas: the first cell holds the text, the others only its index.
  const sharedDti = new Set<string>();
  for (const m of xml.matchAll(CELL)) {
    const f = FORMULA.exec(m[2] ?? '');
    const si = f ? /\bsi="(\d+)"/.exec(f[1]!)?.[1] : undefined;
    if (f && si !== undefined && f[2] && DTI_CALL.test(unescape(f[2]))) sharedDti.add(si);
  }
  let replaced = 0;
  const out = xml.replace(CELL, (whole, attrs: string, body: string | undefined) => {
    if (!body) return whole;
    const f = FORMULA.exec(body);
    if (!f) return whole;
    const si = /\bt="shared"/.test(f[1]!) ? /\bsi="(\d+)"/.exec(f[1]!)?.[1] : undefined;
    const isDti = (f[2] !== undefined && DTI_CALL.test(unescape(f[2]))) || (si !== undefined && sharedDti.has(si));
    if (!isDti) return whole;
    replaced++;
    const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const type = /\bt="(\w+)"/.exec(attrs)?.[1];
    const rest = attrs.replace(/\s*\bt="\w+"/, '');
    if (value === undefined) return `<c${rest}/>`;
    // A formula's text result (t="str") becomes an inline string: "str" is only valid with a formula.
    if (type === 'str') return `<c${rest} t="inlineStr"><is><t xml:space="preserve">${value}</t></is></c>`;
    return `<c${rest}${type ? ` t="${type}"` : ''}><v>${value}</v></c>`;
  });
  return { xml: out, replaced };
}

/** Excel rebuilds the calculation chain; a stale one pointing at removed formulas makes it "repair" the file. */
async function dropCalcChain(zip: JSZip): Promise<void> {
  if (!zip.file('xl/calcChain.xml')) return;
  zip.remove('xl/calcChain.xml');
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types) zip.file('[Content_Types].xml', types.replace(/<Override[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, ''));
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (rels) zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/, ''));
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
