/**
 * Edits of one XML part, made on the text at the offsets xml-index found:
 * insert, remove or replace whole elements, append children, set attributes.
 * Every byte outside the edited spots stays as it was.
 */
import type { XmlElement } from './xml-index';
import { encodeXstring, needsXstring } from './xstring';

interface Op {
  from: number;
  to: number;
  text: string;
  /** Among insertions at one place, lower ranks come first (schema order); then call order. */
  rank: number;
  seq: number;
}

export class XmlPatch {
  private readonly ops: Op[] = [];
  private readonly attrEdits = new Map<XmlElement, Map<string, string | null>>();
  private readonly appended = new Map<XmlElement, Array<{ text: string; rank: number }>>();
  private seq = 0;

  constructor(readonly xml: string) {}

  get changed(): boolean {
    return this.ops.length > 0 || this.attrEdits.size > 0 || this.appended.size > 0;
  }

  /** Inserts before `element`; several insertions there come by `rank`, then in call order. */
  insertBefore(element: XmlElement, text: string, rank = 0): void {
    this.op(element.start, element.start, text, rank);
  }

  insertAfter(element: XmlElement, text: string): void {
    this.op(element.end, element.end, text);
  }

  /** Adds `text` as the last children of `element` (a self-closing element is opened); by `rank`, then in call order. */
  append(element: XmlElement, text: string, rank = 0): void {
    const list = this.appended.get(element);
    if (list) list.push({ text, rank });
    else this.appended.set(element, [{ text, rank }]);
  }

  remove(element: XmlElement): void {
    this.op(element.start, element.end, '');
  }

  replace(element: XmlElement, text: string): void {
    this.op(element.start, element.end, text);
  }

  /** Replaces what lies between the start and end tags. */
  replaceContent(element: XmlElement, text: string): void {
    if (element.selfClosing) {
      this.append(element, text);
      return;
    }
    this.op(element.openEnd, element.closeStart, text);
  }

  /** Sets (or, with null, removes) an attribute in the element's start tag. */
  setAttr(element: XmlElement, name: string, value: string | null): void {
    let edits = this.attrEdits.get(element);
    if (!edits) {
      edits = new Map();
      this.attrEdits.set(element, edits);
    }
    edits.set(name, value);
  }

  toString(): string {
    const ops = [...this.ops];
    const elements = new Set([...this.attrEdits.keys(), ...this.appended.keys()]);
    for (const element of elements) {
      const children = [...(this.appended.get(element) ?? [])].sort((a, b) => a.rank - b.rank).map((c) => c.text).join('');
      const edits = this.attrEdits.get(element);
      let tag = this.xml.slice(element.start, element.openEnd);
      if (edits) tag = withAttributes(tag, edits);
      if (element.selfClosing && children) {
        tag = `${tag.replace(/\s*\/>$/, '')}>${children}</${element.name}>`;
        ops.push({ from: element.start, to: element.openEnd, text: tag, rank: 0, seq: this.seq++ });
        continue;
      }
      if (edits) ops.push({ from: element.start, to: element.openEnd, text: tag, rank: 0, seq: this.seq++ });
      // After any insertion before the end tag's own position (a child's insertAfter), in schema order.
      if (children) ops.push({ from: element.closeStart, to: element.closeStart, text: children, rank: Number.MAX_SAFE_INTEGER, seq: this.seq++ });
    }
    ops.sort((a, b) => a.from - b.from || (a.to - a.from) - (b.to - b.from) || a.rank - b.rank || a.seq - b.seq);
    const out: string[] = [];
    let at = 0;
    for (const op of ops) {
      if (op.from < at) throw new Error(`Overlapping XML edits at offset ${op.from}`);
      out.push(this.xml.slice(at, op.from), op.text);
      at = op.to;
    }
    out.push(this.xml.slice(at));
    return out.join('');
  }

  private op(from: number, to: number, text: string, rank = 0): void {
    this.ops.push({ from, to, text, rank, seq: this.seq++ });
  }
}

/** A start tag with attributes set or removed; the others keep their text and order. */
export function withAttributes(tag: string, edits: ReadonlyMap<string, string | null>): string {
  const attrs = attributeSpans(tag);
  let out = tag;
  // Right to left, so earlier spans keep their offsets.
  const existing = [...attrs].reverse();
  const done = new Set<string>();
  for (const span of existing) {
    if (!edits.has(span.name)) continue;
    const value = edits.get(span.name)!;
    done.add(span.name);
    out = out.slice(0, span.from) + (value === null ? '' : ` ${span.name}="${escapeAttr(value)}"`) + out.slice(span.to);
  }
  const added = [...edits].filter(([name, value]) => !done.has(name) && value !== null).map(([name, value]) => ` ${name}="${escapeAttr(value!)}"`).join('');
  if (!added) return out;
  const tail = /\s*\/?>$/.exec(out)!;
  return out.slice(0, tail.index) + added + out.slice(tail.index);
}

/** Each attribute of a start tag: its name and the span of ` name="value"` (leading space included). */
function attributeSpans(tag: string): Array<{ name: string; from: number; to: number }> {
  const spans: Array<{ name: string; from: number; to: number }> = [];
  let i = 1;
  while (i < tag.length && !/[\s/>]/.test(tag[i]!)) i++; // the element's name
  for (;;) {
    const from = i;
    while (i < tag.length && /\s/.test(tag[i]!)) i++;
    if (i >= tag.length || tag[i] === '/' || tag[i] === '>') break;
    const nameStart = i;
    while (i < tag.length && !/[\s=]/.test(tag[i]!)) i++;
    const name = tag.slice(nameStart, i);
    while (/\s/.test(tag[i] ?? '')) i++;
    i++; // "="
    while (/\s/.test(tag[i] ?? '')) i++;
    const quote = tag[i]!;
    const close = tag.indexOf(quote, i + 1);
    i = close + 1;
    spans.push({ name, from, to: i });
  }
  return spans;
}

/** Text for element content: &, < and > escaped, and characters XML 1.0 forbids (or a parser would change) written as Excel's _xHHHH_ (xstring.ts). */
export function escapeText(text: string): string {
  // Most texts need nothing: one quick test instead of four replacements.
  if (!NEEDS_ESCAPE.test(text) && !needsXstring(text)) return text;
  return encodeXstring(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const NEEDS_ESCAPE = /[&<>]/;

/** An attribute value: as element text, with quotes escaped, and tabs and line ends as character references (a parser turns them into spaces). */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
