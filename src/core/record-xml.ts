/**
 * Just enough XML to read the add-in's record part without a parser library
 * (the core runs in the task pane and the command line alike): the root
 * element's name, namespace and attributes, its text (entities decoded), and
 * its child elements as written, so a rewrite can keep what a newer version
 * put there. Anything not well-formed is reported, never thrown.
 */

export interface RecordRoot {
  /** The root's local name and namespace URI. */
  local: string;
  namespace: string | null;
  /** Unprefixed attributes, values decoded (namespace declarations left out). */
  attrs: Record<string, string>;
  /** The XML before the root's content: the prolog and the root's start tag, as written. */
  head: string;
  /** The root's qualified name, for its end tag. */
  qname: string;
  /** What follows the root's end tag (comments, white space), as written. */
  tail: string;
}

export type RecordXml =
  /** No root element can be found: not a record at all. */
  | { kind: 'none' }
  /** A root, but the rest is not well-formed (a bad character reference, an unclosed element…). */
  | { kind: 'damaged'; root: RecordRoot; why: string }
  /** The root, its text and its child elements as written. */
  | { kind: 'ok'; root: RecordRoot; text: string; children: string[] };

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;

/** Reads the root of an XML document, its text and its direct children. */
export function readRecordXml(xml: string): RecordXml {
  const start = skipProlog(xml, 0);
  if (start < 0 || xml[start] !== '<') return { kind: 'none' };
  const tag = readStartTag(xml, start);
  if (!tag) return { kind: 'none' };
  const colon = tag.name.indexOf(':');
  const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
  const attrs: Record<string, string> = {};
  let namespace: string | null = null;
  for (const [name, value] of tag.attrs) {
    if (name === (prefix ? `xmlns:${prefix}` : 'xmlns')) namespace = value ?? null;
    else if (!name.includes(':') && name !== 'xmlns') attrs[name] = value ?? '';
  }
  const root: RecordRoot = { local: tag.name.slice(colon + 1), namespace, attrs, head: xml.slice(0, tag.end), qname: tag.name, tail: '' };
  if (tag.attrs.some(([, value]) => value === null)) return { kind: 'damaged', root, why: 'an attribute value is not well-formed' };
  if (tag.selfClosing) return finish(xml, tag.end, root, '', []);
  return readContent(xml, tag.end, root);
}

function readContent(xml: string, from: number, root: RecordRoot): RecordXml {
  const text: string[] = [];
  const children: string[] = [];
  const open: string[] = [];
  let childStart = -1;
  let at = from;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const chunk = xml.slice(at, lt < 0 ? xml.length : lt);
    if (open.length === 0 && chunk) {
      const decoded = decodeEntities(chunk);
      if (decoded === null) return { kind: 'damaged', root, why: 'a character or entity reference is not valid XML' };
      text.push(decoded);
    } else if (chunk && decodeEntities(chunk) === null) return { kind: 'damaged', root, why: 'a character or entity reference is not valid XML' };
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt) || xml.startsWith('<?', lt)) {
      const end = xml.indexOf(xml.startsWith('<!--', lt) ? '-->' : '?>', lt + 2);
      if (end < 0) break;
      at = end + (xml.startsWith('<!--', lt) ? 3 : 2);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) break;
      if (open.length === 0) text.push(xml.slice(lt + 9, end));
      at = end + 3;
    } else if (xml[lt + 1] === '/') {
      const m = NAME.exec(xml.slice(lt + 2));
      const end = xml.indexOf('>', lt);
      if (!m || end < 0 || xml.slice(lt + 2 + m[0].length, end).trim() !== '') break;
      at = end + 1;
      if (open.length === 0) return m[0] === root.qname ? finish(xml, at, root, text.join(''), children) : { kind: 'damaged', root, why: `</${m[0]}> closes <${root.qname}>` };
      if (open.pop() !== m[0]) return { kind: 'damaged', root, why: `</${m[0]}> closes another element` };
      if (open.length === 0) children.push(xml.slice(childStart, at));
    } else {
      const tag = readStartTag(xml, lt);
      if (!tag || tag.attrs.some(([, value]) => value === null)) break;
      if (open.length === 0) childStart = lt;
      at = tag.end;
      if (!tag.selfClosing) open.push(tag.name);
      else if (open.length === 0) children.push(xml.slice(childStart, at));
    }
  }
  return { kind: 'damaged', root, why: `<${root.qname}> is not closed` };
}

/** After the root's end tag only comments, processing instructions and white space may follow. */
function finish(xml: string, end: number, root: RecordRoot, text: string, children: string[]): RecordXml {
  if (skipProlog(xml, end) !== xml.length) return { kind: 'damaged', root, why: 'something follows the root element' };
  return { kind: 'ok', root: { ...root, tail: xml.slice(end) }, text, children };
}

/** Where the first element starts after declarations, comments and white space; the text's length when nothing else follows; -1 when something else comes first (text, a DOCTYPE, an unclosed comment). */
function skipProlog(xml: string, from: number): number {
  let at = from;
  if (xml.charCodeAt(at) === 0xfeff) at++;
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at]!)) at++;
    if (xml.startsWith('<?', at)) {
      const end = xml.indexOf('?>', at);
      if (end < 0) return -1;
      at = end + 2;
    } else if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at);
      if (end < 0) return -1;
      at = end + 3;
    } else if (at >= xml.length) return xml.length;
    else return xml[at] === '<' && xml[at + 1] !== '!' ? at : -1;
  }
}

interface StartTag {
  name: string;
  /** Attributes in order; a null value is one that is not well-formed. */
  attrs: Array<[string, string | null]>;
  end: number;
  selfClosing: boolean;
}

function readStartTag(xml: string, lt: number): StartTag | null {
  const m = NAME.exec(xml.slice(lt + 1, lt + 1 + 200));
  if (!m) return null;
  const attrs: Array<[string, string | null]> = [];
  let at = lt + 1 + m[0].length;
  for (;;) {
    const space = /^\s*/.exec(xml.slice(at, at + 1000))![0].length;
    at += space;
    if (xml.startsWith('/>', at)) return { name: m[0], attrs, end: at + 2, selfClosing: true };
    if (xml[at] === '>') return { name: m[0], attrs, end: at + 1, selfClosing: false };
    // Attributes are set apart by white space (the name ends where the first one starts).
    if (space === 0) return null;
    const a = /^([A-Za-z_][\w.:-]*)\s*=\s*(["'])/.exec(xml.slice(at, at + 300));
    if (!a) return null;
    const close = xml.indexOf(a[2]!, at + a[0].length);
    if (close < 0) return null;
    const raw = xml.slice(at + a[0].length, close);
    attrs.push([a[1]!, raw.includes('<') ? null : decodeEntities(raw)]);
    at = close + 1;
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with its entity and character references decoded; null when one is not valid XML (unknown, out of range, a character XML forbids). */
export function decodeEntities(text: string): string | null {
  if (!text.includes('&')) return text;
  let bad = false;
  const out = text.replace(/&([^;&\s]{0,12});|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) return (bad = true), whole;
    if (ref in NAMED) return NAMED[ref]!;
    const m = /^#(?:x([0-9A-Fa-f]{1,6})|(\d{1,7}))$/.exec(ref);
    const code = m ? (m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2])) : NaN;
    if (!isXmlChar(code)) return (bad = true), whole;
    return String.fromCodePoint(code);
  });
  return bad ? null : out;
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
