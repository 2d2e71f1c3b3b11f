/**
 * Inputs dti must refuse quickly and plainly: zip bombs (declared and disguised), devices,
 * pipes, folders, oversized files, password-protected workbooks, old .xls files, damaged
 * packages; and a valid workbook it used to call damaged (SpreadsheetML with an "x:" prefix).
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { LIMITS } from '../../src/files/limits';
import { cfbWithStreams } from '../helpers/cfb';
import { expectPlain } from '../helpers/plain-output';
import { planSheet } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { tempDir, writeWorkbook } from '../helpers/workbook';
import { deflatedZeros, workbookParts, zipOf } from '../helpers/zip-bomb';

function fileIn(dir: string, name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('zip bombs are refused before they are unpacked', () => {
  // 2 GB of zeros in about 2 MB. Before: 15 s and 2.3 GB of memory, then "Bug : uncompressed data size mismatch".
  const zeros = deflatedZeros(2048);

  it('a part declaring 2 GB: refused from the directory alone (memory stays low), with the limit said', async () => {
    const file = fileIn(tempDir(), 'bom.xlsx', zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', method: 8, data: zeros, declaredSize: 2048 * 1024 * 1024 })));
    const rssBefore = process.memoryUsage().rss;
    const run = await dti('check', file);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `Lỗi: "${file}" khi giải nén lớn 2 GB, quá giới hạn 400 MB mà dti đọc. Tệp có thể là "bom nén" hoặc quá lớn: hãy kiểm tra nguồn tệp, hoặc tách thành nhiều sổ làm việc.\n`,
    );
    const en = await dti('check', file, '--lang', 'en');
    expect(en.err).toBe(`Error: "${file}" unpacks to 2 GB, over the 400 MB dti reads. It may be a "zip bomb" or simply too large: check where it came from, or split the workbook.\n`);
  });

  it('a part that declares 1,000 bytes but unpacks to 2 GB: caught after 1,000 bytes', async () => {
    const file = fileIn(tempDir(), 'bom-gia.xlsx', zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', method: 8, data: zeros, declaredSize: 1000 })));
    const rssBefore = process.memoryUsage().rss;
    const run = await dti('summary', file, '--month', '2026-11');
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `Lỗi: Không đọc được "${file}": tệp bị hỏng hoặc đã bị sửa, vì một phần bên trong giải nén ra khác kích thước ghi trong tệp. Hãy xin lại tệp gốc, hoặc mở trong Excel và lưu lại.\nChi tiết: xl/worksheets/sheet1.xml\n`,
    );
    expectPlain(run.err);
  });

  it('one part over the per-part limit, the total within it', async () => {
    const size = LIMITS.partBytes + 1024 * 1024;
    const file = fileIn(tempDir(), 'lon.xlsx', zipOf(workbookParts({ name: 'xl/worksheets/sheet1.xml', method: 8, data: deflatedZeros(1), declaredSize: size })));
    const run = await dti('check', file);
    expect(run.err).toBe(
      `Lỗi: "${file}" có một phần giải nén lớn 101 MB, quá giới hạn 100 MB cho một phần. Hãy tách trang tính lớn thành nhiều trang tính hoặc nhiều sổ làm việc.\nChi tiết: xl/worksheets/sheet1.xml\n`,
    );
  });
});

describe('what is not a regular file of a sane size is refused before reading', () => {
  it('/dev/zero (which would be read forever)', async () => {
    const run = await dti('check', '/dev/zero');
    expect(run.code).toBe(2);
    expect(run.err).toBe('Lỗi: "/dev/zero" không phải một tệp thường (mà là thiết bị, ống dẫn hay ổ cắm). Hãy chỉ tới tệp .xlsx.\n');
    expect((await dti('check', '/dev/zero', '--lang', 'en')).err).toBe('Error: "/dev/zero" is not a regular file (it is a device, a pipe or a socket). Give the .xlsx file.\n');
  });

  it('a named pipe (which would wait for a writer forever)', async () => {
    const fifo = join(tempDir(), 'ong.xlsx');
    execFileSync('mkfifo', [fifo]);
    const run = await dti('summary', fifo, '--month', '2026-11');
    expect(run.code).toBe(2);
    expect(run.err).toContain('không phải một tệp thường');
  });

  it('a folder', async () => {
    const dir = tempDir();
    const run = await dti('check', dir);
    expect(run.err).toBe(`Lỗi: "${dir}" là thư mục, không phải tệp Excel. Hãy chỉ tới tệp .xlsx.\n`);
  });

  it('a file over 200 MB (sparse: nothing is read)', async () => {
    const file = join(tempDir(), 'qua-lon.xlsx');
    writeFileSync(file, '');
    truncateSync(file, LIMITS.inputFileBytes + 1024 * 1024);
    const run = await dti('check', file);
    expect(run.err).toBe(
      `Lỗi: "${file}" nặng 201 MB, quá giới hạn 200 MB mà dti đọc. Hãy bỏ bớt ảnh hay trang tính không cần, hoặc tách thành nhiều sổ làm việc.\n`,
    );
  });
});

describe('other kinds of file get their own advice', () => {
  it('a password-protected workbook is called password-protected, not "not an .xlsx"', async () => {
    const file = fileIn(tempDir(), 'mat-khau.xlsx', cfbWithStreams(['EncryptionInfo', 'EncryptedPackage']));
    const run = await dti('summary', file, '--month', '2026-11');
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `Lỗi: "${file}" được đặt mật khẩu nên dti không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.\n`,
    );
    expect((await dti('check', file, '--lang', 'en')).err).toBe(
      `Error: "${file}" is password-protected, so dti cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and try again.\n`,
    );
  });

  it('an old .xls (saved by LibreOffice as Excel 97–2003), even renamed .xlsx', async () => {
    const file = join(tempDir(), 'ke-hoach.xlsx');
    copyFileSync(join(__dirname, '../fixtures/files/ke-hoach-excel-97.xls'), file);
    const run = await dti('check', file);
    expect(run.err).toBe(
      `Lỗi: "${file}" là sổ làm việc Excel kiểu cũ (.xls, Excel 97–2003), dti chỉ đọc .xlsx. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".\n`,
    );
  });

  it('another OLE2 file (a .doc) is not a workbook', async () => {
    const file = fileIn(tempDir(), 'van-ban.xlsx', cfbWithStreams(['WordDocument']));
    expect((await dti('check', file)).err).toBe(`Lỗi: "${file}" không phải sổ làm việc Excel .xlsx. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".\n`);
  });

  it('damaged packages never show the library’s words', async () => {
    // Before: "… (Corrupted zip: can't find end of central directory)", "… (Cannot set properties of undefined (setting 'sheetNo'))".
    const dir = tempDir();
    const good = readFileSync(await writeWorkbook({ 'Kế hoạch': planSheet() }));
    const cut = good.subarray(0, Math.floor(good.length / 2));
    const garbledSheet = await JSZip.loadAsync(good).then((z) => z.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"').generateAsync({ type: 'nodebuffer' }));
    for (const [name, bytes] of [['cat-doi.xlsx', cut], ['hong-xml.xlsx', garbledSheet]] as const) {
      const file = fileIn(dir, name, bytes);
      const run = await dti('summary', file, '--month', '2026-11');
      expect(run.code).toBe(2);
      expect(run.err).toBe(
        `Lỗi: Không đọc được "${file}": tệp có dạng nén như .xlsx nhưng bị hỏng hoặc không phải sổ làm việc Excel. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".\n`,
      );
      expectPlain(run.err);
      const en = await dti('check', file, '--lang', 'en');
      expect(en.err).toBe(`Error: Cannot read "${file}": it is a zip archive like an .xlsx but damaged or not an Excel workbook. Open it in Excel and save it as "Excel Workbook (*.xlsx)".\n`);
    }
  });

  it('more damage, through every command: refused (exit 2, one plain sentence), nothing written, the input untouched', async () => {
    const good = readFileSync(await writeWorkbook({ 'Kế hoạch': planSheet() }));
    const edited = (part: string, edit: (xml: string) => string): Promise<Buffer> =>
      JSZip.loadAsync(good).then(async (z) => z.file(part, edit(await z.file(part)!.async('string'))).generateAsync({ type: 'nodebuffer' }));
    const damaged = `tệp có dạng nén như .xlsx nhưng bị hỏng hoặc không phải sổ làm việc Excel. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".`;
    const notXlsx = `không phải sổ làm việc Excel .xlsx. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".`;
    const cases: Array<[string, Buffer, (file: string) => string]> = [
      ['rong.xlsx', Buffer.alloc(0), (f) => `"${f}" ${notXlsx}`],
      ['cat-cuoi.xlsx', good.subarray(0, good.length - 10), (f) => `Không đọc được "${f}": ${damaged}`],
      ['pk-rac.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(5000, 7)]), (f) => `Không đọc được "${f}": ${damaged}`],
      // Character references beyond Unicode, which once ended as a RangeError.
      ['ma-ky-tu-chuoi.xlsx', await edited('xl/sharedStrings.xml', (x) => x.replace('Tỷ lệ hồ sơ', 'Tỷ lệ &#99999999;')), (f) => `Không đọc được "${f}": ${damaged}`],
      ['ma-ky-tu-ten.xlsx', await edited('xl/workbook.xml', (x) => x.replace('</sheets>', '</sheets><definedNames><definedName name="X">"&#x110000;"</definedName></definedNames>')), (f) => `Không đọc được "${f}": ${damaged}`],
    ];
    for (const [name, bytes, message] of cases) {
      const dir = tempDir();
      const file = fileIn(dir, name, bytes);
      for (const args of [['check', file], ['summary', file, '--month', '2026-11', '--out', join(dir, 'bao-cao.xlsx')], ['values-copy', file, '--out', join(dir, 'ban-gui.xlsx')]]) {
        const run = await dti(...args);
        expect([name, run.code, run.err]).toEqual([name, 2, `Lỗi: ${message(file)}\n`]);
      }
      expect(readdirSync(dir)).toEqual([name]);
      expect(readFileSync(file).equals(bytes)).toBe(true);
    }
  });

  it('a package without its workbook part is not a workbook', async () => {
    const good = readFileSync(await writeWorkbook({ 'Kế hoạch': planSheet() }));
    const file = fileIn(tempDir(), 'khong-co-workbook.xlsx', await JSZip.loadAsync(good).then((z) => z.remove('xl/workbook.xml').generateAsync({ type: 'nodebuffer' })));
    expect((await dti('check', file)).err).toBe(`Lỗi: "${file}" không phải sổ làm việc Excel .xlsx. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".\n`);
  });
});

/** Rewrites every SpreadsheetML part with the "x:" prefix, as the OpenXML SDK writes them. */
async function withXPrefix(path: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const prefixed = xml
      .replace(/<(\/?)([A-Za-z]+)(?=[\s>/])/g, (m, slash: string, tag: string) => `<${slash}x:${tag}`)
      .replace(/<x:([A-Za-z]+) xmlns="[^"]*"/, `<x:$1 xmlns:x="${main}"`);
    expect(prefixed).toContain(`xmlns:x="${main}"`);
    zip.file(name, prefixed);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('a valid workbook whose XML uses an "x:" namespace prefix (OpenXML SDK)', () => {
  it('is read like the same workbook without it', async () => {
    const plain = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const dir = tempDir();
    const prefixed = fileIn(dir, 'sdk.xlsx', await withXPrefix(plain));
    const sheetXml = await (await JSZip.loadAsync(readFileSync(prefixed))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/^<\?xml[^>]*\?>\s*<x:worksheet xmlns:x=/);
    const expected = await dti('summary', plain, '--month', '2026-11', '--json');
    const got = await dti('summary', prefixed, '--month', '2026-11', '--json');
    expect(got.err).toBe('');
    expect(got.code).toBe(0);
    expect(JSON.parse(got.out)).toEqual(JSON.parse(expected.out));
  });

  it('gets its values copy, and the input is left alone', async () => {
    const source = await writeWorkbook({
      A: [['T11', 'Tình trạng'], [0.72, { formula: 'DTI.STATUS(A2,"Đạt tối thiểu 70%")', result: 'Đạt' }]] as never[][],
    });
    const dir = tempDir();
    mkdirSync(join(dir, 'gui'));
    const prefixed = fileIn(dir, 'sdk.xlsx', await withXPrefix(source));
    const before = readFileSync(prefixed);
    const run = await dti('values-copy', prefixed, '--out', join(dir, 'gui', 'ban-gui.xlsx'));
    expect(run.code).toBe(0);
    expect(run.out).toContain('1 ô công thức DTI được thay bằng giá trị');
    expect(readFileSync(prefixed).equals(before)).toBe(true);
  });
});
