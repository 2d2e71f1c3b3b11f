/**
 * The zip container: whatever way the input was zipped (deflated or stored
 * entries, data descriptors after the data, folder entries), the output keeps
 * every untouched entry's compressed bytes, and another reader (JSZip, checking
 * every CRC) reads every part back.
 */
import JSZip from 'jszip';
import { XlsxPackage } from '../../../src/xlsx/package/opc-package';
import { crc32, readZip } from '../../../src/xlsx/package/zip-file';
import { partsOf } from '../../helpers/xlsx-package';
import { buildPackage } from './fixtures';

async function rezip(bytes: Uint8Array, options: JSZip.JSZipGeneratorOptions<'uint8array'>): Promise<Uint8Array> {
  return (await JSZip.loadAsync(bytes)).generateAsync({ ...options, type: 'uint8array' });
}

describe('the zip container', () => {
  it.each([
    ['deflated entries', { compression: 'DEFLATE' as const }],
    ['stored entries', { compression: 'STORE' as const }],
    ['data descriptors after each entry (streamed zips)', { compression: 'DEFLATE' as const, streamFiles: true }],
  ])('%s: a changed part is written, the others keep their compressed bytes, and JSZip reads every part with its CRC checked', async (_name, options) => {
    const input = await rezip(await buildPackage({ sheets: [{ name: 'A', body: '<sheetData/>' }] }), options);
    const pkg = await XlsxPackage.load(input);
    const edit = pkg.begin();
    const workbook = (await edit.read('xl/workbook.xml'))!;
    await edit.write('xl/workbook.xml', workbook.replace('<sheets>', '<bookViews><workbookView/></bookViews><sheets>'), 'test');
    await edit.write('xl/new-part.xml', '<?xml version="1.0"?><tệp/>', 'test');
    edit.commit();
    const output = await pkg.toBytes();

    const before = new Map(readZip(input).map((e) => [e.name, e]));
    for (const entry of readZip(output)) {
      if (entry.name === 'xl/workbook.xml' || entry.name === 'xl/new-part.xml') continue;
      expect([entry.name, Buffer.from(entry.raw).equals(Buffer.from(before.get(entry.name)!.raw))]).toEqual([entry.name, true]);
    }
    const reread = await JSZip.loadAsync(output, { checkCRC32: true });
    expect(await reread.file('xl/new-part.xml')!.async('string')).toBe('<?xml version="1.0"?><tệp/>');
    expect(await reread.file('xl/workbook.xml')!.async('string')).toContain('<bookViews><workbookView/></bookViews>');
    const parts = await partsOf(output);
    expect([...parts.keys()].sort()).toEqual([...(await partsOf(input)).keys(), 'xl/new-part.xml'].sort());
  });

  it('gives the same bytes for the same changes (new entries carry a fixed date)', async () => {
    const input = await buildPackage({ sheets: [{ name: 'A', body: '<sheetData/>' }] });
    const once = async (): Promise<Uint8Array> => {
      const pkg = await XlsxPackage.load(input);
      const edit = pkg.begin();
      await edit.write('xl/extra.xml', '<a/>', 'test');
      edit.commit();
      return pkg.toBytes();
    };
    expect(Buffer.from(await once()).equals(Buffer.from(await once()))).toBe(true);
  });

  it('computes the zip CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('says in plain words when a file is not a zip or is cut short', async () => {
    await expect(XlsxPackage.load(new TextEncoder().encode('PK not really a zip'))).rejects.toThrow(/damaged/);
    const input = await buildPackage({ sheets: [{ name: 'A', body: '<sheetData/>' }] });
    await expect(XlsxPackage.load(input.subarray(0, input.length - 40))).rejects.toThrow(/damaged/);
  });
});
