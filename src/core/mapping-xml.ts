/**
 * The mapping travels inside the workbook as a custom XML part: the root
 * element dtiMapping in the add-in's namespace, with a version attribute, the
 * JSON record as its escaped text. A part is the add-in's only by that root
 * (another add-in's part that merely mentions the namespace is not). A record
 * that cannot be read, or that a newer version wrote, is never written over;
 * one that is rewritten keeps the attributes and elements this version does
 * not know.
 */
import type { Bilingual } from './i18n';
import { message } from './messages';
import { MAPPING_NAMESPACE } from './record-namespace';
import { readRecordXml, type RecordRoot } from './record-xml';
import { parseWorkbookMapping, type WorkbookMapping } from './schema';

export { MAPPING_NAMESPACE };
const ROOT = 'dtiMapping';
/** The record version this add-in writes; a higher one is a newer version's. */
export const RECORD_VERSION = 1;

export type MappingRecord =
  | { state: 'ok'; mapping: WorkbookMapping; /** The part's XML, so a rewrite keeps what it does not know. */ xml: string }
  /** Cannot be read: damaged XML, or a record that is not valid. */
  | { state: 'damaged'; error: Bilingual }
  /** Written by a newer version of the add-in. */
  | { state: 'newer'; version: number; error: Bilingual };

const DAMAGED_XML = message('record.damaged-xml');

function newer(version: number): MappingRecord {
  return {
    state: 'newer',
    version,
    error: message('record.newer', { version }),
  };
}

/** The record a part holds; null when the part is not the add-in's (its root is not dtiMapping in our namespace). */
export function readMappingRecord(xml: string): MappingRecord | null {
  const read = readRecordXml(xml);
  if (read.kind === 'none' || !isOurs(read.root)) return null;
  const version = read.root.attrs.version;
  if (version !== undefined && !/^\s*\d{1,9}\s*$/.test(version)) return { state: 'damaged', error: DAMAGED_XML };
  if (version !== undefined && Number(version) > RECORD_VERSION) return newer(Number(version));
  if (read.kind === 'damaged') return { state: 'damaged', error: DAMAGED_XML };
  const jsonVersion = versionInJson(read.text);
  if (jsonVersion !== null && jsonVersion > RECORD_VERSION) return newer(jsonVersion);
  const parsed = parseWorkbookMapping(read.text);
  return parsed.success ? { state: 'ok', mapping: parsed.data, xml } : { state: 'damaged', error: parsed.error };
}

/**
 * The part's XML for `mapping`. Given the record it replaces (read as 'ok'), the
 * prolog, the root's start tag and its child elements are kept as written: only
 * the JSON text changes.
 */
export function mappingToXml(mapping: WorkbookMapping, previous?: string): string {
  const json = escapeXml(JSON.stringify(mapping));
  const read = previous === undefined ? null : readRecordXml(previous);
  if (read?.kind === 'ok' && isOurs(read.root)) {
    const head = read.root.head.endsWith('/>') ? `${read.root.head.slice(0, -2).trimEnd()}>` : read.root.head;
    return `${head}${json}${read.children.join('')}</${read.root.qname}>${read.root.tail}`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?><${ROOT} xmlns="${MAPPING_NAMESPACE}" version="${RECORD_VERSION}">${json}</${ROOT}>`;
}

function isOurs(root: RecordRoot): boolean {
  return root.local === ROOT && root.namespace === MAPPING_NAMESPACE;
}

/** The record's "version" when its text is a JSON object that has a numeric one. */
function versionInJson(text: string): number | null {
  try {
    const raw: unknown = JSON.parse(text);
    const version = raw !== null && typeof raw === 'object' ? (raw as { version?: unknown }).version : undefined;
    return typeof version === 'number' ? version : null;
  } catch {
    return null;
  }
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
