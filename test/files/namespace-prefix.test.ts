import { rootPrefix, withoutPrefix } from '../../src/xlsx/namespace-prefix';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

describe('SpreadsheetML written with a namespace prefix', () => {
  it('finds the prefix of the root only when it is bound to a namespace ExcelJS reads unprefixed', () => {
    expect(rootPrefix(`<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`)).toBe('x');
    expect(rootPrefix(`<?xml version="1.0"?><!-- made by the SDK --><p:Relationships xmlns:p="${RELS}"/>`)).toBe('p');
    expect(rootPrefix(`<worksheet xmlns="${MAIN}"><x14ac:thing xmlns:x14ac="${MAIN}"/></worksheet>`)).toBeNull();
    // Drawings keep their prefixes: ExcelJS expects "xdr:wsDr".
    expect(rootPrefix('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>')).toBeNull();
  });

  it('removes it from element names, keeps attributes, text and other prefixes', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:r="r-ns" xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a &lt;x:b&gt; c</x:t></x:is></x:c></x:row></x:sheetData><mc:Fallback/></x:worksheet>`;
    expect(withoutPrefix(xml, 'x')).toBe(
      `<?xml version="1.0"?><worksheet xmlns:r="r-ns" xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a &lt;x:b&gt; c</t></is></c></row></sheetData><mc:Fallback/></worksheet>`,
    );
  });

  it('drops the declaration instead when the root already has a default namespace (two would be an error)', () => {
    const xml = `<x:sst xmlns="other" xmlns:x="${MAIN}"><x:si/></x:sst>`;
    expect(withoutPrefix(xml, 'x')).toBe('<sst xmlns="other"><si/></sst>');
  });
});
