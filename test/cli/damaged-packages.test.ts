/**
 * Packages whose zip is damaged in ways a reader could miss: data that does not match
 * its CRC-32 (bit rot, a bad copy), one part stored twice under names readers
 * resolve differently, a sheet listed whose data is not in the package. Each is
 * refused as damaged, plainly, with exit code 2, and nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { crc32, deflateRawSync } from 'zlib';
import { buildPackage } from '../../kit/package-builder';
import { expectPlain } from '../helpers/plain-output';
import { planSheet } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { tempDir, writeWorkbook } from '../helpers/workbook';
import { type RawEntry, zipOf } from '../helpers/zip-bomb';

/** A real workbook's parts, stored (not compressed), with their true CRCs. */
async function storedParts(): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(readFileSync(await writeWorkbook({ 'Kế hoạch': planSheet() })));
  const out: RawEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const data = await file.async('nodebuffer');
    out.push({ name, method: 0, data, declaredSize: data.length });
  }
  return out;
}

function fileOf(bytes: Buffer, name = 'hong.xlsx'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

const CHECKSUM_VI = (file: string, part: string): string =>
  `Lỗi: Không đọc được "${file}": tệp bị hỏng, vì dữ liệu của một phần bên trong không khớp mã kiểm tra (CRC) ghi trong tệp (tệp chép thiếu, hoặc hỏng trên ổ đĩa). Hãy xin lại tệp gốc, hoặc mở trong Excel và lưu lại.\nChi tiết: ${part}\n`;
const CHECKSUM_EN = (file: string, part: string): string =>
  `Error: Cannot read "${file}": it is damaged, since the data of a part inside does not match the checksum (CRC) the file records (an incomplete copy, or damage on disk). Ask for the original file again, or open it in Excel and save it again.\nDetail: ${part}\n`;

/** check, summary, summary --out and values-copy all refuse it, and write nothing. */
async function refusedEverywhere(file: string): Promise<string> {
  const dir = tempDir();
  const runs = [
    await dti('check', file),
    await dti('summary', file, '--month', '2026-11'),
    await dti('summary', file, '--month', '2026-11', '--out', join(dir, 'bao-cao.xlsx')),
    await dti('values-copy', file, '--out', join(dir, 'ban-gui.xlsx')),
  ];
  for (const run of runs) {
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toBe(runs[0]!.err);
    expectPlain(run.err);
  }
  expect(existsSync(join(dir, 'bao-cao.xlsx'))).toBe(false);
  expect(existsSync(join(dir, 'ban-gui.xlsx'))).toBe(false);
  return runs[0]!.err;
}

describe('a part whose data does not match its CRC-32 is refused as damaged, not read', () => {
  it('the untouched package is read (the family below differs from it only in the damage)', async () => {
    const file = fileOf(zipOf(await storedParts()));
    const run = await dti('check', file);
    expect(run.err).toBe('');
    expect(run.out).toContain('"Kế hoạch": 8 chỉ tiêu');
    expect((await dti('summary', file, '--month', '2026-11', '--out', join(tempDir(), 'bao-cao.xlsx'))).code).toBe(0);
  });

  it('a wrong CRC recorded for any one part (each part in turn)', async () => {
    const parts = await storedParts();
    expect(parts.length).toBeGreaterThanOrEqual(8);
    for (const [i, part] of parts.entries()) {
      const file = fileOf(zipOf(parts.map((p, j) => (j === i ? { ...p, crc: (crc32(p.data) ^ 1) >>> 0 } : p))));
      expect((await dti('check', file)).err).toBe(CHECKSUM_VI(file, part.name));
    }
  }, 60_000);

  it('bit rot in the data: a figure in the sheet, a letter in a name, a byte of the styles; the XML still reads, the CRC does not match', async () => {
    const parts = await storedParts();
    const flips: Array<[string, (xml: string) => string]> = [
      ['xl/worksheets/sheet1.xml', (xml) => xml.replace('<v>0.72</v>', '<v>0.92</v>')],
      ['xl/sharedStrings.xml', (xml) => xml.replace('Tỷ lệ', 'Tỷ lê')],
      ['xl/workbook.xml', (xml) => xml.replace('Kế hoạch', 'Kế hoạcb')],
      ['xl/styles.xml', (xml) => xml.replace('numFmtId="9"', 'numFmtId="10"')],
    ];
    for (const [name, flip] of flips) {
      const damaged = parts.map((p) => {
        if (p.name !== name) return p;
        const text = p.data.toString('utf8');
        const changed = Buffer.from(flip(text), 'utf8');
        expect(changed.equals(p.data)).toBe(false);
        return { ...p, data: changed, declaredSize: changed.length, crc: crc32(p.data) };
      });
      const file = fileOf(zipOf(damaged));
      expect(await refusedEverywhere(file)).toBe(CHECKSUM_VI(file, name));
      expect((await dti('check', file, '--lang', 'en')).err).toBe(CHECKSUM_EN(file, name));
    }
  }, 60_000);

  it('a deflated part with a wrong CRC, as in a file Excel wrote (ExcelJS here)', async () => {
    const good = readFileSync(await writeWorkbook({ 'Kế hoạch': planSheet() }));
    const zip = await JSZip.loadAsync(good);
    const parts: RawEntry[] = [];
    for (const [name, f] of Object.entries(zip.files)) {
      if (f.dir) continue;
      const data = await f.async('nodebuffer');
      parts.push({ name, method: 8, data: deflateRawSync(data), declaredSize: data.length, crc: (crc32(data) ^ (name.endsWith('sheet1.xml') ? 0x80000000 : 0)) >>> 0 });
    }
    const file = fileOf(zipOf(parts));
    expect(await refusedEverywhere(file)).toBe(CHECKSUM_VI(file, 'xl/worksheets/sheet1.xml'));
  });
});

describe('one part stored twice under names readers resolve differently is refused as ambiguous', () => {
  const DUPLICATE_VI = (file: string, detail: string): string =>
    `Lỗi: Không đọc được "${file}": tệp bị hỏng hoặc đã bị sửa, vì có hai phần bên trong cùng một tên nên mỗi chương trình có thể đọc ra dữ liệu khác nhau. Hãy xin lại tệp gốc.\nChi tiết: ${detail}\n`;

  it.each([
    ['xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', 'XL/Workbook.XML'],
    ['xl/workbook.xml', '/xl/workbook.xml'],
    ['xl/workbook.xml', 'xl\\workbook.xml'],
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/SHEET1.xml'],
    ['xl/worksheets/sheet1.xml', '\\xl\\worksheets\\sheet1.xml'],
    ['xl/sharedStrings.xml', 'xl/sharedstrings.xml'],
    ['[Content_Types].xml', '[content_types].xml'],
    ['_rels/.rels', '/_rels/.rels'],
  ])('"%s" and "%s", the second copy first or last', async (name, twin) => {
    const parts = await storedParts();
    const original = parts.find((p) => p.name === name)!;
    // The second copy says something else: which one a program reads decides what it sees.
    const otherData = Buffer.from(original.data.toString('utf8').replace(/Kế hoạch/g, 'Khác'), 'utf8');
    const copy: RawEntry = { name: twin, method: 0, data: otherData, declaredSize: otherData.length };
    for (const order of [[...parts, copy], [copy, ...parts]]) {
      const file = fileOf(zipOf(order));
      const first = order.indexOf(copy) === 0 ? twin : name;
      const second = first === twin ? name : twin;
      expect(await refusedEverywhere(file)).toBe(DUPLICATE_VI(file, first === second ? first : `${first}, ${second}`));
    }
  });

  it('a local header that names another part than the directory does', async () => {
    const bytes = zipOf(await storedParts());
    let at = -1;
    // The local header's name: 30 bytes after its signature.
    do at = bytes.indexOf(Buffer.from('xl/workbook.xml'), at + 1);
    while (at >= 30 && bytes.readUInt32LE(at - 30) !== 0x04034b50);
    expect(at).toBeGreaterThan(30);
    bytes.write('xl/workbooK.xml', at);
    const file = fileOf(bytes);
    const err = await refusedEverywhere(file);
    expect(err).toBe(
      `Lỗi: Không đọc được "${file}": tệp có dạng nén như .xlsx nhưng bị hỏng hoặc không phải sổ làm việc Excel. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".\nChi tiết: xl/workbook.xml\n`,
    );
  });
});

describe('a sheet the workbook lists whose data cannot be found is a damaged workbook, said with the sheet named', () => {
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const strings = ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 11/2026', 'Tỷ lệ hồ sơ trực tuyến', '80%'];
  const s = (i: number, ref: string): string => `<{p}c r="${ref}" t="s"><{p}v>${i}</{p}v></{p}c>`;
  let planRows = `<{p}row r="1">${s(0, 'A1')}${s(1, 'B1')}${s(2, 'C1')}${s(3, 'D1')}</{p}row>`;
  for (let r = 2; r <= 4; r++) planRows += `<{p}row r="${r}"><{p}c r="A${r}"><{p}v>${r - 1}</{p}v></{p}c>${s(4, `B${r}`)}${s(5, `C${r}`)}<{p}c r="D${r}"><{p}v>0.9</{p}v></{p}c></{p}row>`;

  /** A two-sheet workbook ("Kế hoạch", a plan, and "Ghi chú") with its parts edited by `edit`. */
  async function workbookWith(edit: (zip: JSZip) => Promise<void> | void): Promise<string> {
    const zip = await JSZip.loadAsync(await buildPackage({ sharedStrings: strings, sheets: [{ name: 'Kế hoạch', rows: planRows }, { name: 'Ghi chú', rows: planRows }] }));
    await edit(zip);
    return fileOf(await zip.generateAsync({ type: 'nodebuffer' }));
  }

  async function editText(zip: JSZip, name: string, change: (xml: string) => string): Promise<void> {
    const xml = await zip.file(name)!.async('string');
    const changed = change(xml);
    expect(changed).not.toBe(xml);
    zip.file(name, changed);
  }

  /** The second sheet's relationship rewritten. */
  const rel2 = (attrs: string) => (zip: JSZip) =>
    editText(zip, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship Id="rId2"[^>]*\/>/, `<Relationship Id="rId2" ${attrs}/>`));

  const WHY = {
    'no-relationship': ['không có liên kết tới dữ liệu của nó', 'has no link to its data'],
    outside: ['liên kết của nó trỏ ra ngoài tệp', 'its link points outside the file'],
    'not-a-sheet': ['liên kết của nó không trỏ tới một trang tính', 'its link does not lead to a sheet'],
    'missing-part': ['dữ liệu của nó không có trong tệp', 'its data is not in the file'],
  } as const;

  it.each<[string, (zip: JSZip) => Promise<void> | void, keyof typeof WHY, string | null]>([
    ['its relationship removed', (zip) => editText(zip, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship Id="rId2"[^>]*\/>/, '')), 'no-relationship', 'rId2'],
    ['the relationships part removed', (zip) => void zip.remove('xl/_rels/workbook.xml.rels'), 'no-relationship', 'rId1'],
    ['an r:id no relationship has', (zip) => editText(zip, 'xl/workbook.xml', (xml) => xml.replace('r:id="rId2"', 'r:id="rId99"')), 'no-relationship', 'rId99'],
    ['no r:id at all', (zip) => editText(zip, 'xl/workbook.xml', (xml) => xml.replace(' r:id="rId2"', '')), 'no-relationship', null],
    ['a target above the package root', rel2(`Type="${REL}/worksheet" Target="../../etc/passwd"`), 'outside', '../../etc/passwd'],
    ['a target climbing out and back in (read as another sheet before)', rel2(`Type="${REL}/worksheet" Target="../../xl/worksheets/sheet1.xml"`), 'outside', '../../xl/worksheets/sheet1.xml'],
    ['an absolute target above the root', rel2(`Type="${REL}/worksheet" Target="/../secret.xml"`), 'outside', '/../secret.xml'],
    ['a percent-encoded climb', rel2(`Type="${REL}/worksheet" Target="%2e%2e/%2e%2e/x.xml"`), 'outside', '%2e%2e/%2e%2e/x.xml'],
    ['a file: URI', rel2(`Type="${REL}/worksheet" Target="file:///etc/passwd"`), 'outside', 'file:///etc/passwd'],
    ['an external web address', rel2(`Type="${REL}/worksheet" Target="http://example.com/sheet2.xml" TargetMode="External"`), 'outside', 'http://example.com/sheet2.xml'],
    ['a part of the package, but marked external', rel2(`Type="${REL}/worksheet" Target="worksheets/sheet2.xml" TargetMode="External"`), 'outside', 'worksheets/sheet2.xml'],
    ['a Windows path', rel2(`Type="${REL}/worksheet" Target="C:\\Windows\\win.ini"`), 'outside', 'C:\\Windows\\win.ini'],
    ['a network share', rel2(`Type="${REL}/worksheet" Target="\\\\server\\share\\x.xml"`), 'outside', '\\\\server\\share\\x.xml'],
    ['a network path', rel2(`Type="${REL}/worksheet" Target="//server/share/x.xml"`), 'outside', '//server/share/x.xml'],
    ['a relationship to the styles', rel2(`Type="${REL}/styles" Target="styles.xml"`), 'not-a-sheet', `${REL}/styles`],
    ['its part removed', (zip) => void zip.remove('xl/worksheets/sheet2.xml'), 'missing-part', 'xl/worksheets/sheet2.xml'],
    ['a target naming a part that is not there', rel2(`Type="${REL}/worksheet" Target="worksheets/khong-co.xml"`), 'missing-part', 'xl/worksheets/khong-co.xml'],
  ])('%s', async (_case, edit, damage, detail) => {
    const file = await workbookWith(edit);
    const sheet = _case === 'the relationships part removed' ? 'Kế hoạch' : 'Ghi chú';
    const [vi, en] = WHY[damage];
    const runs = [await dti('check', file), await dti('summary', file, '--month', '2026-11', '--out', join(tempDir(), 'bao-cao.xlsx'))];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.err).toBe(
        `Lỗi: Không đọc được "${file}": sổ làm việc bị hỏng, vì trang tính "${sheet}" có trong danh sách trang tính nhưng ${vi}. Hãy mở tệp trong Excel và lưu lại, hoặc xin lại tệp gốc.\n${detail === null ? '' : `Chi tiết: ${detail}\n`}`,
      );
      expectPlain(run.err);
    }
    expect((await dti('check', file, '--lang', 'en')).err).toBe(
      `Error: Cannot read "${file}": the workbook is damaged, since the sheet "${sheet}" is in its list of sheets but ${en}. Open it in Excel and save it again, or ask for the original file.\n${detail === null ? '' : `Detail: ${detail}\n`}`,
    );
  });

  it.each([
    ['a chart sheet', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet', 'chartsheets/sheet1.xml'],
    ['a dialog sheet (Excel 5)', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/dialogsheet', 'dialogsheets/sheet1.xml'],
    ['an Excel 4 macro sheet', 'http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet', 'macrosheets/sheet1.xml'],
  ])('%s has no cells and is no damage: the workbook reads, and the report is written', async (_case, type, target) => {
    const file = await workbookWith(async (zip) => {
      zip.remove('xl/worksheets/sheet2.xml');
      zip.file(`xl/${target}`, '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
      await editText(zip, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship Id="rId2"[^>]*\/>/, `<Relationship Id="rId2" Type="${type}" Target="${target}"/>`));
    });
    const check = await dti('check', file);
    expect(check.err).toBe('');
    expect(check.out).toContain('"Kế hoạch": 3 chỉ tiêu');
    expect(check.out).not.toContain('Ghi chú');
    const out = join(tempDir(), 'bao-cao.xlsx');
    const summary = await dti('summary', file, '--month', '2026-11', '--out', out);
    expect(summary.err).toBe('');
    expect(summary.code).toBe(0);
    expect((await JSZip.loadAsync(readFileSync(out))).file(`xl/${target}`)).not.toBeNull();
  });
});
