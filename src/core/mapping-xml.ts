/**
 * The mapping travels inside the workbook as a custom XML part in its own
 * namespace, the JSON record as escaped text (no DOM needed on either side).
 */
import { parseWorkbookMapping, type ParseResult, type WorkbookMapping } from './schema';

export const MAPPING_NAMESPACE = 'urn:dti-excel:mapping:v1';

export function mappingToXml(mapping: WorkbookMapping): string {
  const json = JSON.stringify(mapping);
  return `<?xml version="1.0" encoding="UTF-8"?><dtiMapping xmlns="${MAPPING_NAMESPACE}">${escapeXml(json)}</dtiMapping>`;
}

/** null when the XML is not a DTI mapping part at all. */
export function mappingFromXml(xml: string): ParseResult<WorkbookMapping> | null {
  if (!xml.includes(MAPPING_NAMESPACE)) return null;
  const m = /<(?:\w+:)?dtiMapping\b[^>]*>([\s\S]*)<\/(?:\w+:)?dtiMapping>/.exec(xml);
  if (!m) return { success: false, error: 'Phần XML ánh xạ bị hỏng / The mapping XML part is damaged' };
  return parseWorkbookMapping(unescapeXml(m[1]!));
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}
