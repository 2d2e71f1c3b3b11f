import { MAPPING_NAMESPACE } from '../../src/core/mapping-xml';
import type { WorkbookMapping } from '../../src/core/schema';
import { SETTINGS_KEY } from '../../src/excel/record-parts';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { createFakeHost } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

const MAPPING: WorkbookMapping = {
  version: 1,
  sheets: {
    [SEED_SHEET]: { indicators: true, tables: [{ headerTop: 3, headerBottom: 3, columns: { id: 'A', name: 'B', unit: 'C', target: 'D', owner: 'E' }, months: [{ column: 'H', year: 2026, month: 11 }] }] },
    'Ghi chú': { indicators: false, tables: [] },
  },
  commune: 'xã An Bình',
};

describe('the mapping kept in the workbook', () => {
  test('round-trips through a custom XML part in its namespace, in two syncs each way (once the pane has read the workbook)', async () => {
    const host = createFakeHost(seedWorkbook());
    const port = new OfficeWorkbook(host);
    await port.readAll();
    host.workbook.syncs = 0;
    await port.writeMapping(MAPPING);
    expect(host.workbook.syncs).toBeLessThanOrEqual(2);
    expect(host.workbook.customXmlParts).toHaveLength(1);
    expect(host.workbook.customXmlParts[0]!.xml).toContain(`xmlns="${MAPPING_NAMESPACE}"`);
    expect(host.workbook.customXmlParts[0]!.xml).toContain('Phụ lục CĐS');

    host.workbook.syncs = 0;
    expect(await port.readMapping()).toEqual({ found: true, mapping: MAPPING });
    expect(host.workbook.syncs).toBeLessThanOrEqual(2);
  });

  test('saving again replaces the part instead of adding a second one; other parts are left alone', async () => {
    const host = createFakeHost(seedWorkbook());
    host.workbook.addPart('<?xml version="1.0"?><other xmlns="urn:someone-else">x</other>');
    const port = new OfficeWorkbook(host);
    await port.writeMapping(MAPPING);
    await port.writeMapping({ ...MAPPING, commune: 'xã Lộc Tấn' });
    const ours = host.workbook.customXmlParts.filter((p) => p.xml.includes(MAPPING_NAMESPACE));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.xml).toContain('Lộc Tấn');
    expect(host.workbook.customXmlParts.some((p) => p.xml.includes('urn:someone-else'))).toBe(true);
  });

  test('once the pane has read the workbook, a save replaces the record it read in one round trip', async () => {
    const host = createFakeHost(seedWorkbook());
    const port = new OfficeWorkbook(host);
    await port.writeMapping(MAPPING);
    await port.readAll();
    host.workbook.syncs = 0;
    await port.writeMapping({ ...MAPPING, commune: 'xã Lộc Tấn' });
    expect(host.workbook.syncs).toBe(1);
    const ours = host.workbook.customXmlParts.filter((p) => p.xml.includes(MAPPING_NAMESPACE));
    expect(ours).toHaveLength(1);
    expect(await port.readMapping()).toEqual({ found: true, mapping: { ...MAPPING, commune: 'xã Lộc Tấn' } });
  });

  test('a record another copy of the add-in rewrote since the read is still replaced by the save, never left beside it', async () => {
    const host = createFakeHost(seedWorkbook());
    const port = new OfficeWorkbook(host);
    await port.writeMapping(MAPPING);
    await port.readAll();
    // Meanwhile (co-authoring): the record part is replaced by another copy's save, under a new id.
    const theirs = host.workbook.customXmlParts.find((p) => p.xml.includes(MAPPING_NAMESPACE))!;
    host.workbook.customXmlParts.splice(host.workbook.customXmlParts.indexOf(theirs), 1);
    host.workbook.addPart(theirs.xml.replace('xã An Bình', 'xã Khác'));
    await port.writeMapping({ ...MAPPING, commune: 'xã Lộc Tấn' });
    const ours = host.workbook.customXmlParts.filter((p) => p.xml.includes(MAPPING_NAMESPACE));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.xml).toContain('xã Lộc Tấn');
    expect(await port.readMapping()).toEqual({ found: true, mapping: { ...MAPPING, commune: 'xã Lộc Tấn' } });
  });

  test('a record part added since the read is removed by the save: one record remains, the one just saved', async () => {
    const host = createFakeHost(seedWorkbook());
    const port = new OfficeWorkbook(host);
    await port.writeMapping(MAPPING);
    await port.readAll();
    host.workbook.addPart(host.workbook.customXmlParts.find((p) => p.xml.includes(MAPPING_NAMESPACE))!.xml.replace('xã An Bình', 'xã Khác'));
    host.workbook.syncs = 0;
    await port.writeMapping({ ...MAPPING, commune: 'xã Lộc Tấn' });
    expect(host.workbook.syncs).toBe(2);
    const ours = host.workbook.customXmlParts.filter((p) => p.xml.includes(MAPPING_NAMESPACE));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.xml).toContain('xã Lộc Tấn');
  });

  test('no saved mapping reads as not found', async () => {
    expect(await new OfficeWorkbook(createFakeHost(seedWorkbook())).readMapping()).toEqual({ found: false });
  });

  test('a damaged record is reported with a clear message, not thrown', async () => {
    const host = createFakeHost(seedWorkbook());
    host.workbook.addPart(`<?xml version="1.0"?><dtiMapping xmlns="${MAPPING_NAMESPACE}">{"version":1,"sheets":{"X":{"indicators":"yes"}}}</dtiMapping>`);
    const stored = await new OfficeWorkbook(host).readMapping();
    expect(stored.found).toBe(true);
    expect('error' in stored && [stored.error.vi, stored.error.en]).toEqual([
      'Bản ghi ánh xạ không hợp lệ (mục "sheets.X.indicators"): cần đúng/sai',
      'Invalid saved mapping (entry "sheets.X.indicators"): needs true or false',
    ]);
  });

  test('a part that is not JSON is reported as damaged', async () => {
    const host = createFakeHost(seedWorkbook());
    host.workbook.addPart(`<?xml version="1.0"?><dtiMapping xmlns="${MAPPING_NAMESPACE}">{broken</dtiMapping>`);
    const stored = await new OfficeWorkbook(host).readMapping();
    expect('error' in stored && stored.error.en).toBe('The saved mapping is not JSON');
  });

  test('without custom XML parts (ExcelApi < 1.5) the document settings keep it, saved with the file', async () => {
    const host = createFakeHost(seedWorkbook(), { excelApi: '1.4' });
    const port = new OfficeWorkbook(host);
    await port.writeMapping(MAPPING);
    expect(host.workbook.customXmlParts).toHaveLength(0);
    expect(host.workbook.savedSettings.get(SETTINGS_KEY)).toContain('Phụ lục CĐS');
    expect(await port.readMapping()).toEqual({ found: true, mapping: MAPPING });
  });

  test('an invalid mapping is refused before anything is written', async () => {
    const host = createFakeHost(seedWorkbook());
    const bad = { version: 1, sheets: { X: { indicators: true, tables: [{ headerTop: 0, headerBottom: 0, columns: {}, months: [] }] } } } as unknown as WorkbookMapping;
    await expect(new OfficeWorkbook(host).writeMapping(bad)).rejects.toThrow(/not valid/);
    expect(host.workbook.customXmlParts).toHaveLength(0);
  });
});
