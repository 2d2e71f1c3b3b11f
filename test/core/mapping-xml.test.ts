/**
 * The DTI record as a custom XML part: known by its root element alone, read
 * without ever throwing, and rewritten keeping what this version does not know.
 */
import { MAPPING_NAMESPACE, mappingToXml, readMappingRecord } from '../../src/core/mapping-xml';
import type { WorkbookMapping } from '../../src/core/schema';

const MAPPING: WorkbookMapping = { version: 1, sheets: { 'Kế hoạch': { indicators: false, tables: [] } }, commune: 'xã Lộc Tấn' };
const JSON_TEXT = JSON.stringify(MAPPING).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const record = (body: string, attrs = ''): string => `<?xml version="1.0"?><dtiMapping xmlns="${MAPPING_NAMESPACE}"${attrs}>${body}</dtiMapping>`;

describe('reading the record part', () => {
  it.each([
    ['a decimal reference beyond Unicode', '&#99999999;'],
    ['a hexadecimal reference beyond Unicode', '&#x110000;'],
    ['a reference to a character XML forbids', '&#0;'],
    ['an entity XML does not define', '&nbsp;'],
    ['a bare ampersand', 'a & b'],
  ])('%s is a damaged record, said plainly, never a RangeError', (_name, bad) => {
    const xml = record(JSON_TEXT.replace('xã Lộc Tấn', `xã ${bad}`));
    expect(() => readMappingRecord(xml)).not.toThrow();
    expect(readMappingRecord(xml)).toMatchObject({
      state: 'damaged',
      error: { vi: 'Bản ghi DTI trong sổ làm việc bị hỏng (phần XML không đọc được)', en: 'The DTI record in the workbook is damaged (its XML cannot be read)' },
    });
  });

  it('an unclosed root, or text after it, is damaged too', () => {
    expect(readMappingRecord(`<dtiMapping xmlns="${MAPPING_NAMESPACE}">${JSON_TEXT}`)).toMatchObject({ state: 'damaged' });
    expect(readMappingRecord(`${record(JSON_TEXT)}rác`)).toMatchObject({ state: 'damaged' });
  });

  it('decodes every reference XML allows, in text and in CDATA', () => {
    const xml = record(JSON_TEXT.replace('xã Lộc Tấn', 'xã L&#7897;c T&#x1EA5;n &lt;1&gt; &apos;\\&quot;').replace('{', '<![CDATA[{]]>'));
    expect(readMappingRecord(xml)).toMatchObject({ state: 'ok', mapping: { ...MAPPING, commune: 'xã Lộc Tấn <1> \'"' } });
  });

  it('is ours only by its root element dtiMapping in our namespace, whatever the prefix', () => {
    expect(readMappingRecord(`<d:dtiMapping xmlns:d="${MAPPING_NAMESPACE}">${JSON_TEXT}</d:dtiMapping>`)).toMatchObject({ state: 'ok', mapping: MAPPING });
    // Another add-in's parts that mention our root and namespace in their text, or use our name in their namespace.
    expect(readMappingRecord(`<notes xmlns="urn:other"><dtiMapping xmlns="${MAPPING_NAMESPACE}">${JSON_TEXT}</dtiMapping></notes>`)).toBeNull();
    expect(readMappingRecord(`<!-- ${MAPPING_NAMESPACE} --><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography">dtiMapping ${MAPPING_NAMESPACE}</b:Sources>`)).toBeNull();
    expect(readMappingRecord(`<dtiMapping xmlns="urn:other">${JSON_TEXT}</dtiMapping>`)).toBeNull();
    expect(readMappingRecord(`<d:dtiMapping xmlns:d="urn:other" xmlns="${MAPPING_NAMESPACE}">${JSON_TEXT}</d:dtiMapping>`)).toBeNull();
    expect(readMappingRecord(`<dtiMappingX xmlns="${MAPPING_NAMESPACE}">${JSON_TEXT}</dtiMappingX>`)).toBeNull();
    expect(readMappingRecord('không phải XML')).toBeNull();
  });

  it('a higher version attribute, or a higher version in the record, is a newer version\'s record (kept, said)', () => {
    const said = {
      vi: 'Bản ghi DTI do một phiên bản DTI mới hơn ghi (phiên bản 2); hãy cập nhật DTI',
      en: 'The DTI record was written by a newer version of DTI (version 2); update DTI',
    };
    expect(readMappingRecord(record(JSON_TEXT, ' version="2"'))).toMatchObject({ state: 'newer', version: 2, error: said });
    expect(readMappingRecord(record(JSON_TEXT.replace('"version":1', '"version":2')))).toMatchObject({ state: 'newer', version: 2, error: said });
    // Even when this version cannot read what the newer one wrote.
    expect(readMappingRecord(record('&#99999999;', ' version="7"'))).toMatchObject({ state: 'newer', version: 7 });
    expect(readMappingRecord(record(JSON_TEXT, ' version="1"'))).toMatchObject({ state: 'ok' });
    expect(readMappingRecord(record(JSON_TEXT, ' version="một"'))).toMatchObject({ state: 'damaged' });
  });

  it('a record that is not valid says why', () => {
    // Said in each language, zod's own English left out of the Vietnamese.
    expect(readMappingRecord(record('{"version":1,"sheets":5}'))).toMatchObject({
      state: 'damaged',
      error: { vi: 'Bản ghi ánh xạ không hợp lệ (mục "sheets"): cần một bảng các mục', en: 'Invalid saved mapping (entry "sheets"): needs a set of entries' },
    });
    const table = '{"headerTop":1,"headerBottom":1,"columns":{"name":"B"},"months":[{"column":"C","year":2026,"month":13}]}';
    const path = 'sheets.S.tables.0.months.0.month';
    expect(readMappingRecord(record(`{"version":1,"sheets":{"S":{"indicators":true,"tables":[${table}]}}}`))).toMatchObject({
      error: { vi: `Bản ghi ánh xạ không hợp lệ (mục "${path}"): lớn hơn mức tối đa 12`, en: `Invalid saved mapping (entry "${path}"): above the maximum 12` },
    });
  });
});

describe('writing the record part', () => {
  it('round-trips any text: markup characters, "]]>", controls and lone surrogates', () => {
    const mapping = { ...MAPPING, commune: 'xã <A> & "B" ]]> \u0001 \uD800 &#99999999;' };
    const xml = mappingToXml(mapping);
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?><dtiMapping xmlns="${MAPPING_NAMESPACE}" version="1">${JSON.stringify(mapping).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</dtiMapping>`);
    expect(readMappingRecord(xml)).toEqual({ state: 'ok', mapping, xml });
  });

  it('rewriting a record keeps its prolog, its start tag (unknown attributes, prefix) and its unknown elements; only the JSON changes', () => {
    const previous =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- giữ -->\n<d:dtiMapping xmlns:d="${MAPPING_NAMESPACE}" xmlns:n="urn:newer" version="1" n:source="task pane" createdBy='x'>` +
      `${JSON_TEXT}<n:audit when="2026-11-05"><n:by>Nguyễn Văn A &amp; B</n:by></n:audit><n:empty/></d:dtiMapping>\n`;
    const next = { ...MAPPING, commune: 'xã Đồng Lạc' };
    const written = mappingToXml(next, previous);
    expect(written).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- giữ -->\n<d:dtiMapping xmlns:d="${MAPPING_NAMESPACE}" xmlns:n="urn:newer" version="1" n:source="task pane" createdBy='x'>` +
        `${JSON.stringify(next)}<n:audit when="2026-11-05"><n:by>Nguyễn Văn A &amp; B</n:by></n:audit><n:empty/></d:dtiMapping>\n`,
    );
    expect(readMappingRecord(written)).toEqual({ state: 'ok', mapping: next, xml: written });
  });
});
