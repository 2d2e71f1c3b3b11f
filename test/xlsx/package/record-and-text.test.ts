/**
 * The DTI record's part (one, rewritten in place) and the text the writer puts
 * into XML (characters XML forbids, attributes of other tools kept).
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import type { WorkbookMapping } from '../../../src/core/schema';
import { writeMappingPart } from '../../../src/xlsx/mapping-part';
import { RecordKeptError, readDtiRecord } from '../../../src/xlsx/package/dti-record-part';
import { XlsxPackage } from '../../../src/xlsx/package/opc-package';
import { indexXml } from '../../../src/xlsx/package/xml-index';
import { XmlPatch, escapeText } from '../../../src/xlsx/package/xml-patch';
import { XlsxWorkbook } from '../../../src/xlsx/xlsx-workbook';
import { convert, requireLibreOffice } from '../../helpers/libreoffice';
import { tempDir } from '../../helpers/workbook';
import { partChanges } from '../../helpers/xlsx-package';
import { applyTo, buildPackage, text } from './fixtures';

const RECORD: WorkbookMapping = { version: 1, sheets: {}, commune: 'xã Lộc Tấn' };
const SHEET = { name: 'Kế hoạch', body: '<sheetData/>' };

describe('the DTI record part', () => {
  it('is added once, then rewritten in its part: no second copy, and nothing else changes', async () => {
    const input = await buildPackage({ sheets: [SHEET] });
    const first = await writeMappingPart(input, RECORD);
    const second = await writeMappingPart(first, { ...RECORD, commune: 'xã Đồng Lạc' });
    expect(await partChanges(first, second)).toEqual(expect.objectContaining({ added: [], removed: [], changed: ['customXml/item1.xml'] }));
    const pkg = await XlsxPackage.load(second);
    expect(await readDtiRecord(pkg.begin())).toEqual({ found: true, mapping: { ...RECORD, commune: 'xã Đồng Lạc' } });
  });

  it('keeps the other custom XML parts, and removes extra copies an older version left (the first one is the one read)', async () => {
    const foreign = '<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>';
    const input = await buildPackage({ sheets: [SHEET], parts: { 'customXml/item1.xml': foreign } });
    const once = await writeMappingPart(input, RECORD);
    expect(await text(once, 'customXml/item1.xml')).toBe(foreign);
    expect(await text(once, 'customXml/item2.xml')).toContain('xã Lộc Tấn');
    // A copy added by hand, as ExcelJS round trips used to leave them.
    const zip = await JSZip.loadAsync(once);
    zip.file('customXml/item3.xml', (await text(once, 'customXml/item2.xml')).replace('xã Lộc Tấn', 'xã Cũ'), { createFolders: false });
    const twice = await writeMappingPart(await zip.generateAsync({ type: 'uint8array' }), { ...RECORD, commune: 'xã Mới' });
    const names = Object.keys((await JSZip.loadAsync(twice)).files).filter((n) => n.startsWith('customXml/item'));
    expect(names.sort()).toEqual(['customXml/item1.xml', 'customXml/item2.xml', 'customXml/itemProps2.xml']);
    expect(await text(twice, 'customXml/item2.xml')).toContain('xã Mới');
  });

  it('a mapping saved through the port over a damaged or a newer version\'s record is refused, and the package is left as it was', async () => {
    const plan = await buildPackage({ sheets: [{ name: 'Kế hoạch', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }] });
    for (const [xml, state] of [
      ['<dtiMapping xmlns="urn:dti-excel:mapping:v1">{"version":1,"sheets":{},"commune":"&#99999999;"}</dtiMapping>', 'damaged'],
      ['<dtiMapping xmlns="urn:dti-excel:mapping:v1" version="3">{"version":3}</dtiMapping>', 'newer'],
    ] as const) {
      const zip = await JSZip.loadAsync(await writeMappingPart(plan, RECORD));
      zip.file('customXml/item1.xml', xml);
      const input = await zip.generateAsync({ type: 'uint8array' });
      const port = await XlsxWorkbook.fromBytes(input);
      expect(await port.readMapping()).toEqual({ found: true, error: expect.objectContaining({ vi: expect.any(String), en: expect.any(String) }), ...(state === 'newer' ? { newer: true } : {}) });
      const refused = port.writeMapping({ ...RECORD, commune: 'xã An Bình' });
      await expect(refused).rejects.toBeInstanceOf(RecordKeptError);
      await expect(refused).rejects.toMatchObject({ state, part: 'customXml/item1.xml' });
      expect(Buffer.from(await port.toBytes()).equals(Buffer.from(input))).toBe(true);
    }
  });

  it('a mapping saved through the port goes into the file\'s bytes, and reading the file again finds it', async () => {
    const port = await XlsxWorkbook.fromBytes(await writeMappingPart(await buildPackage({ sheets: [{ name: 'Kế hoạch', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }] }), RECORD));
    await port.writeMapping({ ...RECORD, commune: 'xã An Bình' });
    const again = await XlsxWorkbook.fromBytes(await port.toBytes());
    expect(await again.readMapping()).toEqual({ found: true, mapping: { ...RECORD, commune: 'xã An Bình' } });
  });
});

describe('text written into XML', () => {
  it('turns characters XML forbids (a Word line break is U+000B) into Excel\'s _xHHHH_ and keeps a literal _x0041_ literal', () => {
    const written = escapeText('Dòng 1\u000BDòng 2 & <3> _x0041_ \uD800');
    expect(written).toBe('Dòng 1_x000B_Dòng 2 &amp; &lt;3&gt; _x005F_x0041_ \uFFFD');
    expect(() => indexXml(`<t>${written}</t>`, 'test')).not.toThrow();
  });

  it('text that reads like an escape, and line ends, round-trip: read back exactly as written', async () => {
    const texts = ['_x0041_', 'mã_x005F_ và _X000D_', 'Dòng 1\r\nDòng 2\rhết', 'Tab\tgiữa', '_x00e9_'];
    const input = await buildPackage({ sheets: [SHEET] });
    const plan = { sheet: 'Báo cáo', mode: 'create' as const, blocks: [{ top: 1, left: 0, cells: [texts.map((value) => ({ value }))] }] };
    const out = await applyTo(input, [plan]);
    const xml = await text(out.bytes, 'xl/worksheets/sheet2.xml');
    expect(xml).toContain('<t>_x005F_x0041_</t>');
    expect(xml).toContain('Dòng 1_x000D_\nDòng 2_x000D_hết');
    const port = await XlsxWorkbook.fromBytes(out.bytes);
    expect((await port.readSheets(['Báo cáo']))[0]!.rows[0]!.map((c) => c.value)).toEqual(texts);
  });

  it('a cell text with such characters still gives a file LibreOffice and ExcelJS can open', async () => {
    const input = await buildPackage({ sheets: [SHEET] });
    const out = await applyTo(input, [{ sheet: 'Báo cáo', mode: 'create', blocks: [{ top: 1, left: 0, cells: [[{ value: 'Tên\u000Bchỉ tiêu\u0001' }]] }] }]);
    expect(await text(out.bytes, 'xl/worksheets/sheet2.xml')).toContain('<t>Tên_x000B_chỉ tiêu_x0001_</t>');
    const port = await XlsxWorkbook.fromBytes(out.bytes);
    expect(String((await port.readSheets(['Báo cáo']))[0]!.rows[0]![0]!.value)).toMatch(/^Tên.*chỉ tiêu/);
    requireLibreOffice();
    const dir = tempDir();
    writeFileSync(join(dir, 'ky-tu.xlsx'), out.bytes);
    expect(readFileSync(convert(join(dir, 'ky-tu.xlsx'), dir, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2'), 'utf8')).toMatch(/Tên.*chỉ tiêu/);
  }, 120_000);

  it('changes attributes without touching the others, their quotes or their order, and opens a self-closing element to append', () => {
    const xml = "<root a='1'  b=\"2\"><leaf x=\"y\"/></root>";
    const root = indexXml(xml, 'test');
    const patch = new XmlPatch(xml);
    patch.setAttr(root, 'b', '3 & 4');
    patch.setAttr(root, 'c', 'new');
    patch.append(root.children[0]!, '<child/>');
    expect(patch.toString()).toBe("<root a='1' b=\"3 &amp; 4\" c=\"new\"><leaf x=\"y\"><child/></leaf></root>");
  });

  it('refuses overlapping edits rather than writing a broken part', () => {
    const xml = '<root><a/><b/></root>';
    const root = indexXml(xml, 'test');
    const patch = new XmlPatch(xml);
    patch.remove(root);
    patch.replace(root.children[0]!, '<c/>');
    expect(() => patch.toString()).toThrow(/Overlapping/);
  });

  it('names a part that is not well-formed in plain words', () => {
    expect(() => indexXml('<a><b></a>', 'xl/worksheets/sheet9.xml')).toThrow(/The part "xl\/worksheets\/sheet9.xml" of the file is not well-formed XML/);
  });
});
