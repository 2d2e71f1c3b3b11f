/**
 * Planned column widths written into an existing sheet's <cols>. A <col>
 * covers a range of columns (min..max) with one width and style; setting the
 * width of a column inside a range splits it, the other columns keeping every
 * attribute they had. Columns no <col> covers get their own, in order.
 */
import { NS } from './namespaces';
import { WORKSHEET_ORDER, insertInOrder } from './schema-order';
import type { SheetDocument } from './sheet-document';
import { childrenNamed, qname, type XmlElement } from './xml-index';
import { type XmlPatch, withAttributes } from './xml-patch';

export function patchColumns(patch: XmlPatch, doc: SheetDocument, widths: Record<number, number> | undefined): void {
  const wanted = Object.entries(widths ?? {})
    .map(([col, width]) => ({ index: Number(col) + 1, width }))
    .sort((a, b) => a.index - b.index);
  if (wanted.length === 0) return;
  const name = qname(doc.prefix, 'col');
  const plain = (index: number, width: number): string => `<${name} min="${index}" max="${index}" width="${width}" customWidth="1"/>`;
  const container = doc.child('cols');
  if (!container) {
    const cols = qname(doc.prefix, 'cols');
    insertInOrder(patch, doc.root, WORKSHEET_ORDER, 'cols', `<${cols}>${wanted.map((w) => plain(w.index, w.width)).join('')}</${cols}>`);
    return;
  }
  const existing = childrenNamed(container, 'col', NS.main).map((element) => ({ element, min: Number(element.attrs.min), max: Number(element.attrs.max) }));
  const inRange = new Map<XmlElement, typeof wanted>();
  const loose: typeof wanted = [];
  for (const w of wanted) {
    const range = existing.find((e) => e.min <= w.index && w.index <= e.max);
    if (!range) loose.push(w);
    else inRange.set(range.element, [...(inRange.get(range.element) ?? []), w]);
  }
  for (const range of existing) {
    const inside = inRange.get(range.element);
    if (!inside) continue;
    const tag = doc.xml.slice(range.element.start, range.element.openEnd).replace(/\s*\/?>$/, '/>');
    const piece = (min: number, max: number, width?: number): string =>
      withAttributes(tag, new Map<string, string | null>([['min', String(min)], ['max', String(max)], ...(width === undefined ? [] : ([['width', String(width)], ['customWidth', '1']] as const))]));
    const parts: string[] = [];
    let next = range.min;
    for (const w of inside) {
      if (w.index > next) parts.push(piece(next, w.index - 1));
      parts.push(piece(w.index, w.index, w.width));
      next = w.index + 1;
    }
    if (next <= range.max) parts.push(piece(next, range.max));
    const text = parts.join('');
    if (text !== doc.xml.slice(range.element.start, range.element.end)) patch.replace(range.element, text);
  }
  for (const w of loose) {
    const after = existing.find((e) => e.min > w.index);
    if (after) patch.insertBefore(after.element, plain(w.index, w.width));
    else patch.append(container, plain(w.index, w.width));
  }
}
