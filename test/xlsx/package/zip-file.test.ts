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
import { type RawEntry, zipOf } from '../../helpers/zip-bomb';
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

/** The input with the CRC-32 its directory records for `name` changed (bit rot there, or in the data). */
function withWrongCrc(bytes: Uint8Array, name: string): Uint8Array {
  const out = Uint8Array.from(bytes);
  const view = new DataView(out.buffer);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let entry = view.getUint32(at + 16, true);
    for (let i = 0; i < view.getUint16(at + 10, true); i++) {
      const nameLength = view.getUint16(entry + 28, true);
      if (new TextDecoder().decode(out.subarray(entry + 46, entry + 46 + nameLength)) === name) view.setUint32(entry + 16, view.getUint32(entry + 16, true) ^ 0x10, true);
      entry += 46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    }
    return out;
  }
  throw new Error('no zip directory');
}

describe('the package writer never copies a damaged part on as if it were whole', () => {
  const PARTS = ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', '[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels'];

  it.each([
    ['deflated', { compression: 'DEFLATE' as const }],
    ['stored', { compression: 'STORE' as const }],
  ])('%s: a part whose CRC does not match is refused when read, and when the package is written out even if never read', async (_name, options) => {
    const good = await rezip(await buildPackage({ sheets: [{ name: 'A', body: '<sheetData/>' }] }), options);
    for (const part of PARTS) {
      const input = withWrongCrc(good, part);
      const read = await XlsxPackage.load(input);
      await expect(read.read(part)).rejects.toThrow(`the part "${part}" does not match the checksum (CRC)`);
      // Never read: checked before the bytes are given out, changed package or not.
      for (const change of [false, true]) {
        const pkg = await XlsxPackage.load(input);
        if (change) {
          const edit = pkg.begin();
          await edit.write('xl/extra.xml', '<a/>', 'test');
          edit.commit();
        }
        const e = await pkg.toBytes().then(() => null, (err: unknown) => err as Error & { text: { vi: string; en: string } });
        expect(e?.text.en).toBe(
          `The .xlsx file is damaged: the data of the part "${part}" does not match the checksum (CRC) the file records (an incomplete copy, or damage on disk), so it is neither read nor copied into the output; nothing was written. Ask for the original file again, or open it in Excel and save it again.`,
        );
        expect(e?.text.vi).toContain(`dữ liệu của phần "${part}" không khớp mã kiểm tra (CRC)`);
      }
    }
  });

  it.each([
    ['xl/workbook.xml', 'XL/WORKBOOK.xml'],
    ['xl/workbook.xml', '/xl/workbook.xml'],
    ['xl/workbook.xml', 'xl\\workbook.xml'],
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
  ])('two entries "%s" and "%s" are refused as ambiguous, whichever comes first', async (name, twin) => {
    const zip = await JSZip.loadAsync(await buildPackage({ sheets: [{ name: 'A', body: '<sheetData/>' }] }));
    const entries: RawEntry[] = [];
    for (const [n, f] of Object.entries(zip.files)) {
      if (f.dir) continue;
      const data = await f.async('nodebuffer');
      entries.push({ name: n, method: 0, data, declaredSize: data.length });
    }
    const original = entries.find((e) => e.name === name)!;
    const copy = { ...original, name: twin };
    for (const order of [[...entries, copy], [copy, ...entries]]) {
      await expect(XlsxPackage.load(zipOf(order))).rejects.toThrow(/two parts inside have one name/);
    }
    await expect(XlsxPackage.load(zipOf(entries))).resolves.toBeDefined();
  });
});
