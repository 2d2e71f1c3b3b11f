import { readMappingRecord } from '../core/mapping-xml';
import type { StoredMapping } from './workbook-port';

/** The record in the first of these custom XML parts that is the add-in's (by its root element); null when none is. */
export function storedFromParts(xmls: Iterable<string | null>): StoredMapping | null {
  for (const xml of xmls) {
    const record = xml === null ? null : readMappingRecord(xml);
    if (record === null) continue;
    if (record.state === 'ok') return { found: true, mapping: record.mapping };
    return record.state === 'newer' ? { found: true, error: record.error, newer: true } : { found: true, error: record.error };
  }
  return null;
}
