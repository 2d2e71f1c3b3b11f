/**
 * A part's XML parsed once by a real XML parser (saxes, the parser ExcelJS
 * uses) into a tree of elements that remembers where each element starts and
 * ends in the text. Edits are then made by splicing the text at those offsets
 * (xml-patch.ts), so everything the edit does not touch keeps its bytes, and
 * prefixes (`<x:sheet>`), attribute order and whitespace of other tools survive.
 */
import { message } from '../../core/messages';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { PackageError } from './package-error';

export interface XmlElement {
  /** The name as written, with its prefix ("x:sheet"). */
  name: string;
  local: string;
  prefix: string;
  /** Namespace URI ('' when none). */
  uri: string;
  /** Attribute values (entities decoded), by the name as written. */
  attrs: Record<string, string>;
  /** Namespaces declared on this element: prefix ('' for the default) → URI. */
  declared: Record<string, string>;
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the start tag's ">". */
  openEnd: number;
  /** Offset of "</" of the end tag (= openEnd for `<a/>`). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
  children: XmlElement[];
  parent: XmlElement | null;
}

/** Parses `xml`; throws a PackageError naming `part` when it is not well-formed. */
export function indexXml(xml: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const openEnd = parser.position;
    const start = xml.lastIndexOf('<', openEnd - 1);
    const attrs: Record<string, string> = {};
    for (const name in tag.attributes) attrs[name] = tag.attributes[name]!.value;
    const parent = stack[stack.length - 1] ?? null;
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      prefix: tag.prefix,
      uri: tag.uri,
      attrs,
      // saxes gives each element the declarations made on it (never changed afterwards).
      declared: tag.ns,
      start,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
      children: [],
      parent,
    };
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop()!;
    element.end = parser.position;
    element.closeStart = element.selfClosing ? element.end : xml.lastIndexOf('<', element.end - 1);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure || !root) {
    throw new PackageError(message('package.bad-xml', { part }), failure?.message.split('\n')[0] ?? 'empty');
  }
  return root;
}

/** The children of `element` with this local name (and namespace, when given). */
export function childrenNamed(element: XmlElement, local: string, uri?: string): XmlElement[] {
  return element.children.filter((c) => c.local === local && (uri === undefined || c.uri === uri));
}

export function childNamed(element: XmlElement, local: string, uri?: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local && (uri === undefined || c.uri === uri));
}

/** The prefix bound to `uri` where `element` is ('' for the default namespace), or null when none is. */
export function prefixFor(element: XmlElement, uri: string): string | null {
  for (let at: XmlElement | null = element; at; at = at.parent) {
    for (const [prefix, bound] of Object.entries(at.declared)) if (bound === uri) return prefix;
  }
  return null;
}

/** The value of an attribute in namespace `uri` (such as r:id), whatever its prefix. */
export function attrNS(element: XmlElement, uri: string, local: string): string | undefined {
  for (const [name, value] of Object.entries(element.attrs)) {
    const colon = name.indexOf(':');
    if (colon < 0 || name.slice(colon + 1) !== local) continue;
    if (prefixFor(element, uri) === name.slice(0, colon)) return value;
  }
  return undefined;
}

/** The element's text content as written (inner XML), decoded for simple text-only elements. */
export function innerText(xml: string, element: XmlElement): string {
  return decodeText(xml.slice(element.openEnd, element.closeStart));
}

function decodeText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (whole, h: string) => codePoint(parseInt(h, 16), whole))
    .replace(/&#(\d+);/g, (whole, d: string) => codePoint(Number(d), whole))
    .replace(/&amp;/g, '&');
}

/** The character a reference stands for; a reference beyond Unicode (&#99999999;) is left as written rather than throwing. */
function codePoint(code: number, written: string): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : written;
}

/** The qualified name of a new element in the namespace whose prefix is `prefix`. */
export function qname(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}
